import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PageQuerySchema } from '../../../../contracts/common.ts';
import {
  AnswerResponseSchema,
  CreateDecisionSchema,
  CreateIncidentSchema,
  CreateMilestoneSchema,
  CreateResponseSchema,
  DecisionPageSchema,
  DecisionParams,
  DecisionQuerySchema,
  GrantClawbackSchema,
  GrantPageSchema,
  GrantParams,
  GrantPaymentSchema,
  GrantQuerySchema,
  GrantReportSchema,
  GrantSchema,
  IncidentPageSchema,
  IncidentQuerySchema,
  IncidentSchema,
  MilestonePageSchema,
  MilestoneParams,
  MilestoneQuerySchema,
  MilestoneSchema,
  RecordMilestoneSchema,
  ResponsePageSchema,
  ResponseParams,
  SteeringDecisionSchema,
  SteeringResponseSchema,
} from '../../../../contracts/steering.ts';
import { requireCaller } from '../../../http/auth.ts';
import { steeringAccess as access } from '../steering.policy.ts';
import type { DecisionsService } from './decisions.service.ts';
import type { GrantsService } from './grants.service.ts';
import type { PerformanceService } from './performance.service.ts';
import type { ResponsesService } from './responses.service.ts';

const tags = ['Steering: decisions'];

export const decisionsRoutes =
  (services: {
    decisions: DecisionsService;
    responses: ResponsesService;
    performance: PerformanceService;
    grants: GrantsService;
  }): FastifyPluginAsyncZod =>
  async (app) => {
    const { decisions, responses, performance, grants } = services;

    app.get('/steering/decisions', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listSteeringDecisions',
        summary: 'Published steering decisions, newest first, per area or subject',
        querystring: DecisionQuerySchema,
        response: { 200: DecisionPageSchema },
      },
      handler: async (request) => decisions.list(request.query),
    });

    app.post('/steering/decisions', {
      config: { access: access.decide },
      schema: {
        tags,
        operationId: 'createSteeringDecision',
        summary:
          'Decide a layer for a task or initiative, with motivation, instruments and a review date (a steering officer for its area); published at once',
        body: CreateDecisionSchema,
        response: { 201: SteeringDecisionSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await decisions.create(requireCaller(request.caller), request.body)),
    });

    app.get('/steering/decisions/:decisionId', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getSteeringDecision',
        summary: 'A steering decision with its instruments, milestones and responses',
        params: DecisionParams,
        response: { 200: SteeringDecisionSchema },
      },
      handler: async (request) => decisions.get(request.params.decisionId),
    });

    app.get('/steering/decisions/:decisionId/responses', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listSteeringResponses',
        summary: 'Objections and comments on a decision, with the municipality’s answers, oldest first',
        params: DecisionParams,
        querystring: PageQuerySchema,
        response: { 200: ResponsePageSchema },
      },
      handler: async (request) => responses.list(request.params.decisionId, request.query.limit, request.query.cursor),
    });

    app.post('/steering/decisions/:decisionId/responses', {
      config: { access: access.participate, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'createSteeringResponse',
        summary: 'Object to or comment on a published decision (any resident); the answer is due within six weeks',
        params: DecisionParams,
        body: CreateResponseSchema,
        response: { 201: SteeringResponseSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await responses.submit(requireCaller(request.caller), request.params.decisionId, request.body)),
    });

    app.put('/steering/responses/:responseId/answer', {
      config: { access: access.decide },
      schema: {
        tags,
        operationId: 'answerSteeringResponse',
        summary: 'Publish the municipality’s answer to a response (a steering officer for the decision’s area)',
        params: ResponseParams,
        body: AnswerResponseSchema,
        response: { 200: SteeringResponseSchema },
      },
      handler: async (request) =>
        responses.answer(requireCaller(request.caller), request.params.responseId, request.body.text),
    });

    app.get('/steering/milestones', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listSteeringMilestones',
        summary: 'Milestones of agreements and accepted challenges, by due date',
        querystring: MilestoneQuerySchema,
        response: { 200: MilestonePageSchema },
      },
      handler: async (request) => performance.milestones(request.query),
    });

    app.post('/steering/milestones', {
      config: { access: access.decide },
      schema: {
        tags,
        operationId: 'createSteeringMilestone',
        summary: 'Add a milestone to a decision in force or an accepted challenge',
        body: CreateMilestoneSchema,
        response: { 201: MilestoneSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await performance.createMilestone(requireCaller(request.caller), request.body)),
    });

    app.patch('/steering/milestones/:milestoneId', {
      config: { access: access.decide },
      schema: {
        tags,
        operationId: 'recordSteeringMilestone',
        summary: 'Record a milestone as met or missed; the advice is computed again',
        params: MilestoneParams,
        body: RecordMilestoneSchema,
        response: { 200: MilestoneSchema },
      },
      handler: async (request) =>
        performance.recordMilestone(requireCaller(request.caller), request.params.milestoneId, request.body),
    });

    app.get('/steering/incidents', {
      config: { access: access.readIncidents },
      schema: {
        tags,
        operationId: 'listSteeringIncidents',
        summary: 'Incidents reported about tasks and initiatives, newest first (staff, within their areas)',
        querystring: IncidentQuerySchema,
        response: { 200: IncidentPageSchema },
      },
      handler: async (request) => performance.incidents(requireCaller(request.caller), request.query),
    });

    app.post('/steering/incidents', {
      config: { access: access.reportIncident },
      schema: {
        tags,
        operationId: 'reportSteeringIncident',
        summary: 'Report an incident about a task or initiative (staff, for its area); the advice is computed again',
        body: CreateIncidentSchema,
        response: { 201: IncidentSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await performance.reportIncident(requireCaller(request.caller), request.body)),
    });

    app.get('/steering/grants', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listSteeringGrants',
        summary: 'Grants given as instruments of decisions, with payments, reports and clawbacks, newest first',
        querystring: GrantQuerySchema,
        response: { 200: GrantPageSchema },
      },
      handler: async (request) => grants.list(request.query),
    });

    app.get('/steering/grants/:grantId', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getSteeringGrant',
        summary: 'A grant with its payments, report and clawback',
        params: GrantParams,
        response: { 200: GrantSchema },
      },
      handler: async (request) => grants.get(request.params.grantId),
    });

    app.post('/steering/grants/:grantId/payments', {
      config: { access: access.decide },
      schema: {
        tags,
        operationId: 'createSteeringGrantPayment',
        summary: 'Record a payment of the grant (never more than the amount)',
        params: GrantParams,
        body: GrantPaymentSchema,
        response: { 201: GrantSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await grants.pay(requireCaller(request.caller), request.params.grantId, request.body)),
    });

    app.put('/steering/grants/:grantId/report', {
      config: { access: access.decide },
      schema: {
        tags,
        operationId: 'recordSteeringGrantReport',
        summary: 'Record that the report on the grant came, and whether the money was used as agreed',
        params: GrantParams,
        body: GrantReportSchema,
        response: { 200: GrantSchema },
      },
      handler: async (request) => grants.report(requireCaller(request.caller), request.params.grantId, request.body),
    });

    app.put('/steering/grants/:grantId/clawback', {
      config: { access: access.decide },
      schema: {
        tags,
        operationId: 'clawBackSteeringGrant',
        summary: 'Claim back (part of) a grant: no report came, or the money was not used as agreed',
        params: GrantParams,
        body: GrantClawbackSchema,
        response: { 200: GrantSchema },
      },
      handler: async (request) => grants.clawBack(requireCaller(request.caller), request.params.grantId, request.body),
    });
  };
