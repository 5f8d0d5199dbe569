import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { Agent, request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { openDatabase } from '../server/db/database.ts';
import { parseDatabaseUrl } from '../server/config.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import { GENERATED_RESIDENT_PASSWORD } from '../server/platform/demo/demo-accounts.ts';
import { generateDemo } from '../server/platform/demo/generator.ts';
import { demoStepsOf, registry } from '../server/platform/registry.ts';
import type { MemorySample, ParentMessage, ServerMessage } from './load-server.ts';
import { postgresTarget, sqliteTarget, type Target } from './targets.ts';

// Sustained load on a generated city (default 100,000 residents): LOAD_CONNECTIONS (200) connections
// for LOAD_SECONDS (60) against a mix of public reads and logged-in writes, on SQLite and, when
// BENCH_POSTGRES_URL is set, on PostgreSQL. The server runs in its own process (bench/load-server.ts)
// and samples its own memory; the load generator (keep-alive connections on node:http, see runLoad)
// runs here. Any connection error, timeout (10 s), reopened connection or non-2xx answer fails the
// bench. Run it alone with `npm run bench -- load`; LOAD_SECONDS=10 for a quick run.
const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 100_000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 200);
const LOGINS = Number(process.env.LOAD_LOGINS ?? 100);
const WRITE_PERCENT = Number(process.env.LOAD_WRITE_PERCENT ?? 20);
/** An answer slower than this counts as an error (autocannon's default). */
const TIMEOUT_MS = 10_000;
/**
 * The log-in limit per IP address (default 10 a minute) would refuse all but ten of the bench's log-ins,
 * which all come from 127.0.0.1; the bench sets it explicitly. So for the per-account write limits
 * (help requests and pledges: 60 an hour each by default, http/rate-limits.ts): the bench's residents
 * write thousands of times more often than people do.
 */
const AUTH_LIMIT_PER_MINUTE = 100_000;
const WRITE_LIMIT_PER_MINUTE = 1_000_000;

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The generated city, and what the mix needs from it: residents to log in, neighbourhoods, money needs. */
async function buildCity(target: Target) {
  const opened = openDatabase(parseDatabaseUrl(target.url));
  try {
    await migrateToLatest(opened.db);
    const started = performance.now();
    await generateDemo(
      opened.db,
      { seed: 'bench', residents: RESIDENTS, asOf: new Date('2026-06-01T12:00:00Z') },
      await demoStepsOf(registry),
    );
    const generatedMs = performance.now() - started;
    const residents = await opened.db
      .selectFrom('accounts')
      .select('email')
      .where('email', 'like', 'bewoner%@wakkerdam.example')
      .where('password_hash', 'is not', null)
      .where('erased_at', 'is', null)
      .orderBy('email')
      .limit(LOGINS)
      .execute();
    const neighbourhoods = await opened.db
      .selectFrom('areas')
      .select('id')
      .where('kind', '=', 'neighbourhood')
      .orderBy('id')
      .execute();
    // Money needs with room for every pledge of the run (at most 10 cents each).
    const moneyNeeds = await opened.db
      .selectFrom('initiative_needs')
      .innerJoin('initiatives', 'initiatives.id', 'initiative_needs.initiative_id')
      .select(['initiative_needs.id', 'initiative_needs.initiative_id'])
      .where('initiative_needs.kind', '=', 'money')
      .where('initiative_needs.closed_at', 'is', null)
      .where('initiative_needs.hidden_at', 'is', null)
      .where('initiatives.hidden_at', 'is', null)
      .where('initiatives.status', '!=', 'stopped')
      .where((eb) =>
        eb(eb('initiative_needs.quantity_needed', '-', eb.ref('initiative_needs.quantity_pledged')), '>=', 20_000),
      )
      .orderBy('initiative_needs.id')
      .execute();
    if (residents.length < LOGINS || neighbourhoods.length === 0)
      throw new Error(
        `the generated city lacks what the mix needs: ${residents.length} residents to log in, ${neighbourhoods.length} neighbourhoods`,
      );
    return {
      generatedMs,
      emails: residents.map((row) => row.email ?? ''),
      neighbourhoods: neighbourhoods.map((row) => row.id),
      moneyNeeds,
    };
  } finally {
    await opened.close();
  }
}
type City = Awaited<ReturnType<typeof buildCity>>;

