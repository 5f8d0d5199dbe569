import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CountOptions, CountResult } from '../counting/count-result.ts';
import type { ApprovalElection } from '../counting/election.ts';

export type Counter = (election: ApprovalElection, options: CountOptions) => Promise<CountResult>;

const WORKER_FILE = fileURLToPath(new URL('./count.worker.ts', import.meta.url));

/**
 * Counts in a worker thread, so a large count never blocks the requests of this instance. The
 * worker loads the TypeScript sources through tsx's require hook, which works the same under
 * `tsx` (the server and the CLI) and under Vitest.
 */
export const countInWorker: Counter = (election, options) =>
  new Promise((resolve, reject) => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
    const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(WORKER_FILE)});`;
    const worker = new Worker(boot, { eval: true, workerData: { election, options } });
    let settled = false;
    worker.once('message', (message: { ok: true; result: CountResult } | { ok: false; error: string }) => {
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
      if (!settled) reject(new Error(`the count worker stopped (exit code ${code}) without an answer`));
    });
  });
