import type { BudgetPhase, Round, RoundCreate, RoundUpdate } from '../../../../contracts/budgeting.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict } from '../../../http/problem.ts';
import type { Authority } from '../../../http/scope.ts';
import { createRoundContext, type BudgetingDeps } from '../budgeting.context.ts';
import type { BudgetRoundsTable } from '../budgeting.tables.ts';
import { changedPastDates, phaseAt, startPhaseNow, type RoundSchedule } from './round-phase.ts';
import { roundTieBreak } from '../results/round-election.ts';
import { createRoundsRepository } from './rounds.repository.ts';

export interface RoundsDeps extends BudgetingDeps {
  /** Called once voting has closed, to queue the count. */
  requestCount(roundId: string, requestedBy: string | null): Promise<void>;
}

const iso = (when: string): string => new Date(when).toISOString();

function scheduleColumns(schedule: RoundCreate['schedule']): RoundSchedule {
  return {
    proposals_open_at: iso(schedule.proposalsOpenAt),
    review_open_at: iso(schedule.reviewOpenAt),
    voting_open_at: iso(schedule.votingOpenAt),
    voting_close_at: iso(schedule.votingCloseAt),
  };
}

function ruleColumns(input: Pick<RoundCreate, 'ballot' | 'counting' | 'eligibility'>) {
  return {
    ballot_type: input.ballot.type,
    max_projects: input.ballot.maxProjects,
    min_projects: input.ballot.minProjects,
    min_spend_cents: input.ballot.type === 'knapsack' ? input.ballot.minSpendCents : null,
    count_rule: input.counting.rule,
    utility: input.counting.utility,
    completion: input.counting.completion,
    exhaustive_stop: input.counting.exhaustiveStop ? 1 : 0,
    tie_break_json: JSON.stringify(input.counting.tieBreak),
    minimum_age: input.eligibility.minimumAge,
  };
}

function checkSpend(budgetCents: number, minSpendCents: number | null): void {
  if (minSpendCents !== null && minSpendCents > budgetCents) {
    throw badRequest('The minimum spend is more than the budget.', [
      { name: 'body.ballot.minSpendCents', reason: 'More than budgetCents' },
    ]);
  }
}

