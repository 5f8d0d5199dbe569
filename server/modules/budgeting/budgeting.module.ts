import { defineModule } from '../../platform/module.ts';

/** Neighbourhood budgets: rounds, proposals and review, secret ballots, counting and results, Pabulib files. Its code loads when the module is built, so the CLI's `--help` stays instant. */
export const budgetingModule = defineModule({
  name: 'budgeting',
  create: async (platform) => (await import('./budgeting.parts.ts')).createBudgetingParts(platform),
  loadCommands: async () => (await import('./results/budget-count.command.ts')).registerBudgetCommands,
  demoSteps: async () => [(await import('./budgeting.demo-step.ts')).budgetingDemoStep],
});
