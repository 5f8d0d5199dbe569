import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PageQuerySchema } from '../../../contracts/common.ts';
import {
  AdvicePageSchema,
  AdviceParams,
  AdviceQuerySchema,
  AdviceTimelinePageSchema,
  SteeringAdviceSchema,
  SteeringSettingsSchema,
  SteeringThresholdsSchema,
  SteeringWorklistPageSchema,
  SteeringWorklistQuerySchema,
} from '../../../contracts/steering.ts';
import { requireCaller } from '../../http/auth.ts';
import type { AdviceService } from './advice.service.ts';
import { steeringAccess as access } from './steering.policy.ts';
import type { WorklistService } from './worklist.service.ts';

const tags = ['Steering: advice'];

export const adviceRoutes =
  (advice: AdviceService, worklist: WorklistService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/steering/advice', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listSteeringAdvice',
        summary: 'The current advice for every task and initiative with public work, per area',
        querystring: AdviceQuerySchema,
        response: { 200: AdvicePageSchema },
      },
      handler: async (request) => advice.list(request.query),
    });

    app.get('/steering/advice/:subjectType/:subjectId', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getSteeringAdvice',
        summary:
          'The advice for a task or initiative: its layer, the rule that fired, every input and what would change it',
        params: AdviceParams,
        response: { 200: SteeringAdviceSchema },
      },
      handler: async (request) => advice.advice(request.params.subjectType, request.params.subjectId),
    });

    app.get('/steering/advice/:subjectType/:subjectId/timeline', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listSteeringAdviceTimeline',
        summary: 'How the advice for a task or initiative changed over time, newest first',
        params: AdviceParams,
        querystring: PageQuerySchema,
        response: { 200: AdviceTimelinePageSchema },
      },
      handler: async (request) =>
        advice.timeline(
          request.params.subjectType,
          request.params.subjectId,
          request.query.limit,
          request.query.cursor,
        ),
    });

    app.get('/steering/thresholds', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getSteeringThresholds',
        summary: 'The thresholds of the advice rule, the defaults and the capacity × risk matrix',
        response: { 200: SteeringSettingsSchema },
      },
      handler: async () => advice.settings(),
    });

    app.put('/steering/thresholds', {
      config: { access: access.changeThresholds },
      schema: {
        tags,
        operationId: 'changeSteeringThresholds',
        summary: 'Change the thresholds (an administrator for the whole municipality); every advice is computed again',
        body: SteeringThresholdsSchema,
        response: { 200: SteeringSettingsSchema },
      },
      handler: async (request) => advice.changeThresholds(requireCaller(request.caller), request.body),
    });

    app.get('/steering/worklist', {
      config: { access: access.worklist },
      schema: {
        tags,
        operationId: 'getSteeringWorklist',
        summary:
          'What waits for the officer in the areas of their grant: reviews, responses, challenge assessments, grant reports and milestones due soon or overdue',
        querystring: SteeringWorklistQuerySchema,
        response: { 200: SteeringWorklistPageSchema },
      },
      handler: async (request) => worklist.list(requireCaller(request.caller), request.query),
    });
  };
