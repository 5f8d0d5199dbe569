import { requireCaller } from '../../../http/auth.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  JoinRequestSchema,
  MemberChangeSchema,
  MemberPageSchema,
  MemberParams,
  MemberQuerySchema,
  MemberSchema,
  OfflineMemberSchema,
} from '../../../../contracts/initiatives-members.ts';
import { InitiativeParams } from '../../../../contracts/initiatives.ts';
import { initiativesAccess as access } from '../initiatives.policy.ts';
import type { MembersService } from './members.service.ts';

const tags = ['Initiatives: members'];
const NoContent = z.null().describe('No content');

export const membersRoutes =
  (members: MembersService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/initiatives/:initiativeId/members', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listInitiativeMembers',
        summary:
          'Members: outsiders see the organisers, members see everyone and their contact details, organisers also see requests',
        params: InitiativeParams,
        querystring: MemberQuerySchema,
        response: { 200: MemberPageSchema },
      },
      handler: async (request) => members.list(request.caller, request.params.initiativeId, request.query),
    });

    app.post('/initiatives/:initiativeId/members', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'requestToJoinInitiative',
        summary: 'Ask to join; the organisers accept or decline',
        params: InitiativeParams,
        body: JoinRequestSchema,
        response: { 201: MemberSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await members.requestToJoin(requireCaller(request.caller), request.params.initiativeId, request.body)),
    });

    app.patch('/initiatives/:initiativeId/members/:memberId', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'changeInitiativeMember',
        summary: 'Organisers accept or decline a request or change a role; a member changes what they share',
        params: MemberParams,
        body: MemberChangeSchema,
        response: { 200: MemberSchema },
      },
      handler: async (request) =>
        members.change(
          requireCaller(request.caller),
          request.params.initiativeId,
          request.params.memberId,
          request.body,
        ),
    });

    app.delete('/initiatives/:initiativeId/members/:memberId', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'removeInitiativeMember',
        summary: 'Leave, or (organisers) remove a member',
        params: MemberParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await members.remove(requireCaller(request.caller), request.params.initiativeId, request.params.memberId);
        return reply.code(204).send(null);
      },
    });

    app.post('/initiatives/:initiativeId/offline-members', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'addOfflineMember',
        summary: 'Organisers add a resident without an account (name only, visible to organisers)',
        params: InitiativeParams,
        body: OfflineMemberSchema,
        response: { 201: MemberSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await members.addOffline(requireCaller(request.caller), request.params.initiativeId, request.body)),
    });
  };
