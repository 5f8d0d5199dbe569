import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Secondary suppression (docs/monitor.md, "Privacy: suppression"): a figure the monitor withholds
 * although it rests on enough residents, because showing it would give back a suppressed sibling
 * (parent minus the other children). Decided when the figures of a date are computed; 0 for rows
 * computed before this migration, until the job computes them again (it does so by itself when it
 * finds the minimum number of residents it last used unknown or changed).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('monitor_values')
    .addColumn('withheld', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('monitor_values').dropColumn('withheld').execute();
}
