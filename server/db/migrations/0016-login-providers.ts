import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Log-in through OpenID Connect providers: the identities linked to accounts, the flows under way
 * (state, nonce and PKCE verifier, single use, minutes long), and per provider the levels of
 * assurance an administrator lets count as verification. A verification through a provider names
 * the identity it rested on, so one identity never verifies two accounts.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('login_identities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('assurance_level', 'text')
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addColumn('last_login_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('login_identities_subject_unique', ['provider_id', 'subject'])
    .execute();
  await db.schema.createIndex('login_identities_account_idx').on('login_identities').column('account_id').execute();

  await db.schema
    .createTable('login_flows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.references('accounts.id').onDelete('cascade'))
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('login_flows_expires_idx').on('login_flows').column('expires_at').execute();

  await db.schema
    .createTable('login_provider_policies')
    .addColumn('provider_id', 'text', (c) => c.primaryKey())
    .addColumn('accepted_levels', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('verifications').addColumn('identity_key', 'text').execute();
  await db.schema.createIndex('verifications_identity_idx').on('verifications').column('identity_key').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('verifications_identity_idx').execute();
  await db.schema.alterTable('verifications').dropColumn('identity_key').execute();
  await db.schema.dropTable('login_provider_policies').execute();
  await db.schema.dropTable('login_flows').execute();
  await db.schema.dropTable('login_identities').execute();
}
