import type { Insertable } from 'kysely';
import type { Db } from '../../server/db/database.ts';
import type { ActivityLogTable, ActorKind } from '../../server/modules/activity/activity.tables.ts';

/** An event for hand-built monitor data, written straight into the log as the recorder would. */
export interface TestEvent {
  actor?: string | null;
  kind?: ActorKind;
  /** The actor's home neighbourhood (residents). */
  home?: string | null;
  area: string | null;
  subject: [type: string, id: string];
  counterpart?: string | null;
  organisation?: string | null;
  at: string;
  /** When it entered the log; defaults to `at`. */
  recordedAt?: string;
  hours?: number;
}

let counter = 0;

export function logRow(verb: string, event: TestEvent): Insertable<ActivityLogTable> {
  counter += 1;
  return {
    id: `event-${String(counter).padStart(8, '0')}`,
    verb,
    actor_id: event.actor === undefined ? null : event.actor,
    organisation_id: event.organisation ?? null,
    on_behalf_of_id: null,
    counterpart_id: event.counterpart ?? null,
    actor_area_id: event.home ?? null,
    actor_kind: event.kind ?? (event.actor ? 'resident' : 'system'),
    subject_type: event.subject[0],
    subject_id: event.subject[1],
    area_id: event.area,
    domain: null,
    hours: event.hours ?? null,
    amount_cents: null,
    occurred_at: event.at,
    recorded_at: event.recordedAt ?? event.at,
  };
}

export async function writeLog(db: Db, rows: readonly Insertable<ActivityLogTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('activity_log')
      .values(rows.slice(i, i + 200))
      .execute();
}

/** Hours after an ISO instant, as an ISO instant. */
export function hoursAfter(at: string, hours: number): string {
  return new Date(Date.parse(at) + hours * 3_600_000).toISOString();
}
