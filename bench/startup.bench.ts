import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { cpuTime } from './cpu-time.ts';
import { benchTargets, generateCity, type Target } from './targets.ts';

// Server start-up on an existing database (issue 15): the compiled server as `npm start` runs it
// (dist/server/main.js with source maps on; scripts/build.mjs builds it first when a source
// changed), from spawning the process to the first 200 of GET /health/ready (database reachable,
// migrations current), on a generated city of BENCH_RESIDENTS (100,000) residents, RUNS (5) times;
// beside it the baseline: a bare Fastify process from spawning to its first answer.
const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Milliseconds from spawning `args` until `path` (on the port it is given) first answers 200, and the CPU time used by then. */
async function timeToReady(
  args: string[],
  env: Record<string, string>,
  path: string,
): Promise<{ ms: number; cpuMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  try {
    for (;;) {
      if (gone) throw new Error(`${args.join(' ')} exited before it was ready`);
      const ok = await fetch(`http://127.0.0.1:${port}${path}`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ok) return { ms: performance.now() - started, cpuMs: cpuTime(child.pid) / 1000 };
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const BARE = `
  import Fastify from 'fastify';
  const app = Fastify();
  app.get('/', async () => ({ status: 'ok' }));
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const summary = (runs: Array<{ ms: number; cpuMs: number }>) =>
  `median ${Math.round(median(runs.map((run) => run.ms)))} ms (${runs.map((run) => Math.round(run.ms)).join(', ')}), ` +
  `CPU time by then median ${Math.round(median(runs.map((run) => run.cpuMs)))} ms`;

async function benchOn(target: Target): Promise<void> {
  try {
    const generatedMs = await generateCity(target, RESIDENTS);
    console.log(
      `\n${target.dialect}: ${RESIDENTS.toLocaleString('en')} residents generated in ${(generatedMs / 1000).toFixed(1)} s`,
    );
    const bare: Array<{ ms: number; cpuMs: number }> = [];
    const ours: Array<{ ms: number; cpuMs: number }> = [];
    for (let run = 0; run < RUNS; run++) {
      bare.push(await timeToReady(['--input-type=module', '--eval', BARE], {}, '/'));
      ours.push(
        await timeToReady(
          ['--enable-source-maps', 'dist/server/main.js'],
          { DATABASE_URL: target.url, HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
          '/health/ready',
        ),
      );
    }
    console.log(`bare Fastify process, spawn to first answer:        ${summary(bare)}`);
    console.log(`Wakkere Stad (dist/server/main.js), spawn to ready:  ${summary(ours)}`);
  } finally {
    await target.drop();
  }
}

const built = spawnSync(process.execPath, ['scripts/build.mjs', 'server'], { encoding: 'utf8' });
if (built.status !== 0) throw new Error(`node scripts/build.mjs server failed:\n${built.stdout}${built.stderr}`);
console.log(
  `Start-up on an existing database; machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ` +
    `load average ${loadavg()[0]?.toFixed(1)} at the start`,
);
for (const target of await benchTargets()) await benchOn(await target());
