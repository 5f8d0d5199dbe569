import type { IdGenerator } from '../../clock.ts';
import { actorKindOfRow, type ActivityVerb } from '../../modules/activity/activity-verbs.ts';
import type { ActivityLogTable, ActorKind } from '../../modules/activity/activity.tables.ts';

/** One event as a demo step describes it; the log fills in what the recorder would. */
export interface DemoEvent {
  verb: ActivityVerb;
  actorId: string | null;
  subjectType: string;
  subjectId: string;
  areaId: string | null;
  /** When it happened, in epoch milliseconds: before `asOf`. */
  at: number;
  organisationId?: string | null;
  /** The resident a professional acted for; the actor is then staff. */
  onBehalfOfId?: string | null;
  /** Who the event benefited (the resident helped, the receiver of hours). */
  counterpartId?: string | null;
  /** Only where the real service overrides the catalogue's rule (an organisation member who joined). */
  actorKind?: ActorKind;
  domain?: string | null;
  hours?: number | null;
  amountCents?: number | null;
}

export interface DemoActivityLog {
  record(event: DemoEvent): void;
  /** Writes the buffered rows when there are many: call it between units of work. */
  drain(): Promise<void>;
  /** Writes every buffered row. */
  flush(): Promise<void>;
  /** Rows recorded so far. */
  readonly count: number;
}

const BATCH = 50_000;

/**
 * The activity log as the demo steps write it: rows in bulk, past the recorder, but with what the
 * recorder would fill in — the actor kind by the catalogue's rule, the actor's home neighbourhood
 * when a resident acted, `recorded_at` equal to `occurred_at` — and never a verb outside the
 * catalogue or an event after `asOf`. Rows are written as the buffer fills, so a city of 500,000
 * with millions of events never sits in memory.
 */
export function createDemoActivityLog(deps: {
  ids: IdGenerator;
  asOf: number;
  homeOf: (accountId: string) => string | null;
  insert: (rows: ActivityLogTable[]) => Promise<void>;
}): DemoActivityLog {
  let buffer: ActivityLogTable[] = [];
  let count = 0;
  const flush = async () => {
    const rows = buffer;
    buffer = [];
    // In time order the time indexes grow at their end, which inserts faster than all over them.
    rows.sort((a, b) => (a.occurred_at < b.occurred_at ? -1 : a.occurred_at > b.occurred_at ? 1 : 0));
    await deps.insert(rows);
  };
  return {
    record(event) {
      if (!(event.at < deps.asOf) || !Number.isFinite(event.at)) {
        throw new RangeError(`demo event ${event.verb} at ${event.at} is not before asOf`);
      }
      const at = new Date(event.at).toISOString();
      const row = {
        verb: event.verb,
        actor_id: event.actorId,
        organisation_id: event.organisationId ?? null,
        on_behalf_of_id: event.onBehalfOfId ?? null,
      };
      const actorKind = event.actorKind ?? actorKindOfRow(row);
      buffer.push({
        id: deps.ids(),
        ...row,
        counterpart_id: event.counterpartId ?? null,
        actor_area_id: actorKind === 'resident' && event.actorId ? deps.homeOf(event.actorId) : null,
        actor_kind: actorKind,
        subject_type: event.subjectType,
        subject_id: event.subjectId,
        area_id: event.areaId,
        domain: event.domain ?? null,
        hours: event.hours ?? null,
        amount_cents: event.amountCents ?? null,
        occurred_at: at,
        recorded_at: at,
      });
      count += 1;
    },
    drain: () => (buffer.length >= BATCH ? flush() : Promise.resolve()),
    flush,
    get count() {
      return count;
    },
  };
}
