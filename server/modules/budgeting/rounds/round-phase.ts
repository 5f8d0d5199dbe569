import type { BudgetPhase } from '../../../../contracts/budgeting.ts';
import { addCalendarDays } from '../../../platform/dutch-time.ts';

export interface RoundSchedule {
  proposals_open_at: string;
  review_open_at: string;
  voting_open_at: string;
  voting_close_at: string;
}

/** The phase follows from the dates alone; an officer moves a phase by moving its date. */
export function phaseAt(schedule: RoundSchedule, now: Date): BudgetPhase {
  const at = now.getTime();
  if (at >= Date.parse(schedule.voting_close_at)) return 'results';
  if (at >= Date.parse(schedule.voting_open_at)) return 'voting';
  if (at >= Date.parse(schedule.review_open_at)) return 'review';
  if (at >= Date.parse(schedule.proposals_open_at)) return 'proposals';
  return 'upcoming';
}

/**
 * The first date on these rounds' schedules after `now`: the next moment a phase changes by the
 * clock alone (null when every date has passed).
 */
export function nextScheduleDate(
  rounds: ReadonlyArray<{ schedule: Readonly<Record<string, string>> }>,
  now: Date,
): Date | null {
  let next = Infinity;
  for (const { schedule } of rounds)
    for (const date of Object.values(schedule)) {
      const at = Date.parse(date);
      if (at > now.getTime() && at < next) next = at;
    }
  return next === Infinity ? null : new Date(next);
}

const ORDER: readonly BudgetPhase[] = ['upcoming', 'proposals', 'review', 'voting', 'results'];

const START_COLUMN = {
  proposals: 'proposals_open_at',
  review: 'review_open_at',
  voting: 'voting_open_at',
  results: 'voting_close_at',
} as const satisfies Record<Exclude<BudgetPhase, 'upcoming'>, keyof RoundSchedule>;

/**
 * Starting `next` now: only the phase right after the current one. Later dates that would now
 * lie before it move along, so the schedule stays in order.
 */
export function startPhaseNow(
  schedule: RoundSchedule,
  next: Exclude<BudgetPhase, 'upcoming'>,
  now: Date,
): RoundSchedule | null {
  const current = phaseAt(schedule, now);
  if (ORDER.indexOf(next) !== ORDER.indexOf(current) + 1) return null;
  const nowIso = now.toISOString();
  const moved: RoundSchedule = { ...schedule, [START_COLUMN[next]]: nowIso };
  const columns = Object.values(START_COLUMN);
  for (let i = 1; i < columns.length; i++) {
    const before = columns[i - 1];
    const column = columns[i];
    if (before === undefined || column === undefined) continue;
    if (Date.parse(moved[column]) < Date.parse(moved[before])) moved[column] = moved[before];
  }
  // Voting must last a moment at least: opening it now keeps the planned close, or closes a day later
  // (the same time tomorrow on the Amsterdam clock).
  if (next === 'voting' && Date.parse(moved.voting_close_at) <= Date.parse(moved.voting_open_at)) {
    moved.voting_close_at = addCalendarDays(new Date(moved.voting_open_at), 1).toISOString();
  }
  return moved;
}

/** Dates that have passed are history: they cannot move (that would reopen or rewrite a phase). */
export function changedPastDates(before: RoundSchedule, after: RoundSchedule, now: Date): Array<keyof RoundSchedule> {
  const at = now.getTime();
  const keys: Array<keyof RoundSchedule> = ['proposals_open_at', 'review_open_at', 'voting_open_at', 'voting_close_at'];
  return keys.filter((key) => {
    if (before[key] === after[key]) return false;
    return Date.parse(before[key]) <= at || Date.parse(after[key]) <= at;
  });
}
