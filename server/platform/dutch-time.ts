/**
 * Calendar dates as a resident of the Netherlands sees them: "today", "in 42 days", "valid until".
 *
 * Why Intl and no library: Node ships the full ICU time-zone database, and `Intl.DateTimeFormat`
 * with `timeZone: 'Europe/Amsterdam'` answers the one question we need (which wall-clock time is
 * this instant in Amsterdam?). The way back, from a wall-clock time to an instant, is the small
 * search below. That is all Luxon or @date-fns/tz would do for us here, without a dependency to
 * keep up to date. (Temporal would be the natural fit once the supported Node versions have it.)
 *
 * Time is always passed in: callers take it from the injected Clock.
 */

export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

const DAY_MS = 86_400_000;

/** A wall-clock reading in Amsterdam; months count from 1. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

// Made with the first use, not at start-up: creating it loads ICU's time-zone data (~30 ms).
let amsterdamFormat: Intl.DateTimeFormat | undefined;
const amsterdamParts = (): Intl.DateTimeFormat =>
  (amsterdamFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: DUTCH_TIME_ZONE,
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }));

function validTime(instant: Date): number {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid date');
  return time;
}

function wallClockOf(instant: Date): WallClock {
  const time = validTime(instant);
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of amsterdamParts().formatToParts(instant)) fields[part.type] = part.value;
  const yearOfEra = Number(fields.year);
  return {
    // Years before the common era come as "1 BC" and so on; the proleptic year 0 is 1 BC.
    year: fields.era === 'BC' || fields.era === 'B' ? 1 - yearOfEra : yearOfEra,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    millisecond: ((time % 1000) + 1000) % 1000,
  };
}

/** The wall-clock reading as if it were UTC: a plain count of milliseconds, free of any zone. */
function asUtc(wall: WallClock): number {
  const at = new Date(0);
  at.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  at.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return at.getTime();
}

/** Amsterdam's offset from UTC at this instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(time: number): number {
  return asUtc(wallClockOf(new Date(time))) - time;
}

/**
 * The instant at which Amsterdam clocks show `wall`. Like Temporal's "compatible" choice: a time
 * that happens twice (the clocks go back) is the earlier one; a time that is skipped (the clocks
 * go forward) moves on by the length of the gap, so 02:30 on the last Sunday of March is 03:30.
 */
function fromWallClock(wall: WallClock): Date {
  const local = asUtc(wall);
  // Amsterdam's clocks change at most once in any two days, so one of these two offsets is the one.
  const offsetBefore = offsetAt(local - DAY_MS);
  const offsetAfter = offsetAt(local + DAY_MS);
  const candidates = [local - offsetBefore, local - offsetAfter]
    .filter((time) => time + offsetAt(time) === local)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? local - offsetBefore);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function isoDate(wall: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  const year =
    wall.year >= 0 && wall.year <= 9999 ? pad(wall.year, 4) : `${wall.year < 0 ? '-' : '+'}${pad(wall.year, 6)}`;
  return `${year}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The date (YYYY-MM-DD) an Amsterdam calendar shows at this instant; for messages, letters, exports. */
export function dateInAmsterdam(instant: Date): string {
  return isoDate(wallClockOf(instant));
}

/** Today's date (YYYY-MM-DD) for a resident of the Netherlands; `now` comes from the Clock. */
export function todayInAmsterdam(now: Date): string {
  return dateInAmsterdam(now);
}

/**
 * The same Amsterdam wall-clock time `days` calendar days later (earlier when negative). Across a
 * change of the clocks the difference in UTC is 23 or 25 hours for that day, as on a calendar.
 */
export function addCalendarDays(instant: Date, days: number): Date {
  if (!Number.isInteger(days)) throw new RangeError(`Whole days only, not ${days}`);
  const wall = wallClockOf(instant);
  // Date.UTC-style arithmetic on the date alone is exact: a date has no zone and no DST.
  const date = new Date(asUtc({ ...wall, hour: 0, minute: 0, second: 0, millisecond: 0 }) + days * DAY_MS);
  return fromWallClock({
    ...wall,
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/** The first moment of the Amsterdam calendar day this instant falls on (midnight, local time). */
export function startOfDayInAmsterdam(instant: Date): Date {
  return fromWallClock({ ...wallClockOf(instant), hour: 0, minute: 0, second: 0, millisecond: 0 });
}

/**
 * Whole calendar days from `from` to `to`, rounded down: the largest n for which
 * `addCalendarDays(from, n)` is not after `to`. Negative when `to` is earlier.
 */
export function wholeCalendarDaysBetween(from: Date, to: Date): number {
  const [a, b] = [wallClockOf(from), wallClockOf(to)];
  const midnight = (wall: WallClock) => asUtc({ ...wall, hour: 0, minute: 0, second: 0, millisecond: 0 });
  let days = Math.round((midnight(b) - midnight(a)) / DAY_MS);
  while (addCalendarDays(from, days).getTime() > to.getTime()) days -= 1;
  while (addCalendarDays(from, days + 1).getTime() <= to.getTime()) days += 1;
  return days;
}

/**
 * Calendar days from `from` to `to` with the part-day as a fraction of that (23, 24 or 25-hour)
 * day: exactly 42 for a deadline of 42 days, whether or not the clocks changed in between.
 */
export function calendarDaysBetween(from: Date, to: Date): number {
  const whole = wholeCalendarDaysBetween(from, to);
  const start = addCalendarDays(from, whole).getTime();
  const next = addCalendarDays(from, whole + 1).getTime();
  return whole + (to.getTime() - start) / (next - start);
}
