import { describe, expect, it } from 'vitest';
import { formatIndicatorNumber, formatSurveyNumber } from './indicator-values.ts';

// Intl puts a (narrow) no-break space before % in some locales; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('indicator values in Dutch and English style', () => {
  it.each([
    ['share', 0.234, '23%', '23%'],
    ['share', 0.054, '5,4%', '5.4%'],
    ['share', 0, '0%', '0%'],
    ['per_1000', 4.25, '4,3', '4.3'],
    ['per_1000', 1234.4, '1.234', '1,234'],
    ['days', 12.4, '12', '12'],
    ['hours', 5.55, '5,6', '5.6'],
  ] as const)('%s %d → %s (nl), %s (en)', (unit, value, nl, en) => {
    expect(plain(formatIndicatorNumber(unit, value, 'nl'))).toBe(nl);
    expect(plain(formatIndicatorNumber(unit, value, 'en'))).toBe(en);
  });

  it('shows a survey mark with one decimal and a percentage as such', () => {
    expect(formatSurveyNumber('score', 7.25, 'nl')).toBe('7,3');
    expect(plain(formatSurveyNumber('percent', 64, 'nl'))).toBe('64%');
  });
});
