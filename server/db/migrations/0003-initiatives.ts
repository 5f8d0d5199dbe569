import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';
import { isPostgres } from '../database.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Initiatives: lifecycle, members, needs and pledges, updates, activities with sign-ups,
 * organisations and partnerships, support with the municipality's response duty, moderation
 * reports and notifications. Counters that must never over-fill (places pledged, seats taken)
 * live on the parent row so a single conditional UPDATE can guard them on both dialects.
 */
export async function up(db: AnyDb): Promise<void> {
  // Search terms compare byte-wise on both dialects, so a prefix range query can use the index.
  const binary = (c: ColumnDefinitionBuilder) =>
    isPostgres(db) ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull();

  await hidden(
    db.schema
      .createTable('initiatives')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('domain', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('stop_reason', 'text')
      .addColumn('primary_area_id', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('registered_on_behalf', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('support_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull()),
  ).execute();
  await index(db, 'initiatives', ['created_at', 'id']);
  await index(db, 'initiatives', ['status', 'created_at', 'id']);
  await index(db, 'initiatives', ['domain', 'created_at', 'id']);
  await index(db, 'initiatives', ['created_by']);
  await index(db, 'initiatives', ['support_count']);

  await db.schema
    .createTable('initiative_areas')
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('initiative_areas_pk', ['initiative_id', 'area_id'])
    .execute();
  await index(db, 'initiative_areas', ['area_id', 'initiative_id']);

  await db.schema
    .createTable('initiative_search_terms')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('term', 'text', binary)
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('initiative_search_terms_pk', ['subject_type', 'term', 'subject_id'])
    .execute();
  await index(db, 'initiative_search_terms', ['subject_type', 'subject_id']);

  await db.schema
    .createTable('initiative_status_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('changed_by', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await index(db, 'initiative_status_changes', ['initiative_id', 'changed_at', 'id']);

  await db.schema
    .createTable('initiative_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('offline_name', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('contact', 'text')
    .addColumn('added_by', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .execute();
  await db.schema
    .createIndex('initiative_members_account_unique')
    .on('initiative_members')
    .columns(['initiative_id', 'account_id'])
    .unique()
    .execute();
  await index(db, 'initiative_members', ['initiative_id', 'status', 'requested_at', 'id']);
  await index(db, 'initiative_members', ['account_id', 'status']);

  await hidden(
    db.schema
      .createTable('initiative_needs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('unit', 'text')
      .addColumn('quantity_needed', 'integer', (c) => c.notNull())
      .addColumn('quantity_pledged', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('quantity_delivered', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('starts_at', 'text')
      .addColumn('ends_at', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await index(db, 'initiative_needs', ['initiative_id', 'created_at', 'id']);
  await index(db, 'initiative_needs', ['closed_at', 'created_at', 'id']);
  await index(db, 'initiative_needs', ['kind', 'created_at', 'id']);

  await db.schema
    .createTable('initiative_pledges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('need_id', 'text', (c) => c.notNull().references('initiative_needs.id').onDelete('cascade'))
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('organisation_id', 'text')
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('hours', 'real')
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .addColumn('delivered_by', 'text')
    .addColumn('withdrawn_at', 'text')
    .execute();
  await index(db, 'initiative_pledges', ['need_id', 'created_at', 'id']);
  await index(db, 'initiative_pledges', ['initiative_id', 'status']);
  await index(db, 'initiative_pledges', ['account_id', 'created_at']);
  await index(db, 'initiative_pledges', ['organisation_id', 'status']);

  await hidden(
    db.schema
      .createTable('initiative_updates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
      .addColumn('author_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await index(db, 'initiative_updates', ['initiative_id', 'created_at', 'id']);

  await hidden(
    db.schema
      .createTable('initiative_activities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('place', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text')
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('seats_taken', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('cancelled_at', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await index(db, 'initiative_activities', ['initiative_id', 'starts_at', 'id']);
  await index(db, 'initiative_activities', ['starts_at', 'id']);

  await db.schema
    .createTable('initiative_sign_ups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('initiative_activities.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .addColumn('attended', 'integer')
    .addColumn('attendance_recorded_at', 'text')
    .addColumn('attendance_recorded_by', 'text')
    .execute();
  await db.schema
    .createIndex('initiative_sign_ups_account_unique')
    .on('initiative_sign_ups')
    .columns(['activity_id', 'account_id'])
    .unique()
    .execute();
  await index(db, 'initiative_sign_ups', ['activity_id', 'status', 'queued_at', 'id']);
  await index(db, 'initiative_sign_ups', ['account_id', 'status']);

  await hidden(
    db.schema
      .createTable('organisations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('website', 'text')
      .addColumn('area_id', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('created_at', 'text', (c) => c.notNull()),
  ).execute();
  await index(db, 'organisations', ['created_at', 'id']);
  await index(db, 'organisations', ['kind', 'created_at', 'id']);

  await db.schema
    .createTable('organisation_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .execute();
  await db.schema
    .createIndex('organisation_members_account_unique')
    .on('organisation_members')
    .columns(['organisation_id', 'account_id'])
    .unique()
    .execute();
  await index(db, 'organisation_members', ['organisation_id', 'status', 'requested_at', 'id']);
  await index(db, 'organisation_members', ['account_id', 'status']);

  await db.schema
    .createTable('initiative_partners')
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmed_by', 'text')
    .addPrimaryKeyConstraint('initiative_partners_pk', ['initiative_id', 'organisation_id'])
    .execute();
  await index(db, 'initiative_partners', ['organisation_id', 'status', 'proposed_at']);
  await index(db, 'initiative_partners', ['initiative_id', 'status', 'proposed_at']);

  await db.schema
    .createTable('initiative_supports')
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('initiative_supports_pk', ['initiative_id', 'account_id'])
    .execute();
  await index(db, 'initiative_supports', ['account_id', 'created_at']);

  await db.schema
    .createTable('initiative_response_duties')
    .addColumn('initiative_id', 'text', (c) => c.primaryKey().references('initiatives.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('reached_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('department', 'text')
    .addColumn('responsible_account_id', 'text')
    .addColumn('assigned_at', 'text')
    .addColumn('response_text', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('responded_by', 'text')
    .addColumn('late', 'integer')
    .execute();
  await index(db, 'initiative_response_duties', ['responded_at', 'due_at', 'initiative_id']);
  await index(db, 'initiative_response_duties', ['department', 'responded_at']);
  await index(db, 'initiative_response_duties', ['area_id', 'due_at']);
  await index(db, 'initiative_response_duties', ['responsible_account_id', 'due_at']);

  await db.schema
    .createTable('initiative_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('initiative_notifications_dedupe_unique')
    .on('initiative_notifications')
    .column('dedupe_key')
    .unique()
    .execute();
  await index(db, 'initiative_notifications', ['account_id', 'created_at', 'id']);

  await db.schema
    .createTable('initiative_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('reporter_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolution_note', 'text')
    .execute();
  await index(db, 'initiative_reports', ['status', 'created_at', 'id']);
  await index(db, 'initiative_reports', ['subject_type', 'subject_id']);
  await index(db, 'initiative_reports', ['reporter_id']);
}

/** Moderation: hidden content is kept, with who hid it and the reason its author sees. */
function hidden<TB extends string, C extends string>(table: CreateTableBuilder<TB, C>) {
  return table.addColumn('hidden_at', 'text').addColumn('hidden_by', 'text').addColumn('hidden_reason', 'text');
}

async function index(db: AnyDb, table: string, columns: string[]): Promise<void> {
  const name = `${table}_${columns.join('_')}_idx`.replace(/initiative_/g, 'ini_').replace(/organisation_/g, 'org_');
  await db.schema.createIndex(name).on(table).columns(columns).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'initiative_reports',
    'initiative_notifications',
    'initiative_response_duties',
    'initiative_supports',
    'initiative_partners',
    'organisation_members',
    'organisations',
    'initiative_sign_ups',
    'initiative_activities',
    'initiative_updates',
    'initiative_pledges',
    'initiative_needs',
    'initiative_members',
    'initiative_status_changes',
    'initiative_search_terms',
    'initiative_areas',
    'initiatives',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
