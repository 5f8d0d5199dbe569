import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The activity log made fit for measuring (docs/ARCHITECTURE.md, "Cross-cutting records"):
 * - `counterpart_id`: who the event benefited, where there is one (the resident helped, the
 *   receiver of hours);
 * - `actor_area_id`: the actor's home neighbourhood at the time, so "residents of X" and ties
 *   between neighbourhoods can be counted after people move;
 * - `actor_kind`: `resident`, `staff` (acting for the municipality or a care organisation, also on
 *   behalf of a resident), `organisation` or `system`, so staff actions never count as residents'.
 * Rows written before this migration have none of them (`actor_kind` 'resident' unless no actor).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('activity_log').addColumn('counterpart_id', 'text').execute();
  await db.schema.alterTable('activity_log').addColumn('actor_area_id', 'text').execute();
  await db.schema
    .alterTable('activity_log')
    .addColumn('actor_kind', 'text', (c) => c.notNull().defaultTo('resident'))
    .execute();
  await db.schema
    .createIndex('activity_actor_area_time_idx')
    .on('activity_log')
    .columns(['actor_area_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('activity_counterpart_idx')
    .on('activity_log')
    .columns(['counterpart_id', 'occurred_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('activity_counterpart_idx').execute();
  await db.schema.dropIndex('activity_actor_area_time_idx').execute();
  for (const column of ['actor_kind', 'actor_area_id', 'counterpart_id']) {
    await db.schema.alterTable('activity_log').dropColumn(column).execute();
  }
}
