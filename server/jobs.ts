import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from './clock.ts';
import type { Db } from './db/database.ts';
import { deleteExpiredRateLimits } from './http/rate-limit-store.ts';
import { createAccountsRepository } from './modules/accounts/accounts.repository.ts';
import { runBudgetCounts } from './modules/budgeting/results/budgeting.jobs.ts';

/**
 * Periodic work. Every job is idempotent and keeps its state in the database, so several app
 * instances may run it at once without harm and a restart loses nothing.
 */
export interface Job {
  name: string;
  everyMs: number;
  run(db: Db, now: Date): Promise<void>;
}

export const jobs: Job[] = [
  {
    name: 'expired-sessions',
    everyMs: 60 * 60_000,
    run: (db, now) => createAccountsRepository(db).deleteExpiredSessions(now.toISOString()),
  },
  {
    name: 'expired-rate-limits',
    everyMs: 10 * 60_000,
    run: deleteExpiredRateLimits,
  },
  {
    name: 'budget-counts',
    everyMs: 30_000,
    run: runBudgetCounts,
  },
];

export function startJobs(db: Db, clock: Clock, log: FastifyBaseLogger): () => void {
  const timers = jobs.map((job) => {
    const tick = () =>
      job.run(db, clock.now()).catch((error: unknown) => log.error({ err: error, job: job.name }, 'job failed'));
    void tick();
    return setInterval(tick, job.everyMs).unref();
  });
  return () => timers.forEach((timer) => clearInterval(timer));
}
