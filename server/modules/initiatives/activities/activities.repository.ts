import type { SignUpStatus } from '../../../../contracts/initiatives-activities.ts';
import type { Db } from '../../../db/database.ts';
import { isPostgres } from '../../../db/dialect.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { ActivitySignUpsTable, InitiativeActivitiesTable, InitiativeUpdatesTable } from '../initiatives.tables.ts';

/** Which hidden rows a viewer gets: all (organisers, moderators), their own, or none. */
export type HiddenFilter = { all: true } | { all: false; authorId: string | null };

export function createActivitiesRepository(db: Db) {
  return {
    async insertUpdate(row: InitiativeUpdatesTable): Promise<void> {
      await db.insertInto('initiative_updates').values(row).execute();
    },
    /** Newest first, keyset on (created_at, id). */
    listUpdates(initiativeId: string, hidden: HiddenFilter, limit: number, after?: Keyset) {
      let query = db.selectFrom('initiative_updates').selectAll().where('initiative_id', '=', initiativeId);
      if (!hidden.all) {
        const authorId = hidden.authorId ?? '';
        query = query.where((eb) => eb.or([eb('hidden_at', 'is', null), eb('author_id', '=', authorId)]));
      }
      if (after)
        query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(String(after.sort), after.id)));
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    async insertActivity(row: InitiativeActivitiesTable): Promise<void> {
      await db.insertInto('initiative_activities').values(row).execute();
    },
    findActivity(initiativeId: string, activityId: string): Promise<InitiativeActivitiesTable | undefined> {
      return db
        .selectFrom('initiative_activities')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .where('id', '=', activityId)
        .executeTakeFirst();
    },
    /**
     * Reads the activity and, on PostgreSQL, locks its row until the transaction ends, so
     * sign-ups, cancellations and capacity changes of one activity happen one at a time.
     * (SQLite runs write transactions one at a time anyway.)
     */
    lockActivity(activityId: string): Promise<InitiativeActivitiesTable | undefined> {
      const query = db.selectFrom('initiative_activities').selectAll().where('id', '=', activityId);
      return (isPostgres(db) ? query.forUpdate() : query).executeTakeFirst();
    },
    async updateActivity(
      id: string,
      changes: Partial<Omit<InitiativeActivitiesTable, 'id' | 'initiative_id'>>,
    ): Promise<void> {
      await db.updateTable('initiative_activities').set(changes).where('id', '=', id).execute();
    },
    /** Upcoming: soonest first; past: latest first. Keyset on (starts_at, id). */
    listActivities(
      initiativeId: string,
      filter: { when: 'upcoming' | 'past'; nowIso: string; hidden: HiddenFilter },
      limit: number,
      after?: Keyset,
    ) {
      let query = db.selectFrom('initiative_activities').selectAll().where('initiative_id', '=', initiativeId);
      if (!filter.hidden.all) {
        const authorId = filter.hidden.authorId ?? '';
        query = query.where((eb) => eb.or([eb('hidden_at', 'is', null), eb('created_by', '=', authorId)]));
      }
      const upcoming = filter.when === 'upcoming';
      query = query.where('starts_at', upcoming ? '>=' : '<', filter.nowIso);
      if (after)
        query = query.where((eb) =>
          eb(eb.refTuple('starts_at', 'id'), upcoming ? '>' : '<', eb.tuple(String(after.sort), after.id)),
        );
      const direction = upcoming ? 'asc' : 'desc';
      return query
        .orderBy('starts_at', direction)
        .orderBy('id', direction)
        .limit(limit + 1)
        .execute();
    },

    findSignUp(activityId: string, signUpId: string): Promise<ActivitySignUpsTable | undefined> {
      return db
        .selectFrom('initiative_sign_ups')
        .selectAll()
        .where('activity_id', '=', activityId)
        .where('id', '=', signUpId)
        .executeTakeFirst();
    },
    findSignUpOf(activityId: string, accountId: string): Promise<ActivitySignUpsTable | undefined> {
      return db
        .selectFrom('initiative_sign_ups')
        .selectAll()
        .where('activity_id', '=', activityId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
    },
    async insertSignUp(row: ActivitySignUpsTable): Promise<void> {
      await db.insertInto('initiative_sign_ups').values(row).execute();
    },
    async updateSignUp(
      id: string,
      changes: Partial<Omit<ActivitySignUpsTable, 'id' | 'activity_id' | 'account_id'>>,
    ): Promise<void> {
      await db.updateTable('initiative_sign_ups').set(changes).where('id', '=', id).execute();
    },
    /** The first `n` on the waiting list, in the order they joined it. */
    firstWaiting(activityId: string, n: number): Promise<ActivitySignUpsTable[]> {
      return db
        .selectFrom('initiative_sign_ups')
        .selectAll()
        .where('activity_id', '=', activityId)
        .where('status', '=', 'waiting')
        .orderBy('queued_at')
        .orderBy('id')
        .limit(n)
        .execute();
    },
    /** 1-based place on the waiting list. */
    async waitingPosition(signUp: ActivitySignUpsTable): Promise<number> {
      const row = await db
        .selectFrom('initiative_sign_ups')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('activity_id', '=', signUp.activity_id)
        .where('status', '=', 'waiting')
        .where((eb) => eb(eb.refTuple('queued_at', 'id'), '<', eb.tuple(signUp.queued_at, signUp.id)))
        .executeTakeFirst();
      return Number(row?.n ?? 0) + 1;
    },
    async waitingCounts(activityIds: readonly string[]): Promise<Map<string, number>> {
      if (activityIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('initiative_sign_ups')
        .select(['activity_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('activity_id', 'in', activityIds)
        .where('status', '=', 'waiting')
        .groupBy('activity_id')
        .execute();
      return new Map(rows.map((row) => [row.activity_id, Number(row.n)]));
    },
    signUpsOfIn(accountId: string, activityIds: readonly string[]): Promise<ActivitySignUpsTable[]> {
      if (activityIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('initiative_sign_ups')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('activity_id', 'in', activityIds)
        .execute();
    },
    /** In the order people (re)joined; keyset on (queued_at, id). Cancelled ones only when asked for. */
    listSignUps(activityId: string, status: SignUpStatus | undefined, limit: number, after?: Keyset) {
      let query = db.selectFrom('initiative_sign_ups').selectAll().where('activity_id', '=', activityId);
      query = status ? query.where('status', '=', status) : query.where('status', '!=', 'cancelled');
      if (after)
        query = query.where((eb) => eb(eb.refTuple('queued_at', 'id'), '>', eb.tuple(String(after.sort), after.id)));
      return query
        .orderBy('queued_at')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },
    allSignUpsOf(accountId: string): Promise<ActivitySignUpsTable[]> {
      return db
        .selectFrom('initiative_sign_ups')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .execute();
    },
    activeSignUpsOf(accountId: string, startingAfterIso: string) {
      return db
        .selectFrom('initiative_sign_ups as s')
        .innerJoin('initiative_activities as a', 'a.id', 's.activity_id')
        .select(['s.id', 's.activity_id', 'a.initiative_id'])
        .where('s.account_id', '=', accountId)
        .where('s.status', '!=', 'cancelled')
        .where('a.starts_at', '>', startingAfterIso)
        .execute();
    },
  };
}
export type ActivitiesRepository = ReturnType<typeof createActivitiesRepository>;
