import type { Instruments, SteeringDecision, SubjectRef } from '../../../../contracts/steering.ts';
import { addCalendarDays, todayInAmsterdam } from '../../../platform/dutch-time.ts';
import type { SteeringDecisionsTable } from '../steering.tables.ts';

export interface DecisionExtras {
  subject: SubjectRef;
  milestones: { open: number; met: number; missed: number };
  responses: number;
  grantId: string | null;
  challengeId: string | null;
}

/** When a date counts as due soon: within `dueSoonDays` calendar days of today. */
export function dateState(date: string, now: Date, dueSoonDays: number): 'open' | 'due_soon' | 'overdue' {
  const today = todayInAmsterdam(now);
  if (date < today) return 'overdue';
  return date <= todayInAmsterdam(addCalendarDays(now, dueSoonDays)) ? 'due_soon' : 'open';
}

export function presentDecision(
  row: SteeringDecisionsTable,
  extras: DecisionExtras,
  now: Date,
  dueSoonDays: number,
): SteeringDecision {
  return {
    id: row.id,
    subject: extras.subject,
    layer: row.layer,
    adviceLayer: row.advice_layer,
    followsAdvice: row.advice_layer === null || row.advice_layer === row.layer,
    motivation: row.motivation,
    deviationReason: row.deviation_reason,
    instruments: JSON.parse(row.instruments_json) as Instruments,
    proportionalityReason: row.proportionality_reason,
    leastIntrusiveAlternative: row.least_intrusive_alternative,
    reviewDate: row.review_date,
    reviewState: row.superseded_at ? 'done' : dateState(row.review_date, now, dueSoonDays),
    current: row.superseded_at === null,
    grantId: extras.grantId,
    challengeId: extras.challengeId,
    milestones: extras.milestones,
    responses: extras.responses,
    decidedAt: row.decided_at,
  };
}
