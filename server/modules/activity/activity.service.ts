import type { Db } from '../../db/database.ts';
import type { Clock, IdGenerator } from '../../clock.ts';
import { isActivityVerb, UnknownActivityVerb } from './activity-verbs.ts';

/** One event in the platform-wide activity log: ids and numbers only, never personal details. */
export interface ActivityEvent {
  verb: string;
  actorId: string | null;
  organisationId?: string | null;
  onBehalfOfId?: string | null;
  subjectType: string;
  subjectId: string;
  areaId: string | null;
  domain?: string | null;
  hours?: number | null;
  amountCents?: number | null;
}

/** Pass the use case's transaction as `db`, so the event is recorded exactly when the change is. */
export function createActivityRecorder({ clock, ids }: { clock: Clock; ids: IdGenerator }) {
  return async (db: Db, event: ActivityEvent): Promise<void> => {
    if (!isActivityVerb(event.verb)) throw new UnknownActivityVerb(event.verb);
    await db
      .insertInto('activity_log')
      .values({
        id: ids(),
        verb: event.verb,
        actor_id: event.actorId,
        organisation_id: event.organisationId ?? null,
        on_behalf_of_id: event.onBehalfOfId ?? null,
        subject_type: event.subjectType,
        subject_id: event.subjectId,
        area_id: event.areaId,
        domain: event.domain ?? null,
        hours: event.hours ?? null,
        amount_cents: event.amountCents ?? null,
        occurred_at: clock.now().toISOString(),
      })
      .execute();
  };
}
export type ActivityRecorder = ReturnType<typeof createActivityRecorder>;
