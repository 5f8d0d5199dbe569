import type { PersonalDataSource } from '../accounts/privacy.ts';
import { toHours } from './ledger.ts';

/**
 * A resident's ledger: the entries stay on erasure, since removing them would break the zero sum
 * that every other resident's balance depends on, and the account id is anonymous once the account
 * is erased. What the person wrote goes: the memo of every transaction that moved their hours (a
 * gift's message, or the title of the help request an exchange was booked for) is blanked — the
 * one change the append-only ledger allows (migration 0010).
 */
export const timebankPersonalData: PersonalDataSource = {
  name: 'timebank',
  async export(db, accountId) {
    const account = await db
      .selectFrom('timebank_accounts')
      .selectAll()
      .where('owner_kind', '=', 'member')
      .where('owner_id', '=', accountId)
      .executeTakeFirst();
    if (!account) return { balanceHours: 0, entries: [] };
    const entries = await db
      .selectFrom('timebank_entries')
      .innerJoin('timebank_transactions', 'timebank_transactions.id', 'timebank_entries.transaction_id')
      .select([
        'timebank_entries.id',
        'timebank_entries.transaction_id',
        'timebank_transactions.kind',
        'timebank_entries.amount_minutes',
        'timebank_transactions.request_id',
        'timebank_transactions.reverses_id',
        'timebank_transactions.memo',
        'timebank_entries.occurred_at',
      ])
      .where('timebank_entries.account_id', '=', account.id)
      .orderBy('timebank_entries.occurred_at')
      .execute();
    return {
      ledgerAccountId: account.id,
      balanceHours: toHours(Number(account.balance_minutes)),
      entries: entries.map((e) => ({
        id: e.id,
        transactionId: e.transaction_id,
        kind: e.kind,
        hours: toHours(Number(e.amount_minutes)),
        requestId: e.request_id,
        reversesId: e.reverses_id,
        memo: e.memo,
        occurredAt: e.occurred_at,
      })),
    };
  },
  async erase(db, accountId) {
    const account = await db
      .selectFrom('timebank_accounts')
      .select('id')
      .where('owner_kind', '=', 'member')
      .where('owner_id', '=', accountId)
      .executeTakeFirst();
    if (!account) return;
    const booked = db.selectFrom('timebank_entries').select('transaction_id').where('account_id', '=', account.id);
    await db
      .updateTable('timebank_transactions')
      .set({ memo: '' })
      .where('id', 'in', booked)
      .where('memo', '<>', '')
      .execute();
  },
};
