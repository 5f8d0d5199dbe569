import type { LedgerOwnerKind } from './ledger.ts';

export interface TimebankAccountsTable {
  id: string;
  owner_kind: LedgerOwnerKind;
  /** An account id (member), a help recipient id (recipient) or an area id (pot). */
  owner_id: string;
  /** Kept equal to the sum of the account's entries, under a row lock, so limits can be checked cheaply. */
  balance_minutes: number;
  created_at: string;
}

/** Append-only (database triggers). */
export interface TimebankTransactionsTable {
  id: string;
  kind: 'exchange' | 'gift' | 'reversal';
  request_id: string | null;
  reverses_id: string | null;
  created_by: string | null;
  memo: string;
  occurred_at: string;
}

/** Append-only (database triggers); the entries of one transaction sum to zero. */
export interface TimebankEntriesTable {
  id: string;
  transaction_id: string;
  account_id: string;
  amount_minutes: number;
  occurred_at: string;
}

export interface TimebankTables {
  timebank_accounts: TimebankAccountsTable;
  timebank_transactions: TimebankTransactionsTable;
  timebank_entries: TimebankEntriesTable;
}
