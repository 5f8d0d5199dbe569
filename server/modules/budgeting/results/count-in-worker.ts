import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CountOptions, CountResult } from '../counting/count-result.ts';
import type { ApprovalElection } from '../counting/election.ts';
import type { PabulibSource } from './pabulib-export.ts';

export type Counter = (election: ApprovalElection, options: CountOptions) => Promise<CountResult>;

/** Run from the TypeScript sources (tsx, Vitest), or from the bundle in dist/server (scripts/build.mjs). */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

/** The compiled worker, count.worker.js, sits next to every file of the bundle. */
const BUNDLED_WORKER = new URL('./count.worker.js', import.meta.url);

function startWorker(workerData: unknown): Worker {
  if (!FROM_SOURCE) return new Worker(BUNDLED_WORKER, { workerData });
  // From source the worker loads the TypeScript through tsx's require hook, which works the same
  // under `tsx` (npm run dev) and under Vitest.
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const file = fileURLToPath(new URL('./count.worker.ts', import.meta.url));
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(file)});`;
  return new Worker(boot, { eval: true, workerData });
}

/** Runs one task of count.worker.ts in a fresh worker thread and returns its answer. */
function inWorker<T>(workerData: unknown, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(workerData);
    let settled = false;
    worker.once('message', (message: { ok: true; result: T } | { ok: false; error: string }) => {
      settled = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(message.error));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the ${what} worker stopped (exit code ${code}) without an answer`));
    });
  });
}

/** Counts in a worker thread, so a large count never blocks the requests of this instance. */
export const countInWorker: Counter = (election, options) =>
  inWorker<CountResult>({ task: 'count', election, options }, 'count');

/** Writes a round's Pabulib file in a worker thread: a large round has many ballots to write out. */
export const buildPabulibInWorker = (source: PabulibSource): Promise<string> =>
  inWorker<string>({ task: 'pabulib', source }, 'Pabulib');
