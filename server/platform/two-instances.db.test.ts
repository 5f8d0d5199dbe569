import { randomUUID } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestDatabase, testDialect } from '../../test/support/test-db.ts';
import { createApp } from '../app.ts';
import { DEFAULT_WRITE_LIMITS } from '../http/rate-limits.ts';
import { ManualClock, randomIds } from '../clock.ts';
import { openDatabase, type OpenedDatabase } from '../db/database.ts';
import { createJobLeasesRepository } from './jobs/job-leases.repository.ts';
import { createJobRunner, type Job, type TickOutcome } from './jobs/job-runner.ts';

// Two app instances on one database behind a round-robin proxy, as a load balancer would run them.
// Nothing that matters may live in one process: a session made through one instance works on the
// other, the log-in limit and the per-account write limit count on both together, and each periodic job
// runs on exactly one instance per tick. On PostgreSQL each instance has its own connection pool, as two processes would;
// SQLite serves one instance in production, so there both share one handle (the same holds, trivially).

const LOGIN_LIMIT = 6;
const WINDOW_MS = 60_000;
/** Per account and route, for writes that are not content (changing one's profile, for one). */
const GENERAL_WRITE_LIMIT = 10;
const T0 = new Date('2030-03-04T09:00:00.000Z');

let first: OpenedDatabase;
let second: OpenedDatabase;
const clock = new ManualClock(T0);
let instances: Array<{ name: 'A' | 'B'; app: Awaited<ReturnType<typeof createApp>>['app']; jobs: Job[] }> = [];
let proxy: RoundRobinProxy;

