import * as F from '../counting/fraction.ts';
import type { Fraction } from '../counting/fraction.ts';
import { VOTE_TYPES } from './pabulib-file.ts';
import type { MetaEntry, PabulibFile, PabulibProject, PabulibVote, VoteType } from './pabulib-file.ts';
import { CsvSyntaxError, readRecords } from './semicolon-csv.ts';
import type { CsvRecord } from './semicolon-csv.ts';

export class PabulibParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'PabulibParseError';
  }
}

const SECTIONS = ['META', 'PROJECTS', 'VOTES'] as const;
type SectionName = (typeof SECTIONS)[number];

interface Section {
  readonly line: number;
  readonly header: CsvRecord;
  readonly rows: readonly CsvRecord[];
}

/** Reads a `.pb` file; throws PabulibParseError naming the line of the first problem. */
export function parsePabulib(text: string): PabulibFile {
  let records: CsvRecord[];
  try {
    records = readRecords(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new PabulibParseError(error.line, error.reason);
    throw error;
  }
  const sections = splitSections(records, () => lastLine(text));
  const meta = parseMeta(sections.META);
  const voteType = checkVoteType(sections.META, meta);
  const projects = parseProjects(sections.PROJECTS);
  const votes = parseVotes(sections.VOTES, voteType, new Set(projects.map((project) => project.id)));
  checkDeclaredCount(sections.META, meta, 'num_projects', projects.length);
  checkDeclaredCount(sections.META, meta, 'num_votes', votes.length);
  return {
    meta,
    projectColumns: sections.PROJECTS.header.fields,
    projects,
    voteColumns: sections.VOTES.header.fields,
    votes,
  };
}

function lastLine(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** `endLine`: the file's last line, for saying where a missing section should have been (counted only then). */
function splitSections(records: readonly CsvRecord[], endLine: () => number): Record<SectionName, Section> {
  const found: Partial<Record<SectionName, Section>> = {};
  let index = 0;
  for (const name of SECTIONS) {
    const marker = records[index];
    if (!marker || !isMarker(marker, name)) {
      const line = marker?.line ?? endLine();
      const seen = marker && sectionName(marker);
      throw new PabulibParseError(line, seen ? `expected section ${name} before ${seen}` : `missing section ${name}`);
    }
    const header = records[index + 1];
    if (!header || sectionName(header)) throw new PabulibParseError(marker.line, `section ${name} has no header row`);
    let end = index + 2;
    while (end < records.length && !sectionName(at(records, end))) end += 1;
    found[name] = { line: marker.line, header, rows: records.slice(index + 2, end) };
    index = end;
  }
  const extra = records[index];
  if (extra) throw new PabulibParseError(extra.line, `unexpected section ${sectionName(extra) ?? ''} after VOTES`);
  const { META, PROJECTS, VOTES } = found;
  if (!META || !PROJECTS || !VOTES) throw new Error('unreachable: every section was checked');
  return { META, PROJECTS, VOTES };
}

function sectionName(record: CsvRecord): SectionName | undefined {
  if (record.fields.length !== 1) return undefined;
  const text = (record.fields[0] ?? '').trim().toUpperCase();
  return SECTIONS.find((name) => name === text);
}

function isMarker(record: CsvRecord, name: SectionName): boolean {
  return sectionName(record) === name;
}

function parseMeta(section: Section): MetaEntry[] {
  const header = section.header.fields.map((field) => field.trim().toLowerCase());
  if (header.length !== 2 || header[0] !== 'key' || header[1] !== 'value') {
    throw new PabulibParseError(section.header.line, 'META header must be "key;value"');
  }
  const seen = new Set<string>();
  return section.rows.map((row) => {
    const [rawKey = '', value = ''] = expectWidth(row, 2, 'META');
    const key = rawKey.trim();
    if (key === '') throw new PabulibParseError(row.line, 'META key is empty');
    if (seen.has(key)) throw new PabulibParseError(row.line, `duplicate META key "${key}"`);
    seen.add(key);
    if (key === 'budget') parseAmount(value, row.line, 'budget');
    return { key, value };
  });
}

function checkVoteType(section: Section, meta: readonly MetaEntry[]): VoteType {
  if (!meta.some((entry) => entry.key === 'budget')) throw new PabulibParseError(section.line, 'META has no budget');
  const entryIndex = meta.findIndex((entry) => entry.key === 'vote_type');
  const entry = meta[entryIndex];
  if (!entry) throw new PabulibParseError(section.line, 'META has no vote_type');
  const type = VOTE_TYPES.find((known) => known === entry.value.trim());
  if (!type) {
    const line = section.rows[entryIndex]?.line ?? section.line;
    throw new PabulibParseError(line, `unknown vote_type "${entry.value}" (known: ${VOTE_TYPES.join(', ')})`);
  }
  return type;
}

function checkDeclaredCount(section: Section, meta: readonly MetaEntry[], key: string, actual: number): void {
  const entryIndex = meta.findIndex((entry) => entry.key === key);
  const entry = meta[entryIndex];
  if (!entry) return;
  const line = section.rows[entryIndex]?.line ?? section.line;
  if (!/^\d+$/.test(entry.value.trim()))
    throw new PabulibParseError(line, `${key} "${entry.value}" is not a whole number`);
  if (Number(entry.value) !== actual) {
    throw new PabulibParseError(line, `${key} says ${entry.value} but the file has ${actual}`);
  }
}

function parseProjects(section: Section): PabulibProject[] {
  const columns = checkColumns(section, ['project_id', 'cost']);
  const seen = new Set<string>();
  const layout = layoutOf(columns, ['project_id', 'cost']);
  return section.rows.map((row) => {
    const values = expectWidth(row, columns.length, 'PROJECTS');
    const id = valueAt(values, layout, 'project_id').trim();
    if (id === '') throw new PabulibParseError(row.line, 'project_id is empty');
    if (id.includes(',')) throw new PabulibParseError(row.line, `project_id "${id}" contains a comma`);
    if (seen.has(id)) throw new PabulibParseError(row.line, `duplicate project_id "${id}"`);
    seen.add(id);
    const cost = parseAmount(valueAt(values, layout, 'cost'), row.line, `cost of project ${id}`);
    return { id, cost, fields: fieldsOf(values, layout) };
  });
}

function parseVotes(section: Section, voteType: VoteType, projectIds: ReadonlySet<string>): PabulibVote[] {
  const columns = checkColumns(section, ['voter_id', 'vote']);
  const hasPoints = columns.includes('points');
  if (!hasPoints && (voteType === 'cumulative' || voteType === 'scoring')) {
    throw new PabulibParseError(section.header.line, `${voteType} votes need a points column`);
  }
  const layout = layoutOf(columns, ['voter_id', 'vote', 'points']);
  const readPoints = pointsReader();
  const seen = new Set<string>();
  return section.rows.map((row) => {
    const values = expectWidth(row, columns.length, 'VOTES');
    const voterId = valueAt(values, layout, 'voter_id').trim();
    if (voterId === '') throw new PabulibParseError(row.line, 'voter_id is empty');
    if (seen.has(voterId)) throw new PabulibParseError(row.line, `duplicate voter_id "${voterId}"`);
    seen.add(voterId);
    const listed = splitList(valueAt(values, layout, 'vote'));
    checkVote(row.line, voterId, listed, projectIds, voteType);
    const points = hasPoints ? readPoints(valueAt(values, layout, 'points'), listed.length, row.line) : null;
    return { voterId, projectIds: listed, points, fields: fieldsOf(values, layout) };
  });
}

function checkVote(
  line: number,
  voterId: string,
  listed: readonly string[],
  known: ReadonlySet<string>,
  voteType: VoteType,
): void {
  const seen = new Set<string>();
  for (const id of listed) {
    if (!known.has(id)) throw new PabulibParseError(line, `voter ${voterId} votes for unknown project "${id}"`);
    // Published approval files (e.g. Amsterdam 604) repeat projects; counting reads a ballot as a set.
    if (seen.has(id) && voteType !== 'approval') {
      throw new PabulibParseError(line, `voter ${voterId} lists project "${id}" twice`);
    }
    seen.add(id);
  }
  if (voteType === 'choose-1' && listed.length > 1) {
    throw new PabulibParseError(line, `voter ${voterId} chose ${listed.length} projects in a choose-1 vote`);
  }
}

/** Points repeat a few values thousands of times; parse each spelling once. */
function pointsReader(): (text: string, expected: number, line: number) => Fraction[] {
  const cache = new Map<string, Fraction>();
  return (text, expected, line) => {
    const parts = splitList(text);
    if (parts.length !== expected) {
      throw new PabulibParseError(line, `${parts.length} points for ${expected} listed projects`);
    }
    return parts.map((part) => {
      const value = cache.get(part) ?? F.parseDecimal(part);
      if (!value) throw new PabulibParseError(line, `points "${part}" is not a number`);
      cache.set(part, value);
      return value;
    });
  };
}

function splitList(text: string): string[] {
  return text.trim() === '' ? [] : text.split(',').map((part) => part.trim());
}

function parseAmount(text: string, line: number, what: string): Fraction {
  const value = F.parseDecimal(text);
  if (!value) throw new PabulibParseError(line, `${what} "${text}" is not a number`);
  if (F.compare(value, F.ZERO) < 0) throw new PabulibParseError(line, `${what} is negative`);
  return value;
}

function checkColumns(section: Section, required: readonly string[]): string[] {
  const columns = [...section.header.fields];
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) throw new PabulibParseError(section.header.line, `duplicate column "${column}"`);
    seen.add(column);
  }
  for (const column of required) {
    if (!seen.has(column)) throw new PabulibParseError(section.header.line, `header has no ${column} column`);
  }
  return columns;
}

function expectWidth(row: CsvRecord, width: number, section: string): readonly string[] {
  if (row.fields.length !== width) {
    throw new PabulibParseError(row.line, `${section} row has ${row.fields.length} fields, the header has ${width}`);
  }
  return row.fields;
}

interface Layout {
  readonly index: ReadonlyMap<string, number>;
  /** Columns kept as plain text in `fields`, with their positions. */
  readonly others: readonly (readonly [string, number])[];
}

function layoutOf(columns: readonly string[], keys: readonly string[]): Layout {
  return {
    index: new Map(columns.map((column, position) => [column, position])),
    others: columns.flatMap((column, position) => (keys.includes(column) ? [] : [[column, position] as const])),
  };
}

function valueAt(values: readonly string[], layout: Layout, column: string): string {
  const position = layout.index.get(column);
  return position === undefined ? '' : (values[position] ?? '');
}

function fieldsOf(values: readonly string[], layout: Layout): Record<string, string> {
  return Object.fromEntries(layout.others.map(([column, position]) => [column, values[position] ?? '']));
}

function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`no record ${index}`);
  return value;
}