interface ServerProcess {
  child: ChildProcess;
  address: string;
  memory(): Promise<Extract<ServerMessage, { type: 'memory' }>>;
  tell(message: ParentMessage): void;
  exited: Promise<number | null>;
}

async function startServer(url: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load-server.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      LOAD_AUTH_LIMIT: String(AUTH_LIMIT_PER_MINUTE),
      LOAD_WRITE_LIMIT: String(WRITE_LIMIT_PER_MINUTE),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const address = await new Promise<string>((resolve, reject) => {
    child.on('message', (message: ServerMessage) => {
      if (message.type === 'listening') resolve(message.address);
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
  return {
    child,
    address,
    exited,
    tell: (message) => child.send(message),
    memory: () =>
      new Promise((resolve) => {
        const listener = (message: ServerMessage) => {
          if (message.type !== 'memory') return;
          child.off('message', listener);
          resolve(message);
        };
        child.on('message', listener);
        child.send('report' satisfies ParentMessage);
      }),
  };
}

interface Session {
  cookie: string;
  csrf: string;
}

async function logIn(address: string, email: string): Promise<Session> {
  const response = await fetch(`${address}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: GENERATED_RESIDENT_PASSWORD }),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`log-in of ${email}: ${response.status} ${text}`);
  const cookie = /ws_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? '';
  return { cookie: `ws_session=${cookie}`, csrf: (JSON.parse(text) as { csrfToken: string }).csrfToken };
}

/** Log-ins a few at a time (each hashes a password). */
async function logInAll(address: string, emails: readonly string[]): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let i = 0; i < emails.length; i += 4)
    sessions.push(...(await Promise.all(emails.slice(i, i + 4).map((email) => logIn(address, email)))));
  return sessions;
}

/**
 * Money needs that cannot fill up during the run: the generated ones with plenty left, and ten of
 * EUR 1,000,000 on an initiative the first resident starts for the bench.
 */
async function benchNeeds(address: string, city: City, organiser: Session): Promise<City['moneyNeeds']> {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${address}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: organiser.cookie, 'x-csrf-token': organiser.csrf },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${text}`);
    return JSON.parse(text) as { id: string };
  };
  const initiative = await post('/api/v1/initiatives', {
    title: 'Buurtfonds voor de belasting',
    summary: 'Een initiatief dat de belastingproef opzet: veel kleine toezeggingen tegelijk.',
    domain: 'work_and_economy',
    areaIds: [city.neighbourhoods[0]],
  });
  const created: City['moneyNeeds'] = [];
  for (let i = 1; i <= 10; i++) {
    const need = await post(`/api/v1/initiatives/${initiative.id}/needs`, {
      kind: 'money',
      title: `Buurtfonds deel ${i}`,
      amountCents: 100_000_000,
    });
    created.push({ id: need.id, initiative_id: initiative.id });
  }
  return [...city.moneyNeeds, ...created];
}

type Kind = 'initiatives' | 'areas' | 'budget-rounds' | 'open-needs' | 'help-request' | 'pledge';
const READS: ReadonlyArray<[Kind, string]> = [
  ['initiatives', '/api/v1/initiatives'],
  ['areas', '/api/v1/areas?kind=neighbourhood'],
  ['budget-rounds', '/api/v1/budget-rounds'],
  ['open-needs', '/api/v1/open-needs'],
];

/** A small deterministic generator (mulberry32), so runs draw the same mix. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface KindStats {
  statuses: Map<number, number>;
  latencies: number[];
}

interface Slow {
  kind: Kind;
  /** Milliseconds into the run when it was sent. */
  sentAt: number;
  ms: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Spec {
  kind: Kind;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

type Answer = { status: number } | { error: string };

/** A request without a per-request timeout beyond TIMEOUT_MS (then: 'timeout'). */
function send(agent: Agent, address: URL, spec: Pick<Spec, 'method' | 'path' | 'headers' | 'body'>): Promise<Answer> {
  return new Promise((resolve) => {
    let timedOut = false;
    const request = httpRequest(
      {
        host: address.hostname,
        port: address.port,
        method: spec.method,
        path: spec.path,
        agent,
        headers:
          spec.body === undefined ? spec.headers : { ...spec.headers, 'content-length': Buffer.byteLength(spec.body) },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
        response.on('error', (error: NodeJS.ErrnoException) =>
          resolve({ error: timedOut ? 'timeout' : (error.code ?? error.message) }),
        );
      },
    );
    request.setTimeout(TIMEOUT_MS, () => {
      timedOut = true;
      request.destroy();
    });
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ error: timedOut ? 'timeout' : (error.code ?? error.message) }),
    );
    request.end(spec.body);
  });
}

/**
 * The load: CONNECTIONS keep-alive connections, opened first with one cheap request each (GET /health)
 * while the server is idle, then as many clients, each sending its next request as soon as the last is
 * answered, for SECONDS. Opening them first matters: Node 20's event loop (libuv 1.46, which no longer
 * accepts in a loop) takes one new connection per turn, so 200 connections opened at once against a
 * server they already saturate get in one by one over tens of seconds (autocannon does that, and counts
 * the waits as 10-s timeouts).
 */
async function runLoad(address: string, city: City, sessions: Session[], moneyNeeds: City['moneyNeeds']) {
  const url = new URL(address);
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS, maxFreeSockets: CONNECTIONS });
  const sockets = new Set<Socket>();
  agent.on('free', (socket: Socket) => sockets.add(socket));
  let started = performance.now();
  const warm = await Promise.all(
    Array.from({ length: CONNECTIONS }, () => send(agent, url, { method: 'GET', path: '/health', headers: {} })),
  );
  const warmupMs = performance.now() - started;
  if (warm.some((answer) => !('status' in answer) || answer.status !== 200) || sockets.size !== CONNECTIONS)
    throw new Error(`could not open ${CONNECTIONS} connections: ${sockets.size} open`);

  const random = seeded(20260601);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  let written = 0;
  const next = (): Spec => {
    if (random() * 100 >= WRITE_PERCENT) {
      const [kind, path] = pick(READS);
      return { kind, method: 'GET', path, headers: {} };
    }
    const session = pick(sessions);
    const headers = { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf };
    written++;
    if (random() < 0.5)
      return {
        kind: 'help-request',
        method: 'POST',
        path: '/api/v1/help-requests',
        headers,
        body: JSON.stringify({
          kind: 'errands',
          title: `Boodschappen ${written}`,
          description: 'Een keer naar de supermarkt.',
          areaId: pick(city.neighbourhoods),
          when: { schedule: 'once', date: inAWeek, dayParts: ['morning'] },
        }),
      };
    const need = pick(moneyNeeds);
    return {
      kind: 'pledge',
      method: 'POST',
      path: `/api/v1/initiatives/${need.initiative_id}/needs/${need.id}/pledges`,
      headers,
      body: JSON.stringify({ amountCents: 1 + Math.floor(random() * 10) }),
    };
  };

  const perKind = new Map<Kind, KindStats>();
  const statuses = new Map<number, number>();
  const errors = new Map<string, number>();
  const latencies: number[] = [];
  const slowest: Slow[] = [];
  const before = new Set(sockets);
  started = performance.now();
  const deadline = started + SECONDS * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const spec = next();
      const sentAt = performance.now();
      const answer = await send(agent, url, spec);
      const ms = performance.now() - sentAt;
      if ('error' in answer) {
        errors.set(answer.error, (errors.get(answer.error) ?? 0) + 1);
        continue;
      }
      latencies.push(ms);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      let entry = perKind.get(spec.kind);
      if (!entry) perKind.set(spec.kind, (entry = { statuses: new Map(), latencies: [] }));
      entry.statuses.set(answer.status, (entry.statuses.get(answer.status) ?? 0) + 1);
      entry.latencies.push(ms);
      if (slowest.length < 5 || ms > (slowest[slowest.length - 1]?.ms ?? 0)) {
        slowest.push({ kind: spec.kind, sentAt: sentAt - started, ms });
        slowest.sort((a, b) => b.ms - a.ms);
        slowest.length = Math.min(slowest.length, 5);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, client));
  const elapsedMs = performance.now() - started;
  const reconnected = [...sockets].filter((socket) => !before.has(socket)).length;
  agent.destroy();
  return { elapsedMs, warmupMs, reconnected, perKind, statuses, errors, latencies, slowest };
}

