import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

// Areas (gemeente → wijk → buurt), a resident's home neighbourhood, and resident verification.
// Geometry is GeoJSON text: both databases store it alike, and nothing queries inside it.
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('areas.id'))
    .addColumn('municipality_id', 'text', (c) => c.references('areas.id'))
    .addColumn('population', 'integer')
    .addColumn('age_bands_json', 'text')
    .addColumn('geometry_json', 'text')
    .addColumn('map_geometry_json', 'text')
    .addColumn('bbox_json', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('areas_code_unique').on('areas').column('code').unique().execute();
  await db.schema.createIndex('areas_kind_code_idx').on('areas').columns(['kind', 'code']).execute();
  await db.schema.createIndex('areas_parent_code_idx').on('areas').columns(['parent_id', 'code']).execute();
  await db.schema
    .createIndex('areas_municipality_kind_idx')
    .on('areas')
    .columns(['municipality_id', 'kind', 'code'])
    .execute();

  // Which neighbourhoods touch: computed when outlines are imported, read by "nearby" searches.
  await db.schema
    .createTable('area_neighbours')
    .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id'))
    .addColumn('neighbour_id', 'text', (c) => c.notNull().references('areas.id'))
    .addPrimaryKeyConstraint('area_neighbours_pk', ['area_id', 'neighbour_id'])
    .execute();

  await db.schema
    .alterTable('accounts')
    .addColumn('home_area_id', 'text', (c) => c.references('areas.id'))
    .execute();
  await db.schema.createIndex('accounts_home_area_idx').on('accounts').column('home_area_id').execute();

  await db.schema
    .createTable('verification_code_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id'))
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('verification_batches_area_idx')
    .on('verification_code_batches')
    .columns(['area_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('verification_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('batch_id', 'text', (c) => c.notNull().references('verification_code_batches.id'))
    .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('used_by', 'text')
    .execute();
  await db.schema
    .createIndex('verification_codes_hash_unique')
    .on('verification_codes')
    .column('code_hash')
    .unique()
    .execute();
  await db.schema
    .createIndex('verification_codes_batch_idx')
    .on('verification_codes')
    .columns(['batch_id', 'used_at'])
    .execute();
  await db.schema.createIndex('verification_codes_used_by_idx').on('verification_codes').column('used_by').execute();

  await db.schema
    .createTable('verifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('verified_by', 'text')
    .addColumn('code_id', 'text')
    .addColumn('verified_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('verifications_account_idx')
    .on('verifications')
    .columns(['account_id', 'verified_at', 'id'])
    .execute();
  await db.schema
    .createIndex('verifications_area_idx')
    .on('verifications')
    .columns(['area_id', 'verified_at'])
    .execute();
  await db.schema.createIndex('verifications_verifier_idx').on('verifications').column('verified_by').execute();

  await db.schema
    .createTable('verification_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('attempted_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('verification_attempts_account_idx')
    .on('verification_attempts')
    .columns(['account_id', 'attempted_at'])
    .execute();
  await db.schema
    .createIndex('verification_attempts_ip_idx')
    .on('verification_attempts')
    .columns(['ip', 'attempted_at'])
    .execute();
  await db.schema
    .createIndex('verification_attempts_time_idx')
    .on('verification_attempts')
    .column('attempted_at')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['verification_attempts', 'verifications', 'verification_codes', 'verification_code_batches']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.dropIndex('accounts_home_area_idx').ifExists().execute();
  await db.schema.alterTable('accounts').dropColumn('home_area_id').execute();
  await db.schema.dropTable('area_neighbours').ifExists().execute();
  await db.schema.dropTable('areas').ifExists().execute();
}
