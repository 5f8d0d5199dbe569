import { withAncestors } from '../../areas/areas.port.ts';
import type { InitiativesDeps } from '../initiatives.deps.ts';
import { createInitiativesRepository } from '../initiatives.repository.ts';
import { createNotifier } from '../notifier.ts';
import { dateInAmsterdam } from '../../../platform/dutch-time.ts';
import { dueSoonFrom, dutyState } from './response-deadline.ts';
import { openResponseDuty } from './support.service.ts';
import { createSupportRepository } from './support.repository.ts';

export interface ReminderRun {
  dutiesOpened: number;
  notificationsSent: number;
}

/**
 * The response-deadline job. Everything it knows comes from the database and every notification
 * has a once-key, so it can run on a timer in every app instance and from the CLI at the same
 * time: a second run in the same state sends nothing.
 */
export type ReminderDeps = Pick<
  InitiativesDeps,
  'db' | 'clock' | 'ids' | 'activity' | 'areas' | 'accounts' | 'notifications' | 'settings'
>;

export function createReminderJob(deps: ReminderDeps) {
  const { db, clock } = deps;
  const notify = createNotifier(deps);

  return async function runReminders(): Promise<ReminderRun> {
    const now = clock.now();
    const support = createSupportRepository(db);
    const initiatives = createInitiativesRepository(db);
    let dutiesOpened = 0;
    let notificationsSent = 0;

    // A lowered threshold (configuration) makes initiatives already above it owed a response too.
    for (const candidate of await support.missingDuties(deps.settings.supportThreshold)) {
      const initiative = await initiatives.find(candidate.id);
      if (!initiative) continue;
      if (await db.transaction().execute((trx) => openResponseDuty(trx, deps, initiative))) dutiesOpened += 1;
    }

    const titles = new Map<string, string>();
    const titleOf = async (id: string) => {
      if (!titles.has(id)) titles.set(id, (await initiatives.find(id))?.title ?? id);
      return titles.get(id) ?? id;
    };
    const respondersFor = async (initiativeId: string) => {
      const areaIds = (await initiatives.areasOf([initiativeId])).get(initiativeId) ?? [];
      return deps.accounts.staffFor('civil_servant', await withAncestors(deps.areas, areaIds));
    };

    for (const duty of await support.unassignedDuties()) {
      notificationsSent += await notify(db, await respondersFor(duty.initiative_id), {
        kind: 'response.unassigned',
        subjectType: 'initiative',
        subjectId: duty.initiative_id,
        message: `${await titleOf(duty.initiative_id)} — ${dateInAmsterdam(new Date(duty.due_at))}`,
        onceKey: `response.unassigned:${duty.initiative_id}`,
      });
    }

    for (const duty of await support.dutiesToRemind(
      dueSoonFrom(now, deps.settings.responseDueSoonDays).toISOString(),
    )) {
      const state = dutyState(new Date(duty.due_at), now, deps.settings.responseDueSoonDays);
      if (state === 'open') continue;
      const recipients = duty.responsible_account_id
        ? [duty.responsible_account_id]
        : await respondersFor(duty.initiative_id);
      notificationsSent += await notify(db, recipients, {
        kind: `response.${state}`,
        subjectType: 'initiative',
        subjectId: duty.initiative_id,
        message: `${await titleOf(duty.initiative_id)} — ${dateInAmsterdam(new Date(duty.due_at))}`,
        onceKey: `response.${state}:${duty.initiative_id}`,
      });
    }
    return { dutiesOpened, notificationsSent };
  };
}
export type ReminderJob = ReturnType<typeof createReminderJob>;
