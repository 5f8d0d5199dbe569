import { defineModule } from '../../platform/module.ts';

/** The municipality, its districts (wijken) and neighbourhoods (buurten), and the CBS GeoJSON import. Its code loads when the module is built, so the CLI's `--help` stays instant. */
export const areasModule = defineModule({
  name: 'areas',
  create: async (platform) => (await import('./areas.parts.ts')).createAreasParts(platform),
  loadCommands: async () => (await import('./areas.command.ts')).registerAreasCommands,
  demoSteps: async () => [(await import('./areas.demo-step.ts')).areasStep],
});
