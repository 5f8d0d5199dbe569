import { CALENDAR_MAX_DAYS, type CalendarItem, type CalendarPage } from '../../../contracts/calendar.ts';
import type { Clock } from '../../clock.ts';
import { badRequest, notFound } from '../../http/problem.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import {
  addCalendarDays,
  dateInAmsterdam,
  startOfDayInAmsterdam,
  wholeCalendarDaysBetween,
} from '../../platform/dutch-time.ts';
import type { AreasPort } from '../areas/areas.port.ts';
import type { BudgetingPort } from '../budgeting/budgeting.port.ts';
import type { InitiativesPort } from '../initiatives/initiatives.port.ts';
import { compareItems, fromDatedItem, roundMilestones, sortKey } from './calendar-items.ts';

/** Web paths of the pages a feed's events link to (web/modules/*\/*.paths.ts). */
export const WEB_PATHS = {
  initiative: (id: string) => `/initiatieven/${encodeURIComponent(id)}`,
  round: (id: string) => `/buurtbudget/${encodeURIComponent(id)}`,
} as const;

/** A feed covers the past 30 days and the next 12 months: enough for any calendar app, bounded for the server. */
export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 366;
/** At most this many events in one feed. */
export const FEED_MAX_ITEMS = 2_000;
const DEFAULT_DAYS = 30;

export interface CalendarDeps {
  clock: Clock;
  publicUrl: string | undefined;
  areas: Pick<AreasPort, 'lineage' | 'subtree'>;
  initiatives: Pick<InitiativesPort, 'datedItems' | 'publicInitiative'>;
  budgeting: Pick<BudgetingPort, 'roundsIn'>;
}

export interface Feed {
  fileName: string;
  body: string;
}

/** The day a YYYY-MM-DD date begins in Amsterdam. */
function dayStart(date: string): Date {
  return startOfDayInAmsterdam(new Date(`${date}T12:00:00Z`));
}

/** The neighbourhood calendar and the iCal feeds: what happens when, read through the other modules' ports. */
export function createCalendarService(deps: CalendarDeps) {
  const { clock, areas, initiatives, budgeting } = deps;

  async function areaScope(areaIdOrCode: string) {
    const lineage = await areas.lineage(areaIdOrCode);
    if (!lineage) throw notFound('The area');
    const inside = await areas.subtree(lineage.area.id);
    // An initiative or round in the area or anywhere inside it; a round for the district or the
    // municipality also holds for each neighbourhood in it.
    return { area: lineage.area, areaIds: [...new Set([...inside, ...lineage.ids])] };
  }

  async function itemsFor(
    scope: { areaIds?: readonly string[]; initiativeId?: string },
    range: { from: Date; to: Date },
    limit: number,
    after?: { at: string; key: string },
  ): Promise<CalendarItem[]> {
    const dated = await initiatives.datedItems({ ...scope, ...range, limit, ...(after ? { after } : {}) });
    const rounds = scope.areaIds ? await budgeting.roundsIn(scope.areaIds) : [];
    const [fromIso, toIso] = [range.from.toISOString(), range.to.toISOString()];
    const milestones = rounds
      .flatMap(roundMilestones)
      .filter((item) => item.startsAt >= fromIso && item.startsAt < toIso)
      .filter(
        (item) => !after || item.startsAt > after.at || (item.startsAt === after.at && sortKey(item) > after.key),
      );
    return [...dated.map(fromDatedItem), ...milestones].sort(compareItems).slice(0, limit + 1);
  }

  return {
    /** One page of an area's calendar, soonest first, within a date range. */
    async areaCalendar(
      areaIdOrCode: string,
      query: { from?: string | undefined; to?: string | undefined; limit: number; cursor?: string | undefined },
    ): Promise<CalendarPage> {
      const from = query.from ?? dateInAmsterdam(clock.now());
      const to = query.to ?? dateInAmsterdam(addCalendarDays(dayStart(from), DEFAULT_DAYS));
      const days = wholeCalendarDaysBetween(dayStart(from), dayStart(to));
      if (days < 0)
        throw badRequest('The last day comes before the first day.', [
          { name: 'query.to', reason: 'Before `from`', code: 'before-from' },
        ]);
      if (days > CALENDAR_MAX_DAYS)
        throw badRequest(`One page covers at most ${CALENDAR_MAX_DAYS} days.`, [
          { name: 'query.to', reason: `More than ${CALENDAR_MAX_DAYS} days after \`from\``, code: 'too_big' },
        ]);
      const { area, areaIds } = await areaScope(areaIdOrCode);
      const cursor = decodeCursor(query.cursor);
      const after = cursor ? { at: String(cursor.sort), key: cursor.id } : undefined;
      const range = { from: dayStart(from), to: addCalendarDays(dayStart(to), 1) };
      const items = await itemsFor({ areaIds }, range, query.limit, after);
      const page = items.slice(0, query.limit);
      const last = page[page.length - 1];
      return {
        area,
        from,
        to,
        items: page,
        nextCursor:
          items.length > query.limit && last ? encodeCursor({ sort: last.startsAt, id: sortKey(last) }) : null,
      };
    },

    /** The iCal feed of everything in an area (and around it: its district's and municipality's rounds). */
    async areaFeed(areaIdOrCode: string): Promise<Feed> {
      const { area, areaIds } = await areaScope(areaIdOrCode);
      const items = await itemsFor({ areaIds }, feedRange(clock.now()), FEED_MAX_ITEMS);
      const { renderFeed } = await import('./ical-feed.ts');
      return {
        fileName: `agenda-${area.code}.ics`,
        body: renderFeed({
          name: `Agenda ${area.name}`,
          description: `Activiteiten van initiatieven en data van het buurtbudget in ${area.name}`,
          items: items.slice(0, FEED_MAX_ITEMS),
          now: clock.now(),
          publicUrl: deps.publicUrl,
          paths: WEB_PATHS,
        }),
      };
    },

    /** The iCal feed of one initiative's activities and dated needs. */
    async initiativeFeed(initiativeId: string): Promise<Feed> {
      const initiative = await initiatives.publicInitiative(initiativeId);
      if (!initiative) throw notFound('The initiative');
      const items = await itemsFor({ initiativeId }, feedRange(clock.now()), FEED_MAX_ITEMS);
      const { renderFeed } = await import('./ical-feed.ts');
      return {
        fileName: `initiatief-${initiative.id}.ics`,
        body: renderFeed({
          name: initiative.title,
          description: `Activiteiten van het initiatief ${initiative.title}`,
          items: items.slice(0, FEED_MAX_ITEMS),
          now: clock.now(),
          publicUrl: deps.publicUrl,
          paths: WEB_PATHS,
        }),
      };
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;

function feedRange(now: Date): { from: Date; to: Date } {
  const today = startOfDayInAmsterdam(now);
  return { from: addCalendarDays(today, -FEED_DAYS_BACK), to: addCalendarDays(today, FEED_DAYS_AHEAD) };
}
