import { defineModule } from '../../platform/module.ts';

/** The double-entry time-bank ledger: balances, gifts, the neighbourhood pots and corrections. Its code loads when the module is built, so the CLI's `--help` stays instant. */
export const timebankModule = defineModule({
  name: 'timebank',
  create: async (platform) => (await import('./timebank.parts.ts')).createTimebankParts(platform),
  loadCommands: async () => (await import('./timebank.command.ts')).registerTimebankCommands,
});
