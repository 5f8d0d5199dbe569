import type { ActorKind } from './activity.tables.ts';

/**
 * Every verb the activity log accepts, with what it means and its class. The monitor counts by
 * class: who gives, who receives, who organises, what the government does and how residents take
 * part in democracy. A verb not listed here is refused when recorded, so the log stays countable.
 */
export type ActivityClass = 'giving' | 'receiving' | 'organising' | 'government' | 'democracy';

export interface VerbDefinition {
  class: ActivityClass;
  meaning: string;
}

export const ACTIVITY_VERBS = {
  // Initiatives (self-organisation)
  'initiative.created': {
    class: 'organising',
    meaning: 'A resident (or a professional for one) started an initiative.',
  },
  'initiative.activated': { class: 'organising', meaning: 'An initiative moved from idea to active.' },
  'initiative.sustained': {
    class: 'organising',
    meaning: 'An initiative was marked as sustained (running on its own).',
  },
  'initiative.stopped': { class: 'organising', meaning: 'An initiative stopped, with a reason.' },
  'initiative.restarted': { class: 'organising', meaning: 'A stopped or sustained initiative became active again.' },
  'initiative.joined': { class: 'organising', meaning: 'A resident became a member of an initiative.' },
  'initiative.left': { class: 'organising', meaning: 'A member left an initiative.' },
  'initiative.partnered': { class: 'organising', meaning: 'An organisation became a partner of an initiative.' },
  'update.published': { class: 'organising', meaning: 'An initiative published news.' },
  'activity.planned': { class: 'organising', meaning: 'An initiative planned an activity.' },
  'activity.cancelled': { class: 'organising', meaning: 'The organisers cancelled an activity.' },
  'activity.promoted': { class: 'giving', meaning: 'A resident on the waiting list got a place that came free.' },
  'activity.signed-up': { class: 'giving', meaning: 'A resident signed up for an activity and got a place.' },
  'activity.waitlisted': {
    class: 'giving',
    meaning: 'A resident signed up for a full activity and is on the waiting list.',
  },
  'activity.sign-up-cancelled': { class: 'giving', meaning: 'A resident cancelled a sign-up.' },
  'activity.attended': { class: 'giving', meaning: 'The organisers recorded that a resident attended.' },
  'activity.attendance-withdrawn': { class: 'giving', meaning: 'The organisers withdrew a recorded attendance.' },
  'need.posted': {
    class: 'receiving',
    meaning: 'An initiative asked for volunteers, materials, money, space, a permit or expertise.',
  },
  'need.closed': { class: 'organising', meaning: 'The organisers closed a need (met, or no longer needed).' },
  'pledge.made': { class: 'giving', meaning: 'A resident or organisation pledged to meet part of a need.' },
  'pledge.delivered': { class: 'giving', meaning: 'A pledge was kept.' },
  'pledge.withdrawn': { class: 'giving', meaning: 'A pledge was withdrawn before it was kept.' },
  'partnership.ended': {
    class: 'organising',
    meaning: 'An initiative and a partner organisation ended their partnership.',
  },
  'organisation.member-joined': { class: 'organising', meaning: 'A resident became a member of an organisation.' },
  'organisation.created': { class: 'organising', meaning: 'An organisation joined the platform.' },
  // Support for initiatives and the municipality's response
  'initiative.supported': { class: 'democracy', meaning: 'A verified resident supported an initiative.' },
  'initiative.support-withdrawn': { class: 'democracy', meaning: 'A resident withdrew their support.' },
  'initiative.threshold-reached': {
    class: 'democracy',
    meaning: 'An initiative reached the support threshold: the municipality owes a response.',
  },
  'initiative.responded': { class: 'government', meaning: 'The municipality published its response to an initiative.' },
  // Neighbourhood help and the time bank
  'help.requested': { class: 'receiving', meaning: 'A resident (or a professional for one) asked for help.' },
  'help.offered': { class: 'giving', meaning: 'A resident offered help.' },
  'help.invited': { class: 'organising', meaning: 'A helper was invited for a request.' },
  'help.matched': { class: 'giving', meaning: 'A helper accepted a request.' },
  'help.solved': { class: 'giving', meaning: 'A request was solved: the resident was helped.' },
  'help.closed': { class: 'receiving', meaning: 'A request was closed without being solved.' },
  'help.cancelled': { class: 'receiving', meaning: 'A request was cancelled by whoever asked.' },
  'help.escalated': {
    class: 'government',
    meaning: 'A request nobody answered in time went to the neighbourhood team.',
  },
  'hours.booked': { class: 'giving', meaning: 'Hours of help given were booked in the time bank.' },
  'hours.gifted': {
    class: 'giving',
    meaning: 'A resident gave time-bank hours to a neighbour or a neighbourhood pot.',
  },
  'hours.reversed': { class: 'government', meaning: 'A booking was corrected by a counter-booking.' },
  // Residents
  'resident.verified': {
    class: 'democracy',
    meaning: 'A resident was verified for their neighbourhood (letter code or at a desk).',
  },
  // Neighbourhood budget
  'budget_round.opened': { class: 'government', meaning: 'The municipality opened a neighbourhood budget round.' },
  'proposal.submitted': { class: 'democracy', meaning: 'A resident proposed a project for a budget round.' },
  'proposal.accepted': { class: 'government', meaning: 'A proposal passed the feasibility review.' },
  'proposal.rejected': { class: 'government', meaning: 'A proposal did not pass the feasibility review.' },
  'proposal.withdrawn': { class: 'democracy', meaning: 'A resident withdrew their budget proposal.' },
  'ballot.cast': { class: 'democracy', meaning: 'A verified resident voted in a budget round (never how).' },
  'round.counted': { class: 'democracy', meaning: 'A budget round was counted and its outcome published.' },
  // Layered steering and the Right to Challenge
  'steering.decided': {
    class: 'government',
    meaning: 'The municipality published a steering decision about a public task or an initiative.',
  },
  'decision.responded': { class: 'democracy', meaning: 'A resident objected to or commented on a steering decision.' },
  'challenge.submitted': {
    class: 'organising',
    meaning: 'An initiative challenged the municipality to hand over a public task (Right to Challenge).',
  },
  'challenge.decided': { class: 'government', meaning: 'The municipality accepted or refused a challenge.' },
  'grant.paid': {
    class: 'government',
    meaning: 'The municipality paid (part of) a grant given as a steering instrument.',
  },
} as const satisfies Record<string, VerbDefinition>;

