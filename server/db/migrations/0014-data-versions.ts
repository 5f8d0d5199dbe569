import { sql, type Kysely } from 'kysely';
import { trackDataVersion, untrackDataVersion } from './data-versions.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * What each cached public list reads, by domain: a write to any of these tables bumps its domain's
 * version (see data-versions.ts), and a cached page is only served while the versions it was built
 * at still hold (http/list-cache.ts).
 */
const DOMAINS = {
  areas: ['areas'],
  initiatives: ['initiatives', 'initiative_areas', 'initiative_search_terms', 'initiative_needs'],
  budgeting: ['budget_rounds', 'budget_round_areas', 'budget_proposals', 'budget_ballots'],
} as const;

/** One row, one counter per domain. */
export async function up(db: AnyDb): Promise<void> {
  let table = db.schema
    .createTable('data_versions')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`));
  for (const domain of Object.keys(DOMAINS)) table = table.addColumn(domain, 'bigint', (c) => c.notNull().defaultTo(0));
  await table.execute();
  await db.insertInto('data_versions').values({ id: 1 }).execute();
  for (const [domain, tables] of Object.entries(DOMAINS)) await trackDataVersion(db, domain, tables);
}

export async function down(db: AnyDb): Promise<void> {
  for (const tables of Object.values(DOMAINS)) await untrackDataVersion(db, tables);
  await db.schema.dropTable('data_versions').execute();
}
