import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The municipality's own identity (one row: name, colours, logo, design tokens) and the texts of the
 * footer pages a Dutch government site must have (privacy statement, accessibility statement,
 * contact). Who changed them, and what, is in the audit log; a missing row means the default.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('site_identity')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('brand_color', 'text', (c) => c.notNull())
    .addColumn('accent_color', 'text', (c) => c.notNull())
    .addColumn('link_color', 'text', (c) => c.notNull())
    .addColumn('logo_media_type', 'text')
    .addColumn('logo_base64', 'text')
    .addColumn('tokens_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('site_pages')
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('site_pages').execute();
  await db.schema.dropTable('site_identity').execute();
}
