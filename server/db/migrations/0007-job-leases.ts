import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Leases for periodic jobs, so that app instances sharing a database take turns (platform/jobs). */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('job_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text')
    .addColumn('token', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('last_started_at', 'text')
    .addColumn('last_started_by', 'text')
    .addColumn('last_finished_at', 'text')
    .addColumn('last_outcome', 'text')
    .addColumn('last_error', 'text')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('job_leases').execute();
}
