import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ballotsRoutes } from './ballots/ballots.routes.ts';
import type { BallotsService } from './ballots/ballots.service.ts';
import { proposalsRoutes } from './proposals/proposals.routes.ts';
import type { ProposalsService } from './proposals/proposals.service.ts';
import { resultsRoutes } from './results/results.routes.ts';
import type { ResultsService } from './results/results.service.ts';
import type { RoundImportService } from './rounds/round-import.service.ts';
import { roundsRoutes } from './rounds/rounds.routes.ts';
import type { RoundsService } from './rounds/rounds.service.ts';

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
