import { defineModule } from '../../platform/module.ts';

/** Liveness and readiness probes, outside the versioned API. */
export const healthModule = defineModule({
  name: 'health',
  create: async ({ db }) => ({ unversionedRoutes: (await import('./health.routes.ts')).healthRoutes({ db }) }),
});
