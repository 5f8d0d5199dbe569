import type { Kysely } from 'kysely';
import { forbidChanges } from './append-only.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

// Neighbourhood help and the time bank. Area ids are plain text (no foreign key), so this module
// does not depend on how areas are stored. Private details live in their own tables and columns,
// read only through the help policy. Minutes are integers: the ledger sums exactly to zero.
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('help_recipients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('vulnerable', 'integer', (c) => c.notNull())
    .addColumn('professional_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('help_recipients_area_idx')
    .on('help_recipients')
    .columns(['area_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('help_recipients_created_idx')
    .on('help_recipients')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('help_recipients_professional_idx')
    .on('help_recipients')
    .column('professional_id')
    .execute();

  await db.schema
    .createTable('help_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('when_json', 'text', (c) => c.notNull())
    .addColumn('needed_on', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('vulnerable', 'integer', (c) => c.notNull())
    .addColumn('estimated_minutes', 'integer', (c) => c.notNull())
    .addColumn('requester_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('recipient_id', 'text', (c) => c.references('help_recipients.id'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('helper_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('escalated_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('helped', 'text')
    .addColumn('close_comment', 'text')
    .execute();
  for (const [name, columns] of [
    ['help_requests_created_idx', ['created_at', 'id']],
    ['help_requests_area_idx', ['area_id', 'created_at', 'id']],
    ['help_requests_kind_idx', ['kind', 'created_at', 'id']],
    ['help_requests_status_idx', ['status', 'created_at', 'id']],
    ['help_requests_contact_idx', ['contact_id', 'created_at', 'id']],
    ['help_requests_requester_idx', ['requester_id', 'created_at', 'id']],
    ['help_requests_recipient_idx', ['recipient_id', 'created_at']],
    ['help_requests_helper_idx', ['helper_id', 'status']],
    ['help_requests_escalated_idx', ['escalated_at', 'id']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('help_requests')
      .columns([...columns])
      .execute();
  }

  await db.schema
    .createTable('help_request_private')
    .addColumn('request_id', 'text', (c) => c.primaryKey().references('help_requests.id'))
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .execute();

  await db.schema
    .createTable('help_offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('helper_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('kinds_json', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('availability_json', 'text', (c) => c.notNull())
    .addColumn('max_per_week', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('help_offers_helper_idx')
    .on('help_offers')
    .columns(['helper_id', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('help_offers_created_idx').on('help_offers').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('help_offer_areas')
    .addColumn('offer_id', 'text', (c) => c.notNull().references('help_offers.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('help_offer_areas_pk', ['offer_id', 'area_id'])
    .execute();
  await db.schema
    .createIndex('help_offer_areas_area_idx')
    .on('help_offer_areas')
    .columns(['area_id', 'offer_id'])
    .execute();

  await db.schema
    .createTable('help_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('help_requests.id'))
    .addColumn('helper_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('reasons_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .execute();
  await db.schema
    .createIndex('help_invitations_request_idx')
    .on('help_invitations')
    .columns(['request_id', 'status'])
    .execute();
  await db.schema
    .createIndex('help_invitations_helper_idx')
    .on('help_invitations')
    .columns(['helper_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('help_invitations_helper_status_idx')
    .on('help_invitations')
    .columns(['helper_id', 'status', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('help_vog')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('help_guardians')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('guardian_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('ward_account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('ward_recipient_id', 'text', (c) => c.references('help_recipients.id'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('help_guardians_guardian_idx')
    .on('help_guardians')
    .columns(['guardian_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('help_guardians_ward_account_idx')
    .on('help_guardians')
    .columns(['ward_account_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('help_guardians_ward_recipient_idx')
    .on('help_guardians')
    .columns(['ward_recipient_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('help_guardians_created_idx')
    .on('help_guardians')
    .columns(['created_at', 'id'])
    .execute();

  await db.schema
    .createTable('help_blocks')
    .addColumn('blocker_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('blocked_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('help_blocks_pk', ['blocker_id', 'blocked_id'])
    .execute();
  await db.schema
    .createIndex('help_blocks_blocked_idx')
    .on('help_blocks')
    .columns(['blocked_id', 'blocker_id'])
    .execute();
  await db.schema.createIndex('help_blocks_list_idx').on('help_blocks').columns(['blocker_id', 'created_at']).execute();

  await db.schema
    .createTable('help_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reporter_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('request_id', 'text', (c) => c.references('help_requests.id'))
    .addColumn('area_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('help_reports_area_idx')
    .on('help_reports')
    .columns(['area_id', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('help_reports_created_idx').on('help_reports').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('help_reports_reporter_idx').on('help_reports').column('reporter_id').execute();

  await db.schema
    .createTable('help_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('help_notifications_account_idx')
    .on('help_notifications')
    .columns(['account_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('timebank_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_kind', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('balance_minutes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('timebank_accounts_owner_unique')
    .on('timebank_accounts')
    .columns(['owner_kind', 'owner_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('timebank_transactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('reverses_id', 'text', (c) => c.references('timebank_transactions.id'))
    .addColumn('created_by', 'text')
    .addColumn('memo', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .execute();
  // At most one reversal per transaction, enforced by the database itself.
  await db.schema
    .createIndex('timebank_transactions_reverses_unique')
    .on('timebank_transactions')
    .column('reverses_id')
    .unique()
    .execute();
  await db.schema
    .createIndex('timebank_transactions_request_idx')
    .on('timebank_transactions')
    .column('request_id')
    .execute();

  await db.schema
    .createTable('timebank_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('transaction_id', 'text', (c) => c.notNull().references('timebank_transactions.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('timebank_accounts.id'))
    .addColumn('amount_minutes', 'integer', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('timebank_entries_account_idx')
    .on('timebank_entries')
    .columns(['account_id', 'occurred_at', 'id'])
    .execute();
  await db.schema
    .createIndex('timebank_entries_transaction_idx')
    .on('timebank_entries')
    .column('transaction_id')
    .execute();

  await forbidChanges(db, 'timebank_transactions');
  await forbidChanges(db, 'timebank_entries');
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'timebank_entries',
    'timebank_transactions',
    'timebank_accounts',
    'help_notifications',
    'help_reports',
    'help_blocks',
    'help_guardians',
    'help_vog',
    'help_invitations',
    'help_offer_areas',
    'help_offers',
    'help_request_private',
    'help_requests',
    'help_recipients',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
