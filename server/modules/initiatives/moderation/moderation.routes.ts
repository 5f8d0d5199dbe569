import { requireCaller } from '../../../http/auth.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateReportSchema,
  ModerationChangeSchema,
  ModerationParams,
  ModerationResultSchema,
  ReportPageSchema,
  ReportParams,
  ReportQuerySchema,
  ReportResolutionSchema,
  ReportSchema,
} from '../../../../contracts/initiatives-moderation.ts';
import { initiativesAccess as access } from '../initiatives.policy.ts';
import type { ModerationService } from './moderation.service.ts';

const tags = ['Moderation'];

export const moderationRoutes =
  (moderation: ModerationService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/content-reports', {
      config: { access: access.write, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'reportContent',
        summary: 'Report an initiative, need, update, activity or organisation to the moderators',
        body: CreateReportSchema,
        response: { 201: ReportSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await moderation.report(requireCaller(request.caller), request.body)),
    });

    app.get('/content-reports', {
      config: { access: access.moderate },
      schema: {
        tags,
        operationId: 'listContentReports',
        summary: 'The moderation queue: open reports oldest first, handled ones newest first',
        description:
          'Only reports about content in your areas; content without an area is for municipality-wide moderators.',
        querystring: ReportQuerySchema,
        response: { 200: ReportPageSchema },
      },
      handler: async (request) =>
        moderation.listReports(
          requireCaller(request.caller),
          request.query.status,
          request.query.limit,
          request.query.cursor,
        ),
    });

    app.post('/content-reports/:reportId/resolution', {
      config: { access: access.moderate },
      schema: {
        tags,
        operationId: 'resolveContentReport',
        summary: 'Hide the reported content (its author sees the reason) or dismiss the report',
        params: ReportParams,
        body: ReportResolutionSchema,
        response: { 201: ReportSchema },
      },
      handler: async (request, reply) =>
        reply
          .code(201)
          .send(await moderation.resolve(requireCaller(request.caller), request.params.reportId, request.body)),
    });

    app.put('/moderation/:subjectType/:subjectId', {
      config: { access: access.moderate },
      schema: {
        tags,
        operationId: 'setContentHidden',
        summary: 'Hide or restore content with a reason; hidden content is kept and the change audit-logged',
        params: ModerationParams,
        body: ModerationChangeSchema,
        response: { 200: ModerationResultSchema },
      },
      handler: async (request) =>
        moderation.setHidden(
          requireCaller(request.caller),
          request.params.subjectType,
          request.params.subjectId,
          request.body,
        ),
    });
  };
