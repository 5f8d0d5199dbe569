import type { SteeringFieldProblem, SteeringFieldProblemCode } from '../../../contracts/steering.ts';

type Params = Record<string, string | number>;

/** The English `reason` beside each code, for developers reading the API; the web app words the code. */
const REASONS: Record<SteeringFieldProblemCode, (p: Params) => string> = {
  today_or_earlier: () => 'Today or earlier',
  today_or_later: () => 'Today or later',
  after_today: () => 'Must lie after today',
  review_too_far: (p) => `At most ${p['years']} years ahead`,
  no_area: () => 'No such area',
  no_initiative: () => 'No such initiative',
  no_organisation: () => 'No such organisation',
  initiative_required: (p) => `Required for ${p['provider']}`,
  initiative_not_for_provider: (p) => `Not for ${p['provider']}`,
  organisation_not_for_municipality: () => 'Not for the municipality',
  exclusive_stays: () => 'An exclusive task (permits, enforcement) stays with the municipality',
  recipient_missing: () => 'Name the initiative or organisation that receives the grant',
  deviation_required: (p) => `Required when the layer differs from the advice (${p['layer']})`,
  at_most_remaining: (p) => `At most ${p['cents']} cents remain to be paid`,
  at_most_paid: (p) => `At most what was paid (${p['cents']} cents)`,
  report_not_overdue: () => 'Only once the report is overdue and has not come',
  used_as_agreed: () => 'The report says the money was used as agreed',
  cost_above_budget: (p) => `At most the task's current yearly budget (${p['cents']} cents)`,
  not_partner: () => 'The legal entity must be a confirmed partner organisation of the initiative',
};

/**
 * An `invalidParams` entry of the steering API: the field, a machine-readable code with its
 * parameters, and the same in English (docs/steering.md, "Refused fields").
 */
export function fieldProblem(name: string, code: SteeringFieldProblemCode, params?: Params): SteeringFieldProblem {
  return { name, reason: REASONS[code](params ?? {}), code, ...(params ? { params } : {}) };
}
