import { defineModule } from '../../platform/module.ts';

/**
 * The municipality's own identity (name, logo, colours, design tokens), the footer pages a Dutch
 * government site must have, and each page's share preview in the HTML the server sends.
 */
export const siteModule = defineModule({
  name: 'site',
  create: async (platform) => (await import('./site.parts.ts')).createSiteParts(platform),
  loadCommands: async () => (await import('./site.command.ts')).registerSiteCommands,
  demoSteps: async () => [(await import('./site.demo-step.ts')).siteDemoStep],
});
