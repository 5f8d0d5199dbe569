import { comparePreferences } from './comparison-step.ts';
import type { ComparisonSummary, CountSettings, Decision, EqualSharesSummary } from './count-result.ts';
import { costOf, idOf, totalCost } from './election.ts';
import type { PreparedElection } from './election.ts';
import { runEqualShares } from './equal-shares-run.ts';
import type { EqualSharesRun } from './equal-shares-run.ts';
import type { Fraction } from './fraction.ts';
import * as F from './fraction.ts';
import { greedyPass } from './greedy.ts';
import type { RawTie } from './raw-tie.ts';
import type { RuleOutcome } from './rule-outcome.ts';

type StopReason = EqualSharesSummary['stopReason'];
type Forced = ReadonlyMap<number, number>;

interface Add1Search {
  readonly perVoterBudget: Fraction;
  readonly raises: number;
  readonly stopReason: StopReason;
}

/** Method of Equal Shares, optionally with add1, a greedy fill-up and the comparison with greedy. */
export function countEqualShares(election: PreparedElection, settings: CountSettings): RuleOutcome {
  if (election.voterCount === 0) return nothingToCount(election, settings);
  const fairShare = F.div(election.budget, F.fraction(election.voterCount));
  const run = (perVoterBudget: Fraction, trace: boolean, forced?: Forced): EqualSharesRun =>
    runEqualShares({ election, perVoterBudget, utility: settings.utility, tieBreak: settings.tieBreak, trace, forced });
  const search: Add1Search =
    settings.rule === 'equal-shares-add1'
      ? searchAdd1(election, settings, fairShare, (budget) => fundedBy(run(budget, false)))
      : { perVoterBudget: fairShare, raises: 0, stopReason: 'no-completion' };
  const final = run(search.perVoterBudget, true);
  const outcome = finish(election, settings, final);
  return {
    funded: outcome.funded,
    decisions: outcome.decisions,
    ties: outcome.ties,
    rounds: final.rounds,
    equalShares: { utility: settings.utility, fairShare, ...search, comparison: outcome.comparison },
    recount: (forced) => finish(election, settings, run(search.perVoterBudget, false, forced), forced).funded,
  };
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

interface Finished {
  readonly funded: readonly number[];
  readonly decisions: ReadonlyMap<number, Decision>;
  readonly ties: readonly RawTie[];
  readonly comparison: ComparisonSummary | null;
}

/** Turns a run into decisions, then applies the greedy completion and the comparison step. */
function finish(election: PreparedElection, settings: CountSettings, run: EqualSharesRun, forced?: Forced): Finished {
  const decisions = runDecisions(election, run);
  let funded = fundedBy(run);
  let ties: RawTie[] = [...run.ties];
  let nextStep = run.steps.length + 1;
  if (settings.completion === 'greedy') {
    const pass = greedyPass({
      election,
      candidates: unfundedSupported(election, funded),
      budgetLeft: F.sub(election.budget, totalCost(election, funded)),
      skip: true,
      tieBreak: settings.tieBreak,
      firstStep: nextStep,
      fundedKind: 'funded-by-completion',
      forced,
    });
    for (const project of pass.funded) decisions.set(project, pass.decisions.get(project) ?? { kind: 'no-votes' });
    funded = [...funded, ...pass.funded];
    ties = [...ties, ...pass.ties];
    nextStep = pass.nextStep;
  }
  if (settings.comparison === 'none') return { funded, decisions, ties, comparison: null };
  const greedy = greedyPass({
    election,
    candidates: election.projects.map((_, project) => project),
    budgetLeft: election.budget,
    skip: true,
    tieBreak: settings.tieBreak,
    firstStep: nextStep,
    fundedKind: 'funded',
    forced,
  });
  const preferences = comparePreferences(election, funded, greedy.funded, settings.comparison);
  const keepGreedy = preferences.prefersGreedy > preferences.prefersEqualShares;
  const comparison: ComparisonSummary = {
    method: settings.comparison,
    ...preferences,
    kept: keepGreedy ? 'greedy' : 'equal-shares',
  };
  if (!keepGreedy) return { funded, decisions, ties, comparison };
  return { funded: greedy.funded, decisions: new Map(greedy.decisions), ties: [...ties, ...greedy.ties], comparison };
}

function runDecisions(election: PreparedElection, run: EqualSharesRun): Map<number, Decision> {
  const decisions = new Map<number, Decision>();
  election.votes.forEach((votes, project) => {
    if (votes === 0) decisions.set(project, { kind: 'no-votes' });
  });
  for (const project of run.free) decisions.set(project, { kind: 'funded-free' });
  for (const step of run.steps) {
    const { effectiveVotes, maxPayment, supportersBudget } = step;
    decisions.set(step.project, {
      kind: 'funded-equal-shares',
      step: step.step,
      effectiveVotes,
      maxPayment,
      supportersBudget,
    });
  }
  for (const [project, drop] of run.drops) {
    const lostTo = drop.lostTo === null ? null : idOf(election, drop.lostTo);
    decisions.set(project, {
      kind: 'supporters-out-of-money',
      step: drop.step,
      supportersBudget: drop.supportersBudget,
      lostTo,
    });
  }
  return decisions;
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
      comparison: null,
    },
    recount: () => [],
  };
}
