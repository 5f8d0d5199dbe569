import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ballotsRoutes } from './ballots.routes.ts';
import type { BallotsService } from './ballots.service.ts';
import { proposalsRoutes } from './proposals.routes.ts';
import type { ProposalsService } from './proposals.service.ts';
import { resultsRoutes } from './results.routes.ts';
import type { ResultsService } from './results.service.ts';
import type { RoundImportService } from './round-import.service.ts';
import { roundsRoutes } from './rounds.routes.ts';
import type { RoundsService } from './rounds.service.ts';

export interface BudgetingServices {
  rounds: RoundsService;
  importer: RoundImportService;
  proposals: ProposalsService;
  ballots: BallotsService;
  results: ResultsService;
}

/** Neighbourhood budget: rounds, proposals and review, secret ballots, counts and results. */
export const budgetingRoutes =
  (services: BudgetingServices): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(roundsRoutes(services));
    await app.register(proposalsRoutes(services));
    await app.register(ballotsRoutes(services));
    await app.register(resultsRoutes(services));
  };
