import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PageQuerySchema } from '../../../../contracts/common.ts';
import {
  ChangeProviderSchema,
  CreatePublicTaskSchema,
  PictureParams,
  ProviderChangePageSchema,
  ProviderChangeSchema,
  PublicTaskPageSchema,
  PublicTaskParams,
  PublicTaskQuerySchema,
  PublicTaskSchema,
  SteeringPictureSchema,
  UpdatePublicTaskSchema,
} from '../../../../contracts/steering.ts';
import { requireCaller } from '../../../http/auth.ts';
import { steeringAccess as access } from '../steering.policy.ts';
import type { TasksService } from './tasks.service.ts';

const tags = ['Steering: public tasks'];

export const tasksRoutes =
  (tasks: TasksService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/public-tasks', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listPublicTasks',
        summary: 'The register of public tasks, per area (and the areas inside it), by title',
        querystring: PublicTaskQuerySchema,
        response: { 200: PublicTaskPageSchema },
      },
      handler: async (request) => tasks.list(request.query),
    });

    app.post('/public-tasks', {
      config: { access: access.manageTasks },
      schema: {
        tags,
        operationId: 'createPublicTask',
        summary: 'Register a public task (steering officers and administrators, for their area)',
        body: CreatePublicTaskSchema,
        response: { 201: PublicTaskSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await tasks.create(requireCaller(request.caller), request.body)),
    });

    app.get('/public-tasks/:taskId', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getPublicTask',
        summary: 'A public task with its provider, current advice and decision in force',
        params: PublicTaskParams,
        response: { 200: PublicTaskSchema },
      },
      handler: async (request) => tasks.get(request.params.taskId),
    });

    app.patch('/public-tasks/:taskId', {
      config: { access: access.manageTasks },
      schema: {
        tags,
        operationId: 'updatePublicTask',
        summary: 'Change a public task, with the reason (its provider changes through provider-changes)',
        params: PublicTaskParams,
        body: UpdatePublicTaskSchema,
        response: { 200: PublicTaskSchema },
      },
      handler: async (request) => tasks.update(requireCaller(request.caller), request.params.taskId, request.body),
    });

    app.get('/public-tasks/:taskId/provider-changes', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listPublicTaskProviderChanges',
        summary: 'Who carried the task when: every change of provider, newest first',
        params: PublicTaskParams,
        querystring: PageQuerySchema,
        response: { 200: ProviderChangePageSchema },
      },
      handler: async (request) => tasks.history(request.params.taskId, request.query.limit, request.query.cursor),
    });

    app.post('/public-tasks/:taskId/provider-changes', {
      config: { access: access.manageTasks },
      schema: {
        tags,
        operationId: 'changePublicTaskProvider',
        summary: 'Change who carries the task, with the reason (kept in the history)',
        params: PublicTaskParams,
        body: ChangeProviderSchema,
        response: { 201: ProviderChangeSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await tasks.changeProvider(requireCaller(request.caller), request.params.taskId, request.body)),
    });

    app.get('/steering/pictures/:areaId', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getSteeringPicture',
        summary:
          'The 3.0 → 4.0 picture of an area: shares of tasks and budgets carried by the municipality, market, community and co-production, now and over time',
        params: PictureParams,
        response: { 200: SteeringPictureSchema },
      },
      handler: async (request) => tasks.picture(request.params.areaId),
    });
  };
