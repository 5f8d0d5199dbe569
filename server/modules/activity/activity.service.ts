import type { Db } from '../../db/database.ts';
import type { Clock, IdGenerator } from '../../clock.ts';
import { defaultActorKind, isActivityVerb, UnknownActivityVerb } from './activity-verbs.ts';
import type { ActorKind } from './activity.tables.ts';

/** One event in the platform-wide activity log: ids and numbers only, never personal details. */
export interface ActivityEvent {
  verb: string;
  actorId: string | null;
  organisationId?: string | null;
  /** The resident a professional acted for (an account id or a help recipient's id); never anything else. */
  onBehalfOfId?: string | null;
  /** Who the event benefited, where there is one: the resident helped, the receiver of hours. */
  counterpartId?: string | null;
  /** When not given, the catalogue's rule decides (`defaultActorKind`). */
  actorKind?: ActorKind;
  subjectType: string;
  subjectId: string;
  areaId: string | null;
  domain?: string | null;
  hours?: number | null;
  amountCents?: number | null;
}

export interface ActivityRecorderDeps {
  clock: Clock;
  ids: IdGenerator;
  /** The account's home neighbourhood now (the accounts port), read in the event's transaction. */
  homeAreaOf?: (db: Db, accountId: string) => Promise<string | null>;
}

/** Pass the use case's transaction as `db`, so the event is recorded exactly when the change is. */
export function createActivityRecorder({ clock, ids, homeAreaOf }: ActivityRecorderDeps) {
  return async (db: Db, event: ActivityEvent): Promise<void> => {
    const verb = event.verb;
    if (!isActivityVerb(verb)) throw new UnknownActivityVerb(verb);
    const now = clock.now().toISOString();
    const actorKind = event.actorKind ?? defaultActorKind({ ...event, verb });
    // Only a resident's home counts for "residents of X"; staff act for the whole area they serve.
    const actorAreaId =
      actorKind === 'resident' && event.actorId && homeAreaOf ? await homeAreaOf(db, event.actorId) : null;
    await db
      .insertInto('activity_log')
      .values({
        id: ids(),
        verb: event.verb,
        actor_id: event.actorId,
        organisation_id: event.organisationId ?? null,
        on_behalf_of_id: event.onBehalfOfId ?? null,
        counterpart_id: event.counterpartId ?? null,
        actor_area_id: actorAreaId,
        actor_kind: actorKind,
        subject_type: event.subjectType,
        subject_id: event.subjectId,
        area_id: event.areaId,
        domain: event.domain ?? null,
        hours: event.hours ?? null,
        amount_cents: event.amountCents ?? null,
        occurred_at: now,
        recorded_at: now,
      })
      .execute();
  };
}
export type ActivityRecorder = ReturnType<typeof createActivityRecorder>;
