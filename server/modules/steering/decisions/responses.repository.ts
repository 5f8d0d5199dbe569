import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { SteeringResponsesTable } from '../steering.tables.ts';

/** All SQL about residents' responses to decisions and the answers to them. */
export function createResponsesRepository(db: Db) {
  return {
    find(id: string) {
      return db.selectFrom('steering_responses').selectAll().where('id', '=', id).executeTakeFirst();
    },

    insert(trx: Db, row: SteeringResponsesTable) {
      return trx.insertInto('steering_responses').values(row).execute();
    },

    /** Answers once: false when it was answered already. */
    async answer(
      trx: Db,
      id: string,
      answer: Pick<SteeringResponsesTable, 'answer_text' | 'answered_at' | 'answered_by'>,
    ): Promise<boolean> {
      const result = await trx
        .updateTable('steering_responses')
        .set(answer)
        .where('id', '=', id)
        .where('answered_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Oldest first: a conversation reads from the top. */
    page(decisionId: string, limit: number, after?: Keyset) {
      return db
        .selectFrom('steering_responses')
        .selectAll()
        .where('decision_id', '=', decisionId)
        .$if(after !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('submitted_at', '>', String(after!.sort)),
              eb.and([eb('submitted_at', '=', String(after!.sort)), eb('id', '>', after!.id)]),
            ]),
          ),
        )
        .orderBy('submitted_at')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },

    /** Unanswered responses whose answer is due on or before `until` (the worklist). */
    unansweredDue(until: string, areaIds: readonly string[] | null, limit: number) {
      return db
        .selectFrom('steering_responses')
        .selectAll()
        .where('answered_at', 'is', null)
        .where('answer_due_at', '<=', until)
        .$if(areaIds !== null, (q) => q.where('area_id', 'in', [...areaIds!]))
        .orderBy('answer_due_at')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
  };
}
export type ResponsesRepository = ReturnType<typeof createResponsesRepository>;
