import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { datesFrom, keptDates, nextDate, startOfDay } from './monitor.jobs.ts';

describe('nextDate', () => {
  test.each<[string, number, string]>([
    ['2026-03-02', 1, '2026-03-03'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2026-04-30', 1, '2026-05-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-03-02', 0, '2026-03-02'],
    // The first day of a 90-day window that ends on 2026-03-31.
    ['2026-03-31', 1 - 90, '2026-01-01'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 365, '2028-12-31'],
  ])('%s and %d days is %s', (date, days, expected) => {
    expect(nextDate(date, days)).toBe(expected);
  });

  test('n days on and n days back is where it started', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.integer({ min: -1000, max: 1000 }),
        (instant, days) => {
          const date = instant.toISOString().slice(0, 10);
          expect(nextDate(nextDate(date, days), -days)).toBe(date);
          expect(Date.parse(nextDate(date, days)) - Date.parse(date)).toBe(days * 86_400_000);
        },
      ),
    );
  });
});

describe('datesFrom', () => {
  test.each<[string, string, string[]]>([
    ['2026-02-27', '2026-03-02', ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']],
    ['2028-02-28', '2028-03-01', ['2028-02-28', '2028-02-29', '2028-03-01']],
    ['2026-12-31', '2027-01-01', ['2026-12-31', '2027-01-01']],
    ['2026-03-02', '2026-03-02', ['2026-03-02']],
    ['2026-03-03', '2026-03-02', []],
  ])('from %s to %s', (from, to, expected) => {
    expect(datesFrom(from, to)).toEqual(expected);
  });

  test('a whole year', () => {
    expect(datesFrom('2026-01-01', '2026-12-31')).toHaveLength(365);
    expect(datesFrom('2028-01-01', '2028-12-31')).toHaveLength(366);
  });
});

describe('keptDates', () => {
  test('the month ends of the past twelve months and today, oldest first', () => {
    expect(keptDates('2026-03-02')).toEqual([
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
      '2025-07-31',
      '2025-08-31',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      '2026-03-02',
    ]);
  });

  test.each<[string, string, string, string]>([
    ['in January', '2026-01-15', '2025-01-31', '2025-12-31'],
    ['on the first of a month', '2026-07-01', '2025-07-31', '2026-06-30'],
    ['on a month end: today is not counted twice', '2026-01-31', '2025-01-31', '2025-12-31'],
    ['on New Year’s Eve', '2026-12-31', '2025-12-31', '2026-11-30'],
  ])('%s (%s)', (_name, today, first, lastMonthEnd) => {
    const dates = keptDates(today);
    expect(dates).toHaveLength(13);
    expect(dates[0]).toBe(first);
    expect(dates[11]).toBe(lastMonthEnd);
    expect(dates[12]).toBe(today);
    expect(new Set(dates).size).toBe(13);
  });

  test.each<[string, string]>([
    ['2024-03-10', '2024-02-29'],
    ['2025-03-10', '2025-02-28'],
    ['2100-03-10', '2100-02-28'],
  ])('February’s end in a leap year and out of one (%s)', (today, februaryEnd) => {
    expect(keptDates(today)[11]).toBe(februaryEnd);
  });

  test('always twelve month ends in a row, before today', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (instant) => {
          const today = instant.toISOString().slice(0, 10);
          const dates = keptDates(today);
          expect(dates).toHaveLength(13);
          expect(dates[12]).toBe(today);
          expect([...dates].sort()).toEqual(dates);
          const monthEnds = dates.slice(0, 12);
          for (const end of monthEnds) expect(nextDate(end).slice(8)).toBe('01');
          for (let i = 1; i < 12; i++) expect(nextDate(monthEnds[i - 1]!).slice(0, 7)).toBe(monthEnds[i]!.slice(0, 7));
          expect(monthEnds[11]! < today).toBe(true);
          expect(nextDate(monthEnds[11]!).slice(0, 7)).toBe(today.slice(0, 7));
        },
      ),
    );
  });
});

describe('startOfDay', () => {
  test.each<[string, string, string]>([
    ['winter time', '2026-01-15', '2026-01-14T23:00:00.000Z'],
    ['summer time', '2026-07-15', '2026-07-14T22:00:00.000Z'],
    ['the day the clocks go forward: midnight is still winter time', '2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['the day after', '2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['the day the clocks go back: midnight is still summer time', '2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['the day after', '2026-10-26', '2026-10-25T23:00:00.000Z'],
    ['New Year', '2027-01-01', '2026-12-31T23:00:00.000Z'],
    ['a leap day', '2028-02-29', '2028-02-28T23:00:00.000Z'],
  ])('%s (%s)', (_name, date, expected) => {
    expect(startOfDay(date)).toBe(expected);
  });

  test.each<[string, number]>([
    ['2026-03-29', 23],
    ['2026-10-25', 25],
    ['2026-06-01', 24],
    ['2026-12-01', 24],
  ])('%s lasts %d hours', (date, hours) => {
    expect((Date.parse(startOfDay(nextDate(date))) - Date.parse(startOfDay(date))) / 3_600_000).toBe(hours);
  });
});
