import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Following (the calendar module): a resident follows an initiative or a budget round and sees its
 * news in one place ("Wat ik volg"), and is notified of it. One row per account and subject; the
 * subject index finds the followers of a subject.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('follows')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('follows_pk', ['account_id', 'subject_type', 'subject_id'])
    .execute();
  await db.schema
    .createIndex('follows_subject_idx')
    .on('follows')
    .columns(['subject_type', 'subject_id', 'account_id'])
    .execute();
  await db.schema
    .createIndex('follows_account_created_idx')
    .on('follows')
    .columns(['account_id', 'created_at', 'subject_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('follows').execute();
}
