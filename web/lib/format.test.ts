import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatDateTime,
  formatDecimal,
  formatNumber,
  formatPercent,
  formatSigned,
  numberInterpolation,
} from './format.ts';

const MINUS = '\u2212';

describe('numbers in the reader’s style', () => {
  it('Dutch: a comma for decimals, a dot between thousands, a true minus sign', () => {
    expect(formatNumber(12_345.5, 'nl', 1)).toBe('12.345,5');
    expect(formatNumber(-20, 'nl')).toBe(`${MINUS}20`);
    expect(formatDecimal(302, 'nl', 1)).toBe('302,0');
    expect(formatDecimal(3.25, 'nl', 2)).toBe('3,25');
    expect(formatSigned(3.5, 'nl', 2)).toBe('+3,5');
    expect(formatSigned(-1.75, 'nl', 2)).toBe(`${MINUS}1,75`);
    expect(formatSigned(0, 'nl')).toBe('0');
    expect(formatPercent(0.234, 'nl')).toBe('23%');
    expect(formatPercent(-0.2, 'nl')).toBe(`${MINUS}20%`);
  });

  it('English: a point for decimals, a comma between thousands', () => {
    expect(formatNumber(12_345.5, 'en', 1)).toBe('12,345.5');
    expect(formatDecimal(302, 'en', 1)).toBe('302.0');
    expect(formatSigned(-20, 'en')).toBe(`${MINUS}20`);
  });
});

describe('dates', () => {
  it('a moment shows its time; a moment at midnight is a date and shows none', () => {
    const afternoon = new Date(2026, 4, 12, 14, 30).toISOString();
    const midnight = new Date(2026, 4, 12, 0, 0).toISOString();
    expect(formatDateTime(afternoon, 'nl')).toMatch(/^12 mei 2026.*14:30$/);
    expect(formatDateTime(midnight, 'nl')).toBe('12 mei 2026');
    expect(formatDateTime(midnight, 'nl')).not.toContain('00:00');
  });

  it('a calendar date stays on its day in every time zone', () => {
    expect(formatCalendarDate('2026-01-01', 'nl')).toBe('1 januari 2026');
    expect(formatCalendarDate('2026-01-01', 'en', 'month')).toBe('January 2026');
  });
});

describe('numbers inside texts (i18next interpolation)', () => {
  const make = async (lng: string) => {
    const instance = i18next.createInstance();
    await instance.init({
      lng,
      interpolation: numberInterpolation,
      showSupportNotice: false,
      resources: {
        nl: {
          translation: {
            initiatives_one: '{{count}} initiatief',
            initiatives_other: '{{count}} initiatieven',
            residents: '{{population}} inwoners',
            since: 'Sinds {{year}}',
            hours: 'Saldo {{hours}} uur',
          },
        },
        en: { translation: { residents: '{{population}} residents' } },
      },
    });
    // Keys of this test's own, not of the app's files.
    return { t: instance.t as unknown as (key: string, options: Record<string, unknown>) => string };
  };

  it('writes every number in the reader’s style and chooses the plural', async () => {
    const nl = await make('nl');
    expect(nl.t('initiatives', { count: 1 })).toBe('1 initiatief');
    expect(nl.t('initiatives', { count: 12_000 })).toBe('12.000 initiatieven');
    expect(nl.t('residents', { population: 30_512 })).toBe('30.512 inwoners');
    expect(nl.t('hours', { hours: -2.5 })).toBe(`Saldo ${MINUS}2,5 uur`);
    expect((await make('en')).t('residents', { population: 30_512 })).toBe('30,512 residents');
  });

  it('leaves a year as it is, and text as text', async () => {
    const nl = await make('nl');
    expect(nl.t('since', { year: 2025 })).toBe('Sinds 2025');
    expect(nl.t('residents', { population: '±3000' })).toBe('±3000 inwoners');
  });
});
