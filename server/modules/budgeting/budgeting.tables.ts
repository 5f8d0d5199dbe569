import type { BallotType, BudgetCountRule, ProposalStatus } from '../../../contracts/budgeting.ts';
import type { CountStatus } from '../../../contracts/budgeting-results.ts';

export interface BudgetRoundsTable {
  id: string;
  title: string;
  description: string;
  budget_cents: number;
  currency: string;
  proposals_open_at: string;
  review_open_at: string;
  voting_open_at: string;
  voting_close_at: string;
  ballot_type: BallotType;
  max_projects: number | null;
  min_projects: number;
  min_spend_cents: number | null;
  count_rule: BudgetCountRule;
  utility: 'cost' | 'approval';
  completion: 'none' | 'greedy';
  /** 0 or 1. */
  exhaustive_stop: number;
  /** RoundTieBreakRule[] as JSON. */
  tie_break_json: string;
  minimum_age: number | null;
  source: 'platform' | 'pabulib-import';
  /** Imported rounds: the file's descriptive META entries, written back on export. */
  meta_json: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface BudgetRoundAreasTable {
  round_id: string;
  area_id: string;
}

export interface BudgetProposalsTable {
  id: string;
  round_id: string;
  /** 1, 2, 3 … within the round, in order of submission; the last-resort tie-break. */
  number: number;
  /** The project id on the ballot and in the Pabulib file: the number, or the imported file's id. */
  code: string;
  area_id: string;
  title: string;
  description: string;
  location: string;
  estimated_cost_cents: number;
  cost_cents: number | null;
  status: ProposalStatus;
  review_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  /** Null for imported projects. Never shown to others: proposals are public, their authors are not. */
  author_id: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * Only that an account has voted in a round: no ballot id, no time. Together with ballots that
 * carry no account and no time, nothing in the database ties a ballot to its voter.
 */
export interface BudgetVotersTable {
  round_id: string;
  account_id: string;
  method: 'online' | 'paper';
  /** 0 or 1: confirmed being at least the round's minimum age. No birth date is stored. */
  age_confirmed: number;
}

export interface BudgetBallotsTable {
  /** Random (not the app's id generator), so ids reveal no order. */
  id: string;
  round_id: string;
  /** SHA-256 of the voter's token; null for paper and imported ballots. */
  token_hash: string | null;
  /** Chosen proposal ids, sorted, as JSON: the order of clicking is not kept. */
  choices_json: string;
  source: 'online' | 'paper' | 'import';
  /** Paper ballots: the voting location. */
  location: string;
}

/** One count per round, done by a job off the request thread. */
export interface BudgetCountsTable {
  round_id: string;
  status: Exclude<CountStatus, 'not-counted'>;
  requested_by: string | null;
  requested_at: string;
  started_at: string | null;
  finished_at: string | null;
  error: string | null;
  /** The presented Outcome as JSON. */
  outcome_json: string | null;
  /** The count exactly as `budget count --json` prints it, for the audit. */
  count_json: string | null;
}

export interface BudgetingTables {
  budget_rounds: BudgetRoundsTable;
  budget_round_areas: BudgetRoundAreasTable;
  budget_proposals: BudgetProposalsTable;
  budget_voters: BudgetVotersTable;
  budget_ballots: BudgetBallotsTable;
  budget_counts: BudgetCountsTable;
}
