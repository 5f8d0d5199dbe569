import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import type { Command } from 'commander';
import { countResultToJson } from '../counting/count-result-json.ts';
import { COUNT_RULES } from '../counting/count-result.ts';
import type { ComparisonMethod, CountOptions, CountRule, Utility } from '../counting/count-result.ts';
import { countVotes } from '../counting/count-votes.ts';
import { ElectionError } from '../counting/election.ts';
import { parseTieBreakRules } from '../counting/tie-break.ts';
import { toApprovalElection } from '../pabulib/pabulib-election.ts';
import { PabulibParseError, parsePabulib } from '../pabulib/pabulib-parse.ts';

interface CountFlags {
  readonly rule: CountRule;
  readonly utility: Utility;
  readonly exhaustiveStop: boolean;
  readonly integralStart: boolean;
  readonly complete?: 'greedy';
  readonly compare?: Exclude<ComparisonMethod, 'none'>;
  readonly tieBreak?: string;
  readonly json?: boolean;
}

/** `npm run cli -- budget count FILE --rule …`: count a neighbourhood budget from a Pabulib file. */
export function registerBudgetCommands(program: Command): void {
  const budget = program.command('budget').description('Neighbourhood budget (participatory budgeting)');
  budget
    .command('count')
    .argument(
      '<file>',
      'Pabulib .pb file; ordinal, cumulative and choose-1 ballots count as approval of every listed project',
    )
    .description('Count the votes and print the funded project ids in the order of the file')
    .addOption(new Option('--rule <rule>', 'counting rule').choices(COUNT_RULES).makeOptionMandatory())
    .addOption(
      new Option('--utility <utility>', 'equal shares: what a funded project is worth to a voter')
        .choices(['cost', 'approval'])
        .default('cost'),
    )
    .option('--no-exhaustive-stop', 'add1: keep raising voter budgets until the next raise would overspend')
    .option(
      '--no-integral-start',
      'add1: start from budget/voters exactly (pabutools) instead of its whole units (equalshares tool)',
    )
    .addOption(
      new Option('--complete <method>', 'equal shares: fill the rest of the budget greedily by votes').choices([
        'greedy',
      ]),
    )
    .addOption(
      new Option('--compare <method>', 'equal shares: switch to greedy if more voters prefer it').choices([
        'satisfaction',
        'exclusion-ratio',
      ]),
    )
    .option('--tie-break <rules>', 'tie-break rules in order, e.g. min-cost,max-votes; file order is the last resort')
    .option('--json', 'print the full result with an explanation per project')
    .action((file: string, flags: CountFlags) => {
      process.exitCode = countFile(file, flags);
    });
}

function countFile(file: string, flags: CountFlags): number {
  try {
    const options: CountOptions = {
      rule: flags.rule,
      utility: flags.utility,
      exhaustiveStop: flags.exhaustiveStop,
      integralStart: flags.integralStart,
      completion: flags.complete ?? 'none',
      comparison: flags.compare ?? 'none',
      tieBreak: parseTieBreakRules(flags.tieBreak ?? ''),
    };
    const election = toApprovalElection(parsePabulib(readFileSync(file, 'utf8')));
    const result = countVotes(election, options);
    console.log(flags.json ? JSON.stringify(countResultToJson(result), null, 2) : result.selected.join(','));
    return 0;
  } catch (error) {
    console.error(describeError(file, error));
    return 1;
  }
}

function describeError(file: string, error: unknown): string {
  if (error instanceof PabulibParseError) return `${file}: ${error.message}`;
  if (error instanceof ElectionError) return `${file}: ${error.message}`;
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return `cannot read ${file}: no such file`;
  return `${file}: ${error instanceof Error ? error.message : String(error)}`;
}
