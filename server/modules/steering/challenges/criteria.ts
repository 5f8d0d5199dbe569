import type { ChallengeCriterion } from '../../../../contracts/steering.ts';
import { challengeCriteria, CRITERION_SCORE_MAX } from '../../../../contracts/steering.ts';

/**
 * The published criteria of the Right to Challenge (docs/steering.md). Each is scored 0–3 with a
 * reason; a challenge is accepted only when every one is scored and none is 0.
 */
export const CRITERIA: Record<ChallengeCriterion, string> = {
  rooted_in_area: 'The initiative is rooted in the area: its members and supporters live or work there.',
  social_value: 'Handing the task over adds social value: more reach, more involvement, better fit for residents.',
  capacity_to_deliver: 'The initiative has the people, skills and organisation to deliver the task.',
  support: 'Residents support it: verified supporters of the initiative are the evidence.',
  cost_not_higher: 'The cost is no higher than what the municipality spends now.',
  continuity: 'The task is delivered for the whole period, with a fallback when the initiative cannot.',
  harms_no_one: 'Nobody is worse off: no resident loses a service, no worker is treated unfairly.',
  legal_entity: 'A legal entity (association, foundation, cooperative) signs the agreement and carries liability.',
  not_market_party: 'The challenger is not a regular market party competing for a contract.',
};

export function criteriaList() {
  return challengeCriteria.map((id) => ({ id, description: CRITERIA[id] }));
}

/** What keeps an assessment from a decision: criteria not scored, and (for acceptance) criteria scored 0. */
export function assessmentGaps(scores: ReadonlyMap<ChallengeCriterion, number>): {
  missing: ChallengeCriterion[];
  notMet: ChallengeCriterion[];
} {
  return {
    missing: challengeCriteria.filter((c) => !scores.has(c)),
    notMet: challengeCriteria.filter((c) => scores.get(c) === 0),
  };
}

export { CRITERION_SCORE_MAX };
