import type { Decision } from './count-result.ts';
import { costOf, idOf } from './election.ts';
import type { PreparedElection } from './election.ts';
import type { Fraction } from './fraction.ts';
import * as F from './fraction.ts';
import type { RawTie } from './raw-tie.ts';
import { breakTie } from './tie-break.ts';
import type { TieBreakRule } from './tie-break.ts';

export interface GreedyInput {
  readonly election: PreparedElection;
  /** Projects still to consider; projects without votes are never funded. */
  readonly candidates: readonly number[];
  readonly budgetLeft: Fraction;
  /** true: skip a project that does not fit and go on; false: stop there (greedy-no-skip). */
  readonly skip: boolean;
  readonly tieBreak: readonly TieBreakRule[];
  /** Number of the first step, so a completion continues the numbering of the rule before it. */
  readonly firstStep: number;
  readonly fundedKind: 'funded' | 'funded-by-completion';
  readonly forced?: ReadonlyMap<number, number>;
}

export interface GreedyPass {
  readonly funded: readonly number[];
  /** The number the next step would get. */
  readonly nextStep: number;
  readonly decisions: ReadonlyMap<number, Decision>;
  readonly ties: readonly RawTie[];
}

/** Funds projects in order of votes while the budget allows (utilitarian greedy). */
export function greedyPass(input: GreedyInput): GreedyPass {
  const { election } = input;
  const funded: number[] = [];
  const decisions = new Map<number, Decision>();
  const ties: RawTie[] = [];
  const remaining = new Set<number>();
  for (const project of input.candidates) {
    if ((election.votes[project] ?? 0) === 0) decisions.set(project, { kind: 'no-votes' });
    else remaining.add(project);
  }
  let budgetLeft = input.budgetLeft;
  let step = input.firstStep;
  for (; remaining.size > 0; step += 1) {
    const project = nextByVotes(input, step, remaining, ties);
    remaining.delete(project);
    const cost = costOf(election, project);
    if (F.compare(cost, budgetLeft) <= 0) {
      decisions.set(project, { kind: input.fundedKind, step, budgetLeftBefore: budgetLeft });
      funded.push(project);
      budgetLeft = F.sub(budgetLeft, cost);
      continue;
    }
    decisions.set(project, { kind: 'did-not-fit', step, budgetLeftBefore: budgetLeft });
    if (input.skip) continue;
    for (const rest of remaining) decisions.set(rest, { kind: 'count-stopped', stoppedAt: idOf(election, project) });
    step += 1;
    break;
  }
  return { funded, nextStep: step, decisions, ties };
}

function nextByVotes(input: GreedyInput, step: number, remaining: ReadonlySet<number>, ties: RawTie[]): number {
  const votes = input.election.votes;
  let top = -1;
  let tied: number[] = [];
  for (const project of remaining) {
    const count = votes[project] ?? 0;
    if (count > top) {
      top = count;
      tied = [project];
    } else if (count === top) {
      tied.push(project);
    }
  }
  const only = tied[0];
  if (tied.length === 1 && only !== undefined) return only;
  const decision = breakTie(input.election, tied, input.tieBreak);
  const forced = input.forced?.get(step);
  const chosen = forced !== undefined && tied.includes(forced) ? forced : decision.chosen;
  ties.push({ step, tied, chosen, rulesUsed: decision.rulesUsed });
  return chosen;
}
