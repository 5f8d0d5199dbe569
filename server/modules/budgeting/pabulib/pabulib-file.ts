import type { Fraction } from '../counting/fraction.ts';

export const VOTE_TYPES = ['approval', 'cumulative', 'ordinal', 'choose-1', 'scoring'] as const;

export type VoteType = (typeof VOTE_TYPES)[number];

export interface MetaEntry {
  readonly key: string;
  readonly value: string;
}

/** A Pabulib `.pb` file (https://pabulib.org/format): sections META, PROJECTS and VOTES. */
export interface PabulibFile {
  /** In file order; `budget` and `vote_type` are always present. */
  readonly meta: readonly MetaEntry[];
  /** The PROJECTS header row, including `project_id` and `cost`. */
  readonly projectColumns: readonly string[];
  readonly projects: readonly PabulibProject[];
  /** The VOTES header row, including `voter_id` and `vote`. */
  readonly voteColumns: readonly string[];
  readonly votes: readonly PabulibVote[];
}

export interface PabulibProject {
  readonly id: string;
  readonly cost: Fraction;
  /** Every other column (name, votes, selected, …) as written. */
  readonly fields: Readonly<Record<string, string>>;
}

export interface PabulibVote {
  readonly voterId: string;
  /** Listed projects; for ordinal ballots most preferred first. */
  readonly projectIds: readonly string[];
  /** The `points` column, one entry per listed project; null when the file has none. */
  readonly points: readonly Fraction[] | null;
  /** Every other column (age, sex, …) as written. */
  readonly fields: Readonly<Record<string, string>>;
}

export const PROJECT_KEY_COLUMNS = ['project_id', 'cost'] as const;
export const VOTE_KEY_COLUMNS = ['voter_id', 'vote', 'points'] as const;

export function metaValue(file: PabulibFile, key: string): string | undefined {
  return file.meta.find((entry) => entry.key === key)?.value;
}
