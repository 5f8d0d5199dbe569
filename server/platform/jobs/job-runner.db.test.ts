import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { createTestDatabase, testDialect } from '../../../test/support/test-db.ts';
import { ManualClock } from '../../clock.ts';
import { openDatabase, type Db, type OpenedDatabase } from '../../db/database.ts';
import { createJobLeasesRepository } from './job-leases.repository.ts';
import {
  createJobRunner,
  dueToleranceMs,
  leaseMsFor,
  type Job,
  type JobRunner,
  type JobRunnerDeps,
  type TickOutcome,
} from './job-runner.ts';

// Two app instances on one database. On PostgreSQL each has its own connection pool, as two
// processes would; SQLite serves a single instance in production, so there both share one handle.
let first: OpenedDatabase;
let second: OpenedDatabase;
beforeAll(async () => {
  first = await createTestDatabase();
  second = await openSecondHandle(first);
});
afterAll(async () => {
  await second.close();
  await first.close();
});

async function openSecondHandle(opened: OpenedDatabase): Promise<OpenedDatabase> {
  if (testDialect() === 'sqlite') return { ...opened, close: async () => {} };
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(opened.db);
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${rows[0]?.name ?? ''}`;
  return openDatabase({ dialect: 'postgres', connectionString: url.toString() });
}

const T0 = new Date('2030-03-01T09:00:00.000Z');
const MINUTE = 60_000;

interface LogEntry {
  level: 'error' | 'warn' | 'info';
  fields: unknown;
  message: string | undefined;
}

function recordingLog(): { entries: LogEntry[]; log: JobRunnerDeps['log'] } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry['level']) =>
    (fields: unknown, message?: string): void => {
      entries.push({ level, fields, message });
    };
  return { entries, log: { error: at('error'), warn: at('warn'), info: at('info') } };
}

class Deferred {
  resolve!: () => void;
  readonly promise = new Promise<void>((resolve) => (this.resolve = resolve));
}

/** A job whose runs wait for `finish`, and which tells when a run has started. */
function gatedJob(everyMs = MINUTE) {
  const name = `job-${randomUUID().slice(0, 8)}`;
  const state = { calls: 0, startedAt: [] as Date[], started: new Deferred(), finish: new Deferred() };
  const job: Job = {
    name,
    everyMs,
    run: async (now) => {
      state.calls++;
      state.startedAt.push(now);
      state.started.resolve();
      await state.finish.promise;
    },
  };
  return { job, state, name };
}

function runner(jobs: Job[], instanceId: string, clock: ManualClock, db: Db = first.db) {
  const { entries, log } = recordingLog();
  return { runner: createJobRunner(jobs, { db, clock, log, instanceId }), logged: entries };
}

/** Instances 'a' (first handle) and 'b' (second handle) sharing one clock. */
function twoInstances(jobs: Job[]) {
  const clock = new ManualClock(T0);
  const a = runner(jobs, 'a', clock, first.db);
  const b = runner(jobs, 'b', clock, second.db);
  return { clock, a: a.runner, b: b.runner, aLogged: a.logged, bLogged: b.logged };
}

const leaseRow = (name: string) => createJobLeasesRepository(first.db).find(name);

/** Lets queued database work finish (a few real milliseconds at most), for writes made from timers. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition not reached');
}

describe('one lease per job across instances', () => {
  test('while a runs the job, b is refused and a second tick on a overlaps; b runs once the interval has passed', async () => {
    const { job, state, name } = gatedJob(MINUTE);
    const { clock, a, b } = twoInstances([job]);

    const aRun = a.tick(name);
    await state.started.promise;
    expect(await b.tick(name)).toBe('leased-elsewhere');
    expect(await a.tick(name)).toBe('overlap');
    expect(await leaseRow(name)).toMatchObject({
      holder: 'a',
      expires_at: new Date(T0.getTime() + leaseMsFor(job)).toISOString(),
      last_started_at: T0.toISOString(),
      last_started_by: 'a',
    });

    // Due again, but a still holds the lease (the last moment of it).
    clock.advance(leaseMsFor(job) - 1);
    expect(await b.tick(name)).toBe('leased-elsewhere');

    clock.set(T0);
    state.finish.resolve();
    expect(await aRun).toBe('ran');
    expect(await leaseRow(name)).toMatchObject({
      holder: null,
      token: null,
      expires_at: null,
      last_finished_at: T0.toISOString(),
      last_outcome: 'ok',
      last_error: null,
    });

    // Released, but it started less than an interval ago: neither instance runs it again yet.
    expect(await b.tick(name)).toBe('leased-elsewhere');
    expect(await a.tick(name)).toBe('leased-elsewhere');
    clock.advance(MINUTE - dueToleranceMs(MINUTE) - 1);
    expect(await b.tick(name)).toBe('leased-elsewhere');
    clock.advance(1);
    expect(await b.tick(name)).toBe('ran');
    expect(state.calls).toBe(2);
    expect(await leaseRow(name)).toMatchObject({ holder: null, last_started_by: 'b', last_outcome: 'ok' });
  });

  test('a holder that stops (crashed, frozen) blocks the job only until its lease expires', async () => {
    const { job, state, name } = gatedJob(MINUTE);
    const { clock, a, b, aLogged } = twoInstances([job]);
    const leaseMs = leaseMsFor(job);

    const aRun = a.tick(name); // never finishes by itself: a "crashed" mid-run
    await state.started.promise;
    clock.advance(leaseMs - 1);
    expect(await b.tick(name)).toBe('leased-elsewhere');
    clock.advance(1);
    state.started = new Deferred();
    const bRun = b.tick(name);
    await state.started.promise;
    expect(state.calls).toBe(2);
    expect(await leaseRow(name)).toMatchObject({ holder: 'b', last_started_by: 'b' });

    // a wakes up: its lease is gone, so its release must not free b's lease.
    state.finish.resolve();
    expect(await aRun).toBe('ran');
    expect(aLogged).toContainEqual(expect.objectContaining({ level: 'warn', message: expect.stringMatching(/lost/) }));
    expect(await bRun).toBe('ran');
    expect(await leaseRow(name)).toMatchObject({ holder: null, last_started_by: 'b', last_outcome: 'ok' });
  });

  test('a lease taken by a process that died before its first renewal frees itself at expiry', async () => {
    const { job, state, name } = gatedJob(MINUTE);
    const { clock, b } = twoInstances([job]);
    const leases = createJobLeasesRepository(first.db);
    const crashedToken = randomUUID();
    expect(
      await leases.acquire({
        name,
        holder: 'crashed',
        token: crashedToken,
        nowIso: T0.toISOString(),
        expiresIso: new Date(T0.getTime() + 5 * MINUTE).toISOString(),
        dueIfStartedBeforeIso: T0.toISOString(),
      }),
    ).toBe(true);

    clock.advance(5 * MINUTE - 1);
    expect(await b.tick(name)).toBe('leased-elsewhere');
    clock.advance(1);
    state.finish.resolve();
    expect(await b.tick(name)).toBe('ran');
    expect(
      await leases.release({ name, token: crashedToken, nowIso: T0.toISOString(), outcome: 'ok', error: null }),
    ).toBe(false);
    expect(await leaseRow(name)).toMatchObject({ last_started_by: 'b', last_finished_at: clock.now().toISOString() });
  });

  test('a long run renews its lease, so another instance cannot take it after the first expiry', async () => {
    // Only setInterval is faked (the renewal timer); database I/O and the polling below use real time.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const { job, state, name } = gatedJob(1_000);
      const { clock, a, b } = twoInstances([job]);
      const leaseMs = leaseMsFor(job);

      const aRun = a.tick(name);
      await state.started.promise;
      clock.advance(leaseMs / 2);
      vi.advanceTimersByTime(leaseMs / 3);
      const renewedUntil = new Date(T0.getTime() + leaseMs / 2 + leaseMs).toISOString();
      await until(async () => (await leaseRow(name))?.expires_at === renewedUntil);

      clock.advance(leaseMs / 2 + 1); // past the first expiry, before the renewed one
      expect(await b.tick(name)).toBe('leased-elsewhere');
      state.finish.resolve();
      expect(await aRun).toBe('ran');
      expect(await b.tick(name)).toBe('ran');
    } finally {
      vi.useRealTimers();
    }
  });

  test('an error in a job is logged, recorded, and releases the lease', async () => {
    const name = `failing-${randomUUID().slice(0, 8)}`;
    let calls = 0;
    const job: Job = {
      name,
      everyMs: MINUTE,
      run: async () => {
        calls++;
        if (calls === 1) throw new Error('the mail server is down');
      },
    };
    const { clock, a, b, aLogged } = twoInstances([job]);

    expect(await a.tick(name)).toBe('failed');
    expect(aLogged).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'job failed',
        fields: expect.objectContaining({ job: name }),
      }),
    );
    expect(await leaseRow(name)).toMatchObject({
      holder: null,
      expires_at: null,
      last_outcome: 'failed',
      last_error: 'Error: the mail server is down',
    });

    clock.advance(MINUTE);
    expect(await b.tick(name)).toBe('ran');
    expect(await leaseRow(name)).toMatchObject({ last_outcome: 'ok', last_error: null, last_started_by: 'b' });
  });
});

describe('concurrent ticks', () => {
  test('20 ticks at once from both instances run the job exactly once', async () => {
    const { job, state, name } = gatedJob(MINUTE);
    const { a, b } = twoInstances([job]);

    const ticks = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).tick(name));
    await state.started.promise;
    state.finish.resolve();
    const outcomes = await Promise.all(ticks);

    expect(state.calls).toBe(1);
    expect(outcomes.filter((o) => o === 'ran')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'leased-elsewhere')).toHaveLength(1); // the other instance's one query
    expect(outcomes.filter((o) => o === 'overlap')).toHaveLength(18);
  });

  test('20 instances racing for one lease: exactly one wins, on a new row and on a free one', async () => {
    const { job, state, name } = gatedJob(MINUTE);
    state.finish.resolve();
    const clock = new ManualClock(T0);
    const instances: JobRunner[] = Array.from(
      { length: 20 },
      (_, i) => runner([job], `i${i}`, clock, i % 2 === 0 ? first.db : second.db).runner,
    );

    for (let round = 0; round < 5; round++) {
      const outcomes: TickOutcome[] = await Promise.all(instances.map((instance) => instance.tick(name)));
      expect(outcomes.filter((o) => o === 'ran')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'leased-elsewhere')).toHaveLength(19);
      expect(state.calls).toBe(round + 1);
      clock.advance(MINUTE);
    }
  });

  test('the atomic upsert alone admits one of many concurrent takers while the lease is free', async () => {
    const name = `raw-${randomUUID().slice(0, 8)}`;
    const handles = [createJobLeasesRepository(first.db), createJobLeasesRepository(second.db)];
    for (let round = 0; round < 5; round++) {
      const now = new Date(T0.getTime() + round * MINUTE);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          handles[i % 2]!.acquire({
            name,
            holder: `h${i}`,
            token: randomUUID(),
            nowIso: now.toISOString(),
            // Expires before the next round; due-ness never blocks here: only the lease decides.
            expiresIso: new Date(now.getTime() + MINUTE - 1).toISOString(),
            dueIfStartedBeforeIso: now.toISOString(),
          }),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    }
  });
});

describe('timers', () => {
  test('start runs every job soon; errors are logged, not thrown; stop waits for the running job', async () => {
    const { job, state, name } = gatedJob(MINUTE);
    const failing: Job = {
      name: `boom-${randomUUID().slice(0, 8)}`,
      everyMs: MINUTE,
      run: async () => {
        throw new Error('boom');
      },
    };
    const { runner: instance, logged } = runner([job, failing], 'a', new ManualClock(T0));

    instance.start();
    await state.started.promise;
    await until(async () => logged.some((entry) => entry.message === 'job failed'));

    let stopped = false;
    const stopping = instance.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stopped).toBe(false);
    state.finish.resolve();
    await stopping;
    expect(await leaseRow(name)).toMatchObject({ holder: null, last_outcome: 'ok' });
    expect(state.calls).toBe(1);
  });

  test('jobs need distinct names and a positive interval', () => {
    const clock = new ManualClock(T0);
    const log = recordingLog().log;
    const job: Job = { name: 'x', everyMs: 1_000, run: async () => {} };
    expect(() => createJobRunner([job, job], { db: first.db, clock, log, instanceId: 'a' })).toThrow(/named x/);
    expect(() => createJobRunner([{ ...job, everyMs: 0 }], { db: first.db, clock, log, instanceId: 'a' })).toThrow(
      /everyMs/,
    );
  });
});
