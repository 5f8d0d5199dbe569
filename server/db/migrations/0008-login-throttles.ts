import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Log-in attempts per e-mail address (keyed by a hash of the normalised address), so that guessing
 * one account's password from many IP addresses is slowed down too; shared by every app instance.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('login_throttles')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();
  await db.schema
    .createIndex('login_throttles_last_attempt_idx')
    .on('login_throttles')
    .column('last_attempt_at')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('login_throttles').execute();
}
