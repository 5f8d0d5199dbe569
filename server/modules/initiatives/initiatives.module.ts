import { defineModule } from '../../platform/module.ts';

/**
 * Initiatives: members, needs and pledges, activities, organisations, support and the municipality's
 * response duty, moderation and the module's notifications.
 * Its code loads when the module is built, so the CLI's `--help` stays instant.
 */
export const initiativesModule = defineModule({
  name: 'initiatives',
  create: async (platform) => (await import('./initiatives.parts.ts')).createInitiativesParts(platform),
  loadCommands: async () => (await import('./initiatives.command.ts')).registerInitiativesCommands,
  demoSteps: async () => [(await import('./demo/demo-step.ts')).initiativesDemoStep],
});
