import type { Db } from '../../db/database.ts';
import type { PersonalDataSource } from '../accounts/privacy.ts';
import { createActivitiesRepository } from './activities/activities.repository.ts';
import type { InitiativesDeps } from './initiatives.deps.ts';
import { createInitiativesRepository } from './initiatives.repository.ts';
import { createMembersRepository } from './members.repository.ts';
import { createModerationRepository } from './moderation/moderation.repository.ts';
import { createNeedsRepository } from './needs/needs.repository.ts';
import { createNotificationsRepository } from './notifications/notifications.repository.ts';
import { createNotifier } from './notifier.ts';
import { createOrganisationsRepository } from './organisations/organisations.repository.ts';
import { fillFreeSeats } from './seats.ts';
import { createSupportRepository } from './support/support.repository.ts';

/**
 * "Download my data" and "delete my account" for initiatives. Erasure keeps public contributions
 * (initiatives started, pledges, supports: they count, under the anonymous account name) and
 * removes what is personal: shared contact details, notes, memberships, future sign-ups and
 * notifications. A freed activity place goes to the first on the waiting list.
 */
export function initiativesPersonalData(deps: Pick<InitiativesDeps, 'clock' | 'ids'>): PersonalDataSource {
  return {
    name: 'initiatives',
    async export(db: Db, accountId: string) {
      const [started, memberships, pledges, supports, signUps, organisations, reports, notifications] =
        await Promise.all([
          createInitiativesRepository(db).startedBy(accountId),
          createMembersRepository(db).membershipsOf(accountId),
          createNeedsRepository(db).pledgesOf(accountId),
          createSupportRepository(db).supportsOf(accountId),
          createActivitiesRepository(db).allSignUpsOf(accountId),
          createOrganisationsRepository(db).membershipsOf(accountId),
          createModerationRepository(db).reportsBy(accountId),
          createNotificationsRepository(db).allOf(accountId),
        ]);
      return {
        initiativesStarted: started.map((row) => ({ id: row.id, title: row.title, createdAt: row.created_at })),
        memberships: memberships.map((row) => ({
          initiativeId: row.initiative_id,
          role: row.role,
          status: row.status,
          contact: row.contact,
          message: row.message,
          requestedAt: row.requested_at,
        })),
        pledges: pledges.map((row) => ({
          needId: row.need_id,
          initiativeId: row.initiative_id,
          quantity: row.quantity,
          hours: row.hours,
          note: row.note,
          status: row.status,
          createdAt: row.created_at,
        })),
        supports: supports.map((row) => ({
          initiativeId: row.initiative_id,
          neighbourhoodId: row.area_id,
          createdAt: row.created_at,
        })),
        activitySignUps: signUps.map((row) => ({
          activityId: row.activity_id,
          status: row.status,
          attended: row.attended === null ? null : row.attended === 1,
          createdAt: row.created_at,
        })),
        organisationMemberships: organisations.map((row) => ({
          organisationId: row.organisation_id,
          role: row.role,
          status: row.status,
        })),
        contentReports: reports.map((row) => ({
          subjectType: row.subject_type,
          subjectId: row.subject_id,
          reason: row.reason,
          explanation: row.explanation,
          status: row.status,
          createdAt: row.created_at,
        })),
        notifications: notifications.map((row) => ({
          kind: row.kind,
          message: row.message,
          createdAt: row.created_at,
          read: row.read_at !== null,
        })),
      };
    },

    async erase(db: Db, accountId: string) {
      const nowIso = deps.clock.now().toISOString();
      const activities = createActivitiesRepository(db);
      const notify = createNotifier(deps);
      for (const signUp of await activities.activeSignUpsOf(accountId, nowIso)) {
        const locked = await activities.lockActivity(signUp.activity_id);
        const fresh = await activities.findSignUp(signUp.activity_id, signUp.id);
        if (!locked || !fresh || fresh.status === 'cancelled') continue;
        await activities.updateSignUp(fresh.id, { status: 'cancelled', cancelled_at: nowIso });
        if (fresh.status === 'confirmed') {
          const freed = { ...locked, seats_taken: locked.seats_taken - 1 };
          await activities.updateActivity(locked.id, { seats_taken: freed.seats_taken });
          await fillFreeSeats(db, freed, notify, locked.title);
        }
      }
      await createMembersRepository(db).forgetAccount(accountId, nowIso);
      await createOrganisationsRepository(db).leaveAll(accountId, nowIso);
      await createNeedsRepository(db).clearNotesOf(accountId);
      await createNotificationsRepository(db).deleteAllOf(accountId);
    },
  };
}
