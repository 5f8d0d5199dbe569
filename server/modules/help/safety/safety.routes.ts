import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  AccountIdParams,
  BlockPageSchema,
  BlockSchema,
  GuardianIdParams,
  GuardianPageSchema,
  GuardianQuerySchema,
  GuardianSchema,
  HelpRequestPageSchema,
  NewBlockSchema,
  NewGuardianSchema,
  NewRecipientSchema,
  NewReportSchema,
  RecipientIdParams,
  RecipientPageSchema,
  RecipientQuerySchema,
  RecipientSchema,
  ReportPageSchema,
  ReportQuerySchema,
  ReportSchema,
  VogInputSchema,
  VogSchema,
  WorklistQuerySchema,
} from '../../../../contracts/help.ts';
import { PageQuerySchema } from '../../../../contracts/common.ts';
import { requireCaller } from '../../../http/auth.ts';

import type { EscalationService } from '../requests/escalation.service.ts';
import { helpAccess as access } from '../help.policy.ts';
import type { SafetyService } from './safety.service.ts';

const NoContent = z.null().describe('No content');
const tags = ['Neighbourhood help: safety'];

/** Residents who are not online, VOG, guardians, block and report, the team's worklist. */
export const safetyRoutes =
  (deps: { safety: SafetyService; escalation: EscalationService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { safety, escalation } = deps;

    app.post('/help-recipients', {
      config: { access: access.team },
      schema: {
        tags,
        operationId: 'registerHelpRecipient',
        summary: 'Register a resident who is not online, so the team can ask help for them',
        body: NewRecipientSchema,
        response: { 201: RecipientSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await safety.createRecipient(requireCaller(request.caller), request.body)),
    });
    app.get('/help-recipients', {
      config: { access: access.team },
      schema: {
        tags,
        operationId: 'listHelpRecipients',
        summary: 'Residents who are not online, in my areas',
        querystring: RecipientQuerySchema,
        response: { 200: RecipientPageSchema },
      },
      handler: async (request) =>
        safety.listRecipients(
          requireCaller(request.caller),
          request.query.areaId,
          request.query.limit,
          request.query.cursor,
        ),
    });
    app.get('/help-recipients/:recipientId', {
      config: { access: access.team },
      schema: {
        tags,
        operationId: 'getHelpRecipient',
        summary: 'One resident who is not online',
        params: RecipientIdParams,
        response: { 200: RecipientSchema },
      },
      handler: async (request) => safety.getRecipient(requireCaller(request.caller), request.params.recipientId),
    });

    app.put('/help-vog/:accountId', {
      config: { access: access.recordVog },
      schema: {
        tags,
        operationId: 'recordVog',
        summary: 'Record a helper’s certificate of conduct (VOG): status and expiry (audit-logged)',
        params: AccountIdParams,
        body: VogInputSchema,
        response: { 200: VogSchema },
      },
      handler: async (request) =>
        safety.recordVog(requireCaller(request.caller), request.params.accountId, request.body),
    });
    app.get('/help-vog/:accountId', {
      config: { access: access.readVog },
      schema: {
        tags,
        operationId: 'getVog',
        summary: 'A helper’s VOG status (the helper themselves, or the team)',
        params: AccountIdParams,
        response: { 200: VogSchema },
      },
      handler: async (request) => safety.vog(requireCaller(request.caller), request.params.accountId),
    });

    app.post('/help-guardians', {
      config: { access: access.team },
      schema: {
        tags,
        operationId: 'linkGuardian',
        summary: 'Link a guardian (family member or professional) to a vulnerable resident',
        body: NewGuardianSchema,
        response: { 201: GuardianSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await safety.linkGuardian(requireCaller(request.caller), request.body)),
    });
    app.get('/help-guardians', {
      config: { access: access.team },
      schema: {
        tags,
        operationId: 'listGuardians',
        summary: 'Guardian links',
        querystring: GuardianQuerySchema,
        response: { 200: GuardianPageSchema },
      },
      handler: async (request) => {
        const { limit, cursor, ...filter } = request.query;
        return safety.listGuardians(requireCaller(request.caller), filter, limit, cursor);
      },
    });
    app.delete('/help-guardians/:guardianLinkId', {
      config: { access: access.team },
      schema: {
        tags,
        operationId: 'unlinkGuardian',
        summary: 'Remove a guardian link (audit-logged)',
        params: GuardianIdParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await safety.unlinkGuardian(requireCaller(request.caller), request.params.guardianLinkId);
        return reply.code(204).send(null);
      },
    });

    app.post('/help-blocks', {
      config: { access: access.blocks },
      schema: {
        tags,
        operationId: 'blockAccount',
        summary: 'Block someone: you are never matched with them again',
        body: NewBlockSchema,
        response: { 201: BlockSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await safety.block(requireCaller(request.caller), request.body.accountId)),
    });
    app.get('/help-blocks', {
      config: { access: access.blocks },
      schema: {
        tags,
        operationId: 'listMyBlocks',
        summary: 'Accounts I blocked',
        querystring: PageQuerySchema,
        response: { 200: BlockPageSchema },
      },
      handler: async (request) =>
        safety.listBlocks(requireCaller(request.caller), request.query.limit, request.query.cursor),
    });
    app.delete('/help-blocks/:accountId', {
      config: { access: access.blocks },
      schema: {
        tags,
        operationId: 'unblockAccount',
        summary: 'Lift a block',
        params: AccountIdParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await safety.unblock(requireCaller(request.caller), request.params.accountId);
        return reply.code(204).send(null);
      },
    });

    app.post('/help-reports', {
      config: { access: access.report, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'reportBehaviour',
        summary: 'Report behaviour to the neighbourhood team (audit-logged)',
        body: NewReportSchema,
        response: { 201: ReportSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await safety.report(requireCaller(request.caller), request.body)),
    });
    app.get('/help-reports', {
      config: { access: access.team },
      schema: {
        tags,
        operationId: 'listReports',
        summary: 'Reports in my areas, newest first',
        querystring: ReportQuerySchema,
        response: { 200: ReportPageSchema },
      },
      handler: async (request) =>
        safety.listReports(
          requireCaller(request.caller),
          request.query.areaId,
          request.query.limit,
          request.query.cursor,
        ),
    });

    app.get('/help-worklist', {
      config: { access: access.team },
      schema: {
        tags,
        operationId: 'helpWorklist',
        summary: 'Escalated requests nobody answered, in my areas, oldest first',
        querystring: WorklistQuerySchema,
        response: { 200: HelpRequestPageSchema },
      },
      handler: async (request) =>
        escalation.worklist(
          requireCaller(request.caller),
          request.query.areaId,
          request.query.limit,
          request.query.cursor,
        ),
    });
  };
