import { describe, expect, test } from 'vitest';
import { MAX_SURVEY_LINES, parseSurveyCsv, SURVEY_COLUMNS, type SurveyLine } from './survey.ts';

const HEADER = SURVEY_COLUMNS.join(',');

const linesOf = (csv: string): SurveyLine[] => {
  const result = parseSurveyCsv(csv);
  if (!('lines' in result)) throw new Error(`expected lines, got ${JSON.stringify(result.problems)}`);
  return result.lines;
};
const problemsOf = (csv: string) => {
  const result = parseSurveyCsv(csv);
  if (!('problems' in result)) throw new Error(`expected problems, got ${JSON.stringify(result.lines)}`);
  return result.problems;
};

const safety: SurveyLine = {
  line: 2,
  areaCode: 'BU03630000',
  topic: 'perceived_safety',
  period: '2025',
  value: 7.4,
  unit: 'score',
  respondents: 120,
};

describe('reading survey files', () => {
  test.each<[string, string, number?]>([
    ['comma separated', `${HEADER}\nBU03630000,perceived_safety,2025,7.4,score,120\n`],
    [
      'semicolon separated, with a decimal comma',
      `${SURVEY_COLUMNS.join(';')}\nBU03630000;perceived_safety;2025;7,4;score;120`,
    ],
    ['comma separated, the decimal comma quoted', `${HEADER}\nBU03630000,perceived_safety,2025,"7,4",score,120`],
    ['with a byte-order mark', `\uFEFF${HEADER}\nBU03630000,perceived_safety,2025,7.4,score,120`],
    ['with Windows line ends', `${HEADER}\r\nBU03630000,perceived_safety,2025,7.4,score,120\r\n`],
    [
      'in other case and with spaces',
      `${HEADER.toUpperCase()}\n bu03630000 , Perceived_Safety ,2025, 7.4 ,SCORE, 120 `,
    ],
    [
      'columns in another order',
      `respondents,unit,value,period,topic,area_code\n120,score,7.4,2025,perceived_safety,BU03630000`,
    ],
    ['extra columns', `${HEADER},note\nBU03630000,perceived_safety,2025,7.4,score,120,fine`],
    // The figures are on line 3 of the file, after an empty line.
    ['empty lines', `${HEADER}\n\nBU03630000,perceived_safety,2025,7.4,score,120\n\n`, 3],
  ])('%s', (_name, csv, line = 2) => {
    expect(linesOf(csv)).toEqual([{ ...safety, line }]);
  });

  test('several lines, each with its line number', () => {
    const lines = linesOf(
      [
        HEADER,
        'GM0363,social_cohesion,2025,5.9,score,3000',
        'WK036300,volunteering,2024,31,percent,800',
        'BU03630000,loneliness,2025 Q1,12.5,percent,0',
      ].join('\n'),
    );
    expect(lines).toEqual([
      {
        line: 2,
        areaCode: 'GM0363',
        topic: 'social_cohesion',
        period: '2025',
        value: 5.9,
        unit: 'score',
        respondents: 3000,
      },
      {
        line: 3,
        areaCode: 'WK036300',
        topic: 'volunteering',
        period: '2024',
        value: 31,
        unit: 'percent',
        respondents: 800,
      },
      {
        line: 4,
        areaCode: 'BU03630000',
        topic: 'loneliness',
        period: '2025 Q1',
        value: 12.5,
        unit: 'percent',
        respondents: 0,
      },
    ]);
  });
});

