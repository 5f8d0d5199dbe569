import { readFileSync } from 'node:fs';
import type { ApprovalElection } from '../../server/modules/budgeting/counting/election.ts';
import * as F from '../../server/modules/budgeting/counting/fraction.ts';
import { parsePabulib } from '../../server/modules/budgeting/pabulib/pabulib-parse.ts';
import type { PabulibFile } from '../../server/modules/budgeting/pabulib/pabulib-file.ts';

/**
 * Writes an election the way the examples in papers do:
 * `small(10, { a: 6, b: 4 }, ['a,b', 'a', ''])` — budget, costs, one ballot per voter.
 */
export function small(
  budget: number | string,
  costs: Record<string, number | string>,
  ballots: readonly string[],
): ApprovalElection {
  return {
    budget: amount(budget),
    projects: Object.entries(costs).map(([id, cost]) => ({ id, cost: amount(cost) })),
    ballots: ballots.map((ballot) => (ballot === '' ? [] : ballot.split(','))),
  };
}

/** Repeats a ballot: `times(3, 'a,b')`. */
export function times(count: number, ballot: string): string[] {
  return Array.from({ length: count }, () => ballot);
}

export function fixture(name: string): PabulibFile {
  return parsePabulib(readFileSync(new URL(`../fixtures/pabulib/${name}`, import.meta.url), 'utf8'));
}

function amount(value: number | string): F.Fraction {
  const parsed = F.parseDecimal(String(value));
  if (!parsed) throw new Error(`not an amount: ${value}`);
  return parsed;
}
