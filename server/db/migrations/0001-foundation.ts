import type { Kysely } from 'kysely';
import { forbidChanges } from './append-only.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

// Portable column choices: ids and timestamps are text (ISO 8601 UTC sorts correctly),
// flags and amounts are integers, structured values are JSON text.
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('password_changed_at', 'text')
    .addColumn('erased_at', 'text')
    .execute();
  await db.schema.createIndex('accounts_email_unique').on('accounts').column('email').unique().execute();
  await db.schema.createIndex('accounts_created_idx').on('accounts').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('role_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text')
    .addColumn('granted_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('role_assignments_account_idx').on('role_assignments').column('account_id').execute();
  await db.schema
    .createIndex('role_assignments_role_idx')
    .on('role_assignments')
    .columns(['role', 'area_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_account_idx').on('sessions').column('account_id').execute();
  await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('password_resets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('password_resets_account_idx').on('password_resets').column('account_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('reason', 'text')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_time_idx').on('audit_log').columns(['occurred_at', 'id']).execute();
  await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['action', 'occurred_at']).execute();
  await db.schema
    .createIndex('audit_log_subject_idx')
    .on('audit_log')
    .columns(['subject_type', 'subject_id'])
    .execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor_id', 'occurred_at']).execute();

  // One activity log for the whole platform (DESIGN.md): ids only, indexed by area, verb and time.
  await db.schema
    .createTable('activity_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('verb', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('organisation_id', 'text')
    .addColumn('on_behalf_of_id', 'text')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text')
    .addColumn('domain', 'text')
    .addColumn('hours', 'real')
    .addColumn('amount_cents', 'integer')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activity_area_verb_time_idx')
    .on('activity_log')
    .columns(['area_id', 'verb', 'occurred_at'])
    .execute();
  await db.schema.createIndex('activity_verb_time_idx').on('activity_log').columns(['verb', 'occurred_at']).execute();
  await db.schema.createIndex('activity_actor_idx').on('activity_log').columns(['actor_id', 'occurred_at']).execute();
  await db.schema
    .createIndex('activity_subject_idx')
    .on('activity_log')
    .columns(['subject_type', 'subject_id'])
    .execute();

  await forbidChanges(db, 'audit_log');
  await forbidChanges(db, 'activity_log');
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['activity_log', 'audit_log', 'password_resets', 'sessions', 'role_assignments', 'accounts']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