describe('refusing a file', () => {
  test.each<[string, string, RegExp]>([
    ['no header', 'BU03630000,perceived_safety,2025,7.4,score,120', /missing: area_code, topic/],
    [
      'a column missing',
      'area_code,topic,period,value,unit\nBU03630000,perceived_safety,2025,7.4,score',
      /missing: respondents$/,
    ],
    ['only a header', `${HEADER}\n`, /no figures below the header/],
    ['nothing at all', '', /missing/],
    ['an unclosed quote', `${HEADER}\nBU03630000,"perceived_safety,2025,7.4,score,120`, /Not readable as CSV/],
  ])('%s', (_name, csv, reason) => {
    const problems = problemsOf(csv);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.name).toBe('body.csv');
    expect(problems[0]!.reason).toMatch(reason);
    // A code the web translates, beside the developer's reason.
    expect(['columns', 'empty', 'unreadable']).toContain(problems[0]!.code);
  });

  test(`at most ${MAX_SURVEY_LINES} lines`, () => {
    const line = 'BU03630000,perceived_safety,2025,7.4,score,120';
    expect(problemsOf([HEADER, ...Array<string>(MAX_SURVEY_LINES + 1).fill(line)].join('\n'))).toEqual([
      {
        name: 'body.csv',
        reason: `At most ${MAX_SURVEY_LINES} lines per import`,
        code: 'tooManyLines',
        params: { maximum: MAX_SURVEY_LINES },
      },
    ]);
    // Exactly the maximum is read (and then every line but the first is a duplicate).
    const problems = problemsOf([HEADER, ...Array<string>(MAX_SURVEY_LINES).fill(line)].join('\n'));
    expect(problems[0]).toMatchObject({ name: 'body.csv.line3', code: 'duplicate', params: { line: 3 } });
  }, 30_000); // parses 20,000 lines twice
});

