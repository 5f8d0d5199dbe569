import type { Fraction } from './fraction.ts';
import * as F from './fraction.ts';

export interface BudgetProject {
  readonly id: string;
  readonly cost: Fraction;
}

/**
 * What every counting rule reads: the budget, the projects in their published order,
 * and per voter the set of projects they approve. Ordinal, cumulative and choose-1
 * ballots enter as the set of projects they list.
 */
export interface ApprovalElection {
  readonly budget: Fraction;
  readonly projects: readonly BudgetProject[];
  readonly ballots: readonly (readonly string[])[];
}

/** The election indexed for counting: project positions instead of ids. */
export interface PreparedElection {
  readonly budget: Fraction;
  readonly projects: readonly BudgetProject[];
  readonly voterCount: number;
  /** Voters approving each project. */
  readonly votes: readonly number[];
  readonly ballotTypes: BallotTypes;
}

/**
 * Voters who approve exactly the same projects always pay and keep the same amounts,
 * so the Method of Equal Shares counts each distinct ballot once, with its weight.
 */
export interface BallotTypes {
  /** How many voters cast each ballot type. */
  readonly weight: Int32Array;
  readonly typeOfVoter: Int32Array;
  /** Ballot types approving each project. */
  readonly supporters: readonly Int32Array[];
}

export class ElectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ElectionError';
  }
}

export function prepareElection(election: ApprovalElection): PreparedElection {
  if (F.compare(election.budget, F.ZERO) < 0) throw new ElectionError('budget is negative');
  const position = new Map<string, number>();
  election.projects.forEach((project, index) => {
    if (position.has(project.id)) throw new ElectionError(`duplicate project id ${project.id}`);
    if (F.compare(project.cost, F.ZERO) < 0) throw new ElectionError(`project ${project.id} has a negative cost`);
    position.set(project.id, index);
  });
  const votes = election.projects.map(() => 0);
  const typeByKey = new Map<string, number>();
  const weight: number[] = [];
  const typeOfVoter = new Int32Array(election.ballots.length);
  const supporters: number[][] = election.projects.map(() => []);
  election.ballots.forEach((ballot, voter) => {
    const approved = [...new Set(ballot)].map((id) => {
      const index = position.get(id);
      if (index === undefined) throw new ElectionError(`voter ${voter + 1} approves unknown project ${id}`);
      votes[index] = (votes[index] ?? 0) + 1;
      return index;
    });
    const key = approved.sort((a, b) => a - b).join(',');
    let type = typeByKey.get(key);
    if (type === undefined) {
      type = weight.length;
      typeByKey.set(key, type);
      weight.push(0);
      for (const index of approved) supporters[index]?.push(type);
    }
    weight[type] = (weight[type] ?? 0) + 1;
    typeOfVoter[voter] = type;
  });
  return {
    budget: election.budget,
    projects: election.projects,
    voterCount: election.ballots.length,
    votes,
    ballotTypes: {
      weight: Int32Array.from(weight),
      typeOfVoter,
      supporters: supporters.map((list) => Int32Array.from(list)),
    },
  };
}

export function totalCost(election: PreparedElection, selected: Iterable<number>): Fraction {
  let total = F.ZERO;
  for (const index of selected) total = F.add(total, costOf(election, index));
  return total;
}

export function costOf(election: PreparedElection, index: number): Fraction {
  const project = election.projects[index];
  if (!project) throw new RangeError(`no project at position ${index}`);
  return project.cost;
}

export function idOf(election: PreparedElection, index: number): string {
  const project = election.projects[index];
  if (!project) throw new RangeError(`no project at position ${index}`);
  return project.id;
}
