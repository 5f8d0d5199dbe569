import { requireCaller } from '../../../http/auth.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  PhaseChangeSchema,
  RoundCreateSchema,
  RoundImportSchema,
  RoundPageSchema,
  RoundParams,
  RoundQuerySchema,
  RoundSchema,
  type Round,
  RoundUpdateSchema,
} from '../../../../contracts/budgeting.ts';
import { TAG } from '../openapi-tag.ts';
import { budgetingAccess as access } from '../budgeting.policy.ts';
import { nextScheduleDate } from './round-phase.ts';
import type { RoundImportService } from './round-import.service.ts';
import type { RoundsService } from './rounds.service.ts';

export const roundsRoutes =
  (deps: { rounds: RoundsService; importer: RoundImportService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { rounds, importer } = deps;

    app.get('/budget-rounds', {
      config: {
        access: access.listRounds,
        publicList: {
          reads: ['budgeting', 'areas'],
          // A round's phase follows the clock: the page holds until the next date on it passes.
          changesAt: (page, now) => nextScheduleDate((page as { items: Round[] }).items, now),
        },
      },
      schema: {
        tags: [TAG],
        operationId: 'listBudgetRounds',
        summary: 'Budget rounds, newest first',
        querystring: RoundQuerySchema,
        response: { 200: RoundPageSchema },
      },
      handler: async (request) => {
        const { limit, cursor, areaId } = request.query;
        return rounds.list({ areaId }, limit, cursor);
      },
    });

    app.post('/budget-rounds', {
      config: { access: access.createRound },
      schema: {
        tags: [TAG],
        operationId: 'openBudgetRound',
        summary: 'Open a budget round for one or more areas',
        body: RoundCreateSchema,
        response: { 201: RoundSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await rounds.create(requireCaller(request.caller), request.body)),
    });

    app.get('/budget-rounds/:roundId', {
      config: { access: access.getRound },
      schema: {
        tags: [TAG],
        operationId: 'getBudgetRound',
        summary: 'One budget round: phase, schedule, rules',
        params: RoundParams,
        response: { 200: RoundSchema },
      },
      handler: async (request) => rounds.get(request.params.roundId),
    });

    app.patch('/budget-rounds/:roundId', {
      config: { access: access.updateRound },
      schema: {
        tags: [TAG],
        operationId: 'updateBudgetRound',
        summary: 'Change a round (rules lock when voting opens)',
        params: RoundParams,
        body: RoundUpdateSchema,
        response: { 200: RoundSchema },
      },
      handler: async (request) => rounds.update(requireCaller(request.caller), request.params.roundId, request.body),
    });

    app.post('/budget-rounds/:roundId/phase-changes', {
      config: { access: access.changePhase },
      schema: {
        tags: [TAG],
        operationId: 'startBudgetPhase',
        summary: 'Start the next phase now (closing the vote starts the count)',
        params: RoundParams,
        body: PhaseChangeSchema,
        response: { 200: RoundSchema },
      },
      handler: async (request) =>
        rounds.changePhase(requireCaller(request.caller), request.params.roundId, request.body.phase),
    });

    app.post('/budget-round-imports', {
      config: { access: access.importRound },
      bodyLimit: 32 * 1_048_576,
      schema: {
        tags: [TAG],
        operationId: 'importBudgetRound',
        summary: 'Import a finished round from a Pabulib .pb file; it is counted right away',
        body: RoundImportSchema,
        response: { 201: RoundSchema },
      },
      handler: async (request, reply) =>
        reply.code(201).send(await importer.import(requireCaller(request.caller), request.body)),
    });
  };