export type ActivityVerb = keyof typeof ACTIVITY_VERBS;

export function isActivityVerb(verb: string): verb is ActivityVerb {
  return Object.hasOwn(ACTIVITY_VERBS, verb);
}

/** Recording a verb that is not in the catalogue is a programming mistake, refused loudly. */
export class UnknownActivityVerb extends Error {
  constructor(readonly verb: string) {
    super(`"${verb}" is not in the activity verb catalogue (server/modules/activity/activity-verbs.ts).`);
  }
}

/**
 * Who acted, when an event does not say: an organisation when one acted; the system when nobody
 * did; staff when someone acted on behalf of a resident or the verb is the government's; else a
 * resident. The recorder and the demo generator's bulk rows use this one rule.
 */
export function defaultActorKind(event: {
  verb: ActivityVerb;
  actorId: string | null;
  organisationId?: string | null;
  onBehalfOfId?: string | null;
}): ActorKind {
  if (event.organisationId) return 'organisation';
  if (event.actorId === null) return 'system';
  if (event.onBehalfOfId) return 'staff';
  return ACTIVITY_VERBS[event.verb].class === 'government' ? 'staff' : 'resident';
}

/** The same rule for a row written in bulk (the demo generator); an unknown verb is refused. */
export function actorKindOfRow(row: {
  verb: string;
  actor_id: string | null;
  organisation_id: string | null;
  on_behalf_of_id: string | null;
}): ActorKind {
  if (!isActivityVerb(row.verb)) throw new UnknownActivityVerb(row.verb);
  return defaultActorKind({
    verb: row.verb,
    actorId: row.actor_id,
    organisationId: row.organisation_id,
    onBehalfOfId: row.on_behalf_of_id,
  });
}
