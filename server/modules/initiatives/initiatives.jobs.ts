import { randomIds, type Clock, type IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { createRolesService } from '../accounts/roles.service.ts';
import { createActivityRecorder } from '../activity/activity.service.ts';
import { createAreasService } from '../areas/areas.service.ts';
import { createAuditWriter } from '../audit/audit.service.ts';
import { areaLookupFrom } from './areas-adapter.ts';
import type { InitiativesSettings } from './initiatives.deps.ts';
import { createReminderJob, type ReminderRun } from './support/reminders.ts';
import { staffDirectoryFrom } from './staff-directory.ts';

/** Runs the response-deadline reminders once against a database (the timer job and the CLI). */
export function runInitiativeReminders(
  db: Db,
  clock: Clock,
  ids: IdGenerator,
  settings: InitiativesSettings,
): Promise<ReminderRun> {
  const areas = createAreasService(db);
  const roles = createRolesService({
    db,
    clock,
    ids,
    audit: createAuditWriter({ clock, ids }),
    resolveAreaId: async (idOrCode) => (await areas.lineage(idOrCode))?.area.id,
  });
  return createReminderJob({
    db,
    clock,
    ids,
    settings,
    activity: createActivityRecorder({ clock, ids }),
    areas: areaLookupFrom(areas),
    staff: staffDirectoryFrom(roles),
  })();
}

/** The periodic reminder job (main.ts adds it to the jobs): idempotent, state in the database. */
export function initiativesReminderJob(options: {
  settings: InitiativesSettings;
  ids?: IdGenerator;
  everyMs?: number;
}) {
  return {
    name: 'initiative-response-reminders',
    everyMs: options.everyMs ?? 60 * 60_000,
    run: async (db: Db, now: Date): Promise<void> => {
      await runInitiativeReminders(db, { now: () => now }, options.ids ?? randomIds, options.settings);
    },
  };
}
