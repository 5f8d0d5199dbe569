import type { Clock } from '../../../clock.ts';
import type { Db } from '../../../db/database.ts';
import type { ActivityRecorder } from '../../activity/activity.service.ts';
import { createBallotsRepository } from '../ballots/ballots.repository.ts';
import type { BudgetCountsTable } from '../budgeting.tables.ts';
import type { Counter } from './count-in-worker.ts';
import { countResultToJson } from '../counting/count-result-json.ts';
import { createCountsRepository } from './counts.repository.ts';
import { presentOutcome } from './outcome-presenter.ts';
import { countOptionsOf, roundElection } from './round-election.ts';
import { loadRoundSnapshot } from './round-snapshot.ts';
import { createRoundsRepository } from '../rounds/rounds.repository.ts';

export interface CountRunnerDeps {
  db: Db;
  clock: Clock;
  activity: ActivityRecorder;
  count: Counter;
  /** Fresh random ballot ids for sealing. */
  secret: () => string;
  onError?: (error: unknown, roundId: string) => void;
}

/** A running count older than this is taken to belong to an instance that died. */
const STALE_MS = 10 * 60_000;

export const auditFileName = (roundId: string): string => `budget-round-${roundId}.pb`;

/**
 * Counts are jobs in the database: queued by a request (or found by the periodic job once voting
 * has closed), claimed by one instance, counted in a worker thread, stored.
 */
export function createCountRunner(deps: CountRunnerDeps) {
  const counts = createCountsRepository(deps.db);
  let active: Promise<void> | null = null;
  let again = false;

  /**
   * Voting has closed: rewrite the round's ballots in one transaction with new random ids, so that
   * the order and transaction in which each was stored (row order, PostgreSQL's xmin) say nothing.
   */
  async function seal(roundId: string): Promise<void> {
    await deps.db.transaction().execute(async (trx) => {
      const repo = createBallotsRepository(trx);
      const rows = await repo.allOf(roundId);
      await repo.deleteAllOf(roundId);
      await repo.insertBallots(
        rows.map((row) => ({ ...row, id: deps.secret() })).sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    });
  }

  async function countOne(job: BudgetCountsTable): Promise<void> {
    if (!(await counts.claim(job, deps.clock.now().toISOString()))) return;
    try {
      await seal(job.round_id);
      const snapshot = await loadRoundSnapshot(deps.db, job.round_id, true);
      if (!snapshot) throw new Error('the round no longer exists');
      const { round, projects, ballots } = snapshot;
      const result = await deps.count(roundElection(round, projects, ballots), countOptionsOf(round));
      const outcome = presentOutcome(result, {
        round,
        projects,
        paperBallotCount: ballots.filter((ballot) => ballot.source === 'paper').length,
        auditFileName: auditFileName(round.id),
      });
      await deps.db.transaction().execute(async (trx) => {
        await createCountsRepository(trx).finish(job.round_id, {
          status: 'done',
          finished_at: deps.clock.now().toISOString(),
          error: null,
          outcome_json: JSON.stringify(outcome),
          count_json: JSON.stringify(countResultToJson(result)),
        });
        for (const areaId of snapshot.areaIds) {
          await deps.activity(trx, {
            verb: 'round.counted',
            actorId: null,
            subjectType: 'budget_round',
            subjectId: round.id,
            areaId,
            amountCents: outcome.usedCents,
          });
        }
      });
    } catch (error) {
      deps.onError?.(error, job.round_id);
      const message = error instanceof Error ? error.message : String(error);
      await counts.finish(job.round_id, {
        status: 'failed',
        finished_at: deps.clock.now().toISOString(),
        error: message,
        outcome_json: null,
        count_json: null,
      });
    }
  }

  async function runPending(): Promise<void> {
    const now = deps.clock.now();
    for (const roundId of await createRoundsRepository(deps.db).closedWithoutCount(now.toISOString(), 20)) {
      await counts.enqueue(roundId, null, now.toISOString());
    }
    const stale = new Date(now.getTime() - STALE_MS).toISOString();
    for (const job of await counts.claimable(stale, 20)) await countOne(job);
  }

  return {
    runPending,
    /** Starts counting now, without waiting; a kick while busy makes one more pass afterwards. */
    kick(): Promise<void> {
      if (active) {
        again = true;
        return active;
      }
      active = (async () => {
        do {
          again = false;
          await runPending();
        } while (again);
      })().finally(() => {
        active = null;
      });
      return active;
    },
    /** Resolves when no count is running in this instance (used when the app closes). */
    idle(): Promise<void> {
      return active ?? Promise.resolve();
    },
  };
}
export type CountRunner = ReturnType<typeof createCountRunner>;
