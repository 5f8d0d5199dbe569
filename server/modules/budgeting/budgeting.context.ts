import { randomBytes } from 'node:crypto';
import type { AreaRef } from '../../../contracts/areas.ts';
import type { Round } from '../../../contracts/budgeting.ts';
import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import type { Authority } from '../../http/scope.ts';
import { forbidden, notFound } from '../../http/problem.ts';
import type { ActivityRecorder } from '../activity/activity.service.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import { managerAuthority } from './budgeting.policy.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import type { VerificationPort } from '../verification/verification.port.ts';
import type { BudgetRoundsTable } from './budgeting.tables.ts';
import { phaseAt } from './rounds/round-phase.ts';
import { createRoundsRepository } from './rounds/rounds.repository.ts';
import { roundTieBreak } from './results/round-election.ts';

export interface BudgetingDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
  activity: ActivityRecorder;
  areas: Pick<AreasPort, 'lineage' | 'refs'>;
  verification: Pick<VerificationPort, 'verifiedAreas'>;
  /**
   * Unguessable values for ballot ids and tokens. Never the app's id generator: that one counts
   * up in tests and would give ballots an order.
   */
  secret?: () => string;
}

export const randomSecret = (): string => randomBytes(24).toString('base64url');

export interface LoadedRound {
  row: BudgetRoundsTable;
  areaIds: string[];
}

/** What the round use cases share: loading a round, checking its officer, presenting it. */
export function createRoundContext(deps: BudgetingDeps) {
  const rounds = createRoundsRepository(deps.db);

  async function requireRound(roundId: string): Promise<LoadedRound> {
    const row = await rounds.find(roundId);
    if (!row) throw notFound('The budget round');
    const areaIds = (await rounds.areaIdsOf([roundId])).get(roundId) ?? [];
    return { row, areaIds };
  }

  async function lineages(areaIds: readonly string[]): Promise<string[][]> {
    const found = await Promise.all(areaIds.map((id) => deps.areas.lineage(id)));
    return found.map((lineage, index) => lineage?.ids ?? [areaIds[index] ?? '']);
  }

  /** The officer's grant covering every area of the round (recorded as the scope in the audit log). */
  async function requireManager(caller: Caller | null, areaIds: readonly string[]): Promise<Authority> {
    const authority = managerAuthority(caller, await lineages(areaIds));
    if (!authority) {
      throw forbidden('Only a budget officer for every area of this round may do this.');
    }
    return authority;
  }

  async function present(rows: readonly BudgetRoundsTable[]): Promise<Round[]> {
    const ids = rows.map((row) => row.id);
    const areaIds = await rounds.areaIdsOf(ids);
    const refs = await deps.areas.refs([...areaIds.values()].flat());
    const tallies = await rounds.tallies(ids);
    const now = deps.clock.now();
    return rows.map((row) =>
      presentRound(
        row,
        (areaIds.get(row.id) ?? []).map((id) => refs.get(id) ?? unknownArea(id)),
        tallies.get(row.id),
        now,
      ),
    );
  }

  return { rounds, requireRound, requireManager, lineages, present };
}
export type RoundContext = ReturnType<typeof createRoundContext>;

function unknownArea(id: string): AreaRef {
  return { id, kind: 'neighbourhood', code: '', name: id };
}

export function presentRound(
  row: BudgetRoundsTable,
  areas: AreaRef[],
  tally: { projects: number; ballots: number } | undefined,
  now: Date,
): Round {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    areas,
    budgetCents: row.budget_cents,
    currency: 'EUR',
    phase: phaseAt(row, now),
    schedule: {
      proposalsOpenAt: row.proposals_open_at,
      reviewOpenAt: row.review_open_at,
      votingOpenAt: row.voting_open_at,
      votingCloseAt: row.voting_close_at,
    },
    ballot: {
      type: row.ballot_type,
      maxProjects: row.max_projects,
      minProjects: row.min_projects,
      minSpendCents: row.min_spend_cents,
    },
    counting: {
      rule: row.count_rule,
      utility: row.utility,
      completion: row.completion,
      exhaustiveStop: row.exhaustive_stop === 1,
      tieBreak: roundTieBreak(row),
    },
    eligibility: { minimumAge: row.minimum_age },
    source: row.source,
    projectCount: tally?.projects ?? 0,
    ballotCount: tally?.ballots ?? 0,
    createdAt: row.created_at,
  };
}
