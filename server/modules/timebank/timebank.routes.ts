import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AreaIdParams,
  BalanceSchema,
  EntryPageSchema,
  EntryQuerySchema,
  GiftSchema,
  PotSchema,
  ReversalSchema,
  TransactionIdParams,
  TransactionSchema,
} from '../../../contracts/timebank.ts';
import { requireCaller } from '../../http/auth.ts';

import { timebankAccess as access } from './timebank.policy.ts';
import type { TimebankService } from './timebank.service.ts';

export interface TimebankRoutesDeps {
  timebank: TimebankService;
}

const tags = ['Time bank'];

export const timebankRoutes =
  (deps: TimebankRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { timebank } = deps;

    app.get('/timebank/balance', {
      config: { access: access.balance },
      schema: {
        tags,
        operationId: 'getMyTimeBalance',
        summary: 'My time-bank balance and how far below zero it may go',
        response: { 200: BalanceSchema },
      },
      handler: async (request) => timebank.balance(requireCaller(request.caller)),
    });
    app.get('/timebank/entries', {
      config: { access: access.history },
      schema: {
        tags,
        operationId: 'listMyTimeEntries',
        summary: 'My time-bank history, newest first',
        querystring: EntryQuerySchema,
        response: { 200: EntryPageSchema },
      },
      handler: async (request) =>
        timebank.history(requireCaller(request.caller), request.query.limit, request.query.cursor),
    });
    app.post('/timebank/gifts', {
      config: { access: access.gift, writeLimit: 'content' },
      schema: {
        tags,
        operationId: 'giveHours',
        summary: 'Give hours to a neighbour or to a community pot',
        body: GiftSchema,
        response: { 201: TransactionSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await timebank.gift(requireCaller(request.caller), request.body)),
    });
    app.get('/timebank/pots/:areaId', {
      config: { access: access.pot },
      schema: {
        tags,
        operationId: 'getCommunityPot',
        summary: 'The community pot of a neighbourhood',
        params: AreaIdParams,
        response: { 200: PotSchema },
      },
      handler: async (request) => timebank.pot(request.params.areaId),
    });
    app.post('/timebank/transactions/:transactionId/reversal', {
      config: { access: access.reverse },
      schema: {
        tags,
        operationId: 'reverseTimeTransaction',
        summary: 'Correct a booking with a reversing transaction (never an edit; audit-logged)',
        description:
          'An administrator or professional whose grant covers the booking’s neighbourhood (its help request’s, or the pot’s); a booking without one only municipality-wide. Never a booking of your own hours.',
        params: TransactionIdParams,
        body: ReversalSchema,
        response: { 201: TransactionSchema },
      },
      handler: async (request, reply) => {
        const reversal = await timebank.reverse(
          requireCaller(request.caller),
          request.params.transactionId,
          request.body.reason,
        );
        return reply.code(201).send(reversal);
      },
    });
  };
