import type { CalendarItem, RoundMilestone } from '../../../contracts/calendar.ts';
import type { RoundSchedule } from '../budgeting/budgeting.port.ts';
import type { DatedItem } from '../initiatives/dated-items.ts';

/** The suffix of every UID: stable across installations' addresses, so a subscribed calendar keeps its events. */
const UID_DOMAIN = 'wakkere-stad';

const MILESTONE_DATES = {
  'proposals-open': 'proposalsOpenAt',
  'review-open': 'reviewOpenAt',
  'voting-open': 'votingOpenAt',
  'voting-close': 'votingCloseAt',
} as const satisfies Record<RoundMilestone, keyof RoundSchedule>;

/** A milestone in words, for feeds and notices. Feeds are read by calendar apps, not by the web app: their text is Dutch, the language of the municipality. */
export const MILESTONE_TEXT: Record<RoundMilestone, string> = {
  'proposals-open': 'ideeën insturen kan vanaf nu',
  'review-open': 'de gemeente bekijkt de ideeën',
  'voting-open': 'stemmen kan vanaf nu',
  'voting-close': 'stemmen sluit',
};

export const MILESTONES = Object.keys(MILESTONE_DATES) as RoundMilestone[];

export function milestoneAt(round: RoundSchedule, milestone: RoundMilestone): string {
  return round[MILESTONE_DATES[milestone]];
}

export function uidOf(kind: string, id: string): string {
  return `${kind}-${id}@${UID_DOMAIN}`;
}

/** An activity or dated need of an initiative, as a calendar item. */
export function fromDatedItem(item: DatedItem): CalendarItem {
  return {
    uid: uidOf(item.kind, item.id),
    kind: item.kind,
    title: item.title,
    description: item.description,
    place: item.place,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    cancelled: item.cancelledAt !== null,
    initiative: { id: item.initiativeId, title: item.initiativeTitle },
    round: null,
  };
}

/** The four dates of a round's schedule, as calendar items. */
export function roundMilestones(round: RoundSchedule): CalendarItem[] {
  return MILESTONES.map((milestone) => ({
    uid: uidOf(`round-${milestone}`, round.id),
    kind: 'round-milestone' as const,
    title: round.title,
    description: '',
    place: '',
    startsAt: milestoneAt(round, milestone),
    endsAt: null,
    cancelled: false,
    initiative: null,
    round: { id: round.id, title: round.title, milestone },
  }));
}

/**
 * The tie-breaker of calendar order: `kind:id` — the order the initiatives port pages its items in
 * (`activity` < `need` < `round-milestone`), so a cursor works across both sources.
 */
export function sortKey(item: CalendarItem): string {
  if (item.round) return `${item.kind}:${item.round.id}:${item.round.milestone}`;
  return `${item.kind}:${item.uid.slice(item.kind.length + 1, item.uid.lastIndexOf('@'))}`;
}

/** Calendar order: by start, then by sort key (the keyset of a calendar page). */
export function compareItems(a: CalendarItem, b: CalendarItem): number {
  if (a.startsAt !== b.startsAt) return a.startsAt < b.startsAt ? -1 : 1;
  const [x, y] = [sortKey(a), sortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
