import type { Outcome, RoundResult } from '../../../../contracts/budgeting-results.ts';
import type { Caller } from '../../../http/auth.ts';
import { conflict, notFound } from '../../../http/problem.ts';
import { createRoundContext, type BudgetingDeps } from '../budgeting.context.ts';
import type { CountRunner } from './count-runner.ts';
import { auditFileName } from './count-runner.ts';
import { createCountsRepository } from './counts.repository.ts';
import { phaseAt } from '../rounds/round-phase.ts';
import { createPabulibExport } from './pabulib-export.ts';

export interface ResultsDeps extends BudgetingDeps {
  runner: Pick<CountRunner, 'kick'>;
}

/** Counts, results and the audit file anyone can recount. */
export function createResultsService(deps: ResultsDeps) {
  const context = createRoundContext(deps);
  const counts = createCountsRepository(deps.db);
  const pabulibFiles = createPabulibExport(deps);

  async function get(roundId: string): Promise<RoundResult> {
    await context.requireRound(roundId);
    const count = await counts.find(roundId);
    if (!count)
      return { roundId, status: 'not-counted', requestedAt: null, finishedAt: null, error: null, outcome: null };
    return {
      roundId,
      status: count.status,
      requestedAt: count.requested_at,
      finishedAt: count.finished_at,
      error: count.error,
      outcome: count.outcome_json ? (JSON.parse(count.outcome_json) as Outcome) : null,
    };
  }

  /** Queues the count (once voting has closed) and starts it off the request thread. */
  async function queue(roundId: string, requestedBy: string | null): Promise<void> {
    const nowIso = deps.clock.now().toISOString();
    if (!(await counts.enqueue(roundId, requestedBy, nowIso))) await counts.requeueFailed(roundId, requestedBy, nowIso);
    void deps.runner.kick();
  }

  return {
    get,
    queue,

    async request(caller: Caller, roundId: string): Promise<RoundResult> {
      const { row, areaIds } = await context.requireRound(roundId);
      await context.requireManager(caller, areaIds);
      if (phaseAt(row, deps.clock.now()) !== 'results')
        throw conflict('Voting has not closed yet; the count starts when it does.', 'voting-not-closed');
      await queue(roundId, caller.accountId);
      return get(roundId);
    },

    /** The count exactly as `budget count FILE --json` prints it for the audit file. */
    async countJson(roundId: string): Promise<{ fileName: string; json: Record<string, unknown> }> {
      await context.requireRound(roundId);
      const count = await counts.find(roundId);
      if (count?.status !== 'done' || !count.count_json) throw notFound('A finished count of this round');
      return {
        fileName: auditFileName(roundId).replace(/\.pb$/, '.count.json'),
        json: JSON.parse(count.count_json) as Record<string, unknown>,
      };
    },

    /**
     * The round as a Pabulib file. Before voting closes it lists the projects only; after, also the
     * anonymous ballots, and once counted, which projects were selected. Public and costly for a
     * large round, so built once per version of the round, in a worker (pabulib-export.ts); the
     * ETag lets a caller that has this version skip the download.
     */
    async pabulib(roundId: string): Promise<{ fileName: string; etag: string; text(): Promise<string> }> {
      const current = await pabulibFiles.current(roundId);
      if (!current) throw notFound('The budget round');
      return { fileName: auditFileName(roundId), ...current };
    },
  };
}
export type ResultsService = ReturnType<typeof createResultsService>;
