import type { CountOptions } from '../counting/count-result.ts';
import type { ApprovalElection } from '../counting/election.ts';
import * as F from '../counting/fraction.ts';
import type { RoundTieBreakRule } from '../../../../contracts/budgeting.ts';
import type { BudgetRoundsTable } from '../budgeting.tables.ts';

/** A project on the ballot as the count sees it: its code is its id in the election and the file. */
export interface BallotProject {
  id: string;
  code: string;
  title: string;
  costCents: number;
}

export interface StoredBallot {
  projectIds: readonly string[];
  source: 'online' | 'paper' | 'import';
}

export type CountedRound = Pick<
  BudgetRoundsTable,
  'budget_cents' | 'count_rule' | 'utility' | 'completion' | 'exhaustive_stop' | 'tie_break_json'
>;

export function centsToFraction(cents: number): F.Fraction {
  return F.fraction(BigInt(cents), 100n);
}

/** Exact for every amount the count produces from cent-valued costs. */
export function fractionToCents(value: F.Fraction): number {
  return F.toNumber(F.mul(value, F.fraction(100)));
}

export function roundTieBreak(round: Pick<BudgetRoundsTable, 'tie_break_json'>): RoundTieBreakRule[] {
  return JSON.parse(round.tie_break_json) as RoundTieBreakRule[];
}

/**
 * The round's stated tie-break, then the project order (the order of submission) as the last
 * resort: the same order the exported file lists the projects in, so a recount agrees.
 */
export function countOptionsOf(round: CountedRound): CountOptions {
  // Settings that do not apply to the rule take their defaults, so the audit file's recount matches exactly.
  const equalShares = round.count_rule === 'equal-shares' || round.count_rule === 'equal-shares-add1';
  return {
    rule: round.count_rule,
    utility: equalShares ? round.utility : 'cost',
    exhaustiveStop: round.count_rule === 'equal-shares-add1' ? round.exhaustive_stop === 1 : true,
    completion: equalShares ? round.completion : 'none',
    tieBreak: [...roundTieBreak(round), 'file-order'],
  };
}

/** Budget and costs in euros (not cents): add1 raises voter budgets by one currency unit, as the reference tools do. */
export function roundElection(
  round: Pick<BudgetRoundsTable, 'budget_cents'>,
  projects: readonly BallotProject[],
  ballots: readonly StoredBallot[],
): ApprovalElection {
  const codeOf = new Map(projects.map((project) => [project.id, project.code]));
  return {
    budget: centsToFraction(round.budget_cents),
    projects: projects.map((project) => ({ id: project.code, cost: centsToFraction(project.costCents) })),
    ballots: ballots.map((ballot) =>
      ballot.projectIds.map((id) => {
        const code = codeOf.get(id);
        if (code === undefined) throw new Error(`a ballot lists ${id}, which is not on the ballot`);
        return code;
      }),
    ),
  };
}

/** The `budget count` command line that recounts the audit file with this round's settings. */
export function recountCommand(round: CountedRound, fileName: string): string {
  const options = countOptionsOf(round);
  const parts = ['npm run -s cli -- budget count', fileName, '--rule', options.rule];
  if (options.rule === 'equal-shares' || options.rule === 'equal-shares-add1') {
    parts.push('--utility', options.utility ?? 'cost');
    if (options.completion === 'greedy') parts.push('--complete greedy');
  }
  if (options.rule === 'equal-shares-add1' && options.exhaustiveStop === false) parts.push('--no-exhaustive-stop');
  parts.push('--tie-break', (options.tieBreak ?? []).join(','), '--json');
  return parts.join(' ');
}
