import { ballotCost, canonicalChoices, checkBallot } from '../../../../contracts/budgeting-ballot-rules.ts';
import type { Ballot, BallotReceipt, Participation } from '../../../../contracts/budgeting-ballots.ts';
import { hashToken, type Caller } from '../../../http/auth.ts';
import { badRequest, conflict, notFound, ProblemError } from '../../../http/problem.ts';
import { createBallotsRepository } from './ballots.repository.ts';
import { createRoundContext, randomSecret, type BudgetingDeps, type LoadedRound } from '../budgeting.context.ts';
import type { BudgetBallotsTable } from '../budgeting.tables.ts';
import { eligibilityOf } from './eligibility.ts';
import { createProposalsRepository } from '../proposals/proposals.repository.ts';
import { phaseAt } from '../rounds/round-phase.ts';

const NOT_ELIGIBLE = {
  'not-verified':
    'Only verified residents may vote. Verify your neighbourhood first (with the code from your letter, or at a desk).',
  'outside-round-areas': 'You are a verified resident of a neighbourhood outside this round.',
} as const;

/**
 * Secret ballots: a voter row says only that an account voted; the ballot row carries no account
 * and no time, and is found again only through the hash of the token its voter holds.
 */
export function createBallotsService(deps: BudgetingDeps) {
  const context = createRoundContext(deps);
  const ballots = createBallotsRepository(deps.db);
  const secret = deps.secret ?? randomSecret;

  function requireVoting(round: LoadedRound): void {
    const phase = phaseAt(round.row, deps.clock.now());
    if (phase === 'voting') return;
    const detail =
      phase === 'results'
        ? 'Voting has closed; ballots are final.'
        : `Voting has not opened yet (the round is in the ${phase} phase).`;
    throw conflict(detail, 'phase-closed');
  }

  /** The ballot as valid for this round, with its cost; a clear 422 otherwise. */
  async function validChoices(
    round: LoadedRound,
    projectIds: readonly string[],
  ): Promise<{ choices: string[]; totalCostCents: number }> {
    const accepted = await createProposalsRepository(deps.db).accepted(round.row.id);
    const costs = new Map(accepted.map((project) => [project.id, project.cost_cents ?? 0]));
    const problem = checkBallot(projectIds, costs, {
      type: round.row.ballot_type,
      budgetCents: round.row.budget_cents,
      maxProjects: round.row.max_projects,
      minProjects: round.row.min_projects,
      minSpendCents: round.row.min_spend_cents,
    });
    if (problem) throw new ProblemError(422, problem.detail, problem.code, problem.invalidParams);
    return { choices: canonicalChoices(projectIds), totalCostCents: ballotCost(projectIds, costs) };
  }

  function present(
    round: LoadedRound,
    row: Pick<BudgetBallotsTable, 'choices_json' | 'source'>,
    totalCostCents: number,
  ): Ballot {
    return {
      roundId: round.row.id,
      projectIds: JSON.parse(row.choices_json) as string[],
      totalCostCents,
      source: row.source,
      changeableUntil:
        row.source === 'online' && phaseAt(round.row, deps.clock.now()) === 'voting' ? round.row.voting_close_at : null,
    };
  }

  async function costOf(round: LoadedRound, choices: readonly string[]): Promise<number> {
    const accepted = await createProposalsRepository(deps.db).accepted(round.row.id);
    return ballotCost(choices, new Map(accepted.map((project) => [project.id, project.cost_cents ?? 0])));
  }

  return {
    async participation(caller: Caller, roundId: string): Promise<Participation> {
      const round = await context.requireRound(roundId);
      const eligibility = await eligibilityOf(deps, caller, round.areaIds);
      return {
        roundId,
        phase: phaseAt(round.row, deps.clock.now()),
        eligible: eligibility.eligible,
        reason: eligibility.eligible ? null : eligibility.reason,
        hasVoted: await ballots.hasVoted(roundId, caller.accountId),
        minimumAge: round.row.minimum_age,
      };
    },

    async cast(
      caller: Caller,
      roundId: string,
      input: { projectIds: string[]; confirmAge: boolean },
    ): Promise<BallotReceipt> {
      const round = await context.requireRound(roundId);
      requireVoting(round);
      const eligibility = await eligibilityOf(deps, caller, round.areaIds);
      if (!eligibility.eligible) throw new ProblemError(403, NOT_ELIGIBLE[eligibility.reason], eligibility.reason);
      if (round.row.minimum_age !== null && !input.confirmAge) {
        throw new ProblemError(
          422,
          `Confirm that you are at least ${round.row.minimum_age} years old.`,
          'age-confirmation-required',
          [{ name: 'body.confirmAge', reason: `Must be true: voters are at least ${round.row.minimum_age}` }],
        );
      }
      const { choices, totalCostCents } = await validChoices(round, input.projectIds);
      const token = secret();
      const ballot: BudgetBallotsTable = {
        id: secret(),
        round_id: roundId,
        token_hash: hashToken(token),
        choices_json: JSON.stringify(choices),
        source: 'online',
        location: '',
      };
      try {
        await deps.db.transaction().execute(async (trx) => {
          const tx = createBallotsRepository(trx);
          await tx.insertVoter({
            round_id: roundId,
            account_id: caller.accountId,
            method: 'online',
            age_confirmed: input.confirmAge ? 1 : 0,
          });
          await tx.insertBallots([ballot]);
          await deps.activity(trx, {
            verb: 'ballot.cast',
            actorId: caller.accountId,
            subjectType: 'budget_round',
            subjectId: roundId,
            areaId: eligibility.areaId,
          });
        });
      } catch (error) {
        // Two submissions at once: the (round, account) key lets exactly one through.
        if (await ballots.hasVoted(roundId, caller.accountId))
          throw conflict(
            'You have already voted in this round. Use your ballot token to change your ballot.',
            'already-voted',
          );
        throw error;
      }
      return { ...present(round, ballot, totalCostCents), token };
    },

    async lookup(roundId: string, token: string): Promise<Ballot> {
      const round = await context.requireRound(roundId);
      const row = await ballots.findByToken(roundId, hashToken(token));
      if (!row) throw notFound('A ballot with this token');
      return present(round, row, await costOf(round, JSON.parse(row.choices_json) as string[]));
    },

    async change(roundId: string, token: string, projectIds: string[]): Promise<Ballot> {
      const round = await context.requireRound(roundId);
      const tokenHash = hashToken(token);
      if (!(await ballots.findByToken(roundId, tokenHash))) throw notFound('A ballot with this token');
      requireVoting(round);
      const { choices, totalCostCents } = await validChoices(round, projectIds);
      const choicesJson = JSON.stringify(choices);
      if (!(await ballots.changeChoices(roundId, tokenHash, choicesJson))) throw notFound('A ballot with this token');
      return present(round, { choices_json: choicesJson, source: 'online' }, totalCostCents);
    },

    /** A paper ballot from a voting location, typed in by an officer; counted like any other. */
    async enterPaper(
      caller: Caller,
      roundId: string,
      input: { projectIds: string[]; location: string; voterAccountId?: string | undefined },
    ) {
      const round = await context.requireRound(roundId);
      const authority = await context.requireManager(caller, round.areaIds);
      requireVoting(round);
      const { choices, totalCostCents } = await validChoices(round, input.projectIds);
      const voterId = input.voterAccountId;
      try {
        await deps.db.transaction().execute(async (trx) => {
          const tx = createBallotsRepository(trx);
          if (voterId !== undefined)
            await tx.insertVoter({ round_id: roundId, account_id: voterId, method: 'paper', age_confirmed: 1 });
          await tx.insertBallots([
            {
              id: secret(),
              round_id: roundId,
              token_hash: null,
              choices_json: JSON.stringify(choices),
              source: 'paper',
              location: input.location,
            },
          ]);
          // The audit names the officer and the location, never the choices: with a voter marked, they would link.
          await deps.audit(trx, {
            actorId: caller.accountId,
            action: 'budget_ballot.paper_entered',
            subjectType: 'budget_round',
            subjectId: roundId,
            areaId: round.areaIds[0] ?? null,
            after: { location: input.location, voterMarked: voterId !== undefined },
            authority,
          });
          await deps.activity(trx, {
            verb: 'ballot.cast',
            actorId: voterId ?? null,
            subjectType: 'budget_round',
            subjectId: roundId,
            areaId: round.areaIds[0] ?? null,
          });
        });
      } catch (error) {
        if (voterId !== undefined && (await ballots.hasVoted(roundId, voterId)))
          throw conflict('This resident has already voted in this round.', 'already-voted');
        if (voterId !== undefined)
          throw badRequest('There is no account with this id.', [
            { name: 'body.voterAccountId', reason: 'Unknown account' },
          ]);
        throw error;
      }
      return { roundId, projectIds: choices, totalCostCents, source: 'paper' as const, location: input.location };
    },
  };
}
export type BallotsService = ReturnType<typeof createBallotsService>;
