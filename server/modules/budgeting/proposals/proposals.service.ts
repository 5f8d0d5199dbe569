import type { Proposal, ProposalCreate, ProposalStatus, Review } from '../../../../contracts/budgeting.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict, forbidden, notFound } from '../../../http/problem.ts';
import { createRoundContext, type BudgetingDeps, type LoadedRound } from '../budgeting.context.ts';
import type { BudgetProposalsTable } from '../budgeting.tables.ts';
import { createProposalsRepository } from './proposals.repository.ts';
import { phaseAt } from '../rounds/round-phase.ts';

export function presentProposal(row: BudgetProposalsTable, caller: Caller | null): Proposal {
  const reviewed = (row.status === 'accepted' || row.status === 'rejected') && row.reviewed_at !== null;
  return {
    id: row.id,
    roundId: row.round_id,
    code: row.code,
    areaId: row.area_id,
    title: row.title,
    description: row.description,
    location: row.location,
    estimatedCostCents: row.estimated_cost_cents,
    costCents: row.status === 'accepted' ? row.cost_cents : null,
    status: row.status,
    review: reviewed
      ? {
          decision: row.status as 'accepted' | 'rejected',
          reason: row.review_reason ?? '',
          reviewedAt: row.reviewed_at ?? '',
        }
      : null,
    mine: caller !== null && row.author_id === caller.accountId,
    createdAt: row.created_at,
  };
}

