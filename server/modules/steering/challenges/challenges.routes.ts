import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AssessChallengeSchema,
  ChallengeCriteriaSchema,
  ChallengePageSchema,
  ChallengeParams,
  ChallengeQuerySchema,
  ChallengeSchema,
  CreateChallengeSchema,
  DecideChallengeSchema,
  WithdrawChallengeSchema,
} from '../../../../contracts/steering.ts';
import { requireCaller } from '../../../http/auth.ts';
import { steeringAccess as access } from '../steering.policy.ts';
import type { ChallengesService } from './challenges.service.ts';

const tags = ['Steering: Right to Challenge'];

export const challengesRoutes =
  (challenges: ChallengesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/challenges/criteria', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getChallengeCriteria',
        summary: 'The published criteria every challenge is assessed against, and the assessment deadline',
        response: { 200: ChallengeCriteriaSchema },
      },
      handler: async () => challenges.criteria(),
    });

    app.get('/challenges', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listChallenges',
        summary: 'Challenges to hand over public tasks, newest first, with their assessment and decision',
        querystring: ChallengeQuerySchema,
        response: { 200: ChallengePageSchema },
      },
      handler: async (request) => challenges.list(request.query),
    });

    app.post('/challenges', {
      config: { access: access.participate, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'submitChallenge',
        summary:
          'Challenge the municipality to hand over a public task that is not exclusive (an organiser of the initiative), for at most its budget',
        body: CreateChallengeSchema,
        response: { 201: ChallengeSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await challenges.submit(requireCaller(request.caller), request.body)),
    });

    app.get('/challenges/:challengeId', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getChallenge',
        summary: 'A challenge with its evidence, scores, decision and agreement',
        params: ChallengeParams,
        response: { 200: ChallengeSchema },
      },
      handler: async (request) => challenges.get(request.params.challengeId),
    });

    app.put('/challenges/:challengeId/assessment', {
      config: { access: access.decide },
      schema: {
        tags,
        operationId: 'assessChallenge',
        summary:
          'Score criteria with a reason each (a steering officer for the task’s area); scores given again replace earlier ones',
        params: ChallengeParams,
        body: AssessChallengeSchema,
        response: { 200: ChallengeSchema },
      },
      handler: async (request) =>
        challenges.assess(requireCaller(request.caller), request.params.challengeId, request.body),
    });

    app.put('/challenges/:challengeId/decision', {
      config: { access: access.decide },
      schema: {
        tags,
        operationId: 'decideChallenge',
        summary:
          'Accept (an agreement with frameworks and milestones; the task passes to the community or co-production) or refuse, with reasons',
        params: ChallengeParams,
        body: DecideChallengeSchema,
        response: { 200: ChallengeSchema },
      },
      handler: async (request) =>
        challenges.decide(requireCaller(request.caller), request.params.challengeId, request.body),
    });

    app.put('/challenges/:challengeId/withdrawal', {
      config: { access: access.participate },
      schema: {
        tags,
        operationId: 'withdrawChallenge',
        summary: 'Withdraw a challenge under assessment (an organiser of the initiative)',
        params: ChallengeParams,
        body: WithdrawChallengeSchema,
        response: { 200: ChallengeSchema },
      },
      handler: async (request) =>
        challenges.withdraw(requireCaller(request.caller), request.params.challengeId, request.body.reason),
    });
  };
