import type { CountOptions, CountResult, CountSettings, ProjectExplanation, TieRecord } from './count-result.ts';
import { idOf, prepareElection, totalCost } from './election.ts';
import type { ApprovalElection, PreparedElection } from './election.ts';
import { countEqualShares } from './equal-shares.ts';
import * as F from './fraction.ts';
import { greedyPass } from './greedy.ts';
import type { RawTie } from './raw-tie.ts';
import type { RuleOutcome } from './rule-outcome.ts';

export function settingsFor(options: CountOptions): CountSettings {
  return {
    rule: options.rule,
    utility: options.utility ?? 'cost',
    exhaustiveStop: options.exhaustiveStop ?? true,
    integralStart: options.integralStart ?? true,
    budgetIncrement: options.budgetIncrement ?? F.ONE,
    completion: options.completion ?? 'none',
    comparison: options.comparison ?? 'none',
    tieBreak: options.tieBreak ?? [],
  };
}

/** Counts the votes of one neighbourhood budget by the chosen rule and explains every decision. */
export function countVotes(election: ApprovalElection, options: CountOptions): CountResult {
  return countPrepared(prepareElection(election), options);
}

export function countPrepared(election: PreparedElection, options: CountOptions): CountResult {
  const settings = settingsFor(options);
  if (F.compare(settings.budgetIncrement, F.ZERO) <= 0) throw new RangeError('budget increment must be positive');
  const outcome = runRule(election, settings);
  const funded = new Set(outcome.funded);
  const ties = outcome.ties.map((tie) => describeTie(election, outcome, tie));
  const projects: ProjectExplanation[] = election.projects.map((project, index) => {
    const decision = outcome.decisions.get(index);
    if (!decision) throw new Error(`no decision recorded for project ${project.id}`);
    return {
      id: project.id,
      cost: project.cost,
      votes: election.votes[index] ?? 0,
      selected: funded.has(index),
      decision,
      tieBreak: ties.find((tie) => tie.chosen === project.id) ?? null,
      rounds: outcome.rounds.get(index) ?? [],
    };
  });
  return {
    settings,
    budget: election.budget,
    voterCount: election.voterCount,
    selected: projects.filter((project) => project.selected).map((project) => project.id),
    selectionOrder: outcome.funded.map((index) => idOf(election, index)),
    totalCost: totalCost(election, outcome.funded),
    projects,
    ties,
    equalShares: outcome.equalShares,
  };
}

function runRule(election: PreparedElection, settings: CountSettings): RuleOutcome {
  if (settings.rule === 'equal-shares' || settings.rule === 'equal-shares-add1') {
    return countEqualShares(election, settings);
  }
  const pass = (forced?: ReadonlyMap<number, number>): ReturnType<typeof greedyPass> =>
    greedyPass({
      election,
      candidates: election.projects.map((_, index) => index),
      budgetLeft: election.budget,
      skip: settings.rule === 'greedy',
      tieBreak: settings.tieBreak,
      firstStep: 1,
      fundedKind: 'funded',
      forced,
    });
  const result = pass();
  return {
    funded: result.funded,
    decisions: result.decisions,
    ties: result.ties,
    rounds: new Map(),
    equalShares: null,
    recount: (forced) => pass(forced).funded,
  };
}

/** A tie matters when picking any other tied project there leads to a different funded set. */
function describeTie(election: PreparedElection, outcome: RuleOutcome, tie: RawTie): TieRecord {
  const actual = new Set(outcome.funded);
  const changesOutcome = tie.tied.some((alternative) => {
    if (alternative === tie.chosen) return false;
    const other = outcome.recount(new Map([[tie.step, alternative]]));
    return other.length !== actual.size || other.some((project) => !actual.has(project));
  });
  return {
    step: tie.step,
    tied: tie.tied.map((index) => idOf(election, index)),
    chosen: idOf(election, tie.chosen),
    rulesUsed: tie.rulesUsed,
    changesOutcome,
  };
}