/** Residents propose; budget officers review feasibility and cost, with a published reason. */
export function createProposalsService(deps: BudgetingDeps) {
  const context = createRoundContext(deps);
  const proposals = createProposalsRepository(deps.db);

  async function requireProposal(
    roundId: string,
    proposalId: string,
  ): Promise<{ round: LoadedRound; proposal: BudgetProposalsTable }> {
    const round = await context.requireRound(roundId);
    const proposal = await proposals.find(roundId, proposalId);
    if (!proposal) throw notFound('The proposal');
    return { round, proposal };
  }

  function requirePhase(round: LoadedRound, allowed: readonly string[], what: string): void {
    const phase = phaseAt(round.row, deps.clock.now());
    if (!allowed.includes(phase))
      throw conflict(`${what} is not possible in the ${phase} phase of this round.`, 'phase-closed');
  }

  function requireAuthor(caller: Caller, proposal: BudgetProposalsTable): void {
    if (proposal.author_id !== caller.accountId)
      throw forbidden('Only the resident who submitted this proposal may change it.');
  }

  /** The proposal's place must be one of the round's areas or lie inside one. */
  async function checkArea(round: LoadedRound, areaId: string): Promise<void> {
    const lineage = await deps.areas.lineage(areaId);
    if (!lineage || !lineage.ids.some((id) => round.areaIds.includes(id))) {
      throw badRequest('This area is not part of the round.', [
        { name: 'body.areaId', reason: 'Not one of the round’s areas' },
      ]);
    }
  }

  async function getOne(caller: Caller | null, roundId: string, proposalId: string): Promise<Proposal> {
    const { proposal } = await requireProposal(roundId, proposalId);
    return presentProposal(proposal, caller);
  }

  return {
    async list(
      caller: Caller | null,
      roundId: string,
      status: ProposalStatus | undefined,
      limit: number,
      cursor?: string,
    ) {
      await context.requireRound(roundId);
      const rows = await proposals.list(roundId, status, limit, decodeCursor(cursor));
      return toPage(
        rows,
        limit,
        (row) => ({ sort: row.number, id: row.id }),
        (row) => presentProposal(row, caller),
      );
    },

    get: getOne,

    async submit(caller: Caller, roundId: string, input: ProposalCreate): Promise<Proposal> {
      const round = await context.requireRound(roundId);
      requirePhase(round, ['proposals'], 'Submitting a proposal');
      await checkArea(round, input.areaId);
      const nowIso = deps.clock.now().toISOString();
      const id = deps.ids();
      // Two submissions at once may pick the same number; the unique index decides and we retry.
      for (let attempt = 1; ; attempt++) {
        try {
          await deps.db.transaction().execute(async (trx) => {
            const tx = createProposalsRepository(trx);
            const number = await tx.nextNumber(roundId);
            await tx.insert({
              id,
              round_id: roundId,
              number,
              code: String(number),
              area_id: input.areaId,
              title: input.title,
              description: input.description,
              location: input.location,
              estimated_cost_cents: input.estimatedCostCents,
              cost_cents: null,
              status: 'submitted',
              review_reason: null,
              reviewed_by: null,
              reviewed_at: null,
              author_id: caller.accountId,
              created_at: nowIso,
              updated_at: nowIso,
            });
            await deps.activity(trx, {
              verb: 'proposal.submitted',
              actorId: caller.accountId,
              subjectType: 'budget_proposal',
              subjectId: id,
              areaId: input.areaId,
              amountCents: input.estimatedCostCents,
            });
          });
          break;
        } catch (error) {
          if (attempt >= 5 || (await proposals.find(roundId, id))) throw error;
        }
      }
      return getOne(caller, roundId, id);
    },

    async update(
      caller: Caller,
      roundId: string,
      proposalId: string,
      input: Partial<Pick<ProposalCreate, 'title' | 'description' | 'estimatedCostCents' | 'location'>>,
    ): Promise<Proposal> {
      const { round, proposal } = await requireProposal(roundId, proposalId);
      requireAuthor(caller, proposal);
      requirePhase(round, ['proposals'], 'Changing a proposal');
      if (proposal.status !== 'submitted')
        throw conflict('Only a proposal that has not been reviewed yet can change.', 'proposal-reviewed');
      const changes: Partial<BudgetProposalsTable> = { updated_at: deps.clock.now().toISOString() };
      if (input.title !== undefined) changes.title = input.title;
      if (input.description !== undefined) changes.description = input.description;
      if (input.estimatedCostCents !== undefined) changes.estimated_cost_cents = input.estimatedCostCents;
      if (input.location !== undefined) changes.location = input.location;
      await proposals.update(proposal.id, changes);
      return getOne(caller, roundId, proposalId);
    },

    async withdraw(caller: Caller, roundId: string, proposalId: string): Promise<void> {
      const { round, proposal } = await requireProposal(roundId, proposalId);
      requireAuthor(caller, proposal);
      requirePhase(round, ['proposals', 'review'], 'Withdrawing a proposal');
      if (proposal.status === 'withdrawn') return;
      await deps.db.transaction().execute(async (trx) => {
        await createProposalsRepository(trx).update(proposal.id, {
          status: 'withdrawn',
          updated_at: deps.clock.now().toISOString(),
        });
        await deps.activity(trx, {
          verb: 'proposal.withdrawn',
          actorId: caller.accountId,
          subjectType: 'budget_proposal',
          subjectId: proposal.id,
          areaId: proposal.area_id,
        });
      });
    },

    /** Possible until voting opens; a second review replaces the first (both are in the audit log). */
    async review(caller: Caller, roundId: string, proposalId: string, input: Review): Promise<Proposal> {
      const { round, proposal } = await requireProposal(roundId, proposalId);
      const authority = await context.requireManager(caller, round.areaIds);
      requirePhase(round, ['proposals', 'review'], 'Reviewing a proposal');
      if (proposal.status === 'withdrawn') throw conflict('The proposer withdrew this proposal.', 'proposal-withdrawn');
      if (input.decision === 'accepted' && (input.costCents ?? 0) > round.row.budget_cents) {
        throw badRequest('This cost is more than the whole budget, so the project could never be funded.', [
          { name: 'body.costCents', reason: 'More than the round’s budget' },
        ]);
      }
      const nowIso = deps.clock.now().toISOString();
      const changes = {
        status: input.decision,
        cost_cents: input.decision === 'accepted' ? input.costCents : null,
        review_reason: input.reason,
        reviewed_by: caller.accountId,
        reviewed_at: nowIso,
        updated_at: nowIso,
      } satisfies Partial<BudgetProposalsTable>;
      await deps.db.transaction().execute(async (trx) => {
        await createProposalsRepository(trx).update(proposal.id, changes);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'budget_proposal.reviewed',
          subjectType: 'budget_proposal',
          subjectId: proposal.id,
          areaId: proposal.area_id,
          before: { status: proposal.status, costCents: proposal.cost_cents },
          after: { status: input.decision, costCents: changes.cost_cents },
          reason: input.reason,
          authority,
        });
        await deps.activity(trx, {
          verb: `proposal.${input.decision}`,
          actorId: caller.accountId,
          subjectType: 'budget_proposal',
          subjectId: proposal.id,
          areaId: proposal.area_id,
          amountCents: changes.cost_cents,
        });
      });
      return getOne(caller, roundId, proposalId);
    },
  };
}
export type ProposalsService = ReturnType<typeof createProposalsService>;
