import { dateInAmsterdam } from '../../platform/dutch-time.ts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AreaParams } from '../../../contracts/areas.ts';
import {
  CodeBatchCreatedSchema,
  CodeBatchPageSchema,
  CodeBatchRequestSchema,
  InPersonVerificationSchema,
  RedeemCodeSchema,
  VerificationPageSchema,
  VerificationQuerySchema,
  VerificationSchema,
} from '../../../contracts/verification.ts';
import { PageQuerySchema } from '../../../contracts/common.ts';
import { requireCaller } from '../../http/auth.ts';

import { codesCsv } from './codes-csv.ts';
import { verificationAccess as access } from './verification.policy.ts';
import { wantsCsv } from '../../http/content-negotiation.ts';
import { TooManyGuesses, type VerificationService } from './verification.service.ts';

export interface VerificationRoutesDeps {
  verification: VerificationService;
  /** Route-level flood guard per client, on top of the per-account count of wrong codes. */
  rateLimit: { max: number; timeWindow: number };
}

export const verificationRoutes =
  (deps: VerificationRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { verification } = deps;

    app.post('/areas/:areaId/verification-code-batches', {
      config: { access: access.issueCodes },
      schema: {
        tags: ['Verification'],
        operationId: 'createCodeBatch',
        summary: 'Generate one-time letter codes for a neighbourhood',
        description:
          'The codes are in this response only: the server keeps their hashes. Send `Accept: text/csv` to get them as a CSV file for a mail merge (semicolon-separated, UTF-8). Administrators for the neighbourhood, its district or the municipality.',
        params: AreaParams,
        body: CodeBatchRequestSchema,
        response: { 201: CodeBatchCreatedSchema },
      },
      handler: async (request, reply) => {
        const { area, ...batch } = await verification.issueCodes(
          requireCaller(request.caller),
          request.params.areaId,
          request.body,
        );
        reply.header('Cache-Control', 'no-store');
        if (wantsCsv(request.headers.accept)) {
          // The CSV is the same codes in another representation; the JSON schema does not describe it.
          return (reply as FastifyReply)
            .code(201)
            .type('text/csv; charset=utf-8')
            .header(
              'Content-Disposition',
              `attachment; filename="brievencodes-${area.code}-${dateInAmsterdam(new Date(batch.createdAt))}.csv"`,
            )
            .serializer((payload: unknown) => String(payload))
            .send(codesCsv(area, batch.codes, batch.expiresAt));
        }
        return reply.code(201).send(batch);
      },
    });

    app.get('/areas/:areaId/verification-code-batches', {
      config: { access: access.listBatches },
      schema: {
        tags: ['Verification'],
        operationId: 'listCodeBatches',
        summary: 'Letter-code batches of a neighbourhood, with how many codes were used (never the codes)',
        params: AreaParams,
        querystring: PageQuerySchema,
        response: { 200: CodeBatchPageSchema },
      },
      handler: async (request) =>
        verification.listBatches(
          requireCaller(request.caller),
          request.params.areaId,
          request.query.limit,
          request.query.cursor,
        ),
    });

    app.post('/areas/:areaId/verifications', {
      config: { access: access.verifyInPerson },
      schema: {
        tags: ['Verification'],
        operationId: 'verifyInPerson',
        summary: 'Verify a resident in person for this neighbourhood',
        description:
          'For a professional or civil servant whose role covers the neighbourhood, after checking proof of address. Makes it the resident’s home neighbourhood.',
        params: AreaParams,
        body: InPersonVerificationSchema,
        response: { 201: VerificationSchema },
      },
      handler: async (request, reply) => {
        const result = await verification.verifyInPerson(
          requireCaller(request.caller),
          request.params.areaId,
          request.body,
        );
        return reply.code(201).send(result);
      },
    });

    app.post('/me/verifications', {
      config: { access: access.redeem, rateLimit: deps.rateLimit },
      schema: {
        tags: ['Verification'],
        operationId: 'redeemLetterCode',
        summary: 'Verify myself with the code from my letter',
        description:
          'Each code works once and expires. Wrong codes are limited per account and per IP address (429 with Retry-After).',
        body: RedeemCodeSchema,
        response: { 200: VerificationSchema, 201: VerificationSchema },
      },
      handler: async (request, reply) => {
        try {
          const { verification: result, created } = await verification.redeem(
            requireCaller(request.caller),
            request.body.code,
            request.ip,
          );
          return reply.code(created ? 201 : 200).send(result);
        } catch (error) {
          if (error instanceof TooManyGuesses) reply.header('Retry-After', String(error.retryAfterSeconds));
          throw error;
        }
      },
    });

    app.get('/me/verifications', {
      config: { access: access.listMine },
      schema: {
        tags: ['Verification'],
        operationId: 'listMyVerifications',
        summary: 'How and when I was verified, newest first; the first is the one that counts',
        querystring: VerificationQuerySchema,
        response: { 200: VerificationPageSchema },
      },
      handler: async (request) =>
        verification.listMine(requireCaller(request.caller).accountId, request.query.limit, request.query.cursor),
    });
  };
