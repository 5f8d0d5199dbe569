import type { ProviderKind } from '../../../../contracts/steering.ts';

/**
 * The 3.0 → 4.0 picture (docs/steering.md): the share of public tasks, and of their budgets, that
 * the municipality, the market, the community and co-production carry — now and at the quarter
 * ends of the past three years, replayed from the append-only provider history. Pure.
 */

export const PICTURE_ORDER: readonly ProviderKind[] = ['municipality', 'market', 'community', 'co_production'];

export interface TaskState {
  taskId: string;
  provider: ProviderKind;
  budgetCents: number;
}

/** One snapshot of a task's provider and budget, with the Amsterdam date it took effect. */
export interface Snapshot extends TaskState {
  date: string;
}

export interface Shares {
  date: string;
  tasks: number;
  budgetCents: number;
  providers: { provider: ProviderKind; tasks: number; taskShare: number; budgetCents: number; budgetShare: number }[];
}

export function sharesOf(date: string, tasks: readonly TaskState[]): Shares {
  const totalBudget = tasks.reduce((sum, t) => sum + t.budgetCents, 0);
  return {
    date,
    tasks: tasks.length,
    budgetCents: totalBudget,
    providers: PICTURE_ORDER.map((provider) => {
      const mine = tasks.filter((t) => t.provider === provider);
      const budgetCents = mine.reduce((sum, t) => sum + t.budgetCents, 0);
      return {
        provider,
        tasks: mine.length,
        taskShare: tasks.length === 0 ? 0 : round(mine.length / tasks.length),
        budgetCents,
        budgetShare: totalBudget === 0 ? 0 : round(budgetCents / totalBudget),
      };
    }),
  };
}

/** The shares at the end of each date, from snapshots in the order they happened. */
export function sharesOverTime(snapshots: readonly Snapshot[], dates: readonly string[]): Shares[] {
  const ordered = [...snapshots].sort((a, b) => a.date.localeCompare(b.date));
  const state = new Map<string, TaskState>();
  let next = 0;
  return [...dates].sort().map((date) => {
    while (next < ordered.length && ordered[next]!.date <= date) {
      const { taskId, provider, budgetCents } = ordered[next]!;
      state.set(taskId, { taskId, provider, budgetCents });
      next += 1;
    }
    return sharesOf(date, [...state.values()]);
  });
}

/** The last day of each of the twelve quarters before `today` (YYYY-MM-DD), oldest first. */
export function quarterEnds(today: string, count = 12): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const dates: string[] = [];
  // The quarter that ended most recently before today's quarter began.
  let quarterEndMonth = Math.floor((month - 1) / 3) * 3; // 0 = December of the previous year
  let y = year;
  if (quarterEndMonth === 0) {
    quarterEndMonth = 12;
    y -= 1;
  }
  for (let i = 0; i < count; i++) {
    const lastDay = new Date(Date.UTC(y, quarterEndMonth, 0)).getUTCDate();
    dates.push(`${y}-${String(quarterEndMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`);
    quarterEndMonth -= 3;
    if (quarterEndMonth <= 0) {
      quarterEndMonth += 12;
      y -= 1;
    }
  }
  return dates.reverse();
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
