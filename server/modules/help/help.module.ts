import { defineModule } from '../../platform/module.ts';

/** Neighbourhood help: requests and offers, matching, safety (VOG, guardians, blocks) and escalation. Its code loads when the module is built, so the CLI's `--help` stays instant. */
export const helpModule = defineModule({
  name: 'help',
  create: async (platform) => (await import('./help.parts.ts')).createHelpParts(platform),
  loadCommands: async () => (await import('./help.command.ts')).registerHelpCommands,
  demoSteps: async () => [(await import('./help.demo-step.ts')).helpDemoStep],
});
