import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The community-power monitor (server/modules/monitor/monitor.tables.ts, docs/monitor.md): facts
 * folded per day from the activity log, the figures computed from them, the network picture,
 * imported survey figures and the monitor's state. Every fact table starts its key with `day`,
 * so refolding a day and reading a window are range scans. Also an index on the activity log by
 * area and time, for a neighbourhood's recent activity.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('monitor_resident_days')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('resident_id', 'text', (c) => c.notNull())
    .addColumn('gives', 'integer', (c) => c.notNull())
    .addColumn('receives', 'integer', (c) => c.notNull())
    .addColumn('organises', 'integer', (c) => c.notNull())
    .addColumn('votes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('monitor_resident_days_pk', ['day', 'area_id', 'resident_id'])
    .execute();

  await db.schema
    .createTable('monitor_counts')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('monitor_counts_pk', ['day', 'area_id', 'measure'])
    .execute();

  await db.schema
    .createTable('monitor_milestones')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('milestone', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('monitor_milestones_pk', ['day', 'milestone', 'subject_id'])
    .execute();
  await db.schema
    .createIndex('monitor_milestones_subject_idx')
    .on('monitor_milestones')
    .columns(['milestone', 'subject_id'])
    .execute();

  await db.schema
    .createTable('monitor_links')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('from_node', 'text', (c) => c.notNull())
    .addColumn('to_node', 'text', (c) => c.notNull())
    .addColumn('to_area_id', 'text')
    .addPrimaryKeyConstraint('monitor_links_pk', ['day', 'from_node', 'to_node'])
    .execute();

  await db.schema
    .createTable('monitor_values')
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('numerator', 'double precision')
    .addColumn('denominator', 'double precision')
    .addColumn('base', 'integer')
    .addPrimaryKeyConstraint('monitor_values_pk', ['as_of', 'area_id', 'indicator'])
    .execute();
  await db.schema.createIndex('monitor_values_area_idx').on('monitor_values').columns(['area_id', 'as_of']).execute();

  await db.schema
    .createTable('monitor_networks')
    .addColumn('area_id', 'text', (c) => c.primaryKey())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('network_json', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('monitor_survey')
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('respondents', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('monitor_survey_pk', ['area_id', 'topic', 'period'])
    .execute();
  await db.schema.createIndex('monitor_survey_topic_idx').on('monitor_survey').columns(['topic', 'area_id']).execute();

  await db.schema
    .createTable('monitor_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createIndex('activity_area_time_idx')
    .on('activity_log')
    .columns(['area_id', 'occurred_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('activity_area_time_idx').execute();
  for (const table of [
    'monitor_state',
    'monitor_survey',
    'monitor_networks',
    'monitor_values',
    'monitor_links',
    'monitor_milestones',
    'monitor_counts',
    'monitor_resident_days',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
