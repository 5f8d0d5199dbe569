import type { PersonalDataSource } from '../accounts/privacy.ts';
import { toHours } from './ledger.ts';

/**
 * A resident's ledger holds ids and numbers only. On erasure it stays: removing entries would break
 * the zero sum that every other resident's balance depends on, and the account id is anonymous once
 * the account is erased.
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
        'timebank_transactions.kind',
        'timebank_entries.amount_minutes',
        'timebank_transactions.memo',
        'timebank_entries.occurred_at',
      ])
      .where('timebank_entries.account_id', '=', account.id)
      .orderBy('timebank_entries.occurred_at')
      .execute();
    return {
      balanceHours: toHours(Number(account.balance_minutes)),
      entries: entries.map((e) => ({
        id: e.id,
        kind: e.kind,
        hours: toHours(Number(e.amount_minutes)),
        memo: e.memo,
        occurredAt: e.occurred_at,
      })),
    };
  },
  async erase() {
    // Nothing personal to blank: see above.
  },
};
