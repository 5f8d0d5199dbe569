import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Finding accounts by name on the roles page (issue 13): results come in order of the lower-case
 * name, so both databases walk this index in order and stop after one page, instead of sorting
 * every matching account of a city of tens of thousands first.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('accounts_name_lower_idx')
    .on('accounts')
    .expression(sql`lower(display_name), id`)
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('accounts_name_lower_idx').execute();
}