function printRun(
  dialect: string,
  city: City,
  loginMs: number,
  run: Awaited<ReturnType<typeof runLoad>>,
  memory: Extract<ServerMessage, { type: 'memory' }>,
  baseline: MemorySample,
): boolean {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const total = sorted.length;
  const count = (predicate: (status: number) => boolean) =>
    [...run.statuses.entries()].filter(([status]) => predicate(status)).reduce((sum, [, n]) => sum + n, 0);
  const non2xx = count((status) => status < 200 || status >= 300);
  const serverErrors = count((status) => status >= 500);
  const errorCount = [...run.errors.values()].reduce((sum, n) => sum + n, 0);
  const list = (entries: Iterable<[number | string, number]>) =>
    [...entries].map(([key, n]) => `${key}: ${n.toLocaleString('en')}`).join(', ');
  console.log(
    `\n--- ${dialect}: ${RESIDENTS.toLocaleString('en')} residents generated in ${seconds(city.generatedMs)}; ` +
      `${LOGINS} residents logged in in ${seconds(loginMs)}; ${CONNECTIONS} connections opened in ${seconds(run.warmupMs)} ---`,
  );
  console.log(
    `${CONNECTIONS} connections, ${seconds(run.elapsedMs)}: ${total.toLocaleString('en')} answers, ` +
      `${Math.round(total / (run.elapsedMs / 1000)).toLocaleString('en')} requests/s; latency p50 ${percentile(sorted, 50).toFixed(0)} ms, ` +
      `p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted[total - 1] ?? 0).toFixed(0)} ms`,
  );
  console.log(
    `errors ${errorCount}${errorCount > 0 ? ` (${list(run.errors)})` : ''} (timeout after ${TIMEOUT_MS / 1000} s), ` +
      `non-2xx ${non2xx}, 5xx ${serverErrors}, 429 ${run.statuses.get(429) ?? 0}; by status: ${list(run.statuses)}; ` +
      `connections reopened during the run: ${run.reconnected}`,
  );
  console.log('kind              requests   p50 ms   p99 ms   max ms   statuses');
  for (const [kind, entry] of [...run.perKind.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const ofKind = [...entry.latencies].sort((a, b) => a - b);
    console.log(
      `${kind.padEnd(16)} ${String(ofKind.length).padStart(9)} ${percentile(ofKind, 50).toFixed(0).padStart(8)} ` +
        `${percentile(ofKind, 99).toFixed(0).padStart(8)} ${(ofKind[ofKind.length - 1] ?? 0).toFixed(0).padStart(8)}   ${list(entry.statuses)}`,
    );
  }
  console.log(
    `slowest answers: ${run.slowest.map((slow) => `${slow.kind} sent at ${seconds(slow.sentAt)} took ${Math.round(slow.ms)} ms`).join('; ')}`,
  );
  // Memory over the run, in tenths: bounded means it levels off rather than climbing to the end.
  const tenths = Array.from({ length: 10 }, (_, i) => {
    const from = (i * SECONDS * 1000) / 10;
    const to = ((i + 1) * SECONDS * 1000) / 10;
    const inTenth = memory.samples.filter((s) => s.at >= from && s.at < to).map((s) => s.rss);
    return inTenth.length > 0 ? Math.max(...inTenth) : undefined;
  });
  const peakOf = (values: Array<number | undefined>) => Math.max(0, ...values.filter((v) => v !== undefined));
  const firstHalf = peakOf(tenths.slice(0, 5));
  const lastHalf = peakOf(tenths.slice(5));
  console.log(
    `server memory: RSS ${mb(baseline.rss)} before the load, peak ${mb(memory.peakRss)} ` +
      `(lifetime peak of the process; heap used peak ${mb(memory.peakHeapUsed)}, heap total peak ${mb(memory.peakHeapTotal)}, external peak ${mb(memory.peakExternal)}); ` +
      `RSS peak per tenth of the run: ${tenths.map((rss) => (rss === undefined ? '-' : Math.round(rss / 2 ** 20))).join(' ')} MB; ` +
      `second half vs first half ${lastHalf > 0 && firstHalf > 0 ? `${(((lastHalf - firstHalf) / firstHalf) * 100).toFixed(0)}%` : 'n/a'}`,
  );
  console.log(
    `rate limits: log-in limit set to ${AUTH_LIMIT_PER_MINUTE.toLocaleString('en')} a minute per IP for the bench ` +
      `(default 10: all log-ins come from 127.0.0.1); per-account write limits set to ${WRITE_LIMIT_PER_MINUTE.toLocaleString('en')} ` +
      `a minute (default: help requests and pledges 60 an hour each); reads carry no limit`,
  );
  return errorCount === 0 && non2xx === 0 && run.reconnected === 0;
}

/** The server's resident memory as the kernel counts it (Linux), independent of its busy event loop. */
function kernelMemory(pid: number | undefined): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const bytes = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
    const memory = { rss: bytes('VmRSS'), peak: bytes('VmHWM') };
    return Number.isFinite(memory.rss) && Number.isFinite(memory.peak) ? memory : undefined;
  } catch {
    return undefined;
  }
}

