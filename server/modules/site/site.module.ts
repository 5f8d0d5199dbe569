import { defineModule } from '../../platform/module.ts';
import { registerSiteCommands } from './site.command.ts';

/**
 * The municipality's own identity (name, logo, colours, design tokens), the footer pages a Dutch
 * government site must have, and each page's share preview in the HTML the server sends.
 */
export const siteModule = defineModule({
  name: 'site',
  create: async (platform) => (await import('./site.parts.ts')).createSiteParts(platform),
  commands: registerSiteCommands,
  demoSteps: async () => [(await import('./site.demo-step.ts')).siteDemoStep],
});
