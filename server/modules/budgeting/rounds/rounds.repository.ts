import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { BudgetRoundsTable } from '../budgeting.tables.ts';

export function createRoundsRepository(db: Db) {
  return {
    async insert(row: BudgetRoundsTable, areaIds: readonly string[]): Promise<void> {
      await db.insertInto('budget_rounds').values(row).execute();
      await db
        .insertInto('budget_round_areas')
        .values(areaIds.map((areaId) => ({ round_id: row.id, area_id: areaId })))
        .execute();
    },
    find(id: string): Promise<BudgetRoundsTable | undefined> {
      return db.selectFrom('budget_rounds').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async update(id: string, changes: Partial<Omit<BudgetRoundsTable, 'id'>>): Promise<void> {
      await db.updateTable('budget_rounds').set(changes).where('id', '=', id).execute();
    },

    /** Newest first. */
    list(filter: { areaId?: string | undefined }, limit: number, after?: Keyset): Promise<BudgetRoundsTable[]> {
      let query = db.selectFrom('budget_rounds').selectAll();
      if (filter.areaId) {
        const areaId = filter.areaId;
        query = query.where('id', 'in', (eb) =>
          eb.selectFrom('budget_round_areas').select('round_id').where('area_id', '=', areaId),
        );
      }
      if (after) {
        const sort = String(after.sort);
        query = query.where((eb) =>
          eb.or([eb('created_at', '<', sort), eb.and([eb('created_at', '=', sort), eb('id', '<', after.id)])]),
        );
      }
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    async areaIdsOf(roundIds: readonly string[]): Promise<Map<string, string[]>> {
      const result = new Map<string, string[]>(roundIds.map((id) => [id, []]));
      if (roundIds.length === 0) return result;
      const rows = await db
        .selectFrom('budget_round_areas')
        .select(['round_id', 'area_id'])
        .where('round_id', 'in', roundIds)
        .orderBy('area_id')
        .execute();
      for (const row of rows) result.get(row.round_id)?.push(row.area_id);
      return result;
    },

    /** Accepted proposals and ballots per round, for the round summaries. */
    async tallies(roundIds: readonly string[]): Promise<Map<string, { projects: number; ballots: number }>> {
      const result = new Map(roundIds.map((id) => [id, { projects: 0, ballots: 0 }]));
      if (roundIds.length === 0) return result;
      const projects = await db
        .selectFrom('budget_proposals')
        .select(['round_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('round_id', 'in', roundIds)
        .where('status', '=', 'accepted')
        .groupBy('round_id')
        .execute();
      const ballots = await db
        .selectFrom('budget_ballots')
        .select(['round_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('round_id', 'in', roundIds)
        .groupBy('round_id')
        .execute();
      for (const row of projects) result.get(row.round_id)!.projects = Number(row.n);
      for (const row of ballots) result.get(row.round_id)!.ballots = Number(row.n);
      return result;
    },

    /** Rounds whose voting has closed and that have no count yet: the count job picks them up. */
    async closedWithoutCount(nowIso: string, limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('budget_rounds')
        .select('id')
        .where('voting_close_at', '<=', nowIso)
        .where('id', 'not in', (eb) => eb.selectFrom('budget_counts').select('round_id'))
        .orderBy('voting_close_at')
        .limit(limit)
        .execute();
      return rows.map((row) => row.id);
    },
  };
}
export type RoundsRepository = ReturnType<typeof createRoundsRepository>;
