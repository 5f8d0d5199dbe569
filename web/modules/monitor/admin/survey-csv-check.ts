import { surveyTopics } from '../../../../contracts/monitor.ts';

export const SURVEY_COLUMNS = ['area_code', 'topic', 'period', 'value', 'unit', 'respondents'] as const;

export type LineProblem =
  | { kind: 'columns'; missing: string[] }
  | { kind: 'empty' }
  | { kind: 'areaCode' | 'topic' | 'period' | 'unit' | 'value' | 'respondents'; line: number };

function decimal(text: string): number {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** A line split on the file's separator (a semicolon when the header has one, else a comma), quotes removed. */
function cells(line: string, separator: string): string[] {
  return line.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

/**
 * What can be checked before sending, with a message in the reader's language per line (the
 * server checks it all again, and whether each area code exists).
 */
export function checkSurveyCsv(csv: string): LineProblem[] {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0] ?? '';
  const separator = header.includes(';') ? ';' : ',';
  const names = cells(header, separator).map((name) => name.toLowerCase());
  const missing = SURVEY_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) return [{ kind: 'columns', missing }];
  const problems: LineProblem[] = [];
  let rows = 0;
  lines.slice(1).forEach((text, index) => {
    if (text.trim() === '') return;
    rows += 1;
    const line = index + 2;
    const record = cells(text, separator);
    const at = (column: (typeof SURVEY_COLUMNS)[number]) => record[names.indexOf(column)] ?? '';
    const unit = at('unit').toLowerCase();
    const value = decimal(at('value'));
    const respondents = decimal(at('respondents'));
    if (!/^(GM\d{4}|WK\d{6}|BU\d{8})$/.test(at('area_code').toUpperCase())) problems.push({ kind: 'areaCode', line });
    if (!(surveyTopics as readonly string[]).includes(at('topic').toLowerCase()))
      problems.push({ kind: 'topic', line });
    if (!/^[\w .\-/]{1,20}$/.test(at('period'))) problems.push({ kind: 'period', line });
    if (unit !== 'score' && unit !== 'percent') problems.push({ kind: 'unit', line });
    else if (Number.isNaN(value) || value < (unit === 'score' ? 1 : 0) || value > (unit === 'score' ? 10 : 100))
      problems.push({ kind: 'value', line });
    if (!Number.isInteger(respondents) || respondents < 0) problems.push({ kind: 'respondents', line });
  });
  return rows === 0 ? [{ kind: 'empty' }] : problems;
}
