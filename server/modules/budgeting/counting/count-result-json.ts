import type { CountResult, Decision, EqualSharesRound, TieRecord } from './count-result.ts';
import * as F from './fraction.ts';
import type { Fraction } from './fraction.ts';

/** A count as plain JSON: amounts as numbers, exact ratios also as text where they are not decimals. */
export interface CountResultJson {
  readonly rule: string;
  readonly settings: Record<string, string | boolean | number | readonly string[]>;
  readonly budget: number;
  readonly voters: number;
  readonly selected: readonly string[];
  readonly selectionOrder: readonly string[];
  readonly cost: number;
  readonly leftover: number;
  readonly equalShares: Record<string, unknown> | null;
  readonly ties: readonly TieRecord[];
  readonly projects: readonly ProjectJson[];
}

export interface ProjectJson {
  readonly id: string;
  readonly cost: number;
  readonly votes: number;
  readonly selected: boolean;
  readonly decision: Record<string, string | number | null>;
  readonly tieBreak: TieRecord | null;
  readonly rounds: readonly EqualSharesRound[];
}

export function countResultToJson(result: CountResult): CountResultJson {
  const { settings } = result;
  const summary = result.equalShares;
  return {
    rule: settings.rule,
    settings: { ...settings, budgetIncrement: amount(settings.budgetIncrement) },
    budget: amount(result.budget),
    voters: result.voterCount,
    selected: result.selected,
    selectionOrder: result.selectionOrder,
    cost: amount(result.totalCost),
    leftover: amount(F.sub(result.budget, result.totalCost)),
    equalShares: summary && {
      ...summary,
      fairShare: amount(summary.fairShare),
      fairShareExact: F.toDecimalString(summary.fairShare),
      perVoterBudget: amount(summary.perVoterBudget),
      perVoterBudgetExact: F.toDecimalString(summary.perVoterBudget),
    },
    ties: result.ties,
    projects: result.projects.map((project) => ({
      id: project.id,
      cost: amount(project.cost),
      votes: project.votes,
      selected: project.selected,
      decision: decisionToJson(project.decision),
      tieBreak: project.tieBreak,
      rounds: project.rounds,
    })),
  };
}

function decisionToJson(decision: Decision): Record<string, string | number | null> {
  const entries = Object.entries(decision).map(([key, value]: [string, string | number | null | Fraction]) => [
    key,
    typeof value === 'object' && value !== null ? amount(value) : value,
  ]);
  return Object.fromEntries(entries);
}

function amount(value: Fraction): number {
  return F.toNumber(value);
}
