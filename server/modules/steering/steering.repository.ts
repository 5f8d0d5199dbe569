import type { Db } from '../../db/database.ts';

/** The SQL of "download my data" and "delete my account" for steering (steering.privacy.ts). */
export function createSteeringPersonalDataRepository(db: Db) {
  return {
    responsesBy(accountId: string) {
      return db.selectFrom('steering_responses').selectAll().where('author_id', '=', accountId).execute();
    },
    challengesSubmittedBy(accountId: string) {
      return db
        .selectFrom('challenges')
        .select(['id', 'task_id', 'initiative_id', 'plan', 'delivery_plan', 'fallback', 'status', 'submitted_at'])
        .where('submitted_by', '=', accountId)
        .execute();
    },
    decisionsBy(accountId: string) {
      return db
        .selectFrom('steering_decisions')
        .select(['id', 'subject_type', 'subject_id', 'layer', 'decided_at'])
        .where('decided_by', '=', accountId)
        .execute();
    },
    incidentsReportedBy(accountId: string) {
      return db
        .selectFrom('steering_incidents')
        .select(['id', 'subject_type', 'subject_id', 'severity', 'occurred_on', 'reported_at'])
        .where('reported_by', '=', accountId)
        .execute();
    },
    blankResponsesOf(accountId: string) {
      return db.updateTable('steering_responses').set({ text: '' }).where('author_id', '=', accountId).execute();
    },
    rewriteChallenge(id: string, texts: { plan: string; delivery_plan: string; fallback: string }) {
      return db.updateTable('challenges').set(texts).where('id', '=', id).execute();
    },
  };
}
