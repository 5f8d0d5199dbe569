import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * One notification centre for every module (server/modules/notifications): the notifications,
 * each resident's choice per kind, the mail outbox and the key that signs unsubscribe links. The
 * initiatives' and help's own notification tables move in (their kinds prefixed with the module)
 * and go.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('dedupe_key', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('in_app', 'integer', (c) => c.notNull())
    .addColumn('mail_due_at', 'text')
    .addColumn('mailed_at', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_dedupe_unique')
    .on('notifications')
    .column('dedupe_key')
    .unique()
    .execute();
  await db.schema
    .createIndex('notifications_account_idx')
    .on('notifications')
    .columns(['account_id', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('notifications_mail_due_idx').on('notifications').column('mail_due_at').execute();
  await db.schema.createIndex('notifications_subject_idx').on('notifications').column('subject_id').execute();

  await db.schema
    .createTable('notification_preferences')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['account_id', 'kind'])
    .execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('area_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text')
    .addColumn('html_body', 'text')
    .addColumn('headers_json', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('secret', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claim_token', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('expires_at', 'text')
    .execute();
  await db.schema.createIndex('mail_outbox_due_idx').on('mail_outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('mail_outbox_created_idx').on('mail_outbox').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('mail_outbox_account_idx').on('mail_outbox').column('account_id').execute();

  await db.schema
    .createTable('notification_keys')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('notification_keys')
    .values({ name: 'unsubscribe', secret: randomBytes(32).toString('base64url') })
    .execute();

  const columns = [
    'id',
    'account_id',
    'kind',
    'subject_type',
    'subject_id',
    'message',
    'link',
    'dedupe_key',
    'channel',
    'in_app',
    'mail_due_at',
    'mailed_at',
    'expires_at',
    'created_at',
    'read_at',
  ];
  await db
    .insertInto('notifications')
    .columns(columns)
    .expression(
      db
        .selectFrom('initiative_notifications')
        .select([
          'id',
          'account_id',
          sql<string>`'initiatives.' || kind`.as('kind'),
          'subject_type',
          'subject_id',
          'message',
          sql<null>`NULL`.as('link'),
          'dedupe_key',
          sql<string>`'app'`.as('channel'),
          sql<number>`1`.as('in_app'),
          sql<null>`NULL`.as('mail_due_at'),
          sql<null>`NULL`.as('mailed_at'),
          sql<null>`NULL`.as('expires_at'),
          'created_at',
          'read_at',
        ]),
    )
    .execute();
  await db
    .insertInto('notifications')
    .columns(columns)
    .expression(
      db
        .selectFrom('help_notifications')
        .select([
          'id',
          'account_id',
          sql<string>`'help.' || kind`.as('kind'),
          sql<string | null>`CASE WHEN request_id IS NULL THEN NULL ELSE 'help_request' END`.as('subject_type'),
          'request_id',
          'text',
          sql<null>`NULL`.as('link'),
          sql<null>`NULL`.as('dedupe_key'),
          sql<string>`'app'`.as('channel'),
          sql<number>`1`.as('in_app'),
          sql<null>`NULL`.as('mail_due_at'),
          sql<null>`NULL`.as('mailed_at'),
          sql<null>`NULL`.as('expires_at'),
          'created_at',
          'read_at',
        ]),
    )
    .execute();
  await db.schema.dropTable('initiative_notifications').execute();
  await db.schema.dropTable('help_notifications').execute();
}

export async function down(db: AnyDb): Promise<void> {
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
  await db.schema
    .createIndex('initiative_notifications_account_id_created_at_id_idx')
    .on('initiative_notifications')
    .columns(['account_id', 'created_at', 'id'])
    .execute();
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
  await db
    .insertInto('initiative_notifications')
    .columns([
      'id',
      'account_id',
      'kind',
      'subject_type',
      'subject_id',
      'message',
      'dedupe_key',
      'created_at',
      'read_at',
    ])
    .expression(
      db
        .selectFrom('notifications')
        .select([
          'id',
          'account_id',
          sql<string>`substr(kind, 13)`.as('kind'),
          'subject_type',
          'subject_id',
          'message',
          'dedupe_key',
          'created_at',
          'read_at',
        ])
        .where('kind', 'like', 'initiatives.%')
        .where('subject_id', 'is not', null),
    )
    .execute();
  await db
    .insertInto('help_notifications')
    .columns(['id', 'account_id', 'kind', 'request_id', 'text', 'created_at', 'read_at'])
    .expression(
      db
        .selectFrom('notifications')
        .select([
          'id',
          'account_id',
          sql<string>`substr(kind, 6)`.as('kind'),
          'subject_id',
          'message',
          'created_at',
          'read_at',
        ])
        .where('kind', 'like', 'help.%'),
    )
    .execute();
  for (const table of ['notification_keys', 'mail_outbox', 'notification_preferences', 'notifications'])
    await db.schema.dropTable(table).execute();
}
