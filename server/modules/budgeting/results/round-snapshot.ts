import type { Db } from '../../../db/database.ts';
import { createBallotsRepository } from '../ballots/ballots.repository.ts';
import type { BudgetBallotsTable, BudgetRoundsTable } from '../budgeting.tables.ts';
import { createProposalsRepository } from '../proposals/proposals.repository.ts';
import type { BallotProject, StoredBallot } from './round-election.ts';
import { createRoundsRepository } from '../rounds/rounds.repository.ts';

/** Everything a count or an export reads: the round, its projects in ballot order, its ballots. */
export interface RoundSnapshot {
  round: BudgetRoundsTable;
  areaIds: string[];
  projects: BallotProject[];
  ballots: StoredBallot[];
}

export function toStoredBallot(row: Pick<BudgetBallotsTable, 'choices_json' | 'source'>): StoredBallot {
  return { projectIds: JSON.parse(row.choices_json) as string[], source: row.source };
}

export async function loadRoundSnapshot(
  db: Db,
  roundId: string,
  withBallots: boolean,
): Promise<RoundSnapshot | undefined> {
  const rounds = createRoundsRepository(db);
  const round = await rounds.find(roundId);
  if (!round) return undefined;
  const areaIds = (await rounds.areaIdsOf([roundId])).get(roundId) ?? [];
  const accepted = await createProposalsRepository(db).accepted(roundId);
  const projects = accepted.map((row) => ({
    id: row.id,
    code: row.code,
    title: row.title,
    costCents: row.cost_cents ?? 0,
  }));
  const ballots = withBallots ? (await createBallotsRepository(db).allOf(roundId)).map(toStoredBallot) : [];
  return { round, areaIds, projects, ballots };
}
