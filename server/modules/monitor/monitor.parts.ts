import type { ModuleParts, Platform } from '../../platform/module.ts';
import { createMonitorJob } from './monitor.jobs.ts';
import { createMonitorPort } from './monitor.port.ts';
import { monitorRoutes } from './monitor.routes.ts';
import { createMonitorService } from './monitor.service.ts';
import type { WindowMemory } from './window-memory.ts';

/** How often the job folds new activity in (a day of activity takes seconds). */
export const MONITOR_JOB_EVERY_MS = 5 * 60_000;

export function createMonitorJobOf({ db, clock, ports, settings }: Platform, memory?: WindowMemory) {
  return createMonitorJob(
    {
      db,
      clock,
      activity: ports.activity,
      initiatives: ports.initiatives,
      areas: ports.areas,
      windowDays: settings.monitor.windowDays,
      minResidents: settings.monitor.minResidents,
    },
    memory,
  );
}

/** The community-power monitor: facts folded from the activity log, figures, maps, open data, survey figures. */
export function createMonitorParts(platform: Platform): ModuleParts {
  const { db, clock, audit, ports, settings } = platform;
  // One job for the life of the process (it keeps the latest window in memory), on the scheduler's time.
  let at = clock.now();
  const job = createMonitorJobOf({ ...platform, clock: { now: () => at } });
  const monitor = createMonitorService({
    db,
    clock,
    audit,
    activity: ports.activity,
    areas: ports.areas,
    initiatives: ports.initiatives,
    windowDays: settings.monitor.windowDays,
    minResidents: settings.monitor.minResidents,
  });
  return {
    routes: monitorRoutes({ monitor }),
    ports: { monitor: createMonitorPort({ db, areas: ports.areas, minResidents: settings.monitor.minResidents }) },
    jobs: [
      {
        name: 'monitor-fold',
        everyMs: MONITOR_JOB_EVERY_MS,
        run: async (now) => {
          at = now;
          await job.run();
        },
      },
    ],
  };
}
