import type { DutyState } from '../../../../contracts/initiatives-support.ts';
import { addCalendarDays, calendarDaysBetween, wholeCalendarDaysBetween } from '../../../platform/dutch-time.ts';

// Deadlines count calendar days in Amsterdam: six weeks from 10:00 is 10:00 six weeks later, on the
// clock on the wall, also when the clocks changed in between (then it is 23 or 25 hours more or less).

/** The deadline runs from the moment support first reached the threshold. */
export function responseDueAt(reachedAt: Date, deadlineDays: number): Date {
  return addCalendarDays(reachedAt, deadlineDays);
}

/** Whole days left until the deadline, rounded down; negative once it has passed. */
export function daysLeft(dueAt: Date, now: Date): number {
  return wholeCalendarDaysBetween(now, dueAt);
}

export function dutyState(dueAt: Date, now: Date, dueSoonDays: number): DutyState {
  if (now.getTime() > dueAt.getTime()) return 'overdue';
  if (dueAt.getTime() <= dueSoonFrom(now, dueSoonDays).getTime()) return 'due_soon';
  return 'open';
}

/** The moment after which an open duty counts as due soon; the worklist and reminder job filter on it. */
export function dueSoonFrom(now: Date, dueSoonDays: number): Date {
  return addCalendarDays(now, dueSoonDays);
}

export function isLate(dueAt: Date, respondedAt: Date): boolean {
  return respondedAt.getTime() > dueAt.getTime();
}

/** Calendar days from one moment to another, with the part-day as a fraction. */
export function daysBetween(from: Date, to: Date): number {
  return calendarDaysBetween(from, to);
}
