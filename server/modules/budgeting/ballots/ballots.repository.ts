import type { Db } from '../../../db/database.ts';
import type { BudgetBallotsTable, BudgetVotersTable } from '../budgeting.tables.ts';

const CHUNK = 2_000;

export function createBallotsRepository(db: Db) {
  return {
    /** Fails on the (round, account) primary key when the account has voted already. */
    async insertVoter(row: BudgetVotersTable): Promise<void> {
      await db.insertInto('budget_voters').values(row).execute();
    },
    async hasVoted(roundId: string, accountId: string): Promise<boolean> {
      const row = await db
        .selectFrom('budget_voters')
        .select('round_id')
        .where('round_id', '=', roundId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return row !== undefined;
    },
    async insertBallots(rows: readonly BudgetBallotsTable[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 500)
        await db
          .insertInto('budget_ballots')
          .values(rows.slice(i, i + 500))
          .execute();
    },
    findByToken(roundId: string, tokenHash: string): Promise<BudgetBallotsTable | undefined> {
      return db
        .selectFrom('budget_ballots')
        .selectAll()
        .where('round_id', '=', roundId)
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    async changeChoices(roundId: string, tokenHash: string, choicesJson: string): Promise<boolean> {
      const result = await db
        .updateTable('budget_ballots')
        .set({ choices_json: choicesJson })
        .where('round_id', '=', roundId)
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Every ballot of a round, read in chunks by (random) id. */
    async allOf(roundId: string): Promise<BudgetBallotsTable[]> {
      const all: BudgetBallotsTable[] = [];
      let after = '';
      for (;;) {
        const rows = await db
          .selectFrom('budget_ballots')
          .selectAll()
          .where('round_id', '=', roundId)
          .where('id', '>', after)
          .orderBy('id')
          .limit(CHUNK)
          .execute();
        all.push(...rows);
        const last = rows[rows.length - 1];
        if (!last || rows.length < CHUNK) return all;
        after = last.id;
      }
    },
    async deleteAllOf(roundId: string): Promise<void> {
      await db.deleteFrom('budget_ballots').where('round_id', '=', roundId).execute();
    },
    async countBySource(roundId: string): Promise<Record<BudgetBallotsTable['source'], number>> {
      const rows = await db
        .selectFrom('budget_ballots')
        .select(['source', (eb) => eb.fn.countAll<number>().as('n')])
        .where('round_id', '=', roundId)
        .groupBy('source')
        .execute();
      const counts = { online: 0, paper: 0, import: 0 };
      for (const row of rows) counts[row.source] = Number(row.n);
      return counts;
    },

    async deleteVoterRecordsOf(accountId: string): Promise<void> {
      await db.deleteFrom('budget_voters').where('account_id', '=', accountId).execute();
    },
    votedRoundsOf(accountId: string): Promise<Array<Pick<BudgetVotersTable, 'round_id' | 'method' | 'age_confirmed'>>> {
      return db
        .selectFrom('budget_voters')
        .select(['round_id', 'method', 'age_confirmed'])
        .where('account_id', '=', accountId)
        .orderBy('round_id')
        .execute();
    },
  };
}
export type BallotsRepository = ReturnType<typeof createBallotsRepository>;
