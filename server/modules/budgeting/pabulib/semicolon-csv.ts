/** One row of a `;`-separated file, with the line it starts on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Splits text into records the way Python's csv module reads Pabulib files:
 * `;` between fields, `"` around fields that contain `;`, quotes or line breaks,
 * `""` for a quote inside. Blank lines are skipped.
 */
export function readRecords(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let position = 0;
  let line = 1;
  // Where the next quote and carriage return are: a line before them has none, so it is split as
  // it is (the common case), and its end is the next \n. Each is searched for once over the file.
  let nextQuote = source.indexOf('"');
  let nextCarriage = source.indexOf('\r');
  while (position < source.length) {
    if (nextQuote !== -1 && nextQuote < position) nextQuote = source.indexOf('"', position);
    if (nextCarriage !== -1 && nextCarriage < position) nextCarriage = source.indexOf('\r', position);
    const newline = source.indexOf('\n', position);
    let end = newline === -1 ? source.length : newline;
    if (nextCarriage !== -1 && nextCarriage < end) end = nextCarriage;
    if (nextQuote !== -1 && nextQuote < end) {
      const quoted = readQuotedRecord(source, position, line);
      records.push({ line, fields: quoted.fields });
      position = quoted.next;
      line += quoted.lines;
      continue;
    }
    if (end > position) records.push({ line, fields: source.slice(position, end).split(';') });
    position = skipBreak(source, end);
    line += 1;
  }
  return records;
}

function skipBreak(source: string, at: number): number {
  if (source[at] === '\r' && source[at + 1] === '\n') return at + 2;
  return at + 1;
}

/** Reads one record with quoted fields, which may span several lines. */
function readQuotedRecord(
  source: string,
  start: number,
  line: number,
): { fields: string[]; next: number; lines: number } {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let lines = 0;
  let openedOn = 0;
  let i = start;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        const next = source[i + 1];
        if (next !== undefined && next !== ';' && next !== '\n' && next !== '\r') {
          // A stray quote usually swallows the following lines: point at where it was opened.
          if (openedOn < lines) {
            throw new CsvSyntaxError(line + openedOn, `a quoted field opened here runs on to line ${line + lines}`);
          }
          throw new CsvSyntaxError(line + lines, 'unexpected text after a closing quote');
        }
      } else {
        if (ch === '\n') lines += 1;
        field += ch;
      }
      i += 1;
      continue;
    }
    if (ch === '\n' || ch === '\r') break;
    if (ch === '"' && field === '') {
      quoted = true;
      openedOn = lines;
    } else if (ch === ';') {
      fields.push(field);
      field = '';
    } else field += ch;
    i += 1;
  }
  if (quoted) throw new CsvSyntaxError(line + openedOn, 'a quoted field is never closed');
  fields.push(field);
  return { fields, next: skipBreak(source, i), lines: lines + 1 };
}

/** Quotes a field only when a reader would otherwise split or misread it. */
export function formatRecord(fields: readonly string[]): string {
  return fields.map((field) => (/[;"\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(';');
}
