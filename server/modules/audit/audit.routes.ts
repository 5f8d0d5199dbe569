import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPageSchema, AuditQuerySchema } from '../../../contracts/audit.ts';
import { requireCaller } from '../../http/auth.ts';
import type { createAuditService } from './audit.service.ts';

export interface AuditRoutesDeps {
  audit: ReturnType<typeof createAuditService>;
}

export const auditRoutes =
  (deps: AuditRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/audit-log', {
      config: { access: ['administrator'] },
      schema: {
        tags: ['Audit'],
        operationId: 'listAuditLog',
        summary: 'Read the append-only audit log of privileged actions, newest first',
        description:
          'A municipality-wide administrator reads every entry; an administrator for an area reads the entries about that area or done in its scope.',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema },
      },
      handler: async (request) => {
        const { limit, cursor, ...filter } = request.query;
        return deps.audit.list(requireCaller(request.caller), filter, limit, cursor);
      },
    });
  };
