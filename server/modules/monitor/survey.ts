import { parse } from 'csv-parse/sync';
import { surveyTopics, type SurveyTopic } from '../../../contracts/monitor.ts';
import type { InvalidParam } from '../../../contracts/common.ts';

/**
 * Reading survey figures from CSV (docs/monitor.md, "Survey figures"): one row per neighbourhood,
 * topic and period. Pure: it returns the rows or every problem at once, each naming its line.
 */

export interface SurveyLine {
  line: number;
  areaCode: string;
  topic: SurveyTopic;
  period: string;
  value: number;
  unit: 'score' | 'percent';
  respondents: number;
}

export const SURVEY_COLUMNS = ['area_code', 'topic', 'period', 'value', 'unit', 'respondents'] as const;
export const MAX_SURVEY_LINES = 20_000;

/** Dutch spreadsheets write 7,4 for 7.4. */
function number(text: string): number {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

export function parseSurveyCsv(csv: string): { lines: SurveyLine[] } | { problems: InvalidParam[] } {
  const firstLine = csv.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let records: string[][];
  let lineOf: number[];
  try {
    const parsed = parse(csv, {
      delimiter,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    records = parsed.map((p) => p.record);
    // The line in the file where each record ends (empty lines are skipped, quoted values may span lines).
    lineOf = parsed.map((p) => p.info.lines);
  } catch (error) {
    return {
      problems: [{ name: 'body.csv', reason: `Not readable as CSV: ${(error as Error).message}`, code: 'unreadable' }],
    };
  }
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  const missing = SURVEY_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0)
    return {
      problems: [
        {
          name: 'body.csv',
          reason: `The first line must name the columns; missing: ${missing.join(', ')}`,
          code: 'columns',
          params: { missing: missing.join(', ') },
        },
      ],
    };
  if (records.length < 2)
    return { problems: [{ name: 'body.csv', reason: 'There are no figures below the header', code: 'empty' }] };
  if (records.length - 1 > MAX_SURVEY_LINES)
    return {
      problems: [
        {
          name: 'body.csv',
          reason: `At most ${MAX_SURVEY_LINES} lines per import`,
          code: 'tooManyLines',
          params: { maximum: MAX_SURVEY_LINES },
        },
      ],
    };

  const at = (record: string[], column: (typeof SURVEY_COLUMNS)[number]) => record[header.indexOf(column)] ?? '';
  const lines: SurveyLine[] = [];
  const problems: InvalidParam[] = [];
  const seen = new Set<string>();
  records.slice(1).forEach((record, index) => {
    const line = lineOf[index + 1]!;
    const name = `body.csv.line${line}`;
    const areaCode = at(record, 'area_code').toUpperCase();
    const topic = at(record, 'topic').toLowerCase();
    const period = at(record, 'period');
    const unit = at(record, 'unit').toLowerCase();
    const value = number(at(record, 'value'));
    const respondents = number(at(record, 'respondents'));
    // One problem per refused value, each with a code the web translates (monitor.import.problems.<code>).
    const refused: InvalidParam[] = [];
    const refuse = (code: string, reason: string) => refused.push({ name, reason, code, params: { line } });
    if (!/^(GM\d{4}|WK\d{6}|BU\d{8})$/.test(areaCode)) refuse('areaCode', `area_code "${areaCode}" is not a CBS code`);
    if (!(surveyTopics as readonly string[]).includes(topic))
      refuse('topic', `topic "${topic}" is not one of ${surveyTopics.join(', ')}`);
    if (!/^[\w .\-/]{1,20}$/.test(period)) refuse('period', 'period must be 1–20 letters or digits, e.g. 2025');
    if (unit !== 'score' && unit !== 'percent') refuse('unit', 'unit must be score or percent');
    else if (Number.isNaN(value) || value < (unit === 'score' ? 1 : 0) || value > (unit === 'score' ? 10 : 100))
      refuse(
        'value',
        unit === 'score' ? 'value must be a mark from 1 to 10' : 'value must be a percentage from 0 to 100',
      );
    if (!Number.isInteger(respondents) || respondents < 0) refuse('respondents', 'respondents must be a whole number');
    const key = `${areaCode}|${topic}|${period}`;
    if (refused.length === 0 && seen.has(key)) refuse('duplicate', 'the same area, topic and period appear twice');
    seen.add(key);
    if (refused.length > 0) problems.push(...refused);
    else
      lines.push({
        line,
        areaCode,
        topic: topic as SurveyTopic,
        period,
        value,
        unit: unit as 'score' | 'percent',
        respondents,
      });
  });
  return problems.length > 0 ? { problems: problems.slice(0, 50) } : { lines };
}