describe('refusing lines, each by its number', () => {
  const row = (fields: Partial<Record<(typeof SURVEY_COLUMNS)[number], string>>) =>
    SURVEY_COLUMNS.map(
      (c) =>
        fields[c] ??
        {
          area_code: 'BU03630000',
          topic: 'perceived_safety',
          period: '2025',
          value: '7.4',
          unit: 'score',
          respondents: '120',
        }[c],
    ).join(';');

  test.each<[string, string, RegExp]>([
    ['an area code that is no CBS code', row({ area_code: 'BU0363' }), /area_code "BU0363" is not a CBS code/],
    ['a postcode', row({ area_code: '1011AB' }), /is not a CBS code/],
    ['an unknown topic', row({ topic: 'happiness' }), /topic "happiness" is not one of perceived_safety/],
    ['no period', row({ period: '' }), /period must be/],
    ['a period too long', row({ period: '2025-2026 first half of it' }), /period must be/],
    ['a period with odd characters', row({ period: '2025 (voorjaar)' }), /period must be/],
    ['an unknown unit', row({ unit: 'euro' }), /unit must be score or percent/],
    ['a mark above 10', row({ value: '10,5' }), /value must be a mark from 1 to 10/],
    // A mark runs from 1 to 10: 0 is no mark.
    ['a mark of 0', row({ value: '0' }), /value must be a mark from 1 to 10/],
    ['a mark below 1', row({ value: '0,9' }), /value must be a mark from 1 to 10/],
    ['a negative mark', row({ value: '-1' }), /value must be a mark from 1 to 10/],
    ['a percentage above 100', row({ value: '100,1', unit: 'percent' }), /value must be a percentage from 0 to 100/],
    ['a negative percentage', row({ value: '-0,5', unit: 'percent' }), /percentage from 0 to 100/],
    ['a value that is no number', row({ value: 'zeven' }), /value must be a mark/],
    ['an empty value', row({ value: '' }), /value must be a mark/],
    ['a value with thousands separators', row({ value: '1.000,5', unit: 'percent' }), /percentage/],
    ['a value in exponent notation', row({ value: '1e1' }), /value must be a mark/],
    ['respondents in fractions', row({ respondents: '12,5' }), /respondents must be a whole number/],
    ['negative respondents', row({ respondents: '-3' }), /respondents must be a whole number/],
    ['no respondents', row({ respondents: '' }), /respondents must be a whole number/],
    ['a short line', 'BU03630000;perceived_safety;2025', /value must be a mark|unit must be/],
  ])('%s', (_name, line, reason) => {
    const problems = problemsOf([SURVEY_COLUMNS.join(';'), row({}).replace('2025', '2024'), line].join('\n'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.name === 'body.csv.line3' && p.params?.line === 3)).toBe(true);
    expect(problems[0]!.reason).toMatch(reason);
  });

  test.each<[string, string, string]>([
    ['a mark of 1', '1', 'score'],
    ['a mark of 10', '10', 'score'],
    ['a percentage of 0', '0', 'percent'],
    ['a percentage of 100', '100', 'percent'],
    ['a percentage of 99,9', '99,9', 'percent'],
  ])('the bounds are allowed: %s', (_name, value, unit) => {
    expect(linesOf(row({ value, unit }).replace(/^/, `${SURVEY_COLUMNS.join(';')}\n`))).toHaveLength(1);
  });

  test('every reason of a line together, and every bad line', () => {
    const problems = problemsOf(
      [
        SURVEY_COLUMNS.join(';'),
        row({ area_code: 'X', topic: 'y' }),
        row({}),
        row({ unit: 'z', respondents: '1.5' }),
      ].join('\n'),
    );
    expect(problems.map((p) => [p.name, p.code])).toEqual([
      ['body.csv.line2', 'areaCode'],
      ['body.csv.line2', 'topic'],
      ['body.csv.line4', 'unit'],
      ['body.csv.line4', 'respondents'],
    ]);
    expect(problems[0]).toEqual({
      name: 'body.csv.line2',
      reason: 'area_code "X" is not a CBS code',
      code: 'areaCode',
      params: { line: 2 },
    });
  });

  test('the same area, topic and period twice: the second is named', () => {
    const problems = problemsOf(
      [SURVEY_COLUMNS.join(';'), row({}), row({ period: '2024' }), row({ area_code: 'bu03630000', value: '6' })].join(
        '\n',
      ),
    );
    expect(problems).toEqual([
      {
        name: 'body.csv.line4',
        reason: 'the same area, topic and period appear twice',
        code: 'duplicate',
        params: { line: 4 },
      },
    ]);
  });

  test('the same area and topic in another period, or another topic, is no duplicate', () => {
    expect(
      linesOf(
        [SURVEY_COLUMNS.join(';'), row({}), row({ period: '2024' }), row({ topic: 'social_cohesion' })].join('\n'),
      ).map((l) => l.line),
    ).toEqual([2, 3, 4]);
  });

  test('at most 50 problems are returned', () => {
    const bad = Array.from({ length: 80 }, () => row({ unit: 'x' }));
    const problems = problemsOf([SURVEY_COLUMNS.join(';'), ...bad].join('\n'));
    expect(problems).toHaveLength(50);
    expect(problems[49]!.name).toBe('body.csv.line51');
  });

  // Line numbers come from the CSV parser, which skips empty lines but counts them: the bad
  // figure is on line 4 of the file (not the third record, line3).
  test('a bad line after an empty line is named by its line in the file', () => {
    const problems = problemsOf([SURVEY_COLUMNS.join(';'), row({}), '', row({ period: '2024', unit: 'x' })].join('\n'));
    expect(problems.map((p) => p.name)).toEqual(['body.csv.line4']);
  });

  test('a line after a quoted value that spans two lines is named by its line in the file', () => {
    // The first figures have a note on lines 2 and 3; the bad figure is on line 4.
    const problems = problemsOf(
      [
        `${SURVEY_COLUMNS.join(';')};note`,
        `${row({})};"first line`,
        `second line"`,
        `${row({ period: '2024', unit: 'x' })};`,
      ].join('\n'),
    );
    expect(problems.map((p) => p.name)).toEqual(['body.csv.line4']);
  });

  test('good lines keep their line in the file after empty lines', () => {
    expect(
      linesOf([SURVEY_COLUMNS.join(';'), '', row({}), '', '', row({ period: '2024' })].join('\n')).map((l) => l.line),
    ).toEqual([3, 6]);
  });
});
