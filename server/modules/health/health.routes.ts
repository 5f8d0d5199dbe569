import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import * as z from 'zod';
import type { Db } from '../../db/database.ts';
import { migrationsAreCurrent } from '../../db/migrator.ts';

const HealthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.record(z.string(), z.string()).optional(),
});

/** Liveness and readiness for load balancers and orchestrators; outside the versioned API. */
export const healthRoutes =
  (deps: { db: Db }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/health', {
      config: { access: 'public' },
      schema: { hide: true, response: { 200: HealthSchema } },
      handler: async () => ({ status: 'ok' as const }),
    });

    app.get('/health/ready', {
      config: { access: 'public' },
      schema: { hide: true, response: { 200: HealthSchema, 503: HealthSchema } },
      handler: async (_request, reply) => {
        const checks: Record<string, string> = {};
        try {
          await sql`select 1`.execute(deps.db);
          checks.database = 'ok';
          checks.migrations = (await migrationsAreCurrent(deps.db)) ? 'ok' : 'pending';
        } catch (error) {
          checks.database = `unreachable: ${error instanceof Error ? error.message : String(error)}`;
        }
        const ready = checks.database === 'ok' && checks.migrations === 'ok';
        return reply.code(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable', checks });
      },
    });
  };