async function benchOn(target: Target): Promise<boolean> {
  try {
    console.log(`\n${target.dialect}: generating ${RESIDENTS.toLocaleString('en')} residents…`);
    const city = await buildCity(target);
    const server = await startServer(target.url);
    try {
      let started = performance.now();
      const sessions = await logInAll(server.address, city.emails);
      const loginMs = performance.now() - started;
      server.tell('reset');
      const baseline = (await server.memory()).samples[0] as MemorySample;
      started = performance.now();
      const moneyNeeds = await benchNeeds(server.address, city, sessions[0] as Session);
      // RSS every 250 ms from outside (the server's own timer waits for its event loop under load).
      const rss: MemorySample[] = [];
      const sampling = setInterval(() => {
        const memory = kernelMemory(server.child.pid);
        if (memory) rss.push({ at: performance.now() - started, rss: memory.rss, heapUsed: 0 });
      }, 250);
      started = performance.now();
      const run = await runLoad(server.address, city, sessions, moneyNeeds);
      clearInterval(sampling);
      const memory = await server.memory();
      const kernelPeak = kernelMemory(server.child.pid)?.peak ?? 0;
      return printRun(
        target.dialect,
        city,
        loginMs,
        run,
        { ...memory, peakRss: Math.max(memory.peakRss, kernelPeak), samples: rss.length > 0 ? rss : memory.samples },
        baseline,
      );
    } finally {
      server.tell('stop');
      const code = await server.exited;
      if (code !== 0) console.error(`the server exited with ${code}`);
    }
  } finally {
    await target.drop();
  }
}

console.log(
  `Load: ${CONNECTIONS} connections for ${SECONDS} s; ${100 - WRITE_PERCENT}% public reads ` +
    `(${READS.map(([, path]) => path).join(', ')}), ${WRITE_PERCENT}% logged-in writes (help requests, pledges on money needs) ` +
    `by ${LOGINS} residents; machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${mb(totalmem())} RAM, Node ${process.version}, ` +
    `load average ${loadavg()[0]?.toFixed(1)} at the start`,
);
let ok = await benchOn(sqliteTarget());
if (process.env.BENCH_POSTGRES_URL) ok = (await benchOn(await postgresTarget(process.env.BENCH_POSTGRES_URL))) && ok;
else
  console.log(
    '\npostgres: skipped (set BENCH_POSTGRES_URL=postgres://user@host/db, a server where the bench may create and drop a database)',
  );
if (!ok) {
  console.error('\nFAILED: connection errors, timeouts or non-2xx answers under load');
  process.exit(1);
}
