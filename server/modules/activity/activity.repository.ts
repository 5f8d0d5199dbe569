import type { Db } from '../../db/database.ts';

/** Reads of the activity log. It is append-only: nothing here (or anywhere) changes a row. */
export function createActivityRepository(db: Db) {
  return {
    /** Every event the person did, or that is about their account, oldest first. */
    eventsOf(accountId: string) {
      return db
        .selectFrom('activity_log')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('actor_id', '=', accountId),
            eb.and([eb('subject_type', '=', 'account'), eb('subject_id', '=', accountId)]),
          ]),
        )
        .orderBy('occurred_at')
        .orderBy('id')
        .execute();
    },
  };
}
