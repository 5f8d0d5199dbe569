import type { Db } from '../../db/database.ts';
import { isPostgres } from '../../db/dialect.ts';
import type { Keyset } from '../../http/pagination.ts';
import type { LedgerOwnerKind } from './ledger.ts';
import type { TimebankAccountsTable, TimebankEntriesTable, TimebankTransactionsTable } from './timebank.tables.ts';

export interface Owner {
  kind: LedgerOwnerKind;
  id: string;
}

/** All SQL of the time bank. Call the locking functions inside a transaction. */
export function createTimebankRepository(db: Db) {
  return {
    /**
     * Creates missing ledger accounts; concurrent creators of the same owner are fine. Always in the
     * same order, so two transactions creating the same pair cannot wait on each other.
     */
    async ensureAccounts(owners: readonly Owner[], newId: () => string, nowIso: string): Promise<void> {
      const sorted = [...owners].sort((a, b) => `${a.kind}:${a.id}`.localeCompare(`${b.kind}:${b.id}`));
      for (const owner of sorted) {
        await db
          .insertInto('timebank_accounts')
          .values({ id: newId(), owner_kind: owner.kind, owner_id: owner.id, balance_minutes: 0, created_at: nowIso })
          .onConflict((oc) => oc.columns(['owner_kind', 'owner_id']).doNothing())
          .execute();
      }
    },

    /**
     * Reads the accounts and, on PostgreSQL, locks their rows until the transaction ends (in id
     * order, so two bookings between the same people cannot deadlock). SQLite runs one write
     * transaction at a time, so there the transaction alone serialises bookings.
     */
    async lockAccounts(owners: readonly Owner[]): Promise<TimebankAccountsTable[]> {
      let query = db
        .selectFrom('timebank_accounts')
        .selectAll()
        .where((eb) => eb.or(owners.map((o) => eb.and([eb('owner_kind', '=', o.kind), eb('owner_id', '=', o.id)]))))
        .orderBy('id');
      if (isPostgres(db)) query = query.forUpdate();
      return query.execute();
    },
    async lockAccountsById(ids: readonly string[]): Promise<TimebankAccountsTable[]> {
      let query = db
        .selectFrom('timebank_accounts')
        .selectAll()
        .where('id', 'in', [...ids])
        .orderBy('id');
      if (isPostgres(db)) query = query.forUpdate();
      return query.execute();
    },
    findAccount(owner: Owner): Promise<TimebankAccountsTable | undefined> {
      return db
        .selectFrom('timebank_accounts')
        .selectAll()
        .where('owner_kind', '=', owner.kind)
        .where('owner_id', '=', owner.id)
        .executeTakeFirst();
    },

    async insertTransaction(row: TimebankTransactionsTable, entries: TimebankEntriesTable[]): Promise<void> {
      await db.insertInto('timebank_transactions').values(row).execute();
      await db.insertInto('timebank_entries').values(entries).execute();
      for (const entry of entries) {
        await db
          .updateTable('timebank_accounts')
          .set((eb) => ({ balance_minutes: eb('balance_minutes', '+', entry.amount_minutes) }))
          .where('id', '=', entry.account_id)
          .execute();
      }
    },
    findTransaction(id: string): Promise<TimebankTransactionsTable | undefined> {
      return db.selectFrom('timebank_transactions').selectAll().where('id', '=', id).executeTakeFirst();
    },
    findReversalOf(id: string): Promise<TimebankTransactionsTable | undefined> {
      return db.selectFrom('timebank_transactions').selectAll().where('reverses_id', '=', id).executeTakeFirst();
    },
    entriesOf(transactionIds: readonly string[]) {
      if (transactionIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('timebank_entries')
        .innerJoin('timebank_accounts', 'timebank_accounts.id', 'timebank_entries.account_id')
        .select([
          'timebank_entries.id',
          'timebank_entries.transaction_id',
          'timebank_entries.account_id',
          'timebank_entries.amount_minutes',
          'timebank_accounts.owner_kind',
          'timebank_accounts.owner_id',
        ])
        .where('transaction_id', 'in', [...transactionIds])
        .execute();
    },
    transactions(ids: readonly string[]): Promise<TimebankTransactionsTable[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('timebank_transactions')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute();
    },

    /** One account's entries, newest first, keyset on (occurred_at, id). */
    history(accountId: string, limit: number, after?: Keyset): Promise<TimebankEntriesTable[]> {
      let query = db.selectFrom('timebank_entries').selectAll().where('account_id', '=', accountId);
      if (after) {
        const sort = String(after.sort);
        query = query.where((eb) =>
          eb.or([eb('occurred_at', '<', sort), eb.and([eb('occurred_at', '=', sort), eb('id', '<', after.id)])]),
        );
      }
      return query
        .orderBy('occurred_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    /** Integrity check used by tests and the CLI: the whole ledger and each account's cached balance. */
    async audit(): Promise<{ total: number; mismatched: string[] }> {
      const total = await db
        .selectFrom('timebank_entries')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_minutes'), eb.val(0)).as('total'))
        .executeTakeFirstOrThrow();
      const sums = await db
        .selectFrom('timebank_accounts')
        .leftJoin('timebank_entries', 'timebank_entries.account_id', 'timebank_accounts.id')
        .select((eb) => [
          'timebank_accounts.id',
          'timebank_accounts.balance_minutes',
          eb.fn.coalesce(eb.fn.sum<number>('timebank_entries.amount_minutes'), eb.val(0)).as('sum'),
        ])
        .groupBy(['timebank_accounts.id', 'timebank_accounts.balance_minutes'])
        .execute();
      return {
        total: Number(total.total),
        mismatched: sums.filter((s) => Number(s.sum) !== Number(s.balance_minutes)).map((s) => s.id),
      };
    },
  };
}
export type TimebankRepository = ReturnType<typeof createTimebankRepository>;
