import { describe, expect, test } from 'vitest';
import { dayOf, formatDay, formatMonth, formatTime, monthRange, shiftMonth } from './calendar-format.ts';

describe('calendar dates, in Amsterdam and in Dutch', () => {
  test('the day of a moment is the day on an Amsterdam calendar', () => {
    expect(dayOf('2026-03-07T22:30:00.000Z')).toBe('2026-03-07');
    expect(dayOf('2026-03-07T23:30:00.000Z')).toBe('2026-03-08');
    expect(dayOf('2026-07-07T22:30:00.000Z')).toBe('2026-07-08');
  });

  test('days, months and times read as a Dutch resident expects', () => {
    expect(formatDay('2026-03-07', 'nl')).toBe('zaterdag 7 maart 2026');
    expect(formatDay('2026-03-07', 'en')).toBe('Saturday, 7 March 2026');
    expect(formatMonth('2026-03', 'nl')).toBe('maart 2026');
    expect(formatTime('2026-07-10T09:00:00.000Z', 'nl')).toBe('11:00');
    expect(formatTime('2026-01-10T09:00:00.000Z', 'nl')).toBe('10:00');
  });

  test('months move across years, and a month runs from its first to its last day', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});
