import { requireCaller } from '../../../http/auth.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  ProposalCreateSchema,
  ProposalPageSchema,
  ProposalParams,
  ProposalQuerySchema,
  ProposalSchema,
  ProposalUpdateSchema,
  ReviewSchema,
  RoundParams,
} from '../../../../contracts/budgeting.ts';
import { TAG } from '../openapi-tag.ts';
import { budgetingAccess as access } from '../budgeting.policy.ts';
import type { ProposalsService } from './proposals.service.ts';

const NoContent = z.null().describe('No content');

export const proposalsRoutes =
  (deps: { proposals: ProposalsService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { proposals } = deps;

    app.get('/budget-rounds/:roundId/proposals', {
      config: { access: access.listProposals },
      schema: {
        tags: [TAG],
        operationId: 'listBudgetProposals',
        summary: 'Proposals of a round, in order of submission',
        params: RoundParams,
        querystring: ProposalQuerySchema,
        response: { 200: ProposalPageSchema },
      },
      handler: async (request) => {
        const { limit, cursor, status } = request.query;
        return proposals.list(request.caller, request.params.roundId, status, limit, cursor);
      },
    });

    app.post('/budget-rounds/:roundId/proposals', {
      config: { access: access.submitProposal, writeLimit: 'content' },
      schema: {
        tags: [TAG],
        operationId: 'submitBudgetProposal',
        summary: 'Submit a proposal (during the proposals phase)',
        params: RoundParams,
        body: ProposalCreateSchema,
        response: { 201: ProposalSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await proposals.submit(requireCaller(request.caller), request.params.roundId, request.body)),
    });

    app.get('/budget-rounds/:roundId/proposals/:proposalId', {
      config: { access: access.getProposal },
      schema: {
        tags: [TAG],
        operationId: 'getBudgetProposal',
        summary: 'One proposal with its review',
        params: ProposalParams,
        response: { 200: ProposalSchema },
      },
      handler: async (request) => proposals.get(request.caller, request.params.roundId, request.params.proposalId),
    });

    app.patch('/budget-rounds/:roundId/proposals/:proposalId', {
      config: { access: access.updateProposal },
      schema: {
        tags: [TAG],
        operationId: 'updateBudgetProposal',
        summary: 'Change your own proposal before it is reviewed',
        params: ProposalParams,
        body: ProposalUpdateSchema,
        response: { 200: ProposalSchema },
      },
      handler: async (request) =>
        proposals.update(
          requireCaller(request.caller),
          request.params.roundId,
          request.params.proposalId,
          request.body,
        ),
    });

    app.delete('/budget-rounds/:roundId/proposals/:proposalId', {
      config: { access: access.withdrawProposal },
      schema: {
        tags: [TAG],
        operationId: 'withdrawBudgetProposal',
        summary: 'Withdraw your own proposal before voting opens',
        params: ProposalParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await proposals.withdraw(requireCaller(request.caller), request.params.roundId, request.params.proposalId);
        return reply.code(204).send(null);
      },
    });

    app.put('/budget-rounds/:roundId/proposals/:proposalId/review', {
      config: { access: access.reviewProposal },
      schema: {
        tags: [TAG],
        operationId: 'reviewBudgetProposal',
        summary: 'Accept (with the cost on the ballot) or reject a proposal, with a published reason',
        params: ProposalParams,
        body: ReviewSchema,
        response: { 200: ProposalSchema },
      },
      handler: async (request) =>
        proposals.review(
          requireCaller(request.caller),
          request.params.roundId,
          request.params.proposalId,
          request.body,
        ),
    });
  };
