import type { Db } from '../../db/database.ts';
import { withoutPerson, type PersonalDataSource } from '../accounts/privacy.ts';
import { createActivitiesRepository } from './activities/activities.repository.ts';
import type { InitiativesDeps } from './initiatives.deps.ts';
import { createInitiativesRepository } from './initiatives.repository.ts';
import { createMembersRepository } from './members/members.repository.ts';
import { createModerationRepository } from './moderation/moderation.repository.ts';
import { createNeedsRepository } from './needs/needs.repository.ts';
import { createNotifier } from './notifier.ts';
import { createOrganisationsRepository } from './organisations/organisations.repository.ts';
import { createPersonalDataRepository } from './personal-data.repository.ts';
import { searchTerms } from './search-terms.ts';
import { fillFreeSeats } from './seats.ts';
import { createSupportRepository } from './support/support.repository.ts';

/**
 * "Download my data" and "delete my account" for initiatives (docs/privacy.md, field by field).
 * Erasure keeps public contributions (initiatives started, updates, needs, activities,
 * organisations, pledges, supports: they count, under the anonymous account name, their texts
 * without the person's name and e-mail address) and removes what is personal: shared contact
 * details, join messages, pledge notes, the explanations of their content reports, memberships,
 * and future sign-ups (their notifications: the notification centre). A freed activity place goes to
 * the first on the waiting list; notifications to others that quote their texts lose their name too.
 */
export function initiativesPersonalData(deps: Pick<InitiativesDeps, 'activity' | 'notifications'>): PersonalDataSource {
  return {
    name: 'initiatives',
    async export(db: Db, accountId: string) {
      const [authored, memberships, pledges, supports, signUps, organisations, reports] = await Promise.all([
        createPersonalDataRepository(db).authoredBy(accountId),
        createMembersRepository(db).membershipsOf(accountId),
        createNeedsRepository(db).pledgesOf(accountId),
        createSupportRepository(db).supportsOf(accountId),
        createActivitiesRepository(db).allSignUpsOf(accountId),
        createOrganisationsRepository(db).membershipsOf(accountId),
        createModerationRepository(db).reportsBy(accountId),
      ]);
      return {
        initiativesStarted: authored.initiatives.map((row) => ({
          id: row.id,
          title: row.title,
          summary: row.summary,
          description: row.description,
          status: row.status,
          stopReason: row.stop_reason,
          createdAt: row.created_at,
        })),
        updatesWritten: authored.updates.map((row) => ({
          id: row.id,
          initiativeId: row.initiative_id,
          title: row.title,
          body: row.body,
          createdAt: row.created_at,
        })),
        needsPosted: authored.needs.map((row) => ({
          id: row.id,
          initiativeId: row.initiative_id,
          kind: row.kind,
          title: row.title,
          description: row.description,
          unit: row.unit,
          createdAt: row.created_at,
        })),
        activitiesOrganised: authored.activities.map((row) => ({
          id: row.id,
          initiativeId: row.initiative_id,
          title: row.title,
          description: row.description,
          place: row.place,
          startsAt: row.starts_at,
          createdAt: row.created_at,
        })),
        organisationsFounded: authored.organisations.map((row) => ({
          id: row.id,
          name: row.name,
          kind: row.kind,
          description: row.description,
          website: row.website,
          createdAt: row.created_at,
        })),
        statusChanges: authored.statusChanges.map((row) => ({
          initiativeId: row.initiative_id,
          from: row.from_status,
          to: row.to_status,
          reason: row.reason,
          changedAt: row.changed_at,
        })),
        responsesPublished: authored.responses.map((row) => ({
          initiativeId: row.initiative_id,
          text: row.response_text,
          respondedAt: row.responded_at,
        })),
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
      };
    },

    async erase(db: Db, accountId: string, erasure) {
      const nowIso = erasure.at;
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
          await fillFreeSeats(db, freed, notify, locked.title, deps.activity);
        }
      }
      await createMembersRepository(db).forgetAccount(accountId, nowIso);
      await createOrganisationsRepository(db).leaveAll(accountId, nowIso);
      await createNeedsRepository(db).clearNotesOf(accountId);
      const personal = createPersonalDataRepository(db);
      await personal.blankReportExplanationsOf(accountId);
      const changed = await personal.anonymiseAuthoredBy(accountId, erasure);
      // Notifications to others quote these texts (a title, a need): the same words go there too.
      await deps.notifications.rewriteMessages(db, changed.subjects, (message) => withoutPerson(message, erasure));
      // The search words of a changed text are built again, so the name cannot be searched for either.
      const initiatives = createInitiativesRepository(db);
      for (const id of changed.initiativesChanged) {
        const row = await initiatives.find(id);
        if (row)
          await initiatives.replaceSearchTerms('initiative', id, searchTerms(row.title, row.summary, row.description));
      }
      const organisations = createOrganisationsRepository(db);
      for (const id of changed.organisationsChanged) {
        const row = await organisations.find(id);
        if (row) await initiatives.replaceSearchTerms('organisation', id, searchTerms(row.name, row.description));
      }
    },
  };
}
