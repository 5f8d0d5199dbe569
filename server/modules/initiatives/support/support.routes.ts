import { requireCaller } from '../../../http/auth.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  DepartmentStatisticsPageSchema,
  PublishResponseSchema,
  ResponseDutyAssignmentSchema,
  StatisticsQuerySchema,
  SupportSchema,
  WorklistPageSchema,
  WorklistQuerySchema,
} from '../../../../contracts/initiatives-support.ts';
import { InitiativeParams, InitiativeSchema } from '../../../../contracts/initiatives.ts';
import { initiativesAccess as access } from '../initiatives.policy.ts';
import type { ResponsesService } from './responses.service.ts';
import type { SupportService } from './support.service.ts';

const tags = ['Initiatives: support and the municipality’s response'];
const NoContent = z.null().describe('No content');

export const supportRoutes =
  (support: SupportService, responses: ResponsesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/initiatives/:initiativeId/supports', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'supportInitiative',
        summary:
          'Support an initiative: once per resident verified for one of its neighbourhoods; at the threshold the municipality owes a response',
        params: InitiativeParams,
        response: { 201: SupportSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await support.support(requireCaller(request.caller), request.params.initiativeId)),
    });

    app.get('/initiatives/:initiativeId/supports/mine', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'getMySupport',
        summary: 'The support count, the threshold, the deadline and whether I support it',
        params: InitiativeParams,
        response: { 200: SupportSchema },
      },
      handler: async (request) => support.get(requireCaller(request.caller), request.params.initiativeId),
    });

    app.delete('/initiatives/:initiativeId/supports/mine', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'withdrawSupport',
        summary: 'Withdraw my support (a response already owed stays owed)',
        params: InitiativeParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await support.withdraw(requireCaller(request.caller), request.params.initiativeId);
        return reply.code(204).send(null);
      },
    });

    app.put('/initiatives/:initiativeId/response-duty', {
      config: { access: access.respond },
      schema: {
        tags,
        operationId: 'claimResponseDuty',
        summary:
          'Take on the response for a department: you become the responsible civil servant and get the reminders',
        params: InitiativeParams,
        body: ResponseDutyAssignmentSchema,
        response: { 200: InitiativeSchema },
      },
      handler: async (request) =>
        responses.claim(requireCaller(request.caller), request.params.initiativeId, request.body.department),
    });

    app.post('/initiatives/:initiativeId/municipal-response', {
      config: { access: access.respond },
      schema: {
        tags,
        operationId: 'publishMunicipalResponse',
        summary: 'Publish the municipality’s response on the initiative’s page (once)',
        params: InitiativeParams,
        body: PublishResponseSchema,
        response: { 201: InitiativeSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await responses.respond(requireCaller(request.caller), request.params.initiativeId, request.body)),
    });

    app.get('/response-worklist', {
      config: { access: access.respond },
      schema: {
        tags,
        operationId: 'listResponseWorklist',
        summary: 'Initiatives awaiting the municipality’s response, earliest deadline first',
        querystring: WorklistQuerySchema,
        response: { 200: WorklistPageSchema },
      },
      handler: async (request) => responses.worklist(requireCaller(request.caller), request.query),
    });

    app.get('/response-statistics', {
      config: { access: access.browse },
      schema: {
        tags,
        operationId: 'listResponseStatistics',
        summary: 'Per department: responses given, late ones, open and overdue duties, average days to respond',
        querystring: StatisticsQuerySchema,
        response: { 200: DepartmentStatisticsPageSchema },
      },
      handler: async (request) => responses.statistics(request.query.limit, request.query.cursor),
    });
  };
