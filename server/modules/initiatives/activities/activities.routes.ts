import { requireCaller } from '../../../http/auth.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  ActivityChangeSchema,
  ActivityPageSchema,
  ActivityParams,
  ActivityQuerySchema,
  ActivitySchema,
  AttendanceSchema,
  CreateActivitySchema,
  CreateUpdateSchema,
  SignUpPageSchema,
  SignUpParams,
  SignUpQuerySchema,
  SignUpSchema,
  UpdatePageSchema,
  UpdateSchema,
} from '../../../../contracts/initiatives-activities.ts';
import { PageQuerySchema } from '../../../../contracts/common.ts';
import { InitiativeParams } from '../../../../contracts/initiatives.ts';
import type { ActivitiesService } from './activities.service.ts';
import { initiativesAccess as access } from '../initiatives.policy.ts';
import type { SignUpsService } from './sign-ups.service.ts';
import type { UpdatesService } from './updates.service.ts';

const tags = ['Initiatives: updates and activities'];
const NoContent = z.null().describe('No content');

export const activitiesRoutes =
  (deps: { updates: UpdatesService; activities: ActivitiesService; signUps: SignUpsService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { updates, activities, signUps } = deps;

    app.get('/initiatives/:initiativeId/updates', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listUpdates',
        summary: 'News from the initiative, newest first',
        params: InitiativeParams,
        querystring: PageQuerySchema,
        response: { 200: UpdatePageSchema },
      },
      handler: async (request) =>
        updates.list(request.caller, request.params.initiativeId, request.query.limit, request.query.cursor),
    });

    app.post('/initiatives/:initiativeId/updates', {
      config: { access: access.write, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'publishUpdate',
        summary: 'Publish an update (organisers only)',
        params: InitiativeParams,
        body: CreateUpdateSchema,
        response: { 201: UpdateSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await updates.publish(requireCaller(request.caller), request.params.initiativeId, request.body)),
    });

    app.get('/initiatives/:initiativeId/activities', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listActivities',
        summary: 'Upcoming activities (soonest first) or past ones (latest first)',
        params: InitiativeParams,
        querystring: ActivityQuerySchema,
        response: { 200: ActivityPageSchema },
      },
      handler: async (request) => activities.list(request.caller, request.params.initiativeId, request.query),
    });

    app.post('/initiatives/:initiativeId/activities', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'planActivity',
        summary: 'Plan an activity in the future with a place and capacity (organisers only)',
        params: InitiativeParams,
        body: CreateActivitySchema,
        response: { 201: ActivitySchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await activities.create(requireCaller(request.caller), request.params.initiativeId, request.body)),
    });

    app.get('/initiatives/:initiativeId/activities/:activityId', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getActivity',
        summary: 'One activity, with places taken, the waiting list length and my sign-up',
        params: ActivityParams,
        response: { 200: ActivitySchema },
      },
      handler: async (request) =>
        activities.get(request.caller, request.params.initiativeId, request.params.activityId),
    });

    app.patch('/initiatives/:initiativeId/activities/:activityId', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'changeActivity',
        summary: 'Change or cancel an activity (organisers only); extra places go to the waiting list',
        params: ActivityParams,
        body: ActivityChangeSchema,
        response: { 200: ActivitySchema },
      },
      handler: async (request) =>
        activities.change(
          requireCaller(request.caller),
          request.params.initiativeId,
          request.params.activityId,
          request.body,
        ),
    });

    app.post('/initiatives/:initiativeId/activities/:activityId/sign-ups', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'signUpForActivity',
        summary: 'Sign up: a place when one is free, otherwise the waiting list',
        params: ActivityParams,
        response: { 201: SignUpSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(
            await signUps.signUp(requireCaller(request.caller), request.params.initiativeId, request.params.activityId),
          ),
    });

    app.get('/initiatives/:initiativeId/activities/:activityId/sign-ups', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'listSignUps',
        summary: 'Who signed up and who attended (organisers only)',
        params: ActivityParams,
        querystring: SignUpQuerySchema,
        response: { 200: SignUpPageSchema },
      },
      handler: async (request) =>
        signUps.list(
          requireCaller(request.caller),
          request.params.initiativeId,
          request.params.activityId,
          request.query,
        ),
    });

    app.delete('/initiatives/:initiativeId/activities/:activityId/sign-ups/:signUpId', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'cancelSignUp',
        summary: 'Cancel a sign-up (the person, or an organiser); the first on the waiting list moves up',
        params: SignUpParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await signUps.cancel(
          requireCaller(request.caller),
          request.params.initiativeId,
          request.params.activityId,
          request.params.signUpId,
        );
        return reply.code(204).send(null);
      },
    });

    app.put('/initiatives/:initiativeId/activities/:activityId/sign-ups/:signUpId/attendance', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'recordAttendance',
        summary: 'Record whether someone came (organisers only, once it has started)',
        params: SignUpParams,
        body: AttendanceSchema,
        response: { 200: SignUpSchema },
      },
      handler: async (request) =>
        signUps.recordAttendance(
          requireCaller(request.caller),
          request.params.initiativeId,
          request.params.activityId,
          request.params.signUpId,
          request.body.attended,
        ),
    });
  };
