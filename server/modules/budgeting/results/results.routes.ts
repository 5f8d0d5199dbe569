import { requireCaller } from '../../../http/auth.ts';
import { perCaller } from '../../../http/rate-limits.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { RoundParams } from '../../../../contracts/budgeting.ts';
import { RoundResultSchema } from '../../../../contracts/budgeting-results.ts';
import { TAG } from '../openapi-tag.ts';
import { budgetingAccess as access } from '../budgeting.policy.ts';
import type { ResultsService } from './results.service.ts';

/** Generous for people, costly for a script: downloads per minute per IP address (or per account). */
const PUBLIC_DOWNLOAD_LIMIT = perCaller(30, 60_000);

export const resultsRoutes =
  (deps: { results: ResultsService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { results } = deps;

    app.get('/budget-rounds/:roundId/result', {
      config: { access: access.getResult },
      schema: {
        tags: [TAG],
        operationId: 'getBudgetResult',
        summary: 'The count: funded projects and why each project won or lost',
        params: RoundParams,
        response: { 200: RoundResultSchema },
      },
      handler: async (request) => results.get(request.params.roundId),
    });

    app.post('/budget-rounds/:roundId/counts', {
      config: { access: access.requestCount },
      schema: {
        tags: [TAG],
        operationId: 'countBudgetRound',
        summary: 'Start (or retry) the count once voting has closed; it runs in the background',
        params: RoundParams,
        response: { 202: RoundResultSchema },
      },
      handler: async (request, reply) =>
        reply.code(202).send(await results.request(requireCaller(request.caller), request.params.roundId)),
    });

    app.get('/budget-rounds/:roundId/count', {
      config: { access: access.getCount },
      schema: {
        tags: [TAG],
        operationId: 'getBudgetCount',
        summary: 'The finished count exactly as `budget count FILE --json` prints it (the JSON half of the audit file)',
        params: RoundParams,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
      handler: async (request, reply) => {
        const { fileName, json } = await results.countJson(request.params.roundId);
        return reply.header('Content-Disposition', `attachment; filename="${fileName}"`).send(json);
      },
    });

    app.get('/budget-rounds/:roundId/pabulib', {
      // Public: limited per IP address (per account when logged in); the file is built once per version.
      config: { access: access.exportPabulib, rateLimit: PUBLIC_DOWNLOAD_LIMIT },
      schema: {
        tags: [TAG],
        operationId: 'exportBudgetRound',
        summary:
          'The round as a Pabulib .pb file: projects; after the vote also the anonymous ballots and the selected projects (the audit file)',
        description:
          'Carries an ETag that changes whenever anything in the file does; send it back in If-None-Match to get 304 Not Modified instead of the file.',
        params: RoundParams,
        response: {
          200: z.string().describe('A Pabulib .pb file (text/plain)'),
          304: z.null().describe('Not modified: the file is still the one with this ETag'),
        },
      },
      handler: async (request, reply) => {
        const file = await results.pabulib(request.params.roundId);
        reply.header('ETag', file.etag).header('Cache-Control', 'no-cache');
        if (matchesEtag(request.headers['if-none-match'], file.etag)) return reply.code(304).send(null);
        return reply
          .type('text/plain; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
          .serializer((payload: unknown) => String(payload))
          .send(await file.text());
      },
    });
  };

/** If-None-Match: one or more ETags, or *; weak ones (W/) match too, as RFC 9110 says for GET. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}
