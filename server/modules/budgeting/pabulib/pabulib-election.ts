import type { CountResult, CountRule } from '../counting/count-result.ts';
import type { ApprovalElection } from '../counting/election.ts';
import * as F from '../counting/fraction.ts';
import type { Fraction } from '../counting/fraction.ts';
import { metaValue } from './pabulib-file.ts';
import type { MetaEntry, PabulibFile } from './pabulib-file.ts';

/** The election as approval-based rules count it: every project a voter lists counts as approved. */
export function toApprovalElection(file: PabulibFile): ApprovalElection {
  return {
    budget: budgetOf(file),
    projects: file.projects.map((project) => ({ id: project.id, cost: project.cost })),
    ballots: file.votes.map((vote) => vote.projectIds),
  };
}

export function budgetOf(file: PabulibFile): Fraction {
  const budget = F.parseDecimal(metaValue(file, 'budget') ?? '');
  if (!budget) throw new Error('META budget is missing or not a number');
  return budget;
}

/** Project ids marked `selected=1`, in file order; null when the file has no selected column. */
export function publishedSelection(file: PabulibFile): string[] | null {
  if (!file.projectColumns.includes('selected')) return null;
  return file.projects.filter((project) => project.fields['selected']?.trim() === '1').map((project) => project.id);
}

const PABULIB_RULE: Record<CountRule, string> = {
  greedy: 'greedy',
  'greedy-no-skip': 'greedy-no-skip',
  'equal-shares': 'equalshares',
  'equal-shares-add1': 'equalshares/add1',
};

export interface ExportOptions {
  /** Descriptive META entries (description, country, unit, …); counting keys are set from the election. */
  readonly meta?: readonly MetaEntry[];
  /** Adds `rule` to META and a `selected` column. */
  readonly result?: CountResult;
  /** Defaults to 1, 2, 3, … */
  readonly voterIds?: readonly string[];
}

const DERIVED_KEYS = ['num_projects', 'num_votes', 'budget', 'vote_type', 'rule'];

/** An approval election as a Pabulib file, for publishing the count or recounting it elsewhere. */
export function electionToPabulib(election: ApprovalElection, options: ExportOptions = {}): PabulibFile {
  const { result } = options;
  const votes = new Map<string, number>();
  for (const ballot of election.ballots) {
    for (const id of new Set(ballot)) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  const selected = new Set(result?.selected ?? []);
  const meta: MetaEntry[] = [
    ...(options.meta ?? []).filter((entry) => !DERIVED_KEYS.includes(entry.key)),
    { key: 'num_projects', value: String(election.projects.length) },
    { key: 'num_votes', value: String(election.ballots.length) },
    { key: 'budget', value: F.toDecimalString(election.budget) },
    { key: 'vote_type', value: 'approval' },
    ...(result ? [{ key: 'rule', value: PABULIB_RULE[result.settings.rule] }] : []),
  ];
  return {
    meta,
    projectColumns: result ? ['project_id', 'cost', 'votes', 'selected'] : ['project_id', 'cost', 'votes'],
    projects: election.projects.map((project) => ({
      id: project.id,
      cost: project.cost,
      fields: {
        votes: String(votes.get(project.id) ?? 0),
        ...(result ? { selected: selected.has(project.id) ? '1' : '0' } : {}),
      },
    })),
    voteColumns: ['voter_id', 'vote'],
    votes: election.ballots.map((ballot, index) => ({
      voterId: options.voterIds?.[index] ?? String(index + 1),
      projectIds: [...new Set(ballot)],
      points: null,
      fields: {},
    })),
  };
}
