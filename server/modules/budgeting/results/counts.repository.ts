import type { Db } from '../../../db/database.ts';
import type { BudgetCountsTable } from '../budgeting.tables.ts';

export function createCountsRepository(db: Db) {
  return {
    find(roundId: string): Promise<BudgetCountsTable | undefined> {
      return db.selectFrom('budget_counts').selectAll().where('round_id', '=', roundId).executeTakeFirst();
    },
    /** False when the round already has a count (another instance or request was first). */
    async enqueue(roundId: string, requestedBy: string | null, nowIso: string): Promise<boolean> {
      const result = await db
        .insertInto('budget_counts')
        .values({
          round_id: roundId,
          status: 'queued',
          requested_by: requestedBy,
          requested_at: nowIso,
          started_at: null,
          finished_at: null,
          error: null,
          outcome_json: null,
          count_json: null,
        })
        .onConflict((oc) => oc.column('round_id').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    },
    /** A failed count may be asked for again. */
    async requeueFailed(roundId: string, requestedBy: string | null, nowIso: string): Promise<boolean> {
      const result = await db
        .updateTable('budget_counts')
        .set({
          status: 'queued',
          requested_by: requestedBy,
          requested_at: nowIso,
          started_at: null,
          finished_at: null,
          error: null,
        })
        .where('round_id', '=', roundId)
        .where('status', '=', 'failed')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Queued counts, and running ones whose instance seems to have died. */
    async claimable(staleBeforeIso: string, limit: number): Promise<BudgetCountsTable[]> {
      return db
        .selectFrom('budget_counts')
        .selectAll()
        .where((eb) =>
          eb.or([
            eb('status', '=', 'queued'),
            eb.and([eb('status', '=', 'running'), eb('started_at', '<', staleBeforeIso)]),
          ]),
        )
        .orderBy('requested_at')
        .limit(limit)
        .execute();
    },
    /** Takes a count for this instance; false when another instance took it first. */
    async claim(count: BudgetCountsTable, nowIso: string): Promise<boolean> {
      const result = await db
        .updateTable('budget_counts')
        .set({ status: 'running', started_at: nowIso })
        .where('round_id', '=', count.round_id)
        .where('status', '=', count.status)
        .where((eb) =>
          count.started_at === null ? eb('started_at', 'is', null) : eb('started_at', '=', count.started_at),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async finish(
      roundId: string,
      changes: Pick<BudgetCountsTable, 'status' | 'finished_at' | 'error' | 'outcome_json' | 'count_json'>,
    ): Promise<void> {
      await db.updateTable('budget_counts').set(changes).where('round_id', '=', roundId).execute();
    },
  };
}
export type CountsRepository = ReturnType<typeof createCountsRepository>;
