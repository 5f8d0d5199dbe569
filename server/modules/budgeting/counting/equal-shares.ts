import type { CountSettings, Decision, EqualSharesSummary } from './count-result.ts';
import { costOf, idOf, totalCost } from './election.ts';
import type { PreparedElection } from './election.ts';
import { runEqualShares } from './equal-shares-run.ts';
import type { EqualSharesRun } from './equal-shares-run.ts';
import type { Fraction } from './fraction.ts';
import * as F from './fraction.ts';
import { greedyPass } from './greedy.ts';
import type { RuleOutcome } from './rule-outcome.ts';

type StopReason = EqualSharesSummary['stopReason'];

/** Method of Equal Shares, optionally with the add1 completion and a greedy fill-up after it. */
export function countEqualShares(election: PreparedElection, settings: CountSettings): RuleOutcome {
  if (election.voterCount === 0) return nothingToCount(election, settings);
  const fairShare = F.div(election.budget, F.fraction(election.voterCount));
  const run = (perVoterBudget: Fraction, trace: boolean, forced?: ReadonlyMap<number, number>): EqualSharesRun =>
    runEqualShares({ election, perVoterBudget, utility: settings.utility, tieBreak: settings.tieBreak, trace, forced });

  let perVoterBudget = fairShare;
  let raises = 0;
  let stopReason: StopReason = 'no-completion';
  if (settings.rule === 'equal-shares-add1') {
    const search = searchAdd1(election, settings, fairShare, (budget) => fundedBy(run(budget, false)));
    ({ perVoterBudget, raises, stopReason } = search);
  }

  const final = run(perVoterBudget, true);
  const decisions = new Map<number, Decision>();
  election.votes.forEach((votes, project) => {
    if (votes === 0) decisions.set(project, { kind: 'no-votes' });
  });
  for (const project of final.free) decisions.set(project, { kind: 'funded-free' });
  for (const step of final.steps) {
    const { effectiveVotes, maxPayment, supportersBudget } = step;
    decisions.set(step.project, { kind: 'funded-equal-shares', step: step.step, effectiveVotes, maxPayment, supportersBudget });
  }
  for (const [project, drop] of final.drops) {
    const lostTo = drop.lostTo === null ? null : idOf(election, drop.lostTo);
    decisions.set(project, { kind: 'supporters-out-of-money', step: drop.step, supportersBudget: drop.supportersBudget, lostTo });
  }

  const completed = complete(election, settings, final);
  for (const project of completed.added) {
    const decision = completed.decisions.get(project);
    if (decision) decisions.set(project, decision);
  }
  return {
    funded: [...fundedBy(final), ...completed.added],
    decisions,
    ties: [...final.ties, ...completed.ties],
    rounds: final.rounds,
    equalShares: { utility: settings.utility, fairShare, perVoterBudget, raises, stopReason },
    recount: (forced) => {
      const rerun = run(perVoterBudget, false, forced);
      return [...fundedBy(rerun), ...complete(election, settings, rerun, forced).added];
    },
  };
}

interface Add1Search {
  readonly perVoterBudget: Fraction;
  readonly raises: number;
  readonly stopReason: StopReason;
}

/**
 * Add1: raise every voter's budget by one unit at a time as long as the outcome stays
 * within the real budget. With the exhaustive stop it also ends as soon as nothing
 * more would fit; without it, it goes on until the next raise would overspend.
 */
function searchAdd1(
  election: PreparedElection,
  settings: CountSettings,
  fairShare: Fraction,
  fundedAt: (perVoterBudget: Fraction) => number[],
): Add1Search {
  let perVoterBudget = settings.integralStart ? F.fraction(F.floor(fairShare)) : fairShare;
  let current = fundedAt(perVoterBudget);
  let raises = 0;
  for (;;) {
    const room = F.sub(election.budget, totalCost(election, current));
    const unfunded = unfundedSupported(election, current);
    const exhaustive = !unfunded.some((project) => F.compare(costOf(election, project), room) <= 0);
    // Once every supported project is funded more money changes nothing: stop even without the exhaustive stop.
    if ((settings.exhaustiveStop && exhaustive) || unfunded.length === 0) {
      return { perVoterBudget, raises, stopReason: 'exhaustive' };
    }
    const next = F.add(perVoterBudget, settings.budgetIncrement);
    const outcome = fundedAt(next);
    if (F.compare(totalCost(election, outcome), election.budget) > 0) {
      return { perVoterBudget, raises, stopReason: 'next-would-overspend' };
    }
    perVoterBudget = next;
    current = outcome;
    raises += 1;
  }
}

function unfundedSupported(election: PreparedElection, funded: readonly number[]): number[] {
  const taken = new Set(funded);
  return election.projects.flatMap((_, project) =>
    !taken.has(project) && (election.votes[project] ?? 0) > 0 ? [project] : [],
  );
}

function fundedBy(run: EqualSharesRun): number[] {
  return [...run.free, ...run.steps.map((step) => step.project)];
}

function complete(
  election: PreparedElection,
  settings: CountSettings,
  run: EqualSharesRun,
  forced?: ReadonlyMap<number, number>,
): { added: readonly number[]; decisions: ReadonlyMap<number, Decision>; ties: ReturnType<typeof greedyPass>['ties'] } {
  if (settings.completion !== 'greedy') return { added: [], decisions: new Map(), ties: [] };
  const funded = fundedBy(run);
  const pass = greedyPass({
    election,
    candidates: unfundedSupported(election, funded),
    budgetLeft: F.sub(election.budget, totalCost(election, funded)),
    skip: true,
    tieBreak: settings.tieBreak,
    firstStep: run.steps.length + 1,
    fundedKind: 'funded-by-completion',
    forced,
  });
  return { added: pass.funded, decisions: pass.decisions, ties: pass.ties };
}

function nothingToCount(election: PreparedElection, settings: CountSettings): RuleOutcome {
  const decisions = new Map<number, Decision>(election.projects.map((_, project) => [project, { kind: 'no-votes' }]));
  return {
    funded: [],
    decisions,
    ties: [],
    rounds: new Map(),
    equalShares: {
      utility: settings.utility,
      fairShare: election.budget,
      perVoterBudget: election.budget,
      raises: 0,
      stopReason: 'nothing-to-count',
    },
    recount: () => [],
  };
}
