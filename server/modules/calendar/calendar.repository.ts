import type { FollowSubjectType } from '../../../contracts/calendar.ts';
import type { Db } from '../../db/database.ts';
import type { Keyset } from '../../http/pagination.ts';
import type { FollowsTable } from './calendar.tables.ts';

const CHUNK = 500;

/** All SQL of the calendar module: who follows what. */
export function createFollowsRepository(db: Db) {
  return {
    /** Adds the row unless it exists; returns the row as it now is. */
    async follow(row: FollowsTable): Promise<FollowsTable> {
      await db
        .insertInto('follows')
        .values(row)
        .onConflict((oc) => oc.columns(['account_id', 'subject_type', 'subject_id']).doNothing())
        .execute();
      return (await this.find(row.account_id, row.subject_type, row.subject_id)) ?? row;
    },
    async unfollow(accountId: string, type: FollowSubjectType, subjectId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('follows')
        .where('account_id', '=', accountId)
        .where('subject_type', '=', type)
        .where('subject_id', '=', subjectId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    find(accountId: string, type: FollowSubjectType, subjectId: string): Promise<FollowsTable | undefined> {
      return db
        .selectFrom('follows')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('subject_type', '=', type)
        .where('subject_id', '=', subjectId)
        .executeTakeFirst();
    },
    /** Newest first, keyset on (created_at, subject_type:subject_id). */
    list(
      accountId: string,
      filter: { subjectType?: FollowSubjectType | undefined; subjectId?: string | undefined },
      limit: number,
      after?: Keyset,
    ) {
      let query = db.selectFrom('follows').selectAll().where('account_id', '=', accountId);
      if (filter.subjectType !== undefined) query = query.where('subject_type', '=', filter.subjectType);
      if (filter.subjectId !== undefined) query = query.where('subject_id', '=', filter.subjectId);
      if (after)
        query = query.where((eb) =>
          eb(eb.refTuple('created_at', 'subject_id'), '<', eb.tuple(String(after.sort), after.id)),
        );
      return query
        .orderBy('created_at', 'desc')
        .orderBy('subject_id', 'desc')
        .limit(limit + 1)
        .execute();
    },
    /** Everything one account follows (a resident follows a handful of things, not thousands). */
    async allOf(accountId: string): Promise<FollowsTable[]> {
      return db.selectFrom('follows').selectAll().where('account_id', '=', accountId).orderBy('created_at').execute();
    },
    /** The subjects of this type that anyone follows. */
    async followedSubjects(type: FollowSubjectType): Promise<string[]> {
      const rows = await db
        .selectFrom('follows')
        .select('subject_id')
        .distinct()
        .where('subject_type', '=', type)
        .execute();
      return rows.map((row) => row.subject_id);
    },
    /** The followers of each of these subjects. */
    async followersOf(type: FollowSubjectType, subjectIds: readonly string[]): Promise<Map<string, string[]>> {
      const found = new Map<string, string[]>();
      const ids = [...new Set(subjectIds)];
      for (let i = 0; i < ids.length; i += CHUNK) {
        const rows = await db
          .selectFrom('follows')
          .select(['subject_id', 'account_id'])
          .where('subject_type', '=', type)
          .where('subject_id', 'in', ids.slice(i, i + CHUNK))
          .orderBy('account_id')
          .execute();
        for (const row of rows) found.set(row.subject_id, [...(found.get(row.subject_id) ?? []), row.account_id]);
      }
      return found;
    },
    async deleteAllOf(accountId: string): Promise<void> {
      await db.deleteFrom('follows').where('account_id', '=', accountId).execute();
    },
  };
}
export type FollowsRepository = ReturnType<typeof createFollowsRepository>;
