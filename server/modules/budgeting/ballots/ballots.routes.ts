import { requireCaller } from '../../../http/auth.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BallotCastSchema,
  BallotChangeSchema,
  BallotLookupSchema,
  BallotReceiptSchema,
  BallotSchema,
  PaperBallotRecordedSchema,
  PaperBallotSchema,
  ParticipationSchema,
} from '../../../../contracts/budgeting-ballots.ts';
import { RoundParams } from '../../../../contracts/budgeting.ts';
import type { BallotsService } from './ballots.service.ts';
import { TAG } from '../openapi-tag.ts';
import { budgetingAccess as access } from '../budgeting.policy.ts';

// The token travels in request bodies only, never in a URL, so it does not end up in logs.
export const ballotsRoutes =
  (deps: { ballots: BallotsService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { ballots } = deps;

    app.get('/budget-rounds/:roundId/participation', {
      config: { access: access.participation },
      schema: {
        tags: [TAG],
        operationId: 'getBudgetParticipation',
        summary: 'May I vote in this round, and have I voted?',
        params: RoundParams,
        response: { 200: ParticipationSchema },
      },
      handler: async (request) => ballots.participation(requireCaller(request.caller), request.params.roundId),
    });

    app.post('/budget-rounds/:roundId/ballots', {
      config: { access: access.castBallot },
      schema: {
        tags: [TAG],
        operationId: 'castBallot',
        summary: 'Vote: one secret ballot per verified resident; returns the ballot token once',
        params: RoundParams,
        body: BallotCastSchema,
        response: { 201: BallotReceiptSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await ballots.cast(requireCaller(request.caller), request.params.roundId, request.body)),
    });

    app.post('/budget-rounds/:roundId/ballot-lookups', {
      config: { access: access.lookupBallot },
      schema: {
        tags: [TAG],
        operationId: 'lookUpBallot',
        summary: 'See the ballot that belongs to a token',
        params: RoundParams,
        body: BallotLookupSchema,
        response: { 200: BallotSchema },
      },
      handler: async (request) => ballots.lookup(request.params.roundId, request.body.token),
    });

    app.put('/budget-rounds/:roundId/ballots/current', {
      config: { access: access.changeBallot },
      schema: {
        tags: [TAG],
        operationId: 'changeBallot',
        summary: 'Change the ballot that belongs to a token, until voting closes',
        params: RoundParams,
        body: BallotChangeSchema,
        response: { 200: BallotSchema },
      },
      handler: async (request) => ballots.change(request.params.roundId, request.body.token, request.body.projectIds),
    });

    app.post('/budget-rounds/:roundId/paper-ballots', {
      config: { access: access.enterPaperBallot },
      schema: {
        tags: [TAG],
        operationId: 'enterPaperBallot',
        summary: 'Enter a paper ballot from a voting location',
        params: RoundParams,
        body: PaperBallotSchema,
        response: { 201: PaperBallotRecordedSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await ballots.enterPaper(requireCaller(request.caller), request.params.roundId, request.body)),
    });
  };
