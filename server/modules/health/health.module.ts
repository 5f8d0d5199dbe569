import { defineModule } from '../../platform/module.ts';
import { healthRoutes } from './health.routes.ts';

/** Liveness and readiness probes, outside the versioned API. */
export const healthModule = defineModule({
  name: 'health',
  create: ({ db }) => ({ unversionedRoutes: healthRoutes({ db }) }),
});
