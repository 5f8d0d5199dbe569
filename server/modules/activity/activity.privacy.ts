import type { PersonalDataSource } from '../accounts/privacy.ts';
import { createActivityRepository } from './activity.repository.ts';

/**
 * The activity log holds ids and numbers only (verb, actor, subject, neighbourhood, domain, time,
 * hours or amount): "download my data" lists every event the person did or that is about their
 * account. Erasure changes nothing here, by design: the log is append-only (database triggers
 * refuse UPDATE and DELETE), and once the account is erased its id points to an anonymous account,
 * so the events keep counting for the monitor without identifying anyone. docs/privacy.md.
 */
export const activityPersonalData: PersonalDataSource = {
  name: 'activity',
  async export(db, accountId) {
    const events = await createActivityRepository(db).eventsOf(accountId);
    return {
      events: events.map((e) => ({
        id: e.id,
        verb: e.verb,
        asActor: e.actor_id === accountId,
        organisationId: e.organisation_id,
        onBehalfOfId: e.on_behalf_of_id,
        subjectType: e.subject_type,
        subjectId: e.subject_id,
        areaId: e.area_id,
        domain: e.domain,
        hours: e.hours === null ? null : Number(e.hours),
        amountCents: e.amount_cents === null ? null : Number(e.amount_cents),
        occurredAt: e.occurred_at,
      })),
    };
  },
  async erase() {
    // Nothing to blank: ids and numbers only, in an append-only log (see above).
  },
};
