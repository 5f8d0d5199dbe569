import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { CalendarItem } from '../../../contracts/calendar.ts';
import { DUTCH_TIME_ZONE } from '../../platform/dutch-time.ts';
import { MILESTONE_TEXT } from './calendar-items.ts';

export interface FeedInput {
  /** Shown as the calendar's name in the app that subscribes. */
  name: string;
  description: string;
  items: readonly CalendarItem[];
  now: Date;
  /** The public address of the web app, for links to each item's page; none when not configured. */
  publicUrl: string | undefined;
  /** Web paths of an initiative's and a round's page. */
  paths: { initiative: (id: string) => string; round: (id: string) => string };
}

function summaryOf(item: CalendarItem): string {
  if (item.round) return `${item.round.title}: ${MILESTONE_TEXT[item.round.milestone]}`;
  if (item.kind === 'need') return `Vrijwilligers gezocht: ${item.title}`;
  return item.cancelled ? `Afgelast: ${item.title}` : item.title;
}

function linkOf(item: CalendarItem, input: FeedInput): string | null {
  if (!input.publicUrl) return null;
  const path = item.initiative
    ? input.paths.initiative(item.initiative.id)
    : item.round
      ? input.paths.round(item.round.id)
      : null;
  return path ? new URL(path, input.publicUrl).toString() : null;
}

/**
 * An iCalendar feed (RFC 5545) of calendar items, written by ical-generator: one VEVENT per item
 * with its stable UID, times in Europe/Amsterdam (with the VTIMEZONE calendar apps need), a
 * cancelled activity as STATUS:CANCELLED. Items without an end last an hour (a moment on a
 * round's schedule has no length, but a calendar shows a zero-length event poorly).
 */
export function renderFeed(input: FeedInput): string {
  const calendar = ical({
    name: input.name,
    description: input.description,
    prodId: { company: 'Wakkere Stad', product: 'Buurtagenda', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: DUTCH_TIME_ZONE, generator: getVtimezoneComponent },
    // Calendar apps that honour it check for changes every hour.
    ttl: 60 * 60,
  });
  for (const item of input.items) {
    // ical-generator writes a plain Date in the process's zone; a TZDate carries Amsterdam's wall clock.
    const start = new TZDate(item.startsAt, DUTCH_TIME_ZONE);
    const end = new TZDate(item.endsAt ? Date.parse(item.endsAt) : start.getTime() + 60 * 60 * 1000, DUTCH_TIME_ZONE);
    const url = linkOf(item, input);
    const about = item.initiative ? `Initiatief: ${item.initiative.title}` : '';
    calendar.createEvent({
      id: item.uid,
      start,
      end,
      timezone: DUTCH_TIME_ZONE,
      stamp: new TZDate(input.now.getTime(), DUTCH_TIME_ZONE),
      summary: summaryOf(item),
      description: [item.description, about, url ?? ''].filter((part) => part !== '').join('\n\n'),
      ...(item.place ? { location: item.place } : {}),
      ...(url ? { url } : {}),
      status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
