import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { createJobLeasesRepository } from './job-leases.repository.ts';

/** Periodic work. `run` keeps its state in the database, so a restart loses nothing. */
export interface Job {
  name: string;
  everyMs: number;
  run(now: Date): Promise<void>;
}

export interface JobRunnerDeps {
  db: Db;
  clock: Clock;
  log: Pick<FastifyBaseLogger, 'error' | 'warn' | 'info'>;
  /** Names this process in the lease table, e.g. `defaultInstanceId()`. */
  instanceId: string;
}

/**
 * - `ran`: this instance took the lease and the job finished without error.
 * - `overlap`: the previous run of this job in this process is still going; skipped.
 * - `leased-elsewhere`: the shared lease row said no: another instance holds an unexpired lease, or
 *   the job already started (on any instance) less than one interval ago; skipped.
 * - `failed`: the job threw (logged, lease released), or the lease could not be taken (database error, logged).
 */
export type TickOutcome = 'ran' | 'overlap' | 'leased-elsewhere' | 'failed';

export interface JobRunner {
  tick(name: string): Promise<TickOutcome>;
  start(firstRunAfterMs?: number): void;
  stop(): Promise<void>;
}

/**
 * A lease lasts max(everyMs, MIN_LEASE_MS) and is renewed every third of that while the job runs,
 * so a long run keeps it however long it takes. A crashed holder stops renewing; its lease frees
 * itself at expiry. Because a job is due only once per interval anyway, a lease of at least one
 * interval delays nothing after a crash beyond max(one interval, one minute), and renewals stay rare.
 */
export const MIN_LEASE_MS = 60_000;

export function leaseMsFor(job: Pick<Job, 'everyMs'>): number {
  return Math.max(job.everyMs, MIN_LEASE_MS);
}

/**
 * A job is due when it last started at least `everyMs - dueToleranceMs(everyMs)` ago. Node timers
 * can fire a millisecond or so early by the wall clock; without the tolerance an instance's own next
 * timer could find its job "not yet due" and skip a whole interval.
 */
export function dueToleranceMs(everyMs: number): number {
  return Math.min(1_000, Math.floor(everyMs / 10));
}

/** Host, process and a random suffix: unique per process, readable in the lease table. */
export function defaultInstanceId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * Runs periodic jobs so that instances sharing one database take turns: each tick takes the job's
 * lease in the database first (one atomic upsert, see `JobLeasesRepository.acquire`) and skips
 * when the job is still running here, leased by another instance, or already ran this interval.
 * Errors are logged, never thrown out of a timer.
 */
export function createJobRunner(jobs: readonly Job[], deps: JobRunnerDeps): JobRunner {
  const { clock, log, instanceId } = deps;
  const leases = createJobLeasesRepository(deps.db);
  const byName = new Map<string, Job>();
  for (const job of jobs) {
    if (byName.has(job.name)) throw new Error(`Two jobs are named ${job.name}`);
    if (!Number.isFinite(job.everyMs) || job.everyMs <= 0) throw new Error(`Job ${job.name}: everyMs must be > 0`);
    byName.set(job.name, job);
  }
  const running = new Map<string, Promise<TickOutcome>>();
  const timers: NodeJS.Timeout[] = [];

  async function renew(job: Job, token: string): Promise<void> {
    try {
      const expiresIso = new Date(clock.now().getTime() + leaseMsFor(job)).toISOString();
      if (!(await leases.renew(job.name, token, expiresIso)))
        log.warn({ job: job.name, instanceId }, 'job lease was lost while the job was running');
    } catch (error) {
      log.warn({ err: error, job: job.name, instanceId }, 'job lease could not be renewed');
    }
  }

  async function runOnce(job: Job): Promise<TickOutcome> {
    const now = clock.now();
    const token = randomUUID();
    const leaseMs = leaseMsFor(job);
    try {
      const acquired = await leases.acquire({
        name: job.name,
        holder: instanceId,
        token,
        nowIso: now.toISOString(),
        expiresIso: new Date(now.getTime() + leaseMs).toISOString(),
        dueIfStartedBeforeIso: new Date(now.getTime() - job.everyMs + dueToleranceMs(job.everyMs)).toISOString(),
      });
      if (!acquired) return 'leased-elsewhere';
    } catch (error) {
      log.error({ err: error, job: job.name, instanceId }, 'job lease could not be taken');
      return 'failed';
    }

    // Renewals run one after another, and the last has finished before the release.
    let renewing = Promise.resolve();
    const renewal = setInterval(() => {
      renewing = renewing.then(() => renew(job, token));
    }, leaseMs / 3).unref();
    let error: unknown = undefined;
    let failed = false;
    try {
      await job.run(now);
    } catch (caught) {
      failed = true;
      error = caught;
      log.error({ err: caught, job: job.name, instanceId }, 'job failed');
    } finally {
      clearInterval(renewal);
      await renewing;
    }

    try {
      const released = await leases.release({
        name: job.name,
        token,
        nowIso: clock.now().toISOString(),
        outcome: failed ? 'failed' : 'ok',
        error: failed ? describe(error) : null,
      });
      if (!released)
        log.warn(
          { job: job.name, instanceId },
          'job lease had been lost before the job finished; outcome not recorded',
        );
    } catch (releaseError) {
      log.error(
        { err: releaseError, job: job.name, instanceId },
        'job lease could not be released; it frees itself at expiry',
      );
    }
    return failed ? 'failed' : 'ran';
  }

  async function tick(name: string): Promise<TickOutcome> {
    const job = byName.get(name);
    if (!job) throw new Error(`Unknown job: ${name}`);
    if (running.has(name)) return 'overlap';
    // Registered before the first await, so a second tick in this process sees it at once.
    const run = runOnce(job);
    running.set(name, run);
    try {
      return await run;
    } finally {
      running.delete(name);
    }
  }

  function fire(job: Job): void {
    tick(job.name)
      .then((outcome) => {
        if (outcome === 'overlap')
          log.info({ job: job.name, instanceId }, 'job still running from the previous tick; skipped');
      })
      .catch((error: unknown) => log.error({ err: error, job: job.name, instanceId }, 'job tick failed'));
  }

  return {
    tick,
    /** Every job once after `firstRunAfterMs` (by default on the next turn of the event loop), then every `everyMs`. */
    start(firstRunAfterMs = 0) {
      if (timers.length > 0) return;
      for (const job of byName.values()) {
        timers.push(setTimeout(() => fire(job), firstRunAfterMs).unref());
        timers.push(setInterval(() => fire(job), job.everyMs).unref());
      }
    },
    /** No new ticks from the timers; resolves when the runs under way have finished and released their leases. */
    async stop() {
      for (const timer of timers.splice(0)) clearTimeout(timer);
      await Promise.allSettled([...running.values()]);
    },
  };
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 1_000);
}
