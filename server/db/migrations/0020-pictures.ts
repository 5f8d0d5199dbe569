import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Pictures on initiatives, initiative updates and budget proposals (issue 13). The files live in a
 * picture store (on disk by default); a row says what a picture belongs to, its alt text and its
 * size. `parent_id` is the initiative or budget round the subject belongs to, so one page's
 * pictures are one indexed query. A removed picture keeps its row (`removed_at`) until its files
 * are gone, so a crash between the two never leaves files nobody can find.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('pictures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('parent_type', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.notNull())
    .addColumn('alt_text', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('demo_recipe', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .execute();
  await db.schema
    .createIndex('pictures_parent_idx')
    .on('pictures')
    .columns(['parent_type', 'parent_id', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('pictures_subject_idx').on('pictures').columns(['subject_type', 'subject_id']).execute();
  await db.schema.createIndex('pictures_uploader_idx').on('pictures').column('uploaded_by').execute();
  await db.schema.createIndex('pictures_removed_idx').on('pictures').column('removed_at').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('pictures').execute();
}
