import type { FastifyBaseLogger } from 'fastify';
import type { ModuleParts, Platform } from '../../platform/module.ts';
import { createBallotsService } from './ballots/ballots.service.ts';
import { randomSecret, type BudgetingDeps } from './budgeting.context.ts';
import { createBudgetingPort } from './budgeting.port.ts';
import { budgetingPersonalData } from './budgeting.privacy.ts';
import { budgetingRoutes, type BudgetingServices } from './budgeting.routes.ts';
import { runBudgetCounts } from './results/count.jobs.ts';
import { countInWorker, type Counter } from './results/count-in-worker.ts';
import { createCountRunner, type CountRunner } from './results/count-runner.ts';
import { createProposalsService } from './proposals/proposals.service.ts';
import { createResultsService } from './results/results.service.ts';
import { createRoundImportService } from './rounds/round-import.service.ts';
import { createRoundsService } from './rounds/rounds.service.ts';

export interface BudgetingModuleDeps extends BudgetingDeps {
  /** Defaults to counting in a worker thread. */
  count?: Counter;
  log?: Pick<FastifyBaseLogger, 'error'>;
}

/** Builds the budgeting services and the count runner they share. */
export function createBudgeting(deps: BudgetingModuleDeps): { services: BudgetingServices; runner: CountRunner } {
  const secret = deps.secret ?? randomSecret;
  const base: BudgetingDeps = { ...deps, secret };
  const runner = createCountRunner({
    db: deps.db,
    clock: deps.clock,
    activity: deps.activity,
    count: deps.count ?? countInWorker,
    secret,
    onError: (error, roundId) => deps.log?.error({ err: error, roundId }, 'budget count failed'),
  });
  const results = createResultsService({ ...base, runner });
  const requestCount = results.queue;
  return {
    services: {
      rounds: createRoundsService({ ...base, requestCount }),
      importer: createRoundImportService({ ...base, requestCount }),
      proposals: createProposalsService(base),
      ballots: createBallotsService(base),
      results,
    },
    runner,
  };
}

/** Neighbourhood budgets: rounds, proposals and review, secret ballots, counting and results, Pabulib files. */
export function createBudgetingParts({ db, clock, ids, audit, activity, ports, log }: Platform): ModuleParts {
  const budgeting = createBudgeting({
    db,
    clock,
    ids,
    audit,
    activity,
    areas: ports.areas,
    verification: ports.verification,
    log,
  });
  return {
    routes: budgetingRoutes(budgeting.services),
    jobs: [{ name: 'budget-counts', everyMs: 30_000, run: (now) => runBudgetCounts({ db, activity }, now) }],
    personalData: [budgetingPersonalData],
    ports: { budgeting: createBudgetingPort(db) },
    // A count runs in a worker thread; let it finish before the database closes.
    onClose: () => budgeting.runner.idle(),
  };
}
