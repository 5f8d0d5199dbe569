import { describe, expect, test } from 'vitest';
import { small } from '../../../../test/support/pabulib-elections.ts';
import { countVotes } from './count-votes.ts';
import type { CountOptions } from './count-result.ts';
import * as F from './fraction.ts';

// The pabulib checker's equal shares example: 4 voters with 2.5 each.
const checker = small(10, { a: 6, b: 4, c: 4 }, ['a,b', 'a,b', 'a,c', 'c']);
// Cost utility funds the big shared project; approval utility the cheap ones.
const utilities = small(6, { x: 6, y: 2, z: 2 }, ['x,y', 'x,y', 'x,z']);
const comparison = small(2, { a: 1, b: 1, c: 1 }, ['a', 'a', 'b']);

describe('Method of Equal Shares outcomes', () => {
  test.each<[string, typeof checker, CountOptions, string[]]>([
    ['plain MES', checker, { rule: 'equal-shares' }, ['a']],
    ['add1 raises voter budgets until nothing more fits', checker, { rule: 'equal-shares-add1' }, ['a', 'c']],
    ['add1 without the exhaustive stop', checker, { rule: 'equal-shares-add1', exhaustiveStop: false }, ['a', 'c']],
    [
      'add1 from budget/voters exactly (pabutools)',
      checker,
      { rule: 'equal-shares-add1', integralStart: false },
      ['a', 'c'],
    ],
    ['greedy completion fills the rest', checker, { rule: 'equal-shares', completion: 'greedy' }, ['a', 'b']],
    ['cost utility', utilities, { rule: 'equal-shares', utility: 'cost' }, ['x']],
    ['approval utility', utilities, { rule: 'equal-shares', utility: 'approval' }, ['y', 'z']],
    [
      'comparison switches to greedy when more voters prefer it',
      comparison,
      { rule: 'equal-shares', comparison: 'satisfaction' },
      ['a', 'b'],
    ],
    ['comparison by exclusion ratio', comparison, { rule: 'equal-shares', comparison: 'exclusion-ratio' }, ['a', 'b']],
    [
      'comparison keeps equal shares on a draw',
      checker,
      { rule: 'equal-shares-add1', comparison: 'satisfaction' },
      ['a', 'c'],
    ],
    [
      'a free project with votes is funded',
      small(10, { a: 0, b: 10 }, ['a,b', 'b']),
      { rule: 'equal-shares' },
      ['a', 'b'],
    ],
    ['no voters, nothing funded', small(10, { a: 1 }, []), { rule: 'equal-shares-add1' }, []],
  ])('%s', (_, election, options, expected) => {
    expect(countVotes(election, options).selected).toEqual(expected);
  });
});

describe('Method of Equal Shares explanations', () => {
  const result = countVotes(checker, { rule: 'equal-shares' });

  test('a funded project shows what its supporters paid', () => {
    expect(result.projects[0]?.decision).toEqual({
      kind: 'funded-equal-shares',
      step: 1,
      effectiveVotes: 3,
      maxPayment: 2,
      supportersBudget: 7.5,
    });
  });

  test('a dropped project names the project that used up its supporters’ money', () => {
    expect(result.projects[1]?.decision).toEqual({
      kind: 'supporters-out-of-money',
      step: 2,
      supportersBudget: 1,
      lostTo: 'a',
    });
    expect(result.projects[1]?.rounds).toEqual([
      { step: 1, supportersBudget: 5, effectiveVotes: 2 },
      { step: 2, supportersBudget: 1, effectiveVotes: null },
    ]);
  });

  test('a project its supporters could never afford lost to nobody', () => {
    const lonely = countVotes(small(10, { a: 6, b: 1 }, ['a', 'b', 'b', 'b', 'b']), { rule: 'equal-shares' });
    expect(lonely.projects[0]?.decision).toEqual({
      kind: 'supporters-out-of-money',
      step: 1,
      supportersBudget: 2,
      lostTo: null,
    });
  });

  test('add1 reports the per-voter budget it settled on and why it stopped', () => {
    expect(countVotes(checker, { rule: 'equal-shares-add1' }).equalShares).toEqual({
      utility: 'cost',
      fairShare: F.fraction(5, 2),
      perVoterBudget: F.fraction(3),
      raises: 1,
      stopReason: 'exhaustive',
      comparison: null,
    });
    expect(countVotes(checker, { rule: 'equal-shares-add1', exhaustiveStop: false }).equalShares?.stopReason).toBe(
      'next-would-overspend',
    );
  });

  test('greedy completion keeps numbering the steps', () => {
    const completed = countVotes(checker, { rule: 'equal-shares', completion: 'greedy' });
    expect(completed.projects[1]?.decision).toEqual({
      kind: 'funded-by-completion',
      step: 2,
      budgetLeftBefore: F.fraction(4),
    });
    expect(completed.selectionOrder).toEqual(['a', 'b']);
  });

  test('the comparison step says who preferred what', () => {
    expect(
      countVotes(comparison, { rule: 'equal-shares', comparison: 'satisfaction' }).equalShares?.comparison,
    ).toEqual({
      method: 'satisfaction',
      prefersEqualShares: 0,
      prefersGreedy: 1,
      kept: 'greedy',
    });
  });
});

describe('Method of Equal Shares ties', () => {
  test('a tie between projects that are both funded anyway does not matter', () => {
    const result = countVotes(small(4, { a: 2, b: 2 }, ['a', 'b']), { rule: 'equal-shares' });
    expect(result.selected).toEqual(['a', 'b']);
    expect(result.ties).toEqual([
      { step: 1, tied: ['a', 'b'], chosen: 'a', rulesUsed: ['file-order'], changesOutcome: false },
    ]);
  });

  test.each<[string, CountOptions['tieBreak'], string]>([
    ['file order', [], 'a'],
    ['min-cost', ['min-cost'], 'b'],
    ['max-votes then min-cost', ['max-votes', 'min-cost'], 'b'],
  ])('a tie that decides the outcome is broken by %s', (_, tieBreak, chosen) => {
    // Same supporters, so the same price per euro; funding either leaves too little for the other.
    const election = small(3, { a: 2, b: 1 }, ['a,b', 'a,b', '']);
    const result = countVotes(election, { rule: 'equal-shares', tieBreak });
    expect(result.ties[0]).toMatchObject({ step: 1, tied: ['a', 'b'], chosen, changesOutcome: true });
    expect(result.selected).toContain(chosen);
  });
});
