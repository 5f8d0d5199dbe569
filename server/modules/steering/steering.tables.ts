import type {
  AdviceRule,
  CapacityLevel,
  ChallengeCriterion,
  ChallengeStatus,
  MilestoneStatus,
  ProviderKind,
  SteeringLayer,
  SubjectType,
  TaskDomain,
  TaskRisk,
} from '../../../contracts/steering.ts';

/**
 * The steering module's tables (migration 0017, docs/steering.md). Money is in euro cents
 * (bigint on PostgreSQL); calendar dates are YYYY-MM-DD text; moments ISO text; flags 0/1.
 */

export interface PublicTasksTable {
  id: string;
  area_id: string;
  title: string;
  domain: TaskDomain;
  description: string;
  legal_basis: string | null;
  statutory: number;
  exclusive: number;
  risk: TaskRisk;
  yearly_budget_cents: number;
  provider: ProviderKind;
  provider_initiative_id: string | null;
  provider_organisation_id: string | null;
  department: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * Append-only: a snapshot of the task's provider and budget each time either changed (and at
 * creation), so the history and the 3.0 → 4.0 picture over time can be drawn.
 */
export interface PublicTaskProvidersTable {
  id: string;
  task_id: string;
  area_id: string;
  kind: 'created' | 'provider' | 'budget';
  provider: ProviderKind;
  initiative_id: string | null;
  organisation_id: string | null;
  yearly_budget_cents: number;
  reason: string;
  challenge_id: string | null;
  changed_by: string | null;
  changed_at: string;
}

/** Key/value: the advice thresholds (JSON). */
export interface SteeringStateTable {
  key: string;
  value: string;
  updated_at: string;
  updated_by: string | null;
}

/**
 * The advice per subject, one row each time something about it changed (the timeline); the
 * latest row (`latest` = 1) also holds the hysteresis state and is refreshed by every computation.
 */
export interface SteeringAdviceTable {
  id: string;
  subject_type: SubjectType;
  subject_id: string;
  area_id: string | null;
  seq: number;
  latest: number;
  layer: SteeringLayer;
  raw_layer: SteeringLayer;
  rule: AdviceRule;
  capacity: CapacityLevel;
  effective_risk: TaskRisk;
  change: 'initial' | 'up' | 'down' | 'signal' | 'signal_cleared' | 'recomputed';
  inputs_json: string;
  paths_json: string;
  thresholds_json: string;
  pending_layer: SteeringLayer | null;
  pending_since: string | null;
  /** When this entry was made. */
  changed_at: string;
  /** When the advice was last computed (the latest entry is refreshed by every computation). */
  computed_at: string;
}

export interface SteeringDecisionsTable {
  id: string;
  subject_type: SubjectType;
  subject_id: string;
  area_id: string | null;
  layer: SteeringLayer;
  advice_layer: SteeringLayer | null;
  motivation: string;
  deviation_reason: string | null;
  instruments_json: string;
  proportionality_reason: string | null;
  least_intrusive_alternative: string | null;
  review_date: string;
  decided_by: string;
  decided_at: string;
  /** Set when a later decision for the same subject replaced this one. */
  superseded_at: string | null;
}

export interface SteeringMilestonesTable {
  id: string;
  decision_id: string | null;
  challenge_id: string | null;
  /** The task and the initiative whose advice the milestone feeds (either or both). */
  task_id: string | null;
  initiative_id: string | null;
  area_id: string | null;
  title: string;
  due_date: string;
  status: MilestoneStatus;
  note: string | null;
  recorded_at: string | null;
  recorded_by: string | null;
  created_by: string;
  created_at: string;
}

export interface SteeringIncidentsTable {
  id: string;
  subject_type: SubjectType;
  subject_id: string;
  task_id: string | null;
  initiative_id: string | null;
  area_id: string | null;
  severity: 'normal' | 'critical';
  description: string;
  occurred_on: string;
  reported_by: string;
  reported_at: string;
}

export interface SteeringGrantsTable {
  id: string;
  decision_id: string;
  subject_type: SubjectType;
  subject_id: string;
  area_id: string | null;
  recipient_initiative_id: string | null;
  recipient_organisation_id: string | null;
  purpose: string;
  amount_cents: number;
  paid_cents: number;
  report_due_date: string;
  /** Set by the job the first time the report is found overdue. */
  report_overdue_at: string | null;
  report_received_on: string | null;
  report_used_as_agreed: number | null;
  report_note: string | null;
  clawback_cents: number | null;
  clawback_ground: 'no_report' | 'not_used_as_agreed' | null;
  clawback_reason: string | null;
  clawback_at: string | null;
  created_by: string;
  created_at: string;
}

export interface SteeringGrantPaymentsTable {
  id: string;
  grant_id: string;
  amount_cents: number;
  paid_on: string;
  note: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface SteeringResponsesTable {
  id: string;
  decision_id: string;
  area_id: string | null;
  kind: 'objection' | 'comment';
  text: string;
  author_id: string;
  submitted_at: string;
  answer_due_at: string;
  answer_text: string | null;
  answered_at: string | null;
  answered_by: string | null;
}

export interface ChallengesTable {
  id: string;
  task_id: string;
  initiative_id: string;
  organisation_id: string | null;
  area_id: string;
  plan: string;
  proposed_cost_cents: number;
  budget_at_submission_cents: number;
  delivery_plan: string;
  fallback: string;
  start_date: string;
  end_date: string;
  status: ChallengeStatus;
  submitted_by: string;
  submitted_at: string;
  assessment_due_at: string;
  decision_reason: string | null;
  decided_at: string | null;
  decided_by: string | null;
  agreement_json: string | null;
  withdrawal_reason: string | null;
  withdrawn_at: string | null;
}

export interface ChallengeScoresTable {
  challenge_id: string;
  criterion: ChallengeCriterion;
  score: number;
  reason: string;
  assessed_by: string;
  assessed_at: string;
}

export interface SteeringTables {
  public_tasks: PublicTasksTable;
  public_task_providers: PublicTaskProvidersTable;
  steering_state: SteeringStateTable;
  steering_advice: SteeringAdviceTable;
  steering_decisions: SteeringDecisionsTable;
  steering_milestones: SteeringMilestonesTable;
  steering_incidents: SteeringIncidentsTable;
  steering_grants: SteeringGrantsTable;
  steering_grant_payments: SteeringGrantPaymentsTable;
  steering_responses: SteeringResponsesTable;
  challenges: ChallengesTable;
  challenge_scores: ChallengeScoresTable;
}
