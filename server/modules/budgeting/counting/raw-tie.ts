import type { TieBreakRule } from './tie-break.ts';

/** A tie as the counting loops see it: project positions, not ids. */
export interface RawTie {
  readonly step: number;
  readonly tied: readonly number[];
  readonly chosen: number;
  readonly rulesUsed: readonly TieBreakRule[];
}
