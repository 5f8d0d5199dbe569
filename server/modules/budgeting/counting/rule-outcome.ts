import type { Decision, EqualSharesRound, EqualSharesSummary } from './count-result.ts';
import type { RawTie } from './raw-tie.ts';

/** What a rule hands back to `countVotes`, still in project positions. */
export interface RuleOutcome {
  /** Funded projects in the order they were funded. */
  readonly funded: readonly number[];
  readonly decisions: ReadonlyMap<number, Decision>;
  readonly ties: readonly RawTie[];
  readonly rounds: ReadonlyMap<number, readonly EqualSharesRound[]>;
  readonly equalShares: EqualSharesSummary | null;
  /** The funded projects had the count picked `forced` at those steps' ties (for tie analysis). */
  readonly recount: (forced: ReadonlyMap<number, number>) => readonly number[];
}
