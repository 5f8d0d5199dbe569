import type { PersonalDataSource } from '../accounts/privacy.ts';

/**
 * The audit log records privileged actions with actor, subject and reason. "Download my data"
 * lists what the person did (action, subject, reason, time) and which recorded actions were about
 * their account (action and time only: who did it and why may protect someone else, such as the
 * neighbour who reported them). Erasure changes nothing: the log is append-only by law of the
 * platform (database triggers), holds ids, and keeps the accountability of what was done; resident
 * free text is not copied into it (docs/privacy.md).
 */
export const auditPersonalData: PersonalDataSource = {
  name: 'audit',
  async export(db, accountId) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['id', 'actor_id', 'action', 'subject_type', 'subject_id', 'area_id', 'reason', 'occurred_at'])
      .where((eb) =>
        eb.or([
          eb('actor_id', '=', accountId),
          eb.and([eb('subject_type', '=', 'account'), eb('subject_id', '=', accountId)]),
        ]),
      )
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
    return {
      actionsTaken: rows
        .filter((row) => row.actor_id === accountId)
        .map((row) => ({
          id: row.id,
          action: row.action,
          subjectType: row.subject_type,
          subjectId: row.subject_id,
          areaId: row.area_id,
          reason: row.reason,
          occurredAt: row.occurred_at,
        })),
      actionsAboutMe: rows
        .filter((row) => row.actor_id !== accountId)
        .map((row) => ({ action: row.action, occurredAt: row.occurred_at })),
    };
  },
  async erase() {
    // Nothing to blank: append-only, ids and the staff's reasons (see above).
  },
};
