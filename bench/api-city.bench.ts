import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { cpuTime } from './cpu-time.ts';
import { benchTargets, generateCity, type Target } from './targets.ts';

// The public lists beside a bare Fastify server answering the same bytes (issue 15), on a generated
// city (default 100,000 residents), on SQLite and, with `npm run bench -- --postgres` or
// BENCH_POSTGRES_URL, on PostgreSQL. Our server runs in its own process (bench/load-server.ts,
// compiled ahead of time as `npm start` runs the server, without request logging, periodic jobs off
// so that only requests are measured), the baseline in another
// (bench/bare-server.ts), and the load generator (autocannon, CONNECTIONS keep-alive connections) in
// this one. Per list: a warm-up, then ROUNDS rounds of SECONDS each, baseline and ours alternately
// so that a busy machine weighs on both alike; the medians are printed, with the ratio. A last row
// asks for the first list with the ETag it got: 304 Not Modified. Besides req/s and latency, each
// server's CPU time per answer (its own process; on PostgreSQL the database's work is not in it),
// which a busy machine disturbs less. BENCH_PROFILE=<folder> writes a CPU profile of our server.
const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const LISTS = process.env.BENCH_PATHS?.split(',') ?? [
  '/api/v1/initiatives',
  '/api/v1/open-needs',
  '/api/v1/budget-rounds',
  '/api/v1/areas?kind=neighbourhood',
  '/api/v1/monitor/figures',
  '/api/v1/monitor/map?indicator=participation',
];

interface Server {
  address: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** A server process that reports { type: 'listening', address } over IPC and stops on 'stop'. */
async function startServer(args: string[], env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const address = await new Promise<string>((resolve, reject) => {
    child.on('message', (message: { type: string; address: string }) => {
      if (message.type === 'listening') resolve(message.address);
    });
    void exited.then((code) => reject(new Error(`${args.join(' ')} exited (${code}) before listening`)));
  });
  return {
    address,
    child,
    stop: async () => {
      child.send('stop');
      await exited;
    },
  };
}

interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** The server process's CPU time (user and system) per answer, in µs: steadier than req/s on a busy machine. */
  cpuPerRequest: number;
  /** Errors, timeouts and answers of another status class than expected. */
  failed: number;
}

async function load(
  server: Server,
  path: string,
  seconds: number,
  expect: '2xx' | '3xx' = '2xx',
  headers = {},
): Promise<Run> {
  const cpuBefore = cpuTime(server.child.pid);
  const result = await autocannon({
    url: `${server.address}${path}`,
    connections: CONNECTIONS,
    duration: seconds,
    headers,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuPerRequest: (cpuTime(server.child.pid) - cpuBefore) / Math.max(1, result.requests.total),
    failed: result.errors + result.timeouts + result.requests.total - result[expect],
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const pad = (value: string | number, width: number) => String(value).padStart(width);

/** bench/load-server.ts bundled as scripts/build.mjs bundles server/main.ts, into dist/bench/ (beside node_modules). */
async function compileServer(): Promise<string> {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  await build({
    entryPoints: { 'load-server': 'bench/load-server.ts' },
    outdir: 'dist/bench',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    define: { 'process.env.WAKKERE_STAD_VERSION': JSON.stringify(version) },
  });
  return 'dist/bench/load-server.js';
}
const compiled = await compileServer();

async function benchOn(target: Target): Promise<boolean> {
  let ok = true;
  const dir = mkdtempSync(join(tmpdir(), 'ws-bench-bare-'));
  let ours: Server | undefined;
  let bare: Server | undefined;
  try {
    console.log(`\n${target.dialect}: generating ${RESIDENTS.toLocaleString('en')} residents…`);
    const generatedMs = await generateCity(target, RESIDENTS);
    console.log(`${target.dialect}: generated in ${(generatedMs / 1000).toFixed(1)} s`);
    const profile = process.env.BENCH_PROFILE ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
    ours = await startServer([...profile, compiled], { DATABASE_URL: target.url, LOAD_JOBS: 'false' });
    const bodies: Record<string, string> = {};
    for (const path of LISTS) {
      const response = await fetch(`${ours.address}${path}`);
      bodies[path] = await response.text();
      if (response.status !== 200) throw new Error(`${path}: ${response.status} ${bodies[path]}`);
    }
    writeFileSync(join(dir, 'bodies.json'), JSON.stringify(bodies));
    bare = await startServer(['--import', 'tsx', 'bench/bare-server.ts'], { BARE_BODIES: join(dir, 'bodies.json') });

    console.log(
      `\n${target.dialect}: ${CONNECTIONS} connections, median of ${ROUNDS} rounds of ${SECONDS} s, baseline and ours alternately`,
    );
    const width = Math.max(33, ...LISTS.map((path) => path.length + 6));
    console.log(`${'list'.padEnd(width)}   bytes │ bare req/s  p50  p99 µs/req │ ours req/s  p50  p99 µs/req │ ratio`);
    const figures = (runs: Run[] | undefined) => {
      if (!runs) return `${pad('—', 10)} ${pad('', 4)} ${pad('', 4)} ${pad('', 6)}`;
      const of = (pick: (run: Run) => number) => median(runs.map(pick));
      return (
        `${pad(Math.round(of((r) => r.requestsPerSecond)), 10)} ${pad(
          of((r) => r.p50),
          4,
        )} ` +
        `${pad(
          of((r) => r.p99),
          4,
        )} ${pad(Math.round(of((r) => r.cpuPerRequest)), 6)}`
      );
    };
    const row = (path: string, bytes: number, base: Run[] | undefined, mine: Run[]) => {
      const rate = (runs: Run[]) => median(runs.map((r) => r.requestsPerSecond));
      const ratio = base ? (rate(mine) / rate(base)).toFixed(2) : '—';
      const failed = [...(base ?? []), ...mine].reduce((sum, r) => sum + r.failed, 0);
      if (failed > 0) ok = false;
      console.log(
        `${path.padEnd(width)} ${pad(bytes, 7)} │ ${figures(base)} │ ${figures(mine)} │ ${pad(ratio, 5)}` +
          (failed > 0 ? `  (${failed} errors or unexpected statuses!)` : ''),
      );
    };
    for (const path of LISTS) {
      await load(bare, path, 1);
      await load(ours, path, 1);
      const base: Run[] = [];
      const mine: Run[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        base.push(await load(bare, path, SECONDS));
        mine.push(await load(ours, path, SECONDS));
      }
      row(path, Buffer.byteLength(bodies[path] ?? ''), base, mine);
    }
    const first = LISTS[0] ?? '/api/v1/initiatives';
    const etag = (await fetch(`${ours.address}${first}`)).headers.get('etag') ?? '';
    const notModified: Run[] = [];
    for (let round = 0; round < ROUNDS; round++)
      notModified.push(await load(ours, first, SECONDS, '3xx', { 'if-none-match': etag }));
    row(`${first} (304)`, 0, undefined, notModified);
  } finally {
    await bare?.stop();
    await ours?.stop();
    rmSync(dir, { recursive: true, force: true });
    await target.drop();
  }
  return ok;
}

console.log(
  `Public lists beside bare Fastify serving the same bytes; machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} at the start`,
);
let ok = true;
for (const target of await benchTargets()) ok = (await benchOn(await target())) && ok;
if (!ok) {
  console.error('\nFAILED: errors, timeouts or unexpected statuses');
  process.exit(1);
}
