import { describe, expect, test } from 'vitest';
import { ballotCost, canonicalChoices, checkBallot, type BallotLimits } from './budgeting-ballot-rules.ts';

const costs = new Map([
  ['a', 600_00],
  ['b', 300_00],
  ['c', 200_00],
  ['d', 100_00],
]);
const knapsack: BallotLimits = {
  type: 'knapsack',
  budgetCents: 1_000_00,
  maxProjects: null,
  minProjects: 1,
  minSpendCents: null,
};
const approval: BallotLimits = {
  type: 'approval',
  budgetCents: 1_000_00,
  maxProjects: 2,
  minProjects: 1,
  minSpendCents: null,
};

describe('checkBallot', () => {
  test.each([
    ['knapsack within the budget', ['a', 'b', 'd'], knapsack, null],
    ['knapsack exactly the budget', ['a', 'b', 'c'], { ...knapsack, budgetCents: 1_100_00 }, null],
    ['knapsack over the budget', ['a', 'b', 'c'], knapsack, 'over-budget'],
    ['approval may exceed the budget in cost', ['a', 'b'], { ...approval, budgetCents: 100_00 }, null],
    ['approval over the number', ['a', 'b', 'c'], approval, 'too-many-projects'],
    ['empty ballot below the minimum', [], knapsack, 'below-minimum'],
    ['spend below the minimum', ['d'], { ...knapsack, minSpendCents: 500_00 }, 'below-minimum'],
    ['unknown project', ['a', 'z'], knapsack, 'unknown-project'],
    ['a project twice', ['b', 'b'], knapsack, 'duplicate-project'],
    ['knapsack with an extra count limit', ['b', 'c', 'd'], { ...knapsack, maxProjects: 2 }, 'too-many-projects'],
  ] as const)('%s', (_name, ids, limits, code) => {
    expect(checkBallot(ids, costs, limits)?.code ?? null).toBe(code);
  });

  test('the reason for an over-budget ballot gives the amounts', () => {
    expect(checkBallot(['a', 'b', 'c'], costs, knapsack)?.detail).toBe(
      'Your choice costs €1,100, which is €100 more than the budget of €1,000.',
    );
  });
});

test('cost and canonical order', () => {
  expect(ballotCost(['b', 'd'], costs)).toBe(400_00);
  expect(canonicalChoices(['d', 'a', 'c'])).toEqual(['a', 'c', 'd']);
});
