import type { Fraction } from './fraction.ts';
import type { TieBreakRule } from './tie-break.ts';

export const COUNT_RULES = ['greedy', 'greedy-no-skip', 'equal-shares', 'equal-shares-add1'] as const;

export type CountRule = (typeof COUNT_RULES)[number];

/** equalshares.net comparison step: keep equal shares unless more voters prefer plain greedy. */
export type ComparisonMethod = 'none' | 'satisfaction' | 'exclusion-ratio';

/** How a voter values a funded project: its cost (pabutools Cost_Sat) or 1 per approved project. */
export type Utility = 'cost' | 'approval';

export interface CountOptions {
  readonly rule: CountRule;
  /** Equal shares only; default `cost`. */
  readonly utility?: Utility;
  /** Add1: stop raising voter budgets once nothing more fits (equalshares tool default). Default true. */
  readonly exhaustiveStop?: boolean;
  /** Add1: start from the whole-unit part of budget/voters, as the equalshares tool does. Default true. */
  readonly integralStart?: boolean;
  /** Add1: how much each voter's budget grows per attempt. Default 1 currency unit. */
  readonly budgetIncrement?: Fraction;
  /** Equal shares only: fill what is left with greedy by votes. Default `none`. */
  readonly completion?: 'none' | 'greedy';
  /** Equal shares only: compare the outcome with plain greedy. Default `none`. */
  readonly comparison?: ComparisonMethod;
  /** Tie-break rules in order; project order in the file is always the last resort. */
  readonly tieBreak?: readonly TieBreakRule[];
}

export type CountSettings = Required<CountOptions>;

export interface CountResult {
  readonly settings: CountSettings;
  readonly budget: Fraction;
  readonly voterCount: number;
  /** Funded project ids in the order of the PROJECTS list. */
  readonly selected: readonly string[];
  /** Funded project ids in the order the count funded them. */
  readonly selectionOrder: readonly string[];
  readonly totalCost: Fraction;
  /** One entry per project, in the order of the PROJECTS list. */
  readonly projects: readonly ProjectExplanation[];
  readonly ties: readonly TieRecord[];
  readonly equalShares: EqualSharesSummary | null;
}

export interface ProjectExplanation {
  readonly id: string;
  readonly cost: Fraction;
  /** Voters who approved (or listed) the project, recounted from the ballots. */
  readonly votes: number;
  readonly selected: boolean;
  readonly decision: Decision;
  /** The tie this project won at its decision, if any. */
  readonly tieBreak: TieRecord | null;
  /** Equal shares: every round of the final run in which the project was still in play. */
  readonly rounds: readonly EqualSharesRound[];
}

/** Display values; the decisions themselves were taken in exact arithmetic. */
export interface EqualSharesRound {
  readonly step: number;
  /** What its supporters could still pay together at the start of the round. */
  readonly supportersBudget: number;
  /** Cost divided by the largest payment asked of one supporter; null when they cannot pay. */
  readonly effectiveVotes: number | null;
}

export type Decision =
  | { readonly kind: 'funded'; readonly step: number; readonly budgetLeftBefore: Fraction }
  | {
      readonly kind: 'funded-equal-shares';
      readonly step: number;
      readonly effectiveVotes: number;
      readonly maxPayment: number;
      readonly supportersBudget: number;
    }
  | { readonly kind: 'funded-free' }
  | { readonly kind: 'funded-by-completion'; readonly step: number; readonly budgetLeftBefore: Fraction }
  | { readonly kind: 'did-not-fit'; readonly step: number; readonly budgetLeftBefore: Fraction }
  | { readonly kind: 'count-stopped'; readonly stoppedAt: string }
  | {
      readonly kind: 'supporters-out-of-money';
      readonly step: number;
      readonly supportersBudget: number;
      /** The project whose funding left its supporters short; null if they were short from the start. */
      readonly lostTo: string | null;
    }
  | { readonly kind: 'no-votes' };

export interface TieRecord {
  readonly step: number;
  readonly tied: readonly string[];
  readonly chosen: string;
  readonly rulesUsed: readonly TieBreakRule[];
  /** Whether picking another tied project here would have funded a different set. */
  readonly changesOutcome: boolean;
}

export interface EqualSharesSummary {
  readonly utility: Utility;
  /** Budget divided by the number of voters. */
  readonly fairShare: Fraction;
  /** The per-voter budget of the run whose outcome was taken. */
  readonly perVoterBudget: Fraction;
  /** How many times add1 raised the per-voter budget successfully. */
  readonly raises: number;
  readonly stopReason: 'no-completion' | 'exhaustive' | 'next-would-overspend' | 'nothing-to-count';
  readonly comparison: ComparisonSummary | null;
}

export interface ComparisonSummary {
  readonly method: Exclude<ComparisonMethod, 'none'>;
  /** Voters who approve more funded projects (or, by exclusion ratio, any) under each outcome. */
  readonly prefersEqualShares: number;
  readonly prefersGreedy: number;
  readonly kept: 'equal-shares' | 'greedy';
}
