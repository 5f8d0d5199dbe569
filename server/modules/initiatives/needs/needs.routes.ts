import { requireCaller } from '../../../http/auth.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  CreateNeedSchema,
  CreatePledgeSchema,
  NeedChangeSchema,
  NeedPageSchema,
  NeedParams,
  NeedQuerySchema,
  NeedSchema,
  OpenNeedPageSchema,
  OpenNeedQuerySchema,
  PledgePageSchema,
  PledgeParams,
  PledgeQuerySchema,
  PledgeSchema,
} from '../../../../contracts/initiatives-needs.ts';
import { InitiativeParams } from '../../../../contracts/initiatives.ts';
import { initiativesAccess as access } from '../initiatives.policy.ts';
import type { NeedsService } from './needs.service.ts';
import type { PledgesService } from './pledges.service.ts';

const tags = ['Initiatives: needs and pledges'];
const NoContent = z.null().describe('No content');

export const needsRoutes =
  (needs: NeedsService, pledges: PledgesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/initiatives/:initiativeId/needs', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listNeeds',
        summary: 'The initiative’s needs and how far each is covered',
        params: InitiativeParams,
        querystring: NeedQuerySchema,
        response: { 200: NeedPageSchema },
      },
      handler: async (request) => needs.list(request.caller, request.params.initiativeId, request.query),
    });

    app.post('/initiatives/:initiativeId/needs', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'createNeed',
        summary: 'Post a need: volunteers, materials, money, space, a permit or expertise (organisers only)',
        params: InitiativeParams,
        body: CreateNeedSchema,
        response: { 201: NeedSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await needs.create(requireCaller(request.caller), request.params.initiativeId, request.body)),
    });

    app.patch('/initiatives/:initiativeId/needs/:needId', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'changeNeed',
        summary: 'Edit or close a need (organisers only)',
        params: NeedParams,
        body: NeedChangeSchema,
        response: { 200: NeedSchema },
      },
      handler: async (request) =>
        needs.change(requireCaller(request.caller), request.params.initiativeId, request.params.needId, request.body),
    });

    app.get('/open-needs', {
      config: { access: access.browse, publicList: { reads: ['initiatives', 'areas'] } },
      schema: {
        tags,
        operationId: 'listOpenNeeds',
        summary: 'Needs nobody has met yet, across running initiatives, newest first',
        querystring: OpenNeedQuerySchema,
        response: { 200: OpenNeedPageSchema },
      },
      handler: async (request) => needs.openNeeds(request.query),
    });

    app.post('/initiatives/:initiativeId/needs/:needId/pledges', {
      config: { access: access.write, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'createPledge',
        summary: 'Pledge against a need (never more than is still open), for yourself or an organisation you belong to',
        params: NeedParams,
        body: CreatePledgeSchema,
        response: { 201: PledgeSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(
            await pledges.pledge(
              requireCaller(request.caller),
              request.params.initiativeId,
              request.params.needId,
              request.body,
            ),
          ),
    });

    app.get('/initiatives/:initiativeId/needs/:needId/pledges', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'listPledges',
        summary: 'Pledges on a need: organisers see all and who made them, others their own',
        params: NeedParams,
        querystring: PledgeQuerySchema,
        response: { 200: PledgePageSchema },
      },
      handler: async (request) =>
        pledges.list(requireCaller(request.caller), request.params.initiativeId, request.params.needId, request.query),
    });

    app.post('/initiatives/:initiativeId/pledges/:pledgeId/delivery', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'markPledgeDelivered',
        summary: 'Record that a pledge was delivered (organisers only)',
        params: PledgeParams,
        response: { 201: PledgeSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(
            await pledges.deliver(requireCaller(request.caller), request.params.initiativeId, request.params.pledgeId),
          ),
    });

    app.delete('/initiatives/:initiativeId/pledges/:pledgeId', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'withdrawPledge',
        summary: 'Withdraw a pledge not yet delivered (the pledger, or an organiser)',
        params: PledgeParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await pledges.withdraw(requireCaller(request.caller), request.params.initiativeId, request.params.pledgeId);
        return reply.code(204).send(null);
      },
    });
  };
