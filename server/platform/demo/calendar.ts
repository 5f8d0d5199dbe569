import type { Random } from './random.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Amsterdam in winter; being an hour off in summer does not matter for synthetic data. */
const LOCAL_OFFSET = HOUR;

// When people are up and about, by local hour: mornings and early evenings most.
const HOURS = [
  0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.08, 0.3, 0.6, 1, 1, 1, 0.8, 0.9, 0.9, 0.9, 0.8, 0.7, 0.6, 0.9, 0.9, 0.6, 0.3,
  0.1,
];
const HOUR_TOTAL = HOURS.reduce((s, w) => s + w, 0);

function local(ms: number): { month: number; day: number; weekday: number } {
  const date = new Date(ms + LOCAL_OFFSET);
  return { month: date.getUTCMonth(), day: date.getUTCDate(), weekday: date.getUTCDay() };
}

/** The Christmas break and the summer holiday, when regular groups pause. */
export function isHoliday(ms: number): boolean {
  const { month, day } = local(ms);
  return (
    (month === 11 && day >= 21) || (month === 0 && day <= 4) || (month === 6 && day >= 12) || (month === 7 && day <= 24)
  );
}

/**
 * How busy a day is, around 1: quiet around Christmas and in the summer holiday, busiest in spring
 * and autumn, and a little quieter at weekends.
 */
export function dayWeight(ms: number): number {
  const { month, day, weekday } = local(ms);
  const season =
    (month === 11 && day >= 21) || (month === 0 && day <= 4)
      ? 0.35
      : (month === 6 && day >= 12) || (month === 7 && day <= 24)
        ? 0.55
        : month >= 2 && month <= 4
          ? 1.3
          : month >= 8 && month <= 10
            ? 1.25
            : month === 5
              ? 1.1
              : 0.9;
  return season * (weekday === 0 ? 0.55 : weekday === 6 ? 0.8 : 1);
}

/** Local midnight of the day `ms` falls on. */
export function startOfLocalDay(ms: number): number {
  return Math.floor((ms + LOCAL_OFFSET) / DAY) * DAY - LOCAL_OFFSET;
}

/** The first `weekday` (0 is Sunday) at `hour` local time at or after `ms`. */
export function nextWeekday(ms: number, weekday: number, hour: number): number {
  let day = startOfLocalDay(ms);
  while (local(day).weekday !== weekday || day + hour * HOUR < ms) day += DAY;
  return day + hour * HOUR;
}

export interface DemoCalendar {
  /** A moment in [from, to): busy days and waking hours more likely than quiet ones. */
  moment(random: Random, from: number, to: number): number;
}

/** Day weights from four years before `asOf` to one after, summed once so a pick is a binary search. */
export function createCalendar(asOf: number): DemoCalendar {
  const origin = startOfLocalDay(asOf) - 4 * 365 * DAY;
  const days = 5 * 365;
  const cumulative = new Float64Array(days + 1);
  for (let d = 0; d < days; d++) cumulative[d + 1] = cumulative[d]! + dayWeight(origin + d * DAY + 12 * HOUR);
  const hourOfDay = (random: Random) => {
    let u = random.next() * HOUR_TOTAL;
    let hour = 0;
    while (hour < 23 && u >= HOURS[hour]!) u -= HOURS[hour++]!;
    return (hour + random.next()) * HOUR;
  };
  return {
    moment(random, from, to) {
      const uniform = () => from + random.next() * (to - from);
      if (!(to > from)) return from;
      const first = Math.floor((from - origin) / DAY);
      const last = Math.floor((to - 1 - origin) / DAY);
      if (to - from < DAY || first < 0 || last >= days) return uniform();
      for (let attempt = 0; attempt < 4; attempt++) {
        const u = cumulative[first]! + random.next() * (cumulative[last + 1]! - cumulative[first]!);
        let low = first;
        let high = last;
        while (low < high) {
          const mid = (low + high + 1) >> 1;
          if (cumulative[mid]! <= u) low = mid;
          else high = mid - 1;
        }
        const ms = origin + low * DAY + hourOfDay(random);
        if (ms >= from && ms < to) return ms;
      }
      return uniform();
    },
  };
}