beforeAll(async () => {
  first = await createTestDatabase();
  second = await openSecondHandle(first);
  for (const [name, opened] of [
    ['A', first],
    ['B', second],
  ] as const) {
    const { app, jobs } = await createApp({
      db: opened.db,
      clock,
      ids: randomIds,
      trustProxy: true,
      authRateLimit: { max: LOGIN_LIMIT, timeWindow: WINDOW_MS },
      writeLimits: {
        content: DEFAULT_WRITE_LIMITS.content,
        general: { max: GENERAL_WRITE_LIMIT, timeWindow: WINDOW_MS },
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    instances.push({ name, app, jobs });
  }
  proxy = await roundRobinProxy(
    instances.map(({ name, app }) => ({ name, port: (app.server.address() as AddressInfo).port })),
  );
});

afterAll(async () => {
  await proxy?.close();
  for (const { app } of instances) await app.close();
  instances = [];
  await second?.close();
  await first?.close();
});

async function openSecondHandle(opened: OpenedDatabase): Promise<OpenedDatabase> {
  if (testDialect() === 'sqlite') return { ...opened, close: async () => {} };
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(opened.db);
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${rows[0]?.name ?? ''}`;
  return openDatabase({ dialect: 'postgres', connectionString: url.toString() });
}

interface RoundRobinProxy {
  url: string;
  /** The next request goes to the first upstream again. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * A reverse proxy in a few lines: each request goes to the next upstream in turn, with the client's
 * address appended to X-Forwarded-For, and the answer says which upstream served it (X-Served-By).
 */
async function roundRobinProxy(upstreams: Array<{ name: string; port: number }>): Promise<RoundRobinProxy> {
  let next = 0;
  const server: Server = createServer((incoming, outgoing) => {
    const upstream = upstreams[next++ % upstreams.length] as { name: string; port: number };
    const forwardedFor = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress]
      .filter((part): part is string => typeof part === 'string' && part !== '')
      .join(', ');
    const forwarded = request(
      {
        host: '127.0.0.1',
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, 'x-forwarded-for': forwardedFor },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': upstream.name });
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'x-served-by': upstream.name });
      outgoing.end();
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    reset: () => (next = 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Answer {
  status: number;
  servedBy: string | null;
  body: Record<string, unknown>;
  cookie: string | undefined;
}

/** One request through the proxy, as the client at `clientIp`. */
async function viaProxy(
  clientIp: string,
  method: string,
  path: string,
  options: { body?: unknown; session?: { cookie: string; csrf: string } } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'x-forwarded-for': clientIp };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.session) {
    headers.cookie = `ws_session=${options.session.cookie}`;
    headers['x-csrf-token'] = options.session.csrf;
  }
  const response = await fetch(`${proxy.url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    servedBy: response.headers.get('x-served-by'),
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    cookie: /ws_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1],
  };
}

describe('behind a round-robin proxy', () => {
  test('a session started on one instance works on the other, and so does ending it', async () => {
    const client = '198.51.100.1';
    const email = `twee-${randomUUID().slice(0, 8)}@example.nl`;
    const password = 'correct horse battery';
    proxy.reset();

    const registered = await viaProxy(client, 'POST', '/api/v1/accounts', {
      body: { email, password, displayName: 'Tweemaal Tineke' },
    });
    expect([registered.status, registered.servedBy]).toEqual([201, 'A']);

    const loggedIn = await viaProxy(client, 'POST', '/api/v1/sessions', { body: { email, password } });
    expect([loggedIn.status, loggedIn.servedBy]).toEqual([201, 'B']);
    const session = { cookie: loggedIn.cookie ?? '', csrf: String(loggedIn.body.csrfToken) };
    const accountId = loggedIn.body.id;

    const read = await viaProxy(client, 'GET', '/api/v1/me', { session });
    expect([read.status, read.servedBy, read.body.id]).toEqual([200, 'A', accountId]);

    const changed = await viaProxy(client, 'PATCH', '/api/v1/me', {
      session,
      body: { displayName: 'Tineke Tweemaal' },
    });
    expect([changed.status, changed.servedBy]).toEqual([200, 'B']);
    const seen = await viaProxy(client, 'GET', '/api/v1/me', { session });
    expect([seen.status, seen.servedBy, seen.body.displayName]).toEqual([200, 'A', 'Tineke Tweemaal']);

    // The CSRF token of the session is checked on either instance.
    const forged = await viaProxy(client, 'PATCH', '/api/v1/me', {
      session: { cookie: session.cookie, csrf: 'not-the-token' },
      body: { displayName: 'Iemand Anders' },
    });
    expect([forged.status, forged.servedBy]).toEqual([403, 'B']);

    const loggedOut = await viaProxy(client, 'DELETE', '/api/v1/sessions/current', { session });
    expect([loggedOut.status, loggedOut.servedBy]).toEqual([204, 'A']);
    const afterLogout = await viaProxy(client, 'GET', '/api/v1/me', { session });
    expect([afterLogout.status, afterLogout.servedBy]).toEqual([401, 'B']);
  });

  test('the log-in limit counts the attempts on both instances together', async () => {
    const client = '198.51.100.2';
    proxy.reset();
    // A new (unknown) address each time, so the per-address lock never kicks in: only the per-client limit.
    const attempt = () =>
      viaProxy(client, 'POST', '/api/v1/sessions', {
        body: { email: `niemand-${randomUUID().slice(0, 8)}@example.nl`, password: 'wrong password here' },
      });

    const answers: Answer[] = [];
    for (let i = 0; i < LOGIN_LIMIT + 2; i++) answers.push(await attempt());
    expect(answers.map((a) => `${a.servedBy} ${a.status}`)).toEqual([
      ...Array.from({ length: LOGIN_LIMIT }, (_, i) => `${i % 2 === 0 ? 'A' : 'B'} 401`),
      // Each instance has seen only LOGIN_LIMIT / 2 attempts: a count per process would let these through.
      `${LOGIN_LIMIT % 2 === 0 ? 'A' : 'B'} 429`,
      `${LOGIN_LIMIT % 2 === 0 ? 'B' : 'A'} 429`,
    ]);

    // Another client is not affected; this client may try again once the window has passed.
    expect(
      (
        await viaProxy('198.51.100.3', 'POST', '/api/v1/sessions', {
          body: { email: 'x@example.nl', password: 'wrong password here' },
        })
      ).status,
    ).toBe(401);
    clock.advance(WINDOW_MS);
    expect((await attempt()).status).toBe(401);
  });

  test('the per-account write limit counts the writes on both instances together, from any address', async () => {
    const email = `schrijver-${randomUUID().slice(0, 8)}@example.nl`;
    const password = 'correct horse battery';
    const registered = await viaProxy('198.51.100.5', 'POST', '/api/v1/accounts', {
      body: { email, password, displayName: 'Schrijvende Sanne' },
    });
    expect(registered.status).toBe(201);
    const session = { cookie: registered.cookie ?? '', csrf: String(registered.body.csrfToken) };
    proxy.reset();

    const answers: Answer[] = [];
    for (let i = 0; i <= GENERAL_WRITE_LIMIT; i++)
      answers.push(
        // A new address each time: the limit follows the account, not the connection.
        await viaProxy(`198.51.100.${10 + i}`, 'PATCH', '/api/v1/me', {
          session,
          body: { displayName: `Sanne ${i}` },
        }),
      );
    expect(answers.map((a) => `${a.servedBy} ${a.status}`)).toEqual([
      ...Array.from({ length: GENERAL_WRITE_LIMIT }, (_, i) => `${i % 2 === 0 ? 'A' : 'B'} 200`),
      `${GENERAL_WRITE_LIMIT % 2 === 0 ? 'A' : 'B'} 429`,
    ]);
  });

  test('a burst of log-ins at once, spread over both instances, lets exactly the limit through', async () => {
    const client = '198.51.100.4';
    const answers = await Promise.all(
      Array.from({ length: 4 * LOGIN_LIMIT }, () =>
        viaProxy(client, 'POST', '/api/v1/sessions', {
          body: { email: `niemand-${randomUUID().slice(0, 8)}@example.nl`, password: 'wrong password here' },
        }),
      ),
    );
    expect(new Set(answers.map((a) => a.servedBy))).toEqual(new Set(['A', 'B']));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(LOGIN_LIMIT);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(3 * LOGIN_LIMIT);
  });
});

describe('periodic jobs', () => {
  test('ticking both instances at once, every job runs on exactly one of them per tick', async () => {
    const runs: Array<{ job: string; instance: string }> = [];
    const counting = (jobs: readonly Job[], instance: string): Job[] =>
      jobs.map((job) => ({
        ...job,
        run: async (now: Date) => {
          runs.push({ job: job.name, instance });
          await job.run(now);
        },
      }));
    const testJob: Job = { name: `counting-${randomUUID().slice(0, 8)}`, everyMs: 5 * 60_000, run: async () => {} };
    const log = { error: () => {}, warn: () => {}, info: () => {} };
    const runners = instances.map(({ name, jobs }) =>
      createJobRunner(counting([...jobs, testJob], name), {
        db: name === 'A' ? first.db : second.db,
        clock,
        log,
        instanceId: name,
      }),
    );
    const names = [...instances[0]!.jobs.map((job) => job.name), testJob.name];
    expect(names.length).toBeGreaterThan(3);
    const longest = Math.max(...instances[0]!.jobs.map((job) => job.everyMs), testJob.everyMs);

    const ROUNDS = 3;
    for (let round = 0; round < ROUNDS; round++) {
      const outcomes: Array<[string, TickOutcome[]]> = await Promise.all(
        names.map(async (name) => [name, await Promise.all(runners.map((runner) => runner.tick(name)))] as const),
      );
      for (const [name, [a, b]] of outcomes) {
        expect([a, b].sort(), `${name}, round ${round}`).toEqual(['leased-elsewhere', 'ran']);
        const lease = await createJobLeasesRepository(first.db).find(name);
        expect(lease?.last_started_by).toBe(a === 'ran' ? 'A' : 'B');
        expect(lease?.last_outcome).toBe('ok');
      }
      // Ticking again before the interval has passed runs nothing anywhere.
      for (const name of names)
        expect(await Promise.all(runners.map((runner) => runner.tick(name)))).toEqual([
          'leased-elsewhere',
          'leased-elsewhere',
        ]);
      clock.advance(longest);
    }
    for (const name of names)
      expect(
        runs.filter((run) => run.job === name),
        name,
      ).toHaveLength(ROUNDS);
    await Promise.all(runners.map((runner) => runner.stop()));
  });
});
