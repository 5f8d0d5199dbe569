import { defineModule } from '../../platform/module.ts';
import { registerTimebankCommands } from './timebank.command.ts';

/** The double-entry time-bank ledger: balances, gifts, the neighbourhood pots and corrections. Its code loads when the module is built, so the CLI's `--help` stays instant. */
export const timebankModule = defineModule({
  name: 'timebank',
  create: async (platform) => (await import('./timebank.parts.ts')).createTimebankParts(platform),
  commands: registerTimebankCommands,
});
