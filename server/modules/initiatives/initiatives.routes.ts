import { requireCaller } from '../../http/auth.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AreaCountPageSchema,
  AreaCountQuerySchema,
  CreateInitiativeSchema,
  InitiativePageSchema,
  InitiativeParams,
  InitiativeQuerySchema,
  InitiativeSchema,
  StatusChangePageSchema,
  StatusChangeRequestSchema,
  UpdateInitiativeSchema,
} from '../../../contracts/initiatives.ts';
import { PageQuerySchema } from '../../../contracts/common.ts';
import { initiativesAccess as access } from './initiatives.policy.ts';
import type { InitiativesService } from './initiatives.service.ts';

const tags = ['Initiatives'];

export const initiativesRoutes =
  (initiatives: InitiativesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/initiatives', {
      config: {
        access: access.browse,
        // `mine` is the one answer that depends on the caller.
        publicList: { reads: ['initiatives', 'areas'], cacheable: (query) => !(query as { mine?: boolean }).mine },
      },
      schema: {
        tags,
        operationId: 'listInitiatives',
        summary: 'Browse and search initiatives, newest first',
        querystring: InitiativeQuerySchema,
        response: { 200: InitiativePageSchema },
      },
      handler: async (request) => initiatives.list(request.caller, request.query),
    });

    app.post('/initiatives', {
      config: { access: access.write, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'createInitiative',
        summary: 'Start an initiative (professionals can register one on behalf of a resident who is not online)',
        body: CreateInitiativeSchema,
        response: { 201: InitiativeSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await initiatives.create(requireCaller(request.caller), request.body)),
    });

    app.get('/initiatives/:initiativeId', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getInitiative',
        summary: 'One initiative with its figures, support and the municipality’s response',
        params: InitiativeParams,
        response: { 200: InitiativeSchema },
      },
      handler: async (request) => initiatives.get(request.caller, request.params.initiativeId),
    });

    app.patch('/initiatives/:initiativeId', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'updateInitiative',
        summary: 'Edit an initiative (organisers only)',
        params: InitiativeParams,
        body: UpdateInitiativeSchema,
        response: { 200: InitiativeSchema },
      },
      handler: async (request) =>
        initiatives.update(requireCaller(request.caller), request.params.initiativeId, request.body),
    });

    app.post('/initiatives/:initiativeId/status-changes', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'changeInitiativeStatus',
        summary: 'Move the initiative along its lifecycle (organisers only; stopping needs a reason)',
        params: InitiativeParams,
        body: StatusChangeRequestSchema,
        response: { 201: InitiativeSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(
            await initiatives.changeStatus(requireCaller(request.caller), request.params.initiativeId, request.body),
          ),
    });

    app.get('/initiatives/:initiativeId/status-changes', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listInitiativeStatusChanges',
        summary: 'The status history: who changed what, when and why',
        params: InitiativeParams,
        querystring: PageQuerySchema,
        response: { 200: StatusChangePageSchema },
      },
      handler: async (request) =>
        initiatives.statusHistory(
          request.caller,
          request.params.initiativeId,
          request.query.limit,
          request.query.cursor,
        ),
    });

    app.get('/initiative-area-counts', {
      config: { access: access.browse, publicList: { reads: ['initiatives'] } },
      schema: {
        tags,
        operationId: 'countInitiativesPerArea',
        summary: 'Initiatives per neighbourhood, for the map (stopped ones left out unless asked for)',
        querystring: AreaCountQuerySchema,
        response: { 200: AreaCountPageSchema },
      },
      handler: async (request) => initiatives.countsPerArea(request.query),
    });
  };
