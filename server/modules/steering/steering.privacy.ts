import type { Db } from '../../db/database.ts';
import { withoutPerson, type PersonalDataSource } from '../accounts/privacy.ts';
import { createSteeringPersonalDataRepository } from './steering.repository.ts';

/**
 * "Download my data" and "delete my account" for steering (docs/privacy.md): a resident's responses
 * to decisions (their text is blanked on erasure; the answer stays, so the public record still
 * reads), the challenges they submitted for an initiative (the initiative's public plan stays,
 * without their name), and for staff the decisions they took and incidents they reported (ids only).
 */
export const steeringPersonalData: PersonalDataSource = {
  name: 'steering',
  async export(db: Db, accountId: string) {
    const repo = createSteeringPersonalDataRepository(db);
    const [responses, challenges, decisions, incidents] = await Promise.all([
      repo.responsesBy(accountId),
      repo.challengesSubmittedBy(accountId),
      repo.decisionsBy(accountId),
      repo.incidentsReportedBy(accountId),
    ]);
    return {
      responsesToDecisions: responses.map((r) => ({
        id: r.id,
        decisionId: r.decision_id,
        kind: r.kind,
        text: r.text,
        submittedAt: r.submitted_at,
        answer: r.answer_text,
      })),
      challengesSubmitted: challenges,
      steeringDecisionsTaken: decisions,
      incidentsReported: incidents,
    };
  },
  async erase(db: Db, accountId: string, erasure) {
    const repo = createSteeringPersonalDataRepository(db);
    await repo.blankResponsesOf(accountId);
    for (const challenge of await repo.challengesSubmittedBy(accountId))
      await repo.rewriteChallenge(challenge.id, {
        plan: withoutPerson(challenge.plan, erasure),
        delivery_plan: withoutPerson(challenge.delivery_plan, erasure),
        fallback: withoutPerson(challenge.fallback, erasure),
      });
  },
};
