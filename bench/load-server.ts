import { createApp } from '../server/app.ts';
import { randomIds, systemClock } from '../server/clock.ts';
import { parseDatabaseUrl } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import { createJobRunner, defaultInstanceId } from '../server/platform/jobs/job-runner.ts';

// The server under load for bench/load.bench.ts and bench/api-city.bench.ts (not a bench itself:
// run.ts runs only *.bench.ts). As server/main.ts, with the job runner (LOAD_JOBS=false leaves it
// out), but with the log-in limit the bench sets and without request logging; it samples its own
// memory and reports it to the parent over IPC.

export interface MemorySample {
  /** Milliseconds since the last 'reset'. */
  at: number;
  rss: number;
  heapUsed: number;
}

export type ServerMessage =
  | { type: 'listening'; address: string }
  | {
      type: 'memory';
      peakRss: number;
      peakHeapUsed: number;
      peakHeapTotal: number;
      peakExternal: number;
      samples: MemorySample[];
    };

export type ParentMessage = 'reset' | 'report' | 'stop';

const SAMPLE_EVERY_MS = 100;

const send = (message: ServerMessage) => process.send?.(message);

const database = openDatabase(parseDatabaseUrl(process.env.DATABASE_URL ?? ''));
await migrateToLatest(database.db);
const { app, jobs } = await createApp({
  db: database.db,
  clock: systemClock,
  ids: randomIds,
  authRateLimit: { max: Number(process.env.LOAD_AUTH_LIMIT ?? 10), timeWindow: 60_000 },
  // The bench's residents write far more often than people do; load.bench.ts sets and prints the limit.
  ...(process.env.LOAD_WRITE_LIMIT
    ? {
        writeLimits: {
          content: { max: Number(process.env.LOAD_WRITE_LIMIT), timeWindow: 60_000 },
          general: { max: Number(process.env.LOAD_WRITE_LIMIT), timeWindow: 60_000 },
        },
      }
    : {}),
});
const runner = createJobRunner(jobs, {
  db: database.db,
  clock: systemClock,
  log: app.log,
  instanceId: defaultInstanceId(),
});
if (process.env.LOAD_JOBS !== 'false') runner.start();

let since = performance.now();
let peak = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0 };
let samples: MemorySample[] = [];
function sample(): void {
  const memory = process.memoryUsage();
  peak = {
    rss: Math.max(peak.rss, memory.rss),
    heapUsed: Math.max(peak.heapUsed, memory.heapUsed),
    heapTotal: Math.max(peak.heapTotal, memory.heapTotal),
    external: Math.max(peak.external, memory.external),
  };
  samples.push({ at: Math.round(performance.now() - since), rss: memory.rss, heapUsed: memory.heapUsed });
}
const sampler = setInterval(sample, SAMPLE_EVERY_MS);

process.on('message', (message: ParentMessage) => {
  if (message === 'reset') {
    since = performance.now();
    peak = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0 };
    samples = [];
    sample();
  } else if (message === 'report') {
    sample();
    send({
      type: 'memory',
      peakRss: peak.rss,
      peakHeapUsed: peak.heapUsed,
      peakHeapTotal: peak.heapTotal,
      peakExternal: peak.external,
      samples,
    });
  } else if (message === 'stop') {
    clearInterval(sampler);
    void runner
      .stop()
      .then(() => app.close())
      .then(() => database.close())
      .then(() => process.exit(0));
  }
});

send({ type: 'listening', address: await app.listen({ port: 0, host: '127.0.0.1' }) });
