import type { DutyState } from '../../../../contracts/initiatives-support.ts';

const DAY = 86_400_000;

/** The deadline runs from the moment support first reached the threshold. */
export function responseDueAt(reachedAt: Date, deadlineDays: number): Date {
  return new Date(reachedAt.getTime() + deadlineDays * DAY);
}

/** Whole days left until the deadline, rounded down; negative once it has passed. */
export function daysLeft(dueAt: Date, now: Date): number {
  return Math.floor((dueAt.getTime() - now.getTime()) / DAY);
}

export function dutyState(dueAt: Date, now: Date, dueSoonDays: number): DutyState {
  if (now.getTime() > dueAt.getTime()) return 'overdue';
  if (dueAt.getTime() - now.getTime() <= dueSoonDays * DAY) return 'due_soon';
  return 'open';
}

/** The moment after which an open duty counts as due soon; the worklist and reminder job filter on it. */
export function dueSoonFrom(now: Date, dueSoonDays: number): Date {
  return new Date(now.getTime() + dueSoonDays * DAY);
}

export function isLate(dueAt: Date, respondedAt: Date): boolean {
  return respondedAt.getTime() > dueAt.getTime();
}

export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY;
}
