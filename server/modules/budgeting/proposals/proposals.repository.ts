import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { ProposalStatus } from '../../../../contracts/budgeting.ts';
import type { BudgetProposalsTable } from '../budgeting.tables.ts';

export function createProposalsRepository(db: Db) {
  return {
    async insert(row: BudgetProposalsTable): Promise<void> {
      await db.insertInto('budget_proposals').values(row).execute();
    },
    async insertMany(rows: readonly BudgetProposalsTable[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 200)
        await db
          .insertInto('budget_proposals')
          .values(rows.slice(i, i + 200))
          .execute();
    },
    find(roundId: string, id: string): Promise<BudgetProposalsTable | undefined> {
      return db
        .selectFrom('budget_proposals')
        .selectAll()
        .where('round_id', '=', roundId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async update(id: string, changes: Partial<Omit<BudgetProposalsTable, 'id' | 'round_id'>>): Promise<void> {
      await db.updateTable('budget_proposals').set(changes).where('id', '=', id).execute();
    },
    async nextNumber(roundId: string): Promise<number> {
      const row = await db
        .selectFrom('budget_proposals')
        .select((eb) => eb.fn.max('number').as('top'))
        .where('round_id', '=', roundId)
        .executeTakeFirst();
      return Number(row?.top ?? 0) + 1;
    },

    /** In order of submission; withdrawn ones only when asked for. */
    list(
      roundId: string,
      status: ProposalStatus | undefined,
      limit: number,
      after?: Keyset,
    ): Promise<BudgetProposalsTable[]> {
      let query = db.selectFrom('budget_proposals').selectAll().where('round_id', '=', roundId);
      query = status ? query.where('status', '=', status) : query.where('status', '!=', 'withdrawn');
      if (after) {
        const sort = Number(after.sort);
        query = query.where((eb) =>
          eb.or([eb('number', '>', sort), eb.and([eb('number', '=', sort), eb('id', '>', after.id)])]),
        );
      }
      return query
        .orderBy('number')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },

    /** The projects on the ballot, in ballot order. A round has at most a few hundred. */
    accepted(roundId: string): Promise<BudgetProposalsTable[]> {
      return db
        .selectFrom('budget_proposals')
        .selectAll()
        .where('round_id', '=', roundId)
        .where('status', '=', 'accepted')
        .orderBy('number')
        .execute();
    },

    byAuthor(accountId: string): Promise<BudgetProposalsTable[]> {
      return db
        .selectFrom('budget_proposals')
        .selectAll()
        .where('author_id', '=', accountId)
        .orderBy('created_at')
        .execute();
    },
  };
}
export type ProposalsRepository = ReturnType<typeof createProposalsRepository>;
