import type { BudgetCountRule } from '../../../../contracts/budgeting.ts';
import { dateInAmsterdam } from '../../../platform/dutch-time.ts';
import { electionToPabulib } from '../pabulib/pabulib-election.ts';
import type { MetaEntry, PabulibFile } from '../pabulib/pabulib-file.ts';
import { writePabulib } from '../pabulib/pabulib-write.ts';
import type { BudgetRoundsTable } from '../budgeting.tables.ts';
import { roundElection, type BallotProject, type StoredBallot } from '../results/round-election.ts';

export type ExportedRound = Pick<
  BudgetRoundsTable,
  | 'id'
  | 'title'
  | 'budget_cents'
  | 'currency'
  | 'ballot_type'
  | 'max_projects'
  | 'min_projects'
  | 'voting_open_at'
  | 'voting_close_at'
  | 'meta_json'
>;

/** The counted outcome, to mark `selected` projects and name the rule in META. */
export interface CountedSelection {
  rule: BudgetCountRule;
  selectedCodes: readonly string[];
}

const PABULIB_RULE: Record<BudgetCountRule, string> = {
  greedy: 'greedy',
  'greedy-no-skip': 'greedy-no-skip',
  'equal-shares': 'equalshares',
  'equal-shares-add1': 'equalshares/add1',
};

const VOTING_METHOD = { online: 'internet', paper: 'paper', import: '' } as const;

function metaOf(round: ExportedRound, areaNames: readonly string[]): MetaEntry[] {
  const imported = round.meta_json ? (JSON.parse(round.meta_json) as MetaEntry[]) : [];
  const keep = imported.filter((entry) => !['max_sum_cost', 'max_length', 'min_length'].includes(entry.key));
  const own: MetaEntry[] =
    imported.length > 0
      ? []
      : [
          { key: 'description', value: round.title },
          { key: 'country', value: 'Netherlands' },
          { key: 'unit', value: areaNames.join(', ') },
          { key: 'instance', value: round.id },
          // The dates of the vote as the residents' calendars showed them.
          { key: 'date_begin', value: dateInAmsterdam(new Date(round.voting_open_at)) },
          { key: 'date_end', value: dateInAmsterdam(new Date(round.voting_close_at)) },
          { key: 'language', value: 'nl' },
          { key: 'currency', value: round.currency },
        ];
  const limits: MetaEntry[] =
    round.ballot_type === 'knapsack'
      ? [{ key: 'max_sum_cost', value: (round.budget_cents / 100).toString() }]
      : round.max_projects !== null
        ? [{ key: 'max_length', value: String(round.max_projects) }]
        : [];
  if (round.min_projects > 0) limits.push({ key: 'min_length', value: String(round.min_projects) });
  return [...own, ...keep, ...limits];
}

/**
 * The round as a Pabulib file: projects in ballot order with their names, and the ballots as
 * anonymous VOTES numbered 1, 2, 3 … in the (random) order of their ballot ids.
 */
export function roundToPabulib(
  round: ExportedRound,
  areaNames: readonly string[],
  projects: readonly BallotProject[],
  ballots: readonly StoredBallot[],
  counted?: CountedSelection,
): PabulibFile {
  const election = roundElection(round, projects, ballots);
  const file = electionToPabulib(election, { meta: metaOf(round, areaNames) });
  const titleOf = new Map(projects.map((project) => [project.code, project.title]));
  const selected = new Set(counted?.selectedCodes ?? []);
  const withMethod = ballots.some((ballot) => ballot.source !== 'import');
  return {
    ...file,
    meta: counted ? [...file.meta, { key: 'rule', value: PABULIB_RULE[counted.rule] }] : file.meta,
    projectColumns: [...file.projectColumns, ...(counted ? ['selected'] : []), 'name'],
    projects: file.projects.map((project) => ({
      ...project,
      fields: {
        ...project.fields,
        ...(counted ? { selected: selected.has(project.id) ? '1' : '0' } : {}),
        name: titleOf.get(project.id) ?? '',
      },
    })),
    voteColumns: withMethod ? [...file.voteColumns, 'voting_method'] : file.voteColumns,
    votes: file.votes.map((vote, index) => ({
      ...vote,
      fields: withMethod
        ? { ...vote.fields, voting_method: VOTING_METHOD[ballots[index]?.source ?? 'import'] }
        : vote.fields,
    })),
  };
}

export function roundToPabulibText(...args: Parameters<typeof roundToPabulib>): string {
  return writePabulib(roundToPabulib(...args));
}
