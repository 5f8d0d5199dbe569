import { parentPort, workerData } from 'node:worker_threads';
import type { CountOptions } from '../counting/count-result.ts';
import { countVotes } from '../counting/count-votes.ts';
import type { ApprovalElection } from '../counting/election.ts';
import { roundToPabulibText } from '../rounds/round-pabulib.ts';
import type { PabulibSource } from './pabulib-export.ts';
import type { StoredBallot } from './round-election.ts';

// Runs in a worker thread, loaded through tsx's require hook (see count-in-worker.ts): no
// top-level await and no import.meta here. Fractions are bigints, which structured clone carries.
// Two tasks, both too heavy for the request thread: a count, and writing a round's Pabulib file.
type Task =
  { task?: 'count'; election: ApprovalElection; options: CountOptions } | { task: 'pabulib'; source: PabulibSource };

function run(data: Task): unknown {
  if (data.task !== 'pabulib') return countVotes(data.election, data.options);
  const { round, areaNames, projects, ballots, counted } = data.source;
  const stored: StoredBallot[] = ballots.map((row) => ({
    projectIds: JSON.parse(row.choices_json) as string[],
    source: row.source,
  }));
  return roundToPabulibText(round, areaNames, projects, stored, counted);
}

try {
  parentPort?.postMessage({ ok: true, result: run(workerData as Task) });
} catch (error) {
  parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
