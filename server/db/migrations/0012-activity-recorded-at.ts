import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * When an event entered the log, beside when it happened (`occurred_at`): the monitor folds in the
 * days that received events since its last run, so an event recorded late or backdated (an import,
 * a correction) still reaches the figures of the day it happened. Rows from before this migration
 * have none (the log is append-only, so they are not backfilled); the monitor's first run reads
 * the whole log anyway. The second index serves reading one day of events.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('activity_log').addColumn('recorded_at', 'text').execute();
  await db.schema.createIndex('activity_recorded_idx').on('activity_log').column('recorded_at').execute();
  await db.schema.createIndex('activity_occurred_idx').on('activity_log').column('occurred_at').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('activity_occurred_idx').execute();
  await db.schema.dropIndex('activity_recorded_idx').execute();
  await db.schema.alterTable('activity_log').dropColumn('recorded_at').execute();
}
