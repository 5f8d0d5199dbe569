import { existsSync, readFileSync } from 'node:fs';
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
