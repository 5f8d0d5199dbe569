import type { ComparisonMethod } from './count-result.ts';
import type { PreparedElection } from './election.ts';

export interface Preferences {
  readonly prefersEqualShares: number;
  readonly prefersGreedy: number;
}

/**
 * The comparison step of equalshares.net: how many voters are better off with each
 * outcome, by the number of funded projects they approve (satisfaction) or by
 * whether they approve any funded project at all (exclusion ratio).
 */
export function comparePreferences(
  election: PreparedElection,
  equalShares: readonly number[],
  greedy: readonly number[],
  method: Exclude<ComparisonMethod, 'none'>,
): Preferences {
  const mine = approvedCounts(election, equalShares);
  const theirs = approvedCounts(election, greedy);
  const measure = method === 'satisfaction' ? (n: number) => n : (n: number) => Math.min(n, 1);
  let prefersEqualShares = 0;
  let prefersGreedy = 0;
  election.ballotTypes.weight.forEach((weight, type) => {
    const a = measure(mine[type] ?? 0);
    const b = measure(theirs[type] ?? 0);
    if (a > b) prefersEqualShares += weight;
    else if (b > a) prefersGreedy += weight;
  });
  return { prefersEqualShares, prefersGreedy };
}

/** Per ballot type, how many of the funded projects it approves. */
function approvedCounts(election: PreparedElection, funded: readonly number[]): Int32Array {
  const counts = new Int32Array(election.ballotTypes.weight.length);
  for (const project of funded) {
    for (const type of election.ballotTypes.supporters[project] ?? []) counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}
