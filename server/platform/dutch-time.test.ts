import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  dateInAmsterdam,
  startOfDayInAmsterdam,
  todayInAmsterdam,
  wholeCalendarDaysBetween,
} from './dutch-time.ts';

const HOUR = 3_600_000;

// An independent reading of Amsterdam time to check against: Swedish dates are written YYYY-MM-DD.
const amsterdam = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  hourCycle: 'h23',
});
const wallClock = (instant: Date) => amsterdam.format(instant);
const timeOfDay = (instant: Date) => wallClock(instant).slice(11);

// In 2026 the clocks go forward on Sunday 29 March (02:00 CET → 03:00 CEST, at 01:00 UTC) and back
// on Sunday 25 October (03:00 CEST → 02:00 CET, at 01:00 UTC).

describe('todayInAmsterdam', () => {
  test.each([
    ['00:30 on 1 January, UTC still on New Year’s Eve', '2025-12-31T23:30:00Z', '2026-01-01'],
    ['00:30 on 1 July, UTC still on 30 June', '2026-06-30T22:30:00Z', '2026-07-01'],
    ['01:59 on 1 July', '2026-06-30T23:59:59.999Z', '2026-07-01'],
    ['the last moment of 1 January', '2026-01-01T22:59:59.999Z', '2026-01-01'],
    ['midnight starting 2 January', '2026-01-01T23:00:00Z', '2026-01-02'],
    ['the last moment of 1 July', '2026-07-01T21:59:59.999Z', '2026-07-01'],
    ['midnight starting 2 July', '2026-07-01T22:00:00Z', '2026-07-02'],
    ['the first moment of 2027', '2026-12-31T23:00:00Z', '2027-01-01'],
    ['01:30 on the day the clocks go forward', '2026-03-29T00:30:00Z', '2026-03-29'],
    ['00:30 on the day the clocks go back', '2026-10-24T22:30:00Z', '2026-10-25'],
    ['a leap day', '2028-02-28T23:00:00Z', '2028-02-29'],
  ])('%s (%s) is %s', (_, now, today) => {
    expect(todayInAmsterdam(new Date(now))).toBe(today);
    expect(dateInAmsterdam(new Date(now))).toBe(today);
  });

  test('agrees with an independent Intl reading, any moment from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }), (at) => {
        expect(todayInAmsterdam(at)).toBe(wallClock(at).slice(0, 10));
      }),
    );
  });

  test('an invalid date is an error, not a date', () => {
    expect(() => todayInAmsterdam(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  test.each([
    // [what, from, days, to, hours between]
    ['42 days over the spring change keeps 10:00', '2026-03-02T09:00:00Z', 42, '2026-04-13T08:00:00Z', 42 * 24 - 1],
    ['42 days from the Saturday before it', '2026-03-28T09:00:00Z', 42, '2026-05-09T08:00:00Z', 42 * 24 - 1],
    ['one day from that Saturday is 23 hours', '2026-03-28T09:00:00Z', 1, '2026-03-29T08:00:00Z', 23],
    ['42 days over the autumn change keeps 10:00', '2026-09-20T08:00:00Z', 42, '2026-11-01T09:00:00Z', 42 * 24 + 1],
    ['42 days from the Saturday before it', '2026-10-24T08:00:00Z', 42, '2026-12-05T09:00:00Z', 42 * 24 + 1],
    ['one day from that Saturday is 25 hours', '2026-10-24T08:00:00Z', 1, '2026-10-25T09:00:00Z', 25],
    ['42 days with no change in between', '2026-05-01T08:00:00Z', 42, '2026-06-12T08:00:00Z', 42 * 24],
    ['zero days in winter', '2026-01-15T12:34:56.789Z', 0, '2026-01-15T12:34:56.789Z', 0],
    ['zero days in summer', '2026-07-15T12:34:56.789Z', 0, '2026-07-15T12:34:56.789Z', 0],
    ['back 42 days over the spring change', '2026-04-13T08:00:00Z', -42, '2026-03-02T09:00:00Z', -(42 * 24 - 1)],
    ['back one day over the autumn change', '2026-10-25T09:00:00Z', -1, '2026-10-24T08:00:00Z', -25],
    ['back a day from 00:30 on 1 January', '2025-12-31T23:30:00Z', -1, '2025-12-30T23:30:00Z', -24],
    ['into the new year from 23:30 on 31 December', '2026-12-31T22:30:00Z', 1, '2027-01-01T22:30:00Z', 24],
    ['from 00:30 on 1 July, UTC still in June', '2026-06-30T22:30:00Z', 1, '2026-07-01T22:30:00Z', 24],
    ['a whole year, over both changes', '2026-01-01T11:00:00Z', 365, '2027-01-01T11:00:00Z', 365 * 24],
    ['onto a leap day', '2028-02-28T11:00:00Z', 1, '2028-02-29T11:00:00Z', 24],
    ['past the end of February in a common year', '2027-02-28T11:00:00Z', 1, '2027-03-01T11:00:00Z', 24],
    // 02:30 does not exist on 29 March: like a clock that was not put forward, it reads 03:30.
    ['onto a time the clocks skip', '2026-03-28T01:30:00Z', 1, '2026-03-29T01:30:00Z', 24],
    // 02:30 happens twice on 25 October: the first time counts.
    ['onto a time that happens twice', '2026-10-24T00:30:00Z', 1, '2026-10-25T00:30:00Z', 24],
  ])('%s: %s + %i days is %s', (_, from, days, to, hours) => {
    const result = addCalendarDays(new Date(from), days);
    expect(result.toISOString()).toBe(new Date(to).toISOString());
    expect((result.getTime() - new Date(from).getTime()) / HOUR).toBe(hours);
  });

  test('the Amsterdam wall-clock time stays the same over a change of the clocks', () => {
    const from = new Date('2026-03-02T09:00:00Z');
    expect(wallClock(from)).toBe('2026-03-02 10:00:00,000');
    expect(wallClock(addCalendarDays(from, 42))).toBe('2026-04-13 10:00:00,000');
    expect(wallClock(addCalendarDays(new Date('2026-09-20T08:00:00Z'), 42))).toBe('2026-11-01 10:00:00,000');
  });

  test('whole days only', () => {
    expect(() => addCalendarDays(new Date('2026-01-01T00:00:00Z'), 1.5)).toThrow(RangeError);
  });

  // From 1977 on, Amsterdam's clocks change only between 02:00 and 03:00 local time; a wall-clock time
  // outside that hour exists exactly once on every day, so going there and back must return to it.
  const instant = fc.date({ min: new Date('1977-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });
  const days = fc.integer({ min: -2_000, max: 2_000 });
  const notInTheChangingHour = (at: Date) => !timeOfDay(at).startsWith('02:');

  test('there and back again: addCalendarDays(addCalendarDays(x, n), -n) is x', () => {
    fc.assert(
      fc.property(instant, days, (x, n) => {
        fc.pre(notInTheChangingHour(x));
        expect(addCalendarDays(addCalendarDays(x, n), -n).toISOString()).toBe(x.toISOString());
      }),
      { numRuns: 500 },
    );
  });

  test('n calendar days later: the same time of day, n dates on, n whole days between', () => {
    fc.assert(
      fc.property(instant, days, (x, n) => {
        fc.pre(notInTheChangingHour(x));
        const later = addCalendarDays(x, n);
        expect(timeOfDay(later)).toBe(timeOfDay(x));
        const dates = (Date.parse(dateInAmsterdam(later)) - Date.parse(dateInAmsterdam(x))) / (24 * HOUR);
        expect(dates).toBe(n);
        expect(wholeCalendarDaysBetween(x, later)).toBe(n);
        expect(calendarDaysBetween(x, later)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});

describe('startOfDayInAmsterdam', () => {
  test.each([
    ['a winter afternoon', '2026-01-01T12:00:00Z', '2025-12-31T23:00:00Z'],
    ['a summer afternoon', '2026-07-01T12:00:00Z', '2026-06-30T22:00:00Z'],
    ['00:30 on 1 January', '2025-12-31T23:30:00Z', '2025-12-31T23:00:00Z'],
    ['midnight itself', '2026-06-30T22:00:00Z', '2026-06-30T22:00:00Z'],
    ['the day the clocks go forward (23 hours long)', '2026-03-29T20:00:00Z', '2026-03-28T23:00:00Z'],
    ['the day the clocks go back (25 hours long)', '2026-10-25T20:00:00Z', '2026-10-24T22:00:00Z'],
  ])('%s: %s starts at %s', (_, at, start) => {
    expect(startOfDayInAmsterdam(new Date(at)).toISOString()).toBe(new Date(start).toISOString());
  });
});

describe('days between two moments, on the calendar', () => {
  test.each([
    ['exactly 42 days over the spring change', '2026-03-02T09:00:00Z', '2026-04-13T08:00:00Z', 42, 42],
    ['a moment short of it', '2026-03-02T09:00:00Z', '2026-04-13T07:59:59.999Z', 41, 42 - 1 / 24 / HOUR],
    ['backwards', '2026-04-13T08:00:00Z', '2026-03-02T09:00:00Z', -42, -42],
    ['a second backwards', '2026-04-13T08:00:00Z', '2026-04-13T07:59:59Z', -1, -1 / 86_400],
    ['half of the 23-hour day', '2026-03-28T23:00:00Z', '2026-03-29T10:30:00Z', 0, 0.5],
    ['half of the 25-hour day', '2026-10-24T22:00:00Z', '2026-10-25T10:30:00Z', 0, 0.5],
    ['the same moment', '2026-05-01T08:00:00Z', '2026-05-01T08:00:00Z', 0, 0],
  ])('%s', (_, from, to, whole, fractional) => {
    expect(wholeCalendarDaysBetween(new Date(from), new Date(to))).toBe(whole);
    expect(calendarDaysBetween(new Date(from), new Date(to))).toBeCloseTo(fractional, 9);
  });
});
