import type { ProposalStatus } from '../../../contracts/budgeting.ts';
import type { Db } from '../../db/database.ts';

/** A budget round as other modules see it: its title, its areas and the four dates of its schedule. */
export interface RoundSchedule {
  id: string;
  title: string;
  areaIds: string[];
  proposalsOpenAt: string;
  reviewOpenAt: string;
  votingOpenAt: string;
  votingCloseAt: string;
}

/** A proposal as other modules see it (the pictures module: who may add pictures to it). */
export interface ProposalRef {
  id: string;
  roundId: string;
  /** Null for an imported proposal. */
  authorId: string | null;
  status: ProposalStatus;
}

/**
 * What other modules may ask the budgeting module (the calendar above all): which rounds there are
 * for some areas, and the schedules of given rounds. Rounds are public from the moment they exist.
 */
export interface BudgetingPort {
  /** The rounds held in any of these areas. */
  roundsIn(areaIds: readonly string[]): Promise<RoundSchedule[]>;
  /** These rounds, those that exist. */
  roundsByIds(ids: readonly string[]): Promise<RoundSchedule[]>;
  /** These proposals, those that exist. */
  proposalsByIds(ids: readonly string[]): Promise<ProposalRef[]>;
}

export function createBudgetingPort(db: Db): BudgetingPort {
  async function load(filter: { areaIds?: readonly string[]; ids?: readonly string[] }): Promise<RoundSchedule[]> {
    let query = db
      .selectFrom('budget_rounds')
      .select(['id', 'title', 'proposals_open_at', 'review_open_at', 'voting_open_at', 'voting_close_at'])
      .orderBy('id');
    if (filter.ids) query = query.where('id', 'in', filter.ids.length > 0 ? [...filter.ids] : ['']);
    if (filter.areaIds) {
      const areaIds = filter.areaIds.length > 0 ? [...filter.areaIds] : [''];
      query = query.where(
        'id',
        'in',
        db.selectFrom('budget_round_areas').select('round_id').where('area_id', 'in', areaIds),
      );
    }
    const rows = await query.execute();
    if (rows.length === 0) return [];
    const areas = await db
      .selectFrom('budget_round_areas')
      .select(['round_id', 'area_id'])
      .where(
        'round_id',
        'in',
        rows.map((row) => row.id),
      )
      .orderBy('area_id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      areaIds: areas.filter((a) => a.round_id === row.id).map((a) => a.area_id),
      proposalsOpenAt: row.proposals_open_at,
      reviewOpenAt: row.review_open_at,
      votingOpenAt: row.voting_open_at,
      votingCloseAt: row.voting_close_at,
    }));
  }
  return {
    roundsIn: (areaIds) => load({ areaIds }),
    roundsByIds: (ids) => load({ ids }),
    async proposalsByIds(ids) {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('budget_proposals')
        .select(['id', 'round_id', 'author_id', 'status'])
        .where('id', 'in', [...ids])
        .execute();
      return rows.map((row) => ({ id: row.id, roundId: row.round_id, authorId: row.author_id, status: row.status }));
    },
  };
}
