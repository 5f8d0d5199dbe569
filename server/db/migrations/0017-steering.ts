import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Layered steering (server/modules/steering/steering.tables.ts, docs/steering.md): public tasks and
 * their provider history, the advice timeline, decisions with their milestones, incidents, grants and
 * payments, residents' responses, and the Right to Challenge with its scores. Ids of initiatives,
 * organisations and accounts are not foreign keys: those tables belong to other modules.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('public_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('area_id', 'text', (c) => c.notNull().references('areas.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text')
    .addColumn('statutory', 'integer', (c) => c.notNull())
    .addColumn('exclusive', 'integer', (c) => c.notNull())
    .addColumn('risk', 'text', (c) => c.notNull())
    .addColumn('yearly_budget_cents', 'bigint', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('provider_initiative_id', 'text')
    .addColumn('provider_organisation_id', 'text')
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('public_tasks_area_idx').on('public_tasks').columns(['area_id', 'title', 'id']).execute();
  await db.schema.createIndex('public_tasks_title_idx').on('public_tasks').columns(['title', 'id']).execute();
  await db.schema
    .createIndex('public_tasks_initiative_idx')
    .on('public_tasks')
    .column('provider_initiative_id')
    .execute();

  await db.schema
    .createTable('public_task_providers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('public_tasks.id'))
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('initiative_id', 'text')
    .addColumn('organisation_id', 'text')
    .addColumn('yearly_budget_cents', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('challenge_id', 'text')
    .addColumn('changed_by', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('public_task_providers_task_idx')
    .on('public_task_providers')
    .columns(['task_id', 'changed_at', 'id'])
    .execute();
  await db.schema
    .createIndex('public_task_providers_area_idx')
    .on('public_task_providers')
    .columns(['area_id', 'changed_at'])
    .execute();

  await db.schema
    .createTable('steering_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema
    .createTable('steering_advice')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('latest', 'integer', (c) => c.notNull())
    .addColumn('layer', 'text', (c) => c.notNull())
    .addColumn('raw_layer', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('capacity', 'text', (c) => c.notNull())
    .addColumn('effective_risk', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('inputs_json', 'text', (c) => c.notNull())
    .addColumn('paths_json', 'text', (c) => c.notNull())
    .addColumn('thresholds_json', 'text', (c) => c.notNull())
    .addColumn('pending_layer', 'text')
    .addColumn('pending_since', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    // Two computations of the same subject at once: the second insert fails instead of forking the timeline.
    .addUniqueConstraint('steering_advice_seq_unique', ['subject_type', 'subject_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('steering_advice_latest_idx')
    .on('steering_advice')
    .columns(['latest', 'subject_type', 'subject_id'])
    .execute();
  await db.schema
    .createIndex('steering_advice_area_idx')
    .on('steering_advice')
    .columns(['latest', 'area_id'])
    .execute();

  await db.schema
    .createTable('steering_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text')
    .addColumn('layer', 'text', (c) => c.notNull())
    .addColumn('advice_layer', 'text')
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('deviation_reason', 'text')
    .addColumn('instruments_json', 'text', (c) => c.notNull())
    .addColumn('proportionality_reason', 'text')
    .addColumn('least_intrusive_alternative', 'text')
    .addColumn('review_date', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('superseded_at', 'text')
    .execute();
  await db.schema
    .createIndex('steering_decisions_subject_idx')
    .on('steering_decisions')
    .columns(['subject_type', 'subject_id', 'decided_at'])
    .execute();
  await db.schema
    .createIndex('steering_decisions_area_idx')
    .on('steering_decisions')
    .columns(['area_id', 'decided_at', 'id'])
    .execute();
  await db.schema
    .createIndex('steering_decisions_decided_idx')
    .on('steering_decisions')
    .columns(['decided_at', 'id'])
    .execute();
  await db.schema
    .createIndex('steering_decisions_review_idx')
    .on('steering_decisions')
    .columns(['superseded_at', 'review_date'])
    .execute();

  await db.schema
    .createTable('steering_milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'text', (c) => c.references('steering_decisions.id'))
    .addColumn('challenge_id', 'text')
    .addColumn('task_id', 'text')
    .addColumn('initiative_id', 'text')
    .addColumn('area_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_at', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['decision_id', 'challenge_id', 'task_id', 'initiative_id'] as const)
    await db.schema
      .createIndex(`steering_milestones_${column}_idx`)
      .on('steering_milestones')
      .columns([column, 'due_date', 'id'])
      .execute();
  await db.schema
    .createIndex('steering_milestones_due_idx')
    .on('steering_milestones')
    .columns(['status', 'due_date'])
    .execute();

  await db.schema
    .createTable('steering_incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text')
    .addColumn('initiative_id', 'text')
    .addColumn('area_id', 'text')
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['task_id', 'initiative_id'] as const)
    await db.schema
      .createIndex(`steering_incidents_${column}_idx`)
      .on('steering_incidents')
      .columns([column, 'occurred_on'])
      .execute();
  await db.schema
    .createIndex('steering_incidents_reported_idx')
    .on('steering_incidents')
    .columns(['reported_at', 'id'])
    .execute();

  await db.schema
    .createTable('steering_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'text', (c) => c.notNull().references('steering_decisions.id'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text')
    .addColumn('recipient_initiative_id', 'text')
    .addColumn('recipient_organisation_id', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('paid_cents', 'bigint', (c) => c.notNull())
    .addColumn('report_due_date', 'text', (c) => c.notNull())
    .addColumn('report_overdue_at', 'text')
    .addColumn('report_received_on', 'text')
    .addColumn('report_used_as_agreed', 'integer')
    .addColumn('report_note', 'text')
    .addColumn('clawback_cents', 'bigint')
    .addColumn('clawback_ground', 'text')
    .addColumn('clawback_reason', 'text')
    .addColumn('clawback_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('steering_grants_decision_idx').on('steering_grants').column('decision_id').execute();
  await db.schema
    .createIndex('steering_grants_created_idx')
    .on('steering_grants')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('steering_grants_report_idx')
    .on('steering_grants')
    .columns(['report_received_on', 'report_due_date'])
    .execute();

  await db.schema
    .createTable('steering_grant_payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('grant_id', 'text', (c) => c.notNull().references('steering_grants.id'))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('steering_grant_payments_grant_idx')
    .on('steering_grant_payments')
    .columns(['grant_id', 'paid_on'])
    .execute();

  await db.schema
    .createTable('steering_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'text', (c) => c.notNull().references('steering_decisions.id'))
    .addColumn('area_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('answer_due_at', 'text', (c) => c.notNull())
    .addColumn('answer_text', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'text')
    .execute();
  await db.schema
    .createIndex('steering_responses_decision_idx')
    .on('steering_responses')
    .columns(['decision_id', 'submitted_at', 'id'])
    .execute();
  await db.schema
    .createIndex('steering_responses_due_idx')
    .on('steering_responses')
    .columns(['answered_at', 'answer_due_at'])
    .execute();
  await db.schema.createIndex('steering_responses_author_idx').on('steering_responses').column('author_id').execute();

  await db.schema
    .createTable('challenges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('public_tasks.id'))
    .addColumn('initiative_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text')
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('proposed_cost_cents', 'bigint', (c) => c.notNull())
    .addColumn('budget_at_submission_cents', 'bigint', (c) => c.notNull())
    .addColumn('delivery_plan', 'text', (c) => c.notNull())
    .addColumn('fallback', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('assessment_due_at', 'text', (c) => c.notNull())
    .addColumn('decision_reason', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('agreement_json', 'text')
    .addColumn('withdrawal_reason', 'text')
    .addColumn('withdrawn_at', 'text')
    .execute();
  await db.schema.createIndex('challenges_task_idx').on('challenges').columns(['task_id', 'status']).execute();
  await db.schema
    .createIndex('challenges_initiative_idx')
    .on('challenges')
    .columns(['initiative_id', 'status'])
    .execute();
  await db.schema.createIndex('challenges_submitted_idx').on('challenges').columns(['submitted_at', 'id']).execute();
  await db.schema.createIndex('challenges_due_idx').on('challenges').columns(['status', 'assessment_due_at']).execute();

  await db.schema
    .createTable('challenge_scores')
    .addColumn('challenge_id', 'text', (c) => c.notNull().references('challenges.id'))
    .addColumn('criterion', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('assessed_by', 'text', (c) => c.notNull())
    .addColumn('assessed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('challenge_scores_pk', ['challenge_id', 'criterion'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'challenge_scores',
    'challenges',
    'steering_responses',
    'steering_grant_payments',
    'steering_grants',
    'steering_incidents',
    'steering_milestones',
    'steering_decisions',
    'steering_advice',
    'steering_state',
    'public_task_providers',
    'public_tasks',
  ])
    await db.schema.dropTable(table).execute();
}
