import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The scope every privileged action was done in: the role and area of the grant it rested on
 * (area null: municipality-wide; both null: no grant was needed). Scoped administrators read the
 * entries of their own areas, so both area columns are indexed with the time.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('scope_role', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('scope_area_id', 'text').execute();
  await db.schema.createIndex('audit_log_area_idx').on('audit_log').columns(['area_id', 'occurred_at']).execute();
  await db.schema
    .createIndex('audit_log_scope_area_idx')
    .on('audit_log')
    .columns(['scope_area_id', 'occurred_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('audit_log_scope_area_idx').execute();
  await db.schema.dropIndex('audit_log_area_idx').execute();
  await db.schema.alterTable('audit_log').dropColumn('scope_area_id').execute();
  await db.schema.alterTable('audit_log').dropColumn('scope_role').execute();
}
