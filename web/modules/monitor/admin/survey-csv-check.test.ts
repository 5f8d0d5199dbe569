import { describe, expect, it } from 'vitest';
import { checkSurveyCsv } from './survey-csv-check.ts';

describe('checkSurveyCsv', () => {
  it('accepts semicolons with decimal commas, and commas with points', () => {
    expect(
      checkSurveyCsv('area_code;topic;period;value;unit;respondents\nBU03630001;perceived_safety;2025;7,1;score;212\n'),
    ).toEqual([]);
    expect(
      checkSurveyCsv('area_code,topic,period,value,unit,respondents\r\nbu03630001,Loneliness,2025,38.5,percent,40'),
    ).toEqual([]);
  });

  it('names missing columns, or an empty file', () => {
    expect(checkSurveyCsv('area_code;topic;value\nBU03630001;loneliness;3')).toEqual([
      { kind: 'columns', missing: ['period', 'unit', 'respondents'] },
    ]);
    expect(checkSurveyCsv('area_code;topic;period;value;unit;respondents\n\n')).toEqual([{ kind: 'empty' }]);
  });

  it('names each wrong cell with its line', () => {
    expect(
      checkSurveyCsv(
        [
          'area_code;topic;period;value;unit;respondents',
          'Oranjebuurt;happiness;2025;7;score;10',
          'BU03630001;loneliness;2025;120;percent;ten',
          'BU03630001;loneliness;2025;7;mark;10',
        ].join('\n'),
      ),
    ).toEqual([
      { kind: 'areaCode', line: 2 },
      { kind: 'topic', line: 2 },
      { kind: 'value', line: 3 },
      { kind: 'respondents', line: 3 },
      { kind: 'unit', line: 4 },
    ]);
  });
});
