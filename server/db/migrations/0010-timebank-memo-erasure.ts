import type { Kysely } from 'kysely';
import { allowBlanking, forbidBlanking } from './append-only.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The time-bank ledger stays append-only, but a transaction's memo — free text a resident wrote,
 * or a help request's title — may be blanked when a person who booked it erases their account
 * (docs/privacy.md). Amounts, accounts, kinds and times can still never change.
 */
const OTHER_COLUMNS = ['id', 'kind', 'request_id', 'reverses_id', 'created_by', 'occurred_at'];

export async function up(db: AnyDb): Promise<void> {
  await allowBlanking(db, 'timebank_transactions', 'memo', OTHER_COLUMNS);
}

export async function down(db: AnyDb): Promise<void> {
  await forbidBlanking(db, 'timebank_transactions', 'memo');
}
