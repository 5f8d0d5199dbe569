import { describe, expect, test } from 'vitest';
import { small } from '../../../../test/support/pabulib-elections.ts';
import { countVotes } from './count-votes.ts';
import type { CountRule } from './count-result.ts';
import * as F from './fraction.ts';
import type { TieBreakRule } from './tie-break.ts';

// The pabulib checker's greedy example: votes a 10, b 6, c 5.
const checkerBallots = ['a,b,c', 'a,b', 'a,c', 'a,b,c', 'a', 'b,c', 'a,b', 'a,c', 'a', 'a', 'b', 'a'];
const checker = (budget: number) => small(budget, { a: 300, b: 400, c: 200 }, checkerBallots);

describe('greedy by votes', () => {
  test.each<[string, CountRule, number, string[]]>([
    ['everything fits', 'greedy', 1000, ['a', 'b', 'c']],
    ['exactly the budget', 'greedy', 900, ['a', 'b', 'c']],
    ['skips what does not fit and carries on', 'greedy', 500, ['a', 'c']],
    ['stops where the budget runs out', 'greedy', 700, ['a', 'b']],
    ['no-skip stops at the first project that does not fit', 'greedy-no-skip', 500, ['a']],
    ['no-skip funds all when all fit', 'greedy-no-skip', 900, ['a', 'b', 'c']],
    ['nothing fits', 'greedy', 100, []],
  ])('%s (%s, budget %d)', (_, rule, budget, expected) => {
    expect(countVotes(checker(budget), { rule }).selected).toEqual(expected);
  });

  test('votes are recounted from the ballots, not read from a votes column', () => {
    const result = countVotes(checker(500), { rule: 'greedy' });
    expect(result.projects.map((project) => [project.id, project.votes])).toEqual([
      ['a', 10],
      ['b', 6],
      ['c', 5],
    ]);
  });

  test('explains each decision with the budget left at that moment', () => {
    const result = countVotes(checker(500), { rule: 'greedy' });
    expect(result.projects.map((project) => project.decision)).toEqual([
      { kind: 'funded', step: 1, budgetLeftBefore: F.fraction(500) },
      { kind: 'did-not-fit', step: 2, budgetLeftBefore: F.fraction(200) },
      { kind: 'funded', step: 3, budgetLeftBefore: F.fraction(200) },
    ]);
    expect(result.totalCost).toEqual(F.fraction(500));
  });

  test('no-skip names the project where the count stopped', () => {
    const result = countVotes(checker(500), { rule: 'greedy-no-skip' });
    expect(result.projects.find((project) => project.id === 'c')?.decision).toEqual({
      kind: 'count-stopped',
      stoppedAt: 'b',
    });
  });

  test('a project nobody voted for is never funded', () => {
    const result = countVotes(small(100, { a: 10, b: 10 }, ['a']), { rule: 'greedy' });
    expect(result.selected).toEqual(['a']);
    expect(result.projects[1]?.decision).toEqual({ kind: 'no-votes' });
  });

  test('decimal costs and budgets are counted exactly', () => {
    const election = small('0.3', { a: '0.1', b: '0.2', c: '0.05' }, ['a,b,c', 'a,b', 'a']);
    expect(countVotes(election, { rule: 'greedy' }).selected).toEqual(['a', 'b']);
  });
});

describe('greedy ties', () => {
  // b and c both have 2 votes; only one of them fits after a.
  const tied = small(100, { a: 50, b: 50, c: 40 }, ['a,b,c', 'a,b,c', 'a']);

  test.each<[string, TieBreakRule[], string[], TieBreakRule[]]>([
    ['file order is the last resort', [], ['a', 'b'], ['file-order']],
    ['min-cost', ['min-cost'], ['a', 'c'], ['min-cost']],
    ['max-cost', ['max-cost'], ['a', 'b'], ['max-cost']],
    ['id order', ['id-order'], ['a', 'b'], ['id-order']],
    ['a rule that cannot separate them passes to the next', ['max-votes', 'min-cost'], ['a', 'c'], ['min-cost']],
  ])('%s', (_, tieBreak, expected, rulesUsed) => {
    const result = countVotes(tied, { rule: 'greedy', tieBreak });
    expect(result.selected).toEqual(expected);
    expect(result.ties).toEqual([{ step: 2, tied: ['b', 'c'], chosen: expected[1], rulesUsed, changesOutcome: true }]);
    expect(result.projects.find((project) => project.id === expected[1])?.tieBreak?.rulesUsed).toEqual(rulesUsed);
  });

  test('a tie that does not change the outcome is recorded as harmless', () => {
    const result = countVotes(small(1000, { a: 50, b: 50 }, ['a,b']), { rule: 'greedy' });
    expect(result.selected).toEqual(['a', 'b']);
    expect(result.ties).toEqual([
      { step: 1, tied: ['a', 'b'], chosen: 'a', rulesUsed: ['file-order'], changesOutcome: false },
    ]);
  });
});
