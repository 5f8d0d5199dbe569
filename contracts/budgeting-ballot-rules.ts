import type { InvalidParam } from './common.ts';

// Shared by the server (which refuses an invalid ballot) and the ballot form (which warns as you choose).

export interface BallotLimits {
  type: 'approval' | 'knapsack';
  budgetCents: number;
  maxProjects: number | null;
  minProjects: number;
  minSpendCents: number | null;
}

export interface BallotProblem {
  code: 'unknown-project' | 'duplicate-project' | 'too-many-projects' | 'below-minimum' | 'over-budget';
  detail: string;
  invalidParams: InvalidParam[];
}

const FIELD = 'body.projectIds';

function euros(cents: number): string {
  return `€${(cents / 100).toLocaleString('en-GB', { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })}`;
}

/**
 * Checks a ballot against the round's rules; null when valid. `costs` holds the projects on the
 * ballot (accepted proposals) by id. The first problem found is the one reported.
 */
export function checkBallot(
  projectIds: readonly string[],
  costs: ReadonlyMap<string, number>,
  limits: BallotLimits,
): BallotProblem | null {
  const unknown = projectIds.filter((id) => !costs.has(id));
  if (unknown.length > 0) {
    return {
      code: 'unknown-project',
      detail: `Not a project on this ballot: ${unknown.join(', ')}.`,
      invalidParams: unknown.map((id) => ({ name: FIELD, reason: `Unknown project ${id}` })),
    };
  }
  if (new Set(projectIds).size !== projectIds.length) {
    return {
      code: 'duplicate-project',
      detail: 'Each project can be chosen once.',
      invalidParams: [{ name: FIELD, reason: 'A project is listed twice' }],
    };
  }
  if (limits.maxProjects !== null && projectIds.length > limits.maxProjects) {
    return {
      code: 'too-many-projects',
      detail: `You chose ${projectIds.length} projects; at most ${limits.maxProjects} are allowed.`,
      invalidParams: [{ name: FIELD, reason: `At most ${limits.maxProjects} projects` }],
    };
  }
  if (projectIds.length < limits.minProjects) {
    return {
      code: 'below-minimum',
      detail: `You chose ${projectIds.length} project(s); choose at least ${limits.minProjects}.`,
      invalidParams: [{ name: FIELD, reason: `At least ${limits.minProjects} projects` }],
    };
  }
  const total = ballotCost(projectIds, costs);
  if (limits.type === 'knapsack' && total > limits.budgetCents) {
    return {
      code: 'over-budget',
      detail: `Your choice costs ${euros(total)}, which is ${euros(total - limits.budgetCents)} more than the budget of ${euros(limits.budgetCents)}.`,
      invalidParams: [{ name: FIELD, reason: `Costs ${euros(total)}; the budget is ${euros(limits.budgetCents)}` }],
    };
  }
  if (limits.type === 'knapsack' && limits.minSpendCents !== null && total < limits.minSpendCents) {
    return {
      code: 'below-minimum',
      detail: `Your choice costs ${euros(total)}; spend at least ${euros(limits.minSpendCents)} of the budget.`,
      invalidParams: [{ name: FIELD, reason: `Spend at least ${euros(limits.minSpendCents)}` }],
    };
  }
  return null;
}

export function ballotCost(projectIds: readonly string[], costs: ReadonlyMap<string, number>): number {
  return projectIds.reduce((sum, id) => sum + (costs.get(id) ?? 0), 0);
}

/** Stored sorted, so the order in which a voter clicked is not kept. */
export function canonicalChoices(projectIds: readonly string[]): string[] {
  return [...projectIds].sort();
}
