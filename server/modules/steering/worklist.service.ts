import type { z } from 'zod';
import type { SteeringWorklistItemSchema, SubjectType } from '../../../contracts/steering.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import { addCalendarDays, startOfDayInAmsterdam, todayInAmsterdam } from '../../platform/dutch-time.ts';
import type { AdviceService } from './advice.service.ts';
import { createChallengesRepository } from './challenges/challenges.repository.ts';
import { createDecisionsRepository } from './decisions/decisions.repository.ts';
import { createGrantsRepository } from './decisions/grants.repository.ts';
import { createPerformanceRepository } from './decisions/performance.repository.ts';
import { createResponsesRepository } from './decisions/responses.repository.ts';
import type { SteeringContext } from './steering.context.ts';
import { subjectKey } from './steering.context.ts';
import type { SteeringDeps } from './steering.deps.ts';
import { steeringAccess } from './steering.policy.ts';

type Item = z.infer<typeof SteeringWorklistItemSchema>;
type Draft = Omit<Item, 'subject' | 'state'> & { subjectType: SubjectType; subjectId: string; areaId: string | null };

/** Each source contributes at most this many items; the worklist is what is due soon or overdue, not an archive. */
export const WORKLIST_SOURCE_CAP = 500;

/**
 * The officer's worklist (docs/steering.md): reviews due, responses to answer, challenges to assess,
 * grant reports missing and milestones to record — due within the due-soon window or overdue, in the
 * areas of the caller's grant, earliest first. A date without a time is due at the start of its day.
 * Each item names what to act on (`id`) and the decision or challenge whose page it is dealt with on.
 */
export function createWorklistService(deps: SteeringDeps, context: SteeringContext, advice: AdviceService) {
  const decisions = createDecisionsRepository(deps.db);
  const responses = createResponsesRepository(deps.db);
  const challenges = createChallengesRepository(deps.db);
  const grants = createGrantsRepository(deps.db);
  const performance = createPerformanceRepository(deps.db);
  const startOf = (date: string) => startOfDayInAmsterdam(new Date(`${date}T12:00:00Z`)).toISOString();

  return {
    async list(
      caller: Caller,
      query: {
        kind?: Item['kind'] | undefined;
        state?: Item['state'] | undefined;
        limit: number;
        cursor?: string | undefined;
      },
    ) {
      const areas = await context.scopeAreas(caller, steeringAccess.worklist);
      if (areas !== null && areas.length === 0) return { items: [], nextCursor: null };
      const t = (await advice.thresholds()).value;
      const now = deps.clock.now();
      const until = addCalendarDays(now, t.deadlines.dueSoonDays);
      const untilDate = todayInAmsterdam(until);
      const want = (kind: Item['kind']) => !query.kind || query.kind === kind;
      const cap = WORKLIST_SOURCE_CAP;
      const drafts: Draft[] = [];
      if (want('review'))
        for (const d of await decisions.reviewsDue(untilDate, areas, cap))
          drafts.push({
            kind: 'review',
            id: d.id,
            title: '',
            decisionId: d.id,
            challengeId: null,
            responseKind: null,
            dueAt: startOf(d.review_date),
            subjectType: d.subject_type,
            subjectId: d.subject_id,
            areaId: d.area_id,
          });
      if (want('response')) {
        const rows = await responses.unansweredDue(until.toISOString(), areas, cap);
        const decided = new Map(
          (await decisions.byIds([...new Set(rows.map((r) => r.decision_id))])).map((d) => [d.id, d] as const),
        );
        for (const r of rows) {
          const d = decided.get(r.decision_id);
          if (d)
            drafts.push({
              kind: 'response',
              id: r.id,
              title: '',
              decisionId: r.decision_id,
              challengeId: null,
              responseKind: r.kind,
              dueAt: r.answer_due_at,
              subjectType: d.subject_type,
              subjectId: d.subject_id,
              areaId: r.area_id,
            });
        }
      }
      if (want('challenge_assessment'))
        for (const c of await challenges.assessmentsDue(until.toISOString(), areas, cap))
          drafts.push({
            kind: 'challenge_assessment',
            id: c.id,
            title: '',
            decisionId: null,
            challengeId: c.id,
            responseKind: null,
            dueAt: c.assessment_due_at,
            subjectType: 'task',
            subjectId: c.task_id,
            areaId: c.area_id,
          });
      if (want('grant_report'))
        for (const g of await grants.reportsDue(untilDate, areas, cap))
          drafts.push({
            kind: 'grant_report',
            id: g.id,
            title: g.purpose,
            decisionId: g.decision_id,
            challengeId: null,
            responseKind: null,
            dueAt: startOf(g.report_due_date),
            subjectType: g.subject_type,
            subjectId: g.subject_id,
            areaId: g.area_id,
          });
      if (want('milestone'))
        for (const m of await performance.milestonesDue(untilDate, areas, cap))
          drafts.push({
            kind: 'milestone',
            id: m.id,
            title: m.title,
            decisionId: m.decision_id,
            challengeId: m.challenge_id,
            responseKind: null,
            dueAt: startOf(m.due_date),
            subjectType: m.task_id ? 'task' : 'initiative',
            subjectId: (m.task_id ?? m.initiative_id)!,
            areaId: m.area_id,
          });

      const nowIso = now.toISOString();
      const stateOf = (d: Draft): Item['state'] => (d.dueAt < nowIso ? 'overdue' : 'due_soon');
      const after = decodeCursor(query.cursor);
      const position = (d: Draft) => `${d.dueAt}|${d.kind}:${d.id}`;
      const ordered = drafts
        .filter((d) => !query.state || stateOf(d) === query.state)
        .sort((a, b) => position(a).localeCompare(position(b)))
        .filter((d) => !after || position(d) > `${String(after.sort)}|${after.id}`);
      const page = ordered.slice(0, query.limit);
      const refs = await context.subjectRefs(
        page.map((d) => ({ type: d.subjectType, id: d.subjectId, areaId: d.areaId })),
      );
      const last = page.at(-1);
      return {
        items: page.map((d): Item => ({
          kind: d.kind,
          id: d.id,
          title: d.title,
          decisionId: d.decisionId,
          challengeId: d.challengeId,
          responseKind: d.responseKind,
          subject: refs.get(subjectKey(d.subjectType, d.subjectId))!,
          dueAt: d.dueAt,
          state: stateOf(d),
        })),
        nextCursor:
          ordered.length > query.limit && last
            ? encodeCursor({ sort: last.dueAt, id: `${last.kind}:${last.id}` })
            : null,
      };
    },
  };
}
export type WorklistService = ReturnType<typeof createWorklistService>;
