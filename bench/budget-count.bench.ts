import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism as cpuCount, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { countPrepared } from '../server/modules/budgeting/counting/count-votes.ts';
import { prepareElection } from '../server/modules/budgeting/counting/election.ts';
import { runEqualSharesExact } from '../server/modules/budgeting/counting/equal-shares-run.ts';
import * as F from '../server/modules/budgeting/counting/fraction.ts';
import { toApprovalElection } from '../server/modules/budgeting/pabulib/pabulib-election.ts';
import { parsePabulib } from '../server/modules/budgeting/pabulib/pabulib-parse.ts';

// `npx tsx bench/budget-count.bench.ts`: the largest Pabulib instance at hand (Kraków 2022:
// 42,965 voters, 93 projects), counted by equal shares with add1.
const path = fileURLToPath(new URL('../../shared/data/pabulib/Poland_Krakow_2022.pb', import.meta.url));
const RUNS = 5;

if (!existsSync(path)) {
  console.log(
    `Skipped: ${path} is not there. The benchmark needs the shared Pabulib data next to the repository (../shared).`,
  );
  process.exit(0);
}

const ms = (start: number): number => performance.now() - start;
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

let start = performance.now();
const text = readFileSync(path, 'utf8');
const file = parsePabulib(text);
const parseMs = ms(start);
start = performance.now();
const election = prepareElection(toApprovalElection(file));
const prepareMs = ms(start);
const heapBefore = process.memoryUsage().heapUsed;

const times: number[] = [];
let result = countPrepared(election, { rule: 'equal-shares-add1' });
for (let run = 0; run < RUNS; run += 1) {
  start = performance.now();
  result = countPrepared(election, { rule: 'equal-shares-add1' });
  times.push(ms(start));
}
const heapAfter = process.memoryUsage().heapUsed;
times.sort((a, b) => a - b);
const summary = result.equalShares;
const perVoterBudget = summary?.perVoterBudget ?? F.ZERO;

start = performance.now();
runEqualSharesExact({ election, perVoterBudget, utility: 'cost', tieBreak: [], trace: true });
const exactMs = ms(start);

console.log(
  `Kraków 2022: ${election.voterCount} voters, ${election.projects.length} projects, ${(text.length / 2 ** 20).toFixed(1)} MB`,
);
console.log(`  read and parse            ${parseMs.toFixed(0)} ms`);
console.log(`  index ballots             ${prepareMs.toFixed(0)} ms`);
console.log(
  `  equal shares with add1    ${times[Math.floor(RUNS / 2)]?.toFixed(0)} ms median, ${times[0]?.toFixed(0)} ms best of ${RUNS}`,
);
console.log(
  `    ${summary?.raises} raises to ${F.toDecimalString(perVoterBudget)} per voter (${summary?.stopReason}), ${result.selected.length} projects, cost ${F.toDecimalString(result.totalCost)}`,
);
console.log(`  one run in exact fractions only, for comparison: ${exactMs.toFixed(0)} ms`);
console.log(
  `  memory: heap ${mb(heapBefore)} with the election loaded, ${mb(heapAfter)} after counting; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
);

// The whole process, as a user runs it (issue 15 compares this with the equalshares.net compute
// tool's 10.0 s on this machine): the built CLI, start-up included. Wall time depends on how busy
// the machine is; CPU time (user + system, from bash's `times`) much less, so both are printed.
const cli = fileURLToPath(new URL('../dist/server/cli.js', import.meta.url));
if (!existsSync(cli)) console.log('  whole process: skipped, build first (`npm run build`)');
else {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    start = performance.now();
    const { stdout, status } = spawnSync(
      'bash',
      ['-c', `node "$0" budget count "$1" --rule equal-shares-add1 >/dev/null && times`, cli, path],
      { encoding: 'utf8' },
    );
    walls.push(ms(start));
    if (status !== 0) throw new Error('the CLI failed');
    // `times` prints the shell's own line, then its children's: "0m1.080s 0m0.070s".
    const children = stdout.trim().split('\n').at(-1) ?? '';
    const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
    cpus.push(seconds.reduce((a, b) => a + b, 0) * 1000);
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  console.log(
    `  whole process (node dist/server/cli.js budget count … --rule equal-shares-add1): ${walls[1]!.toFixed(0)} ms wall, ` +
      `${cpus[1]!.toFixed(0)} ms CPU (median of 3); load average ${loadavg()[0]!.toFixed(1)} on ${cpuCount()} CPUs`,
  );
}
