import type { ChallengeStatus } from '../../../../contracts/steering.ts';
import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { ChallengeScoresTable, ChallengesTable } from '../steering.tables.ts';

export interface ChallengeFilter {
  areaIds?: readonly string[];
  taskId?: string;
  initiativeId?: string;
  status?: ChallengeStatus;
}

/** All SQL about challenges (Right to Challenge) and their scores. */
export function createChallengesRepository(db: Db) {
  return {
    find(id: string, trx: Db = db) {
      return trx.selectFrom('challenges').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** A challenge of this initiative for this task that is still being assessed. */
    openFor(taskId: string, initiativeId: string) {
      return db
        .selectFrom('challenges')
        .select('id')
        .where('task_id', '=', taskId)
        .where('initiative_id', '=', initiativeId)
        .where('status', '=', 'submitted')
        .executeTakeFirst();
    },

    insert(trx: Db, row: ChallengesTable) {
      return trx.insertInto('challenges').values(row).execute();
    },

    /** Moves a submitted challenge on; false when it was no longer submitted (decided or withdrawn meanwhile). */
    async close(trx: Db, id: string, changes: Partial<ChallengesTable>): Promise<boolean> {
      const result = await trx
        .updateTable('challenges')
        .set(changes)
        .where('id', '=', id)
        .where('status', '=', 'submitted')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Newest first. */
    page(filter: ChallengeFilter, limit: number, after?: Keyset) {
      return db
        .selectFrom('challenges')
        .selectAll()
        .$if(filter.areaIds !== undefined, (q) => q.where('area_id', 'in', [...filter.areaIds!]))
        .$if(filter.taskId !== undefined, (q) => q.where('task_id', '=', filter.taskId!))
        .$if(filter.initiativeId !== undefined, (q) => q.where('initiative_id', '=', filter.initiativeId!))
        .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status!))
        .$if(after !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('submitted_at', '<', String(after!.sort)),
              eb.and([eb('submitted_at', '=', String(after!.sort)), eb('id', '<', after!.id)]),
            ]),
          ),
        )
        .orderBy('submitted_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    /** Challenges still open per task (for the register). */
    async openCounts(taskIds: readonly string[]): Promise<Map<string, number>> {
      const found = new Map<string, number>();
      if (taskIds.length === 0) return found;
      const rows = await db
        .selectFrom('challenges')
        .select((eb) => ['task_id', eb.fn.countAll<number>().as('n')])
        .where('task_id', 'in', [...new Set(taskIds)])
        .where('status', '=', 'submitted')
        .groupBy('task_id')
        .execute();
      for (const row of rows) found.set(row.task_id, Number(row.n));
      return found;
    },

    /** Submitted challenges whose assessment is due on or before `until` (the worklist). */
    assessmentsDue(until: string, areaIds: readonly string[] | null, limit: number) {
      return db
        .selectFrom('challenges')
        .selectAll()
        .where('status', '=', 'submitted')
        .where('assessment_due_at', '<=', until)
        .$if(areaIds !== null, (q) => q.where('area_id', 'in', [...areaIds!]))
        .orderBy('assessment_due_at')
        .orderBy('id')
        .limit(limit)
        .execute();
    },

    scoresOf(challengeIds: readonly string[]) {
      if (challengeIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('challenge_scores')
        .selectAll()
        .where('challenge_id', 'in', [...new Set(challengeIds)])
        .execute();
    },

    /** Replaces the scores of the criteria given (others stay). */
    async upsertScores(trx: Db, rows: readonly ChallengeScoresTable[]): Promise<void> {
      for (const row of rows)
        await trx
          .insertInto('challenge_scores')
          .values(row)
          .onConflict((oc) =>
            oc.columns(['challenge_id', 'criterion']).doUpdateSet({
              score: row.score,
              reason: row.reason,
              assessed_by: row.assessed_by,
              assessed_at: row.assessed_at,
            }),
          )
          .execute();
    },
  };
}
export type ChallengesRepository = ReturnType<typeof createChallengesRepository>;
