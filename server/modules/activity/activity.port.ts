import type { Db } from '../../db/database.ts';
import type { Keyset } from '../../http/pagination.ts';
import type { ActorKind } from './activity.tables.ts';

/** One event as the monitor reads it: no names, only ids, kinds, places and amounts. */
export interface LogEvent {
  verb: string;
  actorId: string | null;
  actorKind: ActorKind;
  actorAreaId: string | null;
  counterpartId: string | null;
  organisationId: string | null;
  subjectType: string;
  subjectId: string;
  areaId: string | null;
  hours: number | null;
  occurredAt: string;
}

export interface RecentEvent {
  id: string;
  verb: string;
  subjectType: string;
  subjectId: string;
  occurredAt: string;
}

/**
 * The activity log's reader: other modules read the log only through this (the monitor above all),
 * never its table. Reads are bounded: a range of time, or a page.
 */
export interface ActivityPort {
  /**
   * The UTC hours (`YYYY-MM-DDTHH`) in which events happened that entered the log at or after
   * `since` (every event when `since` is null): what the monitor must fold again. Hours, not dates,
   * so that the Amsterdam day of each is exact.
   */
  hoursRecordedSince(since: string | null): Promise<string[]>;
  /** Every event that happened in [from, to), in time order. */
  eventsBetween(from: string, to: string): Promise<LogEvent[]>;
  /** The first and last moment anything happened, or null for an empty log. */
  span(): Promise<{ first: string; last: string } | null>;
  /** Events in these areas since `since`, newest first, one page (`limit + 1` rows); never events about a person. */
  recent(areaIds: readonly string[], since: string, limit: number, after: Keyset | undefined): Promise<RecentEvent[]>;
}

/** Subjects that are people: recent activity (shown publicly) leaves their events out. */
const PERSONAL_SUBJECTS = ['account', 'help_recipient', 'help_guardian'];

export function createActivityReader(db: Db): ActivityPort {
  return {
    async hoursRecordedSince(since) {
      let query = db
        .selectFrom('activity_log')
        .select((eb) => eb.fn<string>('substr', ['occurred_at', eb.val(1), eb.val(13)]).as('date'));
      query =
        since === null
          ? query
          : query.where((eb) => eb.or([eb('recorded_at', '>=', since), eb('recorded_at', 'is', null)]));
      const rows = await query.distinct().execute();
      return rows.map((row) => row.date).sort();
    },

    async eventsBetween(from, to) {
      const rows = await db
        .selectFrom('activity_log')
        .select([
          'verb',
          'actor_id',
          'actor_kind',
          'actor_area_id',
          'counterpart_id',
          'organisation_id',
          'subject_type',
          'subject_id',
          'area_id',
          'hours',
          'occurred_at',
        ])
        .where('occurred_at', '>=', from)
        .where('occurred_at', '<', to)
        .orderBy('occurred_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        verb: row.verb,
        actorId: row.actor_id,
        actorKind: row.actor_kind,
        actorAreaId: row.actor_area_id,
        counterpartId: row.counterpart_id,
        organisationId: row.organisation_id,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        areaId: row.area_id,
        hours: row.hours === null ? null : Number(row.hours),
        occurredAt: row.occurred_at,
      }));
    },

    async span() {
      const row = await db
        .selectFrom('activity_log')
        .select((eb) => [eb.fn.min('occurred_at').as('first'), eb.fn.max('occurred_at').as('last')])
        .executeTakeFirst();
      return row?.first && row.last ? { first: String(row.first), last: String(row.last) } : null;
    },

    async recent(areaIds, since, limit, after) {
      if (areaIds.length === 0) return [];
      let query = db
        .selectFrom('activity_log')
        .select(['id', 'verb', 'subject_type', 'subject_id', 'occurred_at'])
        .where('area_id', 'in', [...areaIds])
        .where('occurred_at', '>=', since)
        .where('actor_kind', '!=', 'system')
        // Events about a person (an account, a help recipient or guardian) would point at them.
        .where('subject_type', 'not in', PERSONAL_SUBJECTS);
      if (after)
        query = query.where((eb) =>
          eb.or([
            eb('occurred_at', '<', String(after.sort)),
            eb.and([eb('occurred_at', '=', String(after.sort)), eb('id', '<', after.id)]),
          ]),
        );
      const rows = await query
        .orderBy('occurred_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        verb: row.verb,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        occurredAt: row.occurred_at,
      }));
    },
  };
}
