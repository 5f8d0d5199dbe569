import { requireCaller } from '../../../http/auth.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  CreateOrganisationSchema,
  OrganisationChangeSchema,
  OrganisationMemberChangeSchema,
  OrganisationMemberPageSchema,
  OrganisationMemberParams,
  OrganisationMemberQuerySchema,
  OrganisationMemberSchema,
  OrganisationPageSchema,
  OrganisationParams,
  OrganisationQuerySchema,
  OrganisationSchema,
  PartnerChangeSchema,
  PartnerPageSchema,
  PartnerParams,
  PartnerQuerySchema,
  PartnerSchema,
  ProposePartnerSchema,
} from '../../../../contracts/initiatives-organisations.ts';
import { InitiativeParams } from '../../../../contracts/initiatives.ts';
import { initiativesAccess as access } from '../initiatives.policy.ts';
import type { OrganisationsService } from './organisations.service.ts';
import type { PartnersService } from './partners.service.ts';

const tags = ['Organisations'];
const NoContent = z.null().describe('No content');

export const organisationsRoutes =
  (organisations: OrganisationsService, partners: PartnersService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/organisations', {
      config: { access: access.browse },
      schema: {
        tags,
        operationId: 'listOrganisations',
        summary: 'Organisations, newest first; by kind or name',
        querystring: OrganisationQuerySchema,
        response: { 200: OrganisationPageSchema },
      },
      handler: async (request) => organisations.list(request.query),
    });

    app.post('/organisations', {
      config: { access: access.write, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'createOrganisation',
        summary: 'Register an organisation; you become its administrator',
        body: CreateOrganisationSchema,
        response: { 201: OrganisationSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await organisations.create(requireCaller(request.caller), request.body)),
    });

    app.get('/organisations/:organisationId', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'getOrganisation',
        summary: 'An organisation’s page with its figures',
        params: OrganisationParams,
        response: { 200: OrganisationSchema },
      },
      handler: async (request) => organisations.get(request.caller, request.params.organisationId),
    });

    app.patch('/organisations/:organisationId', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'changeOrganisation',
        summary: 'Edit an organisation (its administrators only)',
        params: OrganisationParams,
        body: OrganisationChangeSchema,
        response: { 200: OrganisationSchema },
      },
      handler: async (request) =>
        organisations.change(requireCaller(request.caller), request.params.organisationId, request.body),
    });

    app.get('/organisations/:organisationId/members', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listOrganisationMembers',
        summary: 'Members: outsiders see the administrators, members see everyone',
        params: OrganisationParams,
        querystring: OrganisationMemberQuerySchema,
        response: { 200: OrganisationMemberPageSchema },
      },
      handler: async (request) =>
        organisations.listMembers(request.caller, request.params.organisationId, request.query),
    });

    app.post('/organisations/:organisationId/members', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'requestToJoinOrganisation',
        summary: 'Ask to join; an administrator accepts or declines',
        params: OrganisationParams,
        response: { 201: OrganisationMemberSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await organisations.requestToJoin(requireCaller(request.caller), request.params.organisationId)),
    });

    app.patch('/organisations/:organisationId/members/:memberId', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'changeOrganisationMember',
        summary: 'Accept, decline or change a role (administrators only)',
        params: OrganisationMemberParams,
        body: OrganisationMemberChangeSchema,
        response: { 200: OrganisationMemberSchema },
      },
      handler: async (request) =>
        organisations.changeMember(
          requireCaller(request.caller),
          request.params.organisationId,
          request.params.memberId,
          request.body,
        ),
    });

    app.delete('/organisations/:organisationId/members/:memberId', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'removeOrganisationMember',
        summary: 'Leave, or (administrators) remove a member',
        params: OrganisationMemberParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await organisations.removeMember(
          requireCaller(request.caller),
          request.params.organisationId,
          request.params.memberId,
        );
        return reply.code(204).send(null);
      },
    });

    app.get('/organisations/:organisationId/partnerships', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listOrganisationPartnerships',
        summary: 'The initiatives this organisation partners in',
        params: OrganisationParams,
        querystring: PartnerQuerySchema,
        response: { 200: PartnerPageSchema },
      },
      handler: async (request) =>
        partners.listForOrganisation(request.caller, request.params.organisationId, request.query),
    });

    app.get('/initiatives/:initiativeId/partnerships', {
      config: { access: access.read },
      schema: {
        tags,
        operationId: 'listInitiativePartnerships',
        summary: 'The initiative’s partner organisations',
        params: InitiativeParams,
        querystring: PartnerQuerySchema,
        response: { 200: PartnerPageSchema },
      },
      handler: async (request) =>
        partners.listForInitiative(request.caller, request.params.initiativeId, request.query),
    });

    app.post('/initiatives/:initiativeId/partnerships', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'proposePartnership',
        summary:
          'Propose a partnership (an organiser of the initiative or an administrator of the organisation); the other side confirms',
        params: InitiativeParams,
        body: ProposePartnerSchema,
        response: { 201: PartnerSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(
            await partners.propose(
              requireCaller(request.caller),
              request.params.initiativeId,
              request.body.organisationId,
            ),
          ),
    });

    app.patch('/initiatives/:initiativeId/partnerships/:organisationId', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'changePartnership',
        summary: 'Confirm a proposal (the other side) or end a partnership (either side)',
        params: PartnerParams,
        body: PartnerChangeSchema,
        response: { 200: PartnerSchema },
      },
      handler: async (request) =>
        partners.change(
          requireCaller(request.caller),
          request.params.initiativeId,
          request.params.organisationId,
          request.body.status,
        ),
    });
  };
