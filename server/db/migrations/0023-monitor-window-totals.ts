import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Window totals for the monitor (docs/monitor.md, "How figures are computed"): per resident and
 * area, and per tie, the last day it was seen (and, for residents, the last day they gave, received
 * and voted), kept up to date as days are folded. The latest date's window is then read from these
 * (one row per resident or tie) instead of being grouped from 90 days of facts. Indexes on resident
 * and from-node let a refolded day that lost a resident or tie find their earlier days. The job
 * finds the fold version changed and folds everything again, which fills these tables.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('monitor_window_residents')
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('resident_id', 'text', (c) => c.notNull())
    .addColumn('last_day', 'text', (c) => c.notNull())
    .addColumn('last_gives', 'text')
    .addColumn('last_receives', 'text')
    .addColumn('last_votes', 'text')
    .addPrimaryKeyConstraint('monitor_window_residents_pk', ['area_id', 'resident_id'])
    .execute();
  await db.schema
    .createIndex('monitor_window_residents_day_idx')
    .on('monitor_window_residents')
    .column('last_day')
    .execute();

  await db.schema
    .createTable('monitor_window_ties')
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('from_node', 'text', (c) => c.notNull())
    .addColumn('to_node', 'text', (c) => c.notNull())
    // '' when the tie's other end has no area (a key column cannot be null).
    .addColumn('to_area_id', 'text', (c) => c.notNull())
    .addColumn('last_day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('monitor_window_ties_pk', ['area_id', 'from_node', 'to_node', 'to_area_id'])
    .execute();
  await db.schema.createIndex('monitor_window_ties_day_idx').on('monitor_window_ties').column('last_day').execute();

  await db.schema
    .createIndex('monitor_resident_days_resident_idx')
    .on('monitor_resident_days')
    .columns(['resident_id', 'day'])
    .execute();
  await db.schema.createIndex('monitor_links_from_idx').on('monitor_links').columns(['from_node', 'day']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('monitor_links_from_idx').execute();
  await db.schema.dropIndex('monitor_resident_days_resident_idx').execute();
  await db.schema.dropTable('monitor_window_ties').execute();
  await db.schema.dropTable('monitor_window_residents').execute();
}
