import { ACTIVITY_VERBS, isActivityVerb, type ActivityVerb } from '../activity/activity-verbs.ts';
import type { LogEvent } from '../activity/activity.port.ts';
import type {
  MonitorCountsTable,
  MonitorLinksTable,
  MonitorMilestonesTable,
  MonitorResidentDaysTable,
} from './monitor.tables.ts';

/**
 * Folding one day of the activity log into facts (docs/monitor.md, "How figures are computed").
 * Pure: the same events give the same facts, in any order, so refolding a day after a late event
 * gives exactly what a full rebuild gives.
 */

/** Running totals: their day steps are summed from the beginning, not over the window. */
export const RUNNING_MEASURES = ['initiatives_living', 'members'] as const;

/**
 * What the facts mean. A job finding facts of another version folds everything again, so a change
 * here reaches existing installations by itself. 2: pledges as a cohort (milestones), not day counts.
 * 3: window totals (migration 0023), filled by folding everything again.
 */
export const FOLD_VERSION = '3';

const COUNTED: Partial<Record<ActivityVerb, { measure: string; step: number }[]>> = {
  'initiative.created': [{ measure: 'initiatives_living', step: 1 }],
  'initiative.restarted': [{ measure: 'initiatives_living', step: 1 }],
  'initiative.stopped': [{ measure: 'initiatives_living', step: -1 }],
  'initiative.joined': [{ measure: 'members', step: 1 }],
  'initiative.left': [{ measure: 'members', step: -1 }],
};

/** Verbs that start or end a measured duration. */
const MILESTONES: Partial<Record<ActivityVerb, string>> = {
  'help.requested': 'help_requested',
  'help.matched': 'help_matched',
  'help.solved': 'help_solved',
  'pledge.made': 'pledge_made',
  'pledge.delivered': 'pledge_delivered',
  'initiative.threshold-reached': 'threshold_reached',
  'initiative.responded': 'responded',
  'initiative.created': 'created',
  'initiative.stopped': 'stopped',
};

/** Being verified is a status, not taking part. */
const NOT_ACTIVITY = new Set<ActivityVerb>(['resident.verified']);

/** Subjects that belong to an initiative: a tie with them is a tie with the initiative. */
export const INITIATIVE_SUBJECTS = new Set(['initiative', 'activity', 'need', 'pledge', 'update']);

export interface DayFacts {
  residents: MonitorResidentDaysTable[];
  counts: MonitorCountsTable[];
  milestones: MonitorMilestonesTable[];
  links: MonitorLinksTable[];
}

/** `initiativeOf(type, id)`: the initiative a subject belongs to (known to the initiatives module). */
export function foldDay(
  day: string,
  events: readonly LogEvent[],
  initiativeOf: (subjectType: string, subjectId: string) => string | undefined,
): DayFacts {
  const residents = new Map<string, MonitorResidentDaysTable>();
  const counts = new Map<string, MonitorCountsTable>();
  const milestones = new Map<string, MonitorMilestonesTable>();
  const links = new Map<string, MonitorLinksTable>();

  const resident = (areaId: string, residentId: string) => {
    const key = `${areaId}\u0000${residentId}`;
    let row = residents.get(key);
    if (!row) {
      row = { day, area_id: areaId, resident_id: residentId, gives: 0, receives: 0, organises: 0, votes: 0 };
      residents.set(key, row);
    }
    return row;
  };
  const count = (areaId: string, measure: string, step: number) => {
    const key = `${areaId}\u0000${measure}`;
    const row = counts.get(key) ?? { day, area_id: areaId, measure, value: 0 };
    row.value += step;
    counts.set(key, row);
  };
  const link = (areaId: string, from: string, to: string, toAreaId: string | null) => {
    if (from === to) return;
    const key = `${from}\u0000${to}`;
    const known = links.get(key);
    if (!known) links.set(key, { day, area_id: areaId, from_node: from, to_node: to, to_area_id: toAreaId });
    // The same tie from several events: a known area over none, else the smallest, whatever the order.
    else if (toAreaId !== null && (known.to_area_id === null || toAreaId < known.to_area_id))
      known.to_area_id = toAreaId;
  };

  for (const event of events) {
    if (!isActivityVerb(event.verb)) continue;
    const verb = event.verb;
    const verbClass = ACTIVITY_VERBS[verb].class;

    if (event.areaId) for (const { measure, step } of COUNTED[verb] ?? []) count(event.areaId, measure, step);
    if (verb === 'hours.booked' && event.areaId && event.hours) {
      // In whole minutes, so the sum is exact in any order (hours arrive as minutes / 60).
      count(event.areaId, 'minutes', Math.round(event.hours * 60));
      count(event.areaId, 'hours_bookings', 1);
    }

    const milestone = MILESTONES[verb];
    if (milestone) {
      const key = `${milestone}\u0000${event.subjectId}`;
      const earlier = milestones.get(key);
      if (!earlier || event.occurredAt < earlier.occurred_at)
        milestones.set(key, {
          day,
          milestone,
          subject_id: event.subjectId,
          area_id: event.areaId,
          occurred_at: event.occurredAt,
        });
    }

    const initiativeId = INITIATIVE_SUBJECTS.has(event.subjectType)
      ? event.subjectType === 'initiative'
        ? event.subjectId
        : initiativeOf(event.subjectType, event.subjectId)
      : undefined;
    const subjectNode = initiativeId
      ? `i:${initiativeId}`
      : event.subjectType === 'organisation'
        ? `o:${event.subjectId}`
        : undefined;

    if (event.actorKind === 'resident' && event.actorId && event.actorAreaId && !NOT_ACTIVITY.has(verb)) {
      const row = resident(event.actorAreaId, event.actorId);
      if (verbClass === 'giving') row.gives = 1;
      if (verbClass === 'receiving') row.receives = 1;
      if (verbClass === 'organising') row.organises = 1;
      if (verbClass === 'democracy' && verb === 'ballot.cast') row.votes = 1;
      const from = `r:${event.actorId}`;
      if (subjectNode && verbClass !== 'democracy') link(event.actorAreaId, from, subjectNode, event.areaId);
      if (event.counterpartId) link(event.actorAreaId, from, `r:${event.counterpartId}`, event.areaId);
    }
    // Who benefits receives, in the area where it happened (their home is not in the event).
    if (event.counterpartId && event.areaId && event.counterpartId !== event.actorId) {
      resident(event.areaId, event.counterpartId).receives = 1;
    }
    if (event.actorKind === 'organisation' && event.organisationId && initiativeId && event.areaId) {
      link(event.areaId, `o:${event.organisationId}`, `i:${initiativeId}`, event.areaId);
    }
    if (verbClass === 'government' && event.actorKind === 'staff' && initiativeId && event.areaId) {
      link(event.areaId, 'g:municipality', `i:${initiativeId}`, event.areaId);
    }
  }

  return {
    residents: [...residents.values()],
    counts: [...counts.values()],
    milestones: [...milestones.values()],
    links: [...links.values()],
  };
}
