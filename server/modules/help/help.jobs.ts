import type { IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { createActivityRecorder } from '../activity/activity.service.ts';
import { escalateDueRequests } from './escalation.service.ts';

/** The periodic escalation (main.ts adds it to the jobs): idempotent, state in the database. */
export function helpEscalationJob(options: { escalationHours: number; ids: IdGenerator; everyMs?: number }) {
  return {
    name: 'help-escalation',
    everyMs: options.everyMs ?? 15 * 60_000,
    run: async (db: Db, now: Date): Promise<void> => {
      const clock = { now: () => now };
      await escalateDueRequests({
        db,
        clock,
        escalationHours: options.escalationHours,
        activity: createActivityRecorder({ clock, ids: options.ids }),
      });
    },
  };
}
