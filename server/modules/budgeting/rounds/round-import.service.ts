import type { BudgetCountRule, Round, RoundImport } from '../../../../contracts/budgeting.ts';
import type { Caller } from '../../../http/auth.ts';
import { badRequest } from '../../../http/problem.ts';
import { createBallotsRepository } from '../ballots/ballots.repository.ts';
import { createRoundContext, randomSecret, type BudgetingDeps } from '../budgeting.context.ts';
import type { BudgetProposalsTable, BudgetRoundsTable } from '../budgeting.tables.ts';
import * as F from '../counting/fraction.ts';
import { budgetOf } from '../pabulib/pabulib-election.ts';
import { metaValue, type PabulibFile } from '../pabulib/pabulib-file.ts';
import { PabulibParseError, parsePabulib } from '../pabulib/pabulib-parse.ts';
import { createProposalsRepository } from '../proposals/proposals.repository.ts';
import { createRoundsRepository } from './rounds.repository.ts';

const FILE = 'body.pabulib';

function parse(text: string): PabulibFile {
  try {
    return parsePabulib(text);
  } catch (error) {
    if (error instanceof PabulibParseError)
      throw badRequest(`The Pabulib file is not valid: ${error.message}.`, [{ name: FILE, reason: error.message }]);
    throw error;
  }
}

/** Amounts are kept in cents; a file with finer amounts cannot be stored exactly. */
function cents(value: F.Fraction, what: string): number {
  const scaled = F.mul(value, F.fraction(100));
  if (!F.isInteger(scaled) || scaled.num > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw badRequest(`${what} (${F.toDecimalString(value)}) has more than two decimals or is too large.`, [
      { name: FILE, reason: `${what} is not a whole number of cents` },
    ]);
  }
  return Number(scaled.num);
}

function ruleOf(file: PabulibFile): BudgetCountRule {
  const rule = (metaValue(file, 'rule') ?? '').trim();
  if (rule.startsWith('equalshares/add1')) return 'equal-shares-add1';
  if (rule.startsWith('equalshares')) return 'equal-shares';
  if (rule === 'greedy-no-skip') return 'greedy-no-skip';
  return 'greedy';
}

function wholeNumber(text: string | undefined): number | null {
  return text !== undefined && /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** A finished election from a `.pb` file becomes a closed round with its projects and ballots, then is counted. */
export function createRoundImportService(
  deps: BudgetingDeps & { requestCount(roundId: string, requestedBy: string | null): Promise<void> },
) {
  const context = createRoundContext(deps);
  const secret = deps.secret ?? randomSecret;

  return {
    async import(caller: Caller, input: RoundImport): Promise<Round> {
      const lineages = await Promise.all(input.areaIds.map((id) => deps.areas.lineage(id)));
      const unknown = input.areaIds.filter((_, index) => lineages[index] === undefined);
      if (unknown.length > 0)
        throw badRequest(
          'There is no area with this id.',
          unknown.map((id) => ({ name: 'body.areaIds', reason: `Unknown area ${id}` })),
        );
      const authority = await context.requireManager(caller, input.areaIds);
      const file = parse(input.pabulib);
      const budgetCents = cents(budgetOf(file), 'The budget');
      const nowIso = deps.clock.now().toISOString();
      const roundId = deps.ids();
      const knapsack = metaValue(file, 'max_sum_cost') !== undefined;
      const longest = file.votes.reduce((max, vote) => Math.max(max, vote.projectIds.length), 1);
      const round: BudgetRoundsTable = {
        id: roundId,
        title: (input.title ?? metaValue(file, 'description') ?? 'Imported budget round').slice(0, 120),
        description: [metaValue(file, 'unit'), metaValue(file, 'instance')].filter(Boolean).join(' ') || '',
        budget_cents: budgetCents,
        currency: 'EUR',
        proposals_open_at: nowIso,
        review_open_at: nowIso,
        voting_open_at: nowIso,
        voting_close_at: nowIso,
        ballot_type: knapsack ? 'knapsack' : 'approval',
        max_projects: knapsack ? null : (wholeNumber(metaValue(file, 'max_length')) ?? longest),
        min_projects: wholeNumber(metaValue(file, 'min_length')) ?? 0,
        min_spend_cents: null,
        count_rule: input.rule ?? ruleOf(file),
        utility: 'cost',
        completion: 'none',
        exhaustive_stop: 1,
        tie_break_json: JSON.stringify(['min-cost', 'max-votes']),
        minimum_age: null,
        source: 'pabulib-import',
        meta_json: JSON.stringify(file.meta),
        created_by: caller.accountId,
        created_at: nowIso,
        updated_at: nowIso,
      };
      const areaId = input.areaIds[0] ?? '';
      const proposals: BudgetProposalsTable[] = file.projects.map((project, index) => ({
        id: deps.ids(),
        round_id: roundId,
        number: index + 1,
        code: project.id,
        area_id: areaId,
        title: (project.fields['name']?.trim() || `Project ${project.id}`).slice(0, 120),
        description: (project.fields['description'] ?? '').slice(0, 4000),
        location: '',
        estimated_cost_cents: cents(project.cost, `The cost of project ${project.id}`),
        cost_cents: cents(project.cost, `The cost of project ${project.id}`),
        status: 'accepted',
        review_reason: 'Imported from a Pabulib file.',
        reviewed_by: caller.accountId,
        reviewed_at: nowIso,
        author_id: null,
        created_at: nowIso,
        updated_at: nowIso,
      }));
      const idOfCode = new Map(proposals.map((proposal) => [proposal.code, proposal.id]));
      const ballots = file.votes.map((vote) => ({
        id: secret(),
        round_id: roundId,
        token_hash: null,
        source: 'import' as const,
        location: '',
        choices_json: JSON.stringify([...new Set(vote.projectIds.map((code) => idOfCode.get(code) ?? code))].sort()),
      }));
      await deps.db.transaction().execute(async (trx) => {
        await createRoundsRepository(trx).insert(round, input.areaIds);
        await createProposalsRepository(trx).insertMany(proposals);
        await createBallotsRepository(trx).insertBallots(ballots);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'budget_round.imported',
          subjectType: 'budget_round',
          subjectId: roundId,
          areaId,
          after: { title: round.title, projects: proposals.length, ballots: ballots.length, rule: round.count_rule },
          authority,
        });
      });
      await deps.requestCount(roundId, caller.accountId);
      const [presented] = await context.present([round]);
      if (!presented) throw new Error('presenting the imported round gave nothing');
      return presented;
    },
  };
}
export type RoundImportService = ReturnType<typeof createRoundImportService>;
