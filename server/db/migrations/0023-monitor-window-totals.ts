import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Window totals for the monitor (docs/monitor.md, "How figures are computed"): per resident and
 * area, and per tie, the last day it was seen (and, for residents, the last day they gave, received
 * and voted), kept up to date as days are folded. The latest date's window is then read from these
 * (one row per resident or tie) instead of being grouped from 90 days of facts. No further indexes:
 * reading a window scans these tables (a large share of their rows is in any window), and every
 * index on a random key makes folding a day slower. A refolded day that lost a resident or tie
 * (rare: events are never removed) finds their earlier days with a scan of the facts. The job finds
 * the fold version changed and folds everything again, which fills these tables.
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
    .createTable('monitor_window_ties')
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('from_node', 'text', (c) => c.notNull())
    .addColumn('to_node', 'text', (c) => c.notNull())
    // '' when the tie's other end has no area (a key column cannot be null).
    .addColumn('to_area_id', 'text', (c) => c.notNull())
    .addColumn('last_day', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('monitor_window_ties_pk', ['area_id', 'from_node', 'to_node', 'to_area_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('monitor_window_ties').execute();
  await db.schema.dropTable('monitor_window_residents').execute();
}
