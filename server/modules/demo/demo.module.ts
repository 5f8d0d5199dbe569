import { defineModule } from '../../platform/module.ts';

/**
 * The demo municipality Wakkerdam: its log-ins (demo mode only) and the generator command. The
 * generator runs every module's own demo steps, in registry order; seeding writes straight into the
 * modules' tables in bulk, the one documented exception to "a module's tables are its own".
 */
export const demoModule = defineModule({
  name: 'demo',
  create: async ({ ports, settings }) => ({
    routes: (await import('./demo.routes.ts')).demoRoutes({
      enabled: settings.demoCredentials,
      accounts: ports.accounts,
      areas: ports.areas,
      verification: ports.verification,
      rateLimit: settings.authRateLimit,
    }),
  }),
  loadCommands: async () => (await import('./demo.command.ts')).registerDemoCommands,
});
