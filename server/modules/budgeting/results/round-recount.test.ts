import fc from 'fast-check';
import { expect, test } from 'vitest';
import { countRules, roundTieBreakRules } from '../../../../contracts/budgeting.ts';
import type { CountOptions } from '../counting/count-result.ts';
import { COUNT_RULES } from '../counting/count-result.ts';
import { countResultToJson } from '../counting/count-result-json.ts';
import { countVotes } from '../counting/count-votes.ts';
import { parseTieBreakRules, TIE_BREAK_RULES } from '../counting/tie-break.ts';
import { toApprovalElection } from '../pabulib/pabulib-election.ts';
import { parsePabulib } from '../pabulib/pabulib-parse.ts';
import type { BudgetRoundsTable } from '../budgeting.tables.ts';
import {
  countOptionsOf,
  recountCommand,
  roundElection,
  type BallotProject,
  type StoredBallot,
} from './round-election.ts';
import { roundToPabulibText } from '../rounds/round-pabulib.ts';

test('the contracts name the same rules as the counting core', () => {
  expect([...countRules]).toEqual([...COUNT_RULES]);
  for (const rule of roundTieBreakRules) expect(TIE_BREAK_RULES).toContain(rule);
});

/** The options a reader of the results page gets by running the printed command. */
function optionsFromCommand(command: string): CountOptions {
  const words = command.split(' ');
  const value = (flag: string) => {
    const index = words.indexOf(flag);
    return index < 0 ? undefined : words[index + 1];
  };
  return {
    rule: value('--rule') as CountOptions['rule'],
    utility: (value('--utility') ?? 'cost') as CountOptions['utility'],
    exhaustiveStop: !words.includes('--no-exhaustive-stop'),
    completion: value('--complete') === 'greedy' ? 'greedy' : 'none',
    tieBreak: parseTieBreakRules(value('--tie-break') ?? ''),
  };
}

const roundArbitrary = fc
  .record({
    // Small amounts keep add1 (one euro per voter per raise) quick.
    budget: fc.integer({ min: 1_00, max: 500_00 }),
    costs: fc.array(fc.integer({ min: 1, max: 400_00 }), { minLength: 1, maxLength: 8 }),
    rule: fc.constantFrom(...countRules),
    utility: fc.constantFrom('cost' as const, 'approval' as const),
    completion: fc.constantFrom('none' as const, 'greedy' as const),
    exhaustiveStop: fc.boolean(),
    tieBreak: fc.subarray([...roundTieBreakRules]),
    votes: fc.array(fc.array(fc.nat(7), { maxLength: 5 }), { maxLength: 25 }),
  })
  .map((r) => {
    const projects: BallotProject[] = r.costs.map((cost, index) => ({
      id: `p-${index}`,
      code: String(index + 1),
      title: `Project ${index + 1}`,
      costCents: cost,
    }));
    const ballots: StoredBallot[] = r.votes.map((vote, index) => ({
      projectIds: [...new Set(vote.map((i) => projects[i % projects.length]!.id))],
      source: index % 3 === 0 ? 'paper' : 'online',
    }));
    const round: BudgetRoundsTable = {
      id: 'round-1',
      title: 'Proef; met "lastige" tekens',
      description: '',
      budget_cents: r.budget,
      currency: 'EUR',
      proposals_open_at: '2026-01-01T00:00:00.000Z',
      review_open_at: '2026-01-02T00:00:00.000Z',
      voting_open_at: '2026-01-03T00:00:00.000Z',
      voting_close_at: '2026-01-04T00:00:00.000Z',
      ballot_type: 'knapsack',
      max_projects: null,
      min_projects: 0,
      min_spend_cents: null,
      count_rule: r.rule,
      utility: r.utility,
      completion: r.completion,
      exhaustive_stop: r.exhaustiveStop ? 1 : 0,
      tie_break_json: JSON.stringify(r.tieBreak),
      minimum_age: null,
      source: 'platform',
      meta_json: null,
      created_by: null,
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    };
    return { round, projects, ballots };
  });

test('recounting an exported round with its printed command gives the same result', { timeout: 30_000 }, () => {
  fc.assert(
    fc.property(roundArbitrary, ({ round, projects, ballots }) => {
      const counted = countVotes(roundElection(round, projects, ballots), countOptionsOf(round));
      const text = roundToPabulibText(round, ['Randwijck'], projects, ballots, {
        rule: round.count_rule,
        selectedCodes: counted.selected,
      });
      const file = parsePabulib(text);
      const recounted = countVotes(toApprovalElection(file), optionsFromCommand(recountCommand(round, 'round.pb')));
      expect(countResultToJson(recounted)).toEqual(countResultToJson(counted));
      expect(file.projects.filter((p) => p.fields['selected'] === '1').map((p) => p.id)).toEqual(counted.selected);
    }),
    { numRuns: 200 },
  );
});