/** Budget officers open and steer rounds; everyone may read them. */
export function createRoundsService(deps: RoundsDeps) {
  const context = createRoundContext(deps);
  const { rounds } = context;

  async function presentOne(roundId: string): Promise<Round> {
    const { row } = await context.requireRound(roundId);
    const [round] = await context.present([row]);
    if (!round) throw new Error('presenting a round gave nothing');
    return round;
  }

  async function save(
    caller: Caller,
    before: BudgetRoundsTable,
    changes: Partial<BudgetRoundsTable>,
    action: string,
    areaId: string | null,
    authority: Authority,
  ): Promise<void> {
    const after = { ...changes, updated_at: deps.clock.now().toISOString() };
    await deps.db.transaction().execute(async (trx) => {
      await createRoundsRepository(trx).update(before.id, after);
      const previous = Object.fromEntries(
        Object.keys(changes).map((key) => [key, before[key as keyof BudgetRoundsTable]]),
      );
      await deps.audit(trx, {
        actorId: caller.accountId,
        action,
        subjectType: 'budget_round',
        subjectId: before.id,
        areaId,
        before: previous,
        after: changes,
        authority,
      });
    });
  }

  return {
    async list(filter: { areaId?: string | undefined }, limit: number, cursor?: string) {
      const rows = await rounds.list(filter, limit, decodeCursor(cursor));
      const page = toPage(
        rows,
        limit,
        (row) => ({ sort: row.created_at, id: row.id }),
        (row) => row,
      );
      return { items: await context.present(page.items), nextCursor: page.nextCursor };
    },

    get: presentOne,

    async create(caller: Caller, input: RoundCreate): Promise<Round> {
      const lineages = await Promise.all(input.areaIds.map((id) => deps.areas.lineage(id)));
      const unknown = input.areaIds.filter((_, index) => lineages[index] === undefined);
      if (unknown.length > 0) {
        throw badRequest(
          'There is no area with this id.',
          unknown.map((id) => ({ name: 'body.areaIds', reason: `Unknown area ${id}` })),
        );
      }
      const authority = await context.requireManager(caller, input.areaIds);
      checkSpend(input.budgetCents, input.ballot.minSpendCents);
      const schedule = scheduleColumns(input.schedule);
      const now = deps.clock.now();
      if (Date.parse(schedule.voting_close_at) <= now.getTime()) {
        throw badRequest('Voting must close in the future.', [
          { name: 'body.schedule.votingCloseAt', reason: 'In the past' },
        ]);
      }
      const row: BudgetRoundsTable = {
        id: deps.ids(),
        title: input.title,
        description: input.description,
        budget_cents: input.budgetCents,
        currency: 'EUR',
        ...schedule,
        ...ruleColumns(input),
        source: 'platform',
        meta_json: null,
        created_by: caller.accountId,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      };
      await deps.db.transaction().execute(async (trx) => {
        await createRoundsRepository(trx).insert(row, input.areaIds);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'budget_round.opened',
          subjectType: 'budget_round',
          subjectId: row.id,
          areaId: input.areaIds[0] ?? null,
          after: { ...input },
          authority,
        });
        for (const areaId of input.areaIds) {
          await deps.activity(trx, {
            verb: 'budget_round.opened',
            actorId: caller.accountId,
            subjectType: 'budget_round',
            subjectId: row.id,
            areaId,
            amountCents: input.budgetCents,
          });
        }
      });
      return presentOne(row.id);
    },

    /** Settings that shape the vote lock when voting opens; dates that have passed never move. */
    async update(caller: Caller, roundId: string, input: RoundUpdate): Promise<Round> {
      const { row, areaIds } = await context.requireRound(roundId);
      const authority = await context.requireManager(caller, areaIds);
      const now = deps.clock.now();
      const phase = phaseAt(row, now);
      const shaping = (['budgetCents', 'ballot', 'counting', 'eligibility'] as const).filter(
        (key) => input[key] !== undefined,
      );
      if (shaping.length > 0 && (phase === 'voting' || phase === 'results')) {
        throw conflict(`Voting has opened: ${shaping.join(', ')} can no longer change.`, 'round-settings-locked');
      }
      const changes: Partial<BudgetRoundsTable> = {};
      if (input.title !== undefined) changes.title = input.title;
      if (input.description !== undefined) changes.description = input.description;
      if (input.budgetCents !== undefined) changes.budget_cents = input.budgetCents;
      if (input.ballot || input.counting || input.eligibility) {
        Object.assign(
          changes,
          ruleColumns({
            ballot: input.ballot ?? {
              type: row.ballot_type,
              maxProjects: row.max_projects,
              minProjects: row.min_projects,
              minSpendCents: row.min_spend_cents,
            },
            counting: input.counting ?? {
              rule: row.count_rule,
              utility: row.utility,
              completion: row.completion,
              exhaustiveStop: row.exhaustive_stop === 1,
              tieBreak: roundTieBreak(row),
            },
            eligibility: input.eligibility ?? { minimumAge: row.minimum_age },
          }),
        );
      }
      checkSpend(
        changes.budget_cents ?? row.budget_cents,
        changes.min_spend_cents === undefined ? row.min_spend_cents : changes.min_spend_cents,
      );
      if (input.schedule) {
        const schedule = scheduleColumns(input.schedule);
        const moved = changedPastDates(row, schedule, now);
        if (moved.length > 0) {
          throw conflict(
            `A date that has passed, or one moved into the past, cannot change: ${moved.join(', ')}. Use a phase change to start the next phase now.`,
            'schedule-date-passed',
          );
        }
        Object.assign(changes, schedule);
      }
      if (Object.keys(changes).length > 0)
        await save(caller, row, changes, 'budget_round.updated', areaIds[0] ?? null, authority);
      return presentOne(roundId);
    },

    /** Starts the next phase now; closing the vote queues the count. */
    async changePhase(caller: Caller, roundId: string, next: Exclude<BudgetPhase, 'upcoming'>): Promise<Round> {
      const { row, areaIds } = await context.requireRound(roundId);
      const authority = await context.requireManager(caller, areaIds);
      const now = deps.clock.now();
      const schedule = startPhaseNow(row, next, now);
      if (!schedule) {
        throw conflict(
          `The round is in the ${phaseAt(row, now)} phase; only the phase right after it can start now.`,
          'phase-order',
        );
      }
      await save(caller, row, { ...schedule }, 'budget_round.phase_started', areaIds[0] ?? null, authority);
      if (next === 'results') await deps.requestCount(roundId, caller.accountId);
      return presentOne(roundId);
    },
  };
}
export type RoundsService = ReturnType<typeof createRoundsService>;
