import type { GeneratorStep } from '../../platform/demo/generator.ts';
import { createActivityReader } from '../activity/activity.port.ts';
import { createAreasService } from '../areas/areas.service.ts';
import { createInitiativesPort } from '../initiatives/initiatives.port.ts';
import { DEFAULT_SETTINGS } from '../../platform/settings.ts';
import { createMonitorJob } from './monitor.jobs.ts';

/**
 * The demo's figures, computed once the other steps have written their year of activity: a full
 * rebuild as of the demo's "now", so the dashboard, the map and the trend show data at first start.
 * (Through the other modules' ports, built on the generator's transaction.)
 */
export const monitorDemoStep: GeneratorStep = {
  name: 'community-power figures',
  async run(context) {
    const asOf = context.options.asOf;
    await createMonitorJob({
      db: context.db,
      clock: { now: () => asOf },
      activity: createActivityReader(context.db),
      initiatives: createInitiativesPort(context.db),
      areas: createAreasService(context.db),
      windowDays: DEFAULT_SETTINGS.monitor.windowDays,
      minResidents: DEFAULT_SETTINGS.monitor.minResidents,
    }).rebuild();
  },
};
