import { defineModule } from '../../platform/module.ts';

/**
 * Accounts, sessions, role grants, password reset, and "download my data" / "delete my account".
 * Its code loads when the module is built, so the CLI's `--help` stays instant.
 */
export const accountsModule = defineModule({
  name: 'accounts',
  create: async (platform) => (await import('./accounts.parts.ts')).createAccountsParts(platform),
  loadCommands: async () => (await import('./accounts.command.ts')).registerAccountsCommands,
  demoSteps: async () => {
    const { demoAccountsStep, residentsStep } = await import('./accounts.demo-step.ts');
    return [demoAccountsStep, residentsStep];
  },
});
