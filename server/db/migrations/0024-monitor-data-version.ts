import type { Kysely } from 'kysely';
import { trackDataVersion, untrackDataVersion } from './data-versions.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The monitor's open data (figures and map) becomes a cached public list (http/list-cache.ts): a
 * `monitor` data version, bumped by every write to the stored figures and to the monitor's state
 * (the latest date, the index weights), in the same transaction (see data-versions.ts).
 */
const TABLES = ['monitor_values', 'monitor_state'] as const;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('data_versions')
    .addColumn('monitor', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await trackDataVersion(db, 'monitor', TABLES);
}

export async function down(db: AnyDb): Promise<void> {
  await untrackDataVersion(db, TABLES);
  await db.schema.alterTable('data_versions').dropColumn('monitor').execute();
}
