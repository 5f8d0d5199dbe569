import type { SteeringResponse, SubjectType } from '../../../../contracts/steering.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { conflict, notFound } from '../../../http/problem.ts';
import { addCalendarDays } from '../../../platform/dutch-time.ts';
import type { AdviceService } from '../advice.service.ts';
import type { SteeringContext } from '../steering.context.ts';
import { subjectKey } from '../steering.context.ts';
import type { SteeringDeps } from '../steering.deps.ts';
import { DECIDERS } from '../steering.policy.ts';
import type { SteeringResponsesTable } from '../steering.tables.ts';
import { createDecisionsRepository } from './decisions.repository.ts';
import { createResponsesRepository } from './responses.repository.ts';

/**
 * Citizens steer the government too (docs/steering.md, "Responses"): any resident may object to or
 * comment on a published decision; an officer for the decision's area answers, by a due date
 * (six weeks by default) that the worklist tracks. Both are public, the resident under their display name.
 */
export function createResponsesService(deps: SteeringDeps, context: SteeringContext, advice: AdviceService) {
  const repo = createResponsesRepository(deps.db);
  const decisions = createDecisionsRepository(deps.db);

  async function present(rows: readonly SteeringResponsesTable[]): Promise<SteeringResponse[]> {
    const [names, t] = await Promise.all([
      deps.accounts.displayNames(rows.map((r) => r.author_id)),
      advice.thresholds(),
    ]);
    const now = deps.clock.now();
    const soon = addCalendarDays(now, t.value.deadlines.dueSoonDays).toISOString();
    return rows.map((row) => ({
      id: row.id,
      decisionId: row.decision_id,
      kind: row.kind,
      text: row.text,
      author: { displayName: names.get(row.author_id) ?? '' },
      submittedAt: row.submitted_at,
      answerDueAt: row.answer_due_at,
      state: row.answered_at
        ? 'done'
        : row.answer_due_at < now.toISOString()
          ? 'overdue'
          : row.answer_due_at <= soon
            ? 'due_soon'
            : 'open',
      answer:
        row.answered_at && row.answer_text !== null ? { text: row.answer_text, answeredAt: row.answered_at } : null,
    }));
  }

  /** What a notice names (in any language): the task or initiative the decision is about. */
  async function subjectTitle(decision: { subject_type: SubjectType; subject_id: string; area_id: string | null }) {
    const key = { type: decision.subject_type, id: decision.subject_id, areaId: decision.area_id };
    return (await context.subjectRefs([key])).get(subjectKey(key.type, key.id))?.title ?? '';
  }

  return {
    async list(decisionId: string, limit: number, cursor?: string) {
      if (!(await decisions.find(decisionId))) throw notFound('The decision');
      const rows = await repo.page(decisionId, limit, decodeCursor(cursor));
      const page = toPage(
        rows,
        limit,
        (row) => ({ sort: row.submitted_at, id: row.id }),
        (row) => row,
      );
      return { items: await present(page.items), nextCursor: page.nextCursor };
    },

    async submit(caller: Caller, decisionId: string, body: { kind: 'objection' | 'comment'; text: string }) {
      const decision = await decisions.find(decisionId);
      if (!decision) throw notFound('The decision');
      const t = (await advice.thresholds()).value;
      const now = deps.clock.now();
      const row: SteeringResponsesTable = {
        id: deps.ids(),
        decision_id: decisionId,
        area_id: decision.area_id,
        kind: body.kind,
        text: body.text,
        author_id: caller.accountId,
        submitted_at: now.toISOString(),
        answer_due_at: addCalendarDays(now, t.deadlines.responseAnswerDays).toISOString(),
        answer_text: null,
        answered_at: null,
        answered_by: null,
      };
      const lineage = decision.area_id ? ((await deps.areas.lineage(decision.area_id))?.ids ?? []) : [];
      const officers = (await deps.accounts.staffFor('steering_officer', lineage)).filter(
        (id) => id !== caller.accountId,
      );
      const about = await subjectTitle(decision);
      await deps.db.transaction().execute(async (trx) => {
        await repo.insert(trx, row);
        await deps.activity(trx, {
          verb: 'decision.responded',
          actorId: caller.accountId,
          subjectType: 'steering_decision',
          subjectId: decisionId,
          areaId: decision.area_id,
        });
        await deps.notify(trx, officers, {
          kind: 'response.submitted',
          subject: { type: 'steering_decision', id: decisionId },
          message: about,
        });
      });
      return (await present([row]))[0]!;
    },

    async answer(caller: Caller, id: string, text: string): Promise<SteeringResponse> {
      const row = await repo.find(id);
      if (!row) throw notFound('The response');
      const authority = await context.authorityIn(
        caller,
        DECIDERS,
        row.area_id ? [row.area_id] : [],
        'the area of this decision',
      );
      const at = deps.clock.now().toISOString();
      const decision = await decisions.find(row.decision_id);
      const about = decision ? await subjectTitle(decision) : '';
      await deps.db.transaction().execute(async (trx) => {
        if (!(await repo.answer(trx, id, { answer_text: text, answered_at: at, answered_by: caller.accountId })))
          throw conflict('This response was answered already.', 'response-answered');
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'steering.response-answered',
          subjectType: 'steering_response',
          subjectId: id,
          areaId: row.area_id,
          authority,
        });
        await deps.notify(trx, [row.author_id], {
          kind: 'response.answered',
          subject: { type: 'steering_decision', id: row.decision_id },
          message: about,
        });
      });
      return (await present([{ ...row, answer_text: text, answered_at: at, answered_by: caller.accountId }]))[0]!;
    },
  };
}
export type ResponsesService = ReturnType<typeof createResponsesService>;
