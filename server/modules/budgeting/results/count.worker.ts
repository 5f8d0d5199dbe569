import { parentPort, workerData } from 'node:worker_threads';
import type { CountOptions } from '../counting/count-result.ts';
import { countVotes } from '../counting/count-votes.ts';
import type { ApprovalElection } from '../counting/election.ts';

// Runs in a worker thread, loaded through tsx's require hook (see count-in-worker.ts): no
// top-level await and no import.meta here. Fractions are bigints, which structured clone carries.
const { election, options } = workerData as { election: ApprovalElection; options: CountOptions };
try {
  parentPort?.postMessage({ ok: true, result: countVotes(election, options) });
} catch (error) {
  parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
