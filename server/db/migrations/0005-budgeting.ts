import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../database.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

// Neighbourhood budget: rounds, proposals, secret ballots and counts. Amounts are integer cents.
export async function up(db: AnyDb): Promise<void> {
  // SQLite stores rows of an ordinary table in insertion order (rowid); WITHOUT ROWID stores them in
  // primary-key order instead, so the voter and ballot tables keep no trace of who voted when.
  const withoutRowid = isPostgres(db) ? sql`` : sql`without rowid`;

  await db.schema
    .createTable('budget_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('budget_cents', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('proposals_open_at', 'text', (c) => c.notNull())
    .addColumn('review_open_at', 'text', (c) => c.notNull())
    .addColumn('voting_open_at', 'text', (c) => c.notNull())
    .addColumn('voting_close_at', 'text', (c) => c.notNull())
    .addColumn('ballot_type', 'text', (c) => c.notNull())
    .addColumn('max_projects', 'integer')
    .addColumn('min_projects', 'integer', (c) => c.notNull())
    .addColumn('min_spend_cents', 'bigint')
    .addColumn('count_rule', 'text', (c) => c.notNull())
    .addColumn('utility', 'text', (c) => c.notNull())
    .addColumn('completion', 'text', (c) => c.notNull())
    .addColumn('exhaustive_stop', 'integer', (c) => c.notNull())
    .addColumn('tie_break_json', 'text', (c) => c.notNull())
    .addColumn('minimum_age', 'integer')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('meta_json', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('budget_rounds_created_idx').on('budget_rounds').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('budget_rounds_close_idx').on('budget_rounds').column('voting_close_at').execute();

  await db.schema
    .createTable('budget_round_areas')
    .addColumn('round_id', 'text', (c) => c.notNull().references('budget_rounds.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id'))
    .addPrimaryKeyConstraint('budget_round_areas_pk', ['round_id', 'area_id'])
    .execute();
  await db.schema
    .createIndex('budget_round_areas_area_idx')
    .on('budget_round_areas')
    .columns(['area_id', 'round_id'])
    .execute();

  await db.schema
    .createTable('budget_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('budget_rounds.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('estimated_cost_cents', 'bigint', (c) => c.notNull())
    .addColumn('cost_cents', 'bigint')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('review_reason', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('author_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('budget_proposals_number_unique')
    .on('budget_proposals')
    .columns(['round_id', 'number'])
    .unique()
    .execute();
  await db.schema
    .createIndex('budget_proposals_code_unique')
    .on('budget_proposals')
    .columns(['round_id', 'code'])
    .unique()
    .execute();
  await db.schema
    .createIndex('budget_proposals_status_idx')
    .on('budget_proposals')
    .columns(['round_id', 'status', 'number', 'id'])
    .execute();
  await db.schema.createIndex('budget_proposals_author_idx').on('budget_proposals').column('author_id').execute();

  await db.schema
    .createTable('budget_voters')
    .addColumn('round_id', 'text', (c) => c.notNull().references('budget_rounds.id').onDelete('cascade'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('age_confirmed', 'integer', (c) => c.notNull())
    // One ballot per resident per round, decided by the database even under concurrent submissions.
    .addPrimaryKeyConstraint('budget_voters_pk', ['round_id', 'account_id'])
    .modifyEnd(withoutRowid)
    .execute();
  await db.schema.createIndex('budget_voters_account_idx').on('budget_voters').column('account_id').execute();

  await db.schema
    .createTable('budget_ballots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull().references('budget_rounds.id').onDelete('cascade'))
    .addColumn('token_hash', 'text')
    .addColumn('choices_json', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .modifyEnd(withoutRowid)
    .execute();
  await db.schema.createIndex('budget_ballots_round_idx').on('budget_ballots').columns(['round_id', 'id']).execute();
  await db.schema
    .createIndex('budget_ballots_token_unique')
    .on('budget_ballots')
    .column('token_hash')
    .unique()
    .execute();

  await db.schema
    .createTable('budget_counts')
    .addColumn('round_id', 'text', (c) => c.primaryKey().references('budget_rounds.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('error', 'text')
    .addColumn('outcome_json', 'text')
    .addColumn('count_json', 'text')
    .execute();
  await db.schema
    .createIndex('budget_counts_status_idx')
    .on('budget_counts')
    .columns(['status', 'requested_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'budget_counts',
    'budget_ballots',
    'budget_voters',
    'budget_proposals',
    'budget_round_areas',
    'budget_rounds',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
