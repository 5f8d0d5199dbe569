import { defineModule } from '../../platform/module.ts';

/**
 * The community-power monitor (docs/monitor.md): how strong each neighbourhood is, measured from
 * what happens on the platform, mapped and open. It reads the activity log through the activity
 * port and owns only its own facts and figures. Its code loads when the module is built.
 */
export const monitorModule = defineModule({
  name: 'monitor',
  create: async (platform) => (await import('./monitor.parts.ts')).createMonitorParts(platform),
  loadCommands: async () => (await import('./monitor.command.ts')).registerMonitorCommands,
  demoSteps: async () => [(await import('./monitor.demo-step.ts')).monitorDemoStep],
});
