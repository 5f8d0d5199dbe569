import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { countInWorker } from './count-in-worker.ts';
import { countVotes } from '../counting/count-votes.ts';
import { toApprovalElection } from '../pabulib/pabulib-election.ts';
import { parsePabulib } from '../pabulib/pabulib-parse.ts';

const WIELICZKA = new URL('../../../../test/fixtures/pabulib/Poland_Wieliczka_2023_Green_Budget.pb', import.meta.url);

test(
  'a count in the worker gives the same result as in-process, and the event loop stays free meanwhile',
  { timeout: 60_000 },
  async () => {
    const election = toApprovalElection(parsePabulib(readFileSync(WIELICZKA, 'utf8')));
    const options = { rule: 'equal-shares-add1', tieBreak: ['min-cost', 'max-votes'] } as const;
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const inWorker = await countInWorker(election, options);
    delay.disable();
    const started = performance.now();
    const inProcess = countVotes(election, options);
    const blockingMs = performance.now() - started;
    // Counted here, the thread is blocked for the whole count; in the worker only for moments.
    expect(delay.max / 1e6).toBeLessThan(Math.max(blockingMs, 100));
    expect(inWorker.selected).toEqual(inProcess.selected);
    expect(inWorker.selected.length).toBeGreaterThan(20);
  },
);

test('a count that fails in the worker rejects with the reason', async () => {
  await expect(
    countInWorker(
      { budget: { num: 10n, den: 1n }, projects: [{ id: 'a', cost: { num: 1n, den: 1n } }], ballots: [['b']] },
      { rule: 'greedy' },
    ),
  ).rejects.toThrow(/unknown project b/);
});
