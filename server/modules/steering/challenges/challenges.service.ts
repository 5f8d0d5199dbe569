import type { z } from 'zod';
import type {
  AssessChallengeSchema,
  Challenge,
  ChallengeCriterion,
  ChallengeStatus,
  CreateChallenge,
  DecideChallengeSchema,
  Instruments,
} from '../../../../contracts/steering.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict, forbidden, notFound, ProblemError } from '../../../http/problem.ts';
import { addCalendarDays, todayInAmsterdam } from '../../../platform/dutch-time.ts';
import type { AdviceService } from '../advice.service.ts';
import { PLEDGE_WINDOW_DAYS } from '../advice.service.ts';
import { createDecisionsRepository } from '../decisions/decisions.repository.ts';
import { dateState } from '../decisions/decisions.presenters.ts';
import { createPerformanceRepository } from '../decisions/performance.repository.ts';
import type { SteeringContext } from '../steering.context.ts';
import type { SteeringDeps } from '../steering.deps.ts';
import { DECIDERS } from '../steering.policy.ts';
import type { ChallengeScoresTable, ChallengesTable } from '../steering.tables.ts';
import type { TasksService } from '../tasks/tasks.service.ts';
import { createChallengesRepository } from './challenges.repository.ts';
import { assessmentGaps, criteriaList } from './criteria.ts';
import { fieldProblem } from '../field-problems.ts';

type Assess = z.infer<typeof AssessChallengeSchema>;
type Decide = z.infer<typeof DecideChallengeSchema>;

/**
 * The Right to Challenge (docs/steering.md): an initiative's organiser challenges the municipality
 * to hand over a public task that is not exclusive, for at most its current budget; an officer for
 * the task's area scores each published criterion with a reason within the assessment deadline
 * (10 weeks by default) and accepts — an agreement with frameworks and milestones, and the task's
 * provider becomes the community or co-production — or refuses with reasons. All of it is public.
 */
export function createChallengesService(
  deps: SteeringDeps,
  context: SteeringContext,
  advice: AdviceService,
  tasks: TasksService,
) {
  const repo = createChallengesRepository(deps.db);
  const decisions = createDecisionsRepository(deps.db);
  const performance = createPerformanceRepository(deps.db);

  async function present(rows: readonly ChallengesTable[]): Promise<Challenge[]> {
    const [taskRows, names, scores, capacity, t] = await Promise.all([
      Promise.all([...new Set(rows.map((r) => r.task_id))].map((id) => tasks.mustFind(id))),
      context.names(
        rows.map((r) => r.initiative_id),
        rows.map((r) => r.organisation_id),
      ),
      repo.scoresOf(rows.map((r) => r.id)),
      deps.initiatives.capacityOf(
        rows.map((r) => r.initiative_id),
        addCalendarDays(deps.clock.now(), -PLEDGE_WINDOW_DAYS),
      ),
      advice.thresholds(),
    ]);
    const areas = await deps.areas.refs(taskRows.map((task) => task.area_id));
    const taskById = new Map(taskRows.map((task) => [task.id, task]));
    const now = deps.clock.now();
    return rows.map((row) => {
      const task = taskById.get(row.task_id)!;
      const evidence = capacity.get(row.initiative_id);
      const due = row.assessment_due_at;
      return {
        id: row.id,
        task: {
          id: task.id,
          title: task.title,
          area: areas.get(task.area_id)!,
          yearlyBudgetCents: Number(task.yearly_budget_cents),
        },
        initiative: names.initiative(row.initiative_id)!,
        organisation: names.organisation(row.organisation_id),
        plan: row.plan,
        proposedCostCents: Number(row.proposed_cost_cents),
        budgetAtSubmissionCents: Number(row.budget_at_submission_cents),
        deliveryPlan: row.delivery_plan,
        fallback: row.fallback,
        startDate: row.start_date,
        endDate: row.end_date,
        status: row.status,
        submittedAt: row.submitted_at,
        assessmentDueAt: due,
        assessmentState:
          row.status !== 'submitted'
            ? 'done'
            : dateState(todayInAmsterdam(new Date(due)), now, t.value.deadlines.dueSoonDays),
        evidence: {
          verifiedSupporters: evidence?.verifiedSupporters ?? 0,
          activeMembers: evidence?.activeMembers ?? 0,
          pledgesMade: evidence?.pledgesMade ?? 0,
          pledgesKept: evidence?.pledgesKept ?? 0,
          activeSince: evidence?.activeSince ?? null,
        },
        scores: scores
          .filter((s) => s.challenge_id === row.id)
          .map((s) => ({ criterion: s.criterion, score: s.score, reason: s.reason, assessedAt: s.assessed_at })),
        decision:
          (row.status === 'accepted' || row.status === 'refused') && row.decided_at
            ? {
                outcome: row.status,
                reason: row.decision_reason ?? '',
                decidedAt: row.decided_at,
                late: row.decided_at > row.assessment_due_at,
              }
            : null,
        agreement: row.agreement_json
          ? (JSON.parse(row.agreement_json) as { provider: 'community' | 'co_production'; conditions: string[] })
          : null,
        withdrawal:
          row.status === 'withdrawn' && row.withdrawn_at
            ? { reason: row.withdrawal_reason ?? '', withdrawnAt: row.withdrawn_at }
            : null,
      };
    });
  }

  async function mustFind(id: string): Promise<ChallengesTable> {
    const row = await repo.find(id);
    if (!row) throw notFound('The challenge');
    return row;
  }

  async function isOrganiser(caller: Caller, initiativeId: string): Promise<boolean> {
    return ((await deps.initiatives.organisersOf([initiativeId])).get(initiativeId) ?? []).includes(caller.accountId);
  }

  return {
    async criteria() {
      const t = await advice.thresholds();
      return { criteria: criteriaList(), scoreMax: 3, assessmentWeeks: t.value.deadlines.challengeAssessmentWeeks };
    },

    async get(id: string): Promise<Challenge> {
      return (await present([await mustFind(id)]))[0]!;
    },

    async list(query: {
      areaId?: string | undefined;
      taskId?: string | undefined;
      initiativeId?: string | undefined;
      status?: ChallengeStatus | undefined;
      limit: number;
      cursor?: string | undefined;
    }) {
      const areaIds = query.areaId ? await deps.areas.subtree(query.areaId) : undefined;
      if (areaIds?.length === 0) return { items: [], nextCursor: null }; // no such area: nothing in it
      const rows = await repo.page(
        {
          ...(areaIds ? { areaIds } : {}),
          ...(query.taskId ? { taskId: query.taskId } : {}),
          ...(query.initiativeId ? { initiativeId: query.initiativeId } : {}),
          ...(query.status ? { status: query.status } : {}),
        },
        query.limit,
        decodeCursor(query.cursor),
      );
      const page = toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.submitted_at, id: row.id }),
        (row) => row,
      );
      return { items: await present(page.items), nextCursor: page.nextCursor };
    },

    async submit(caller: Caller, body: CreateChallenge): Promise<Challenge> {
      const task = await tasks.mustFind(body.taskId);
      const capacity = (await deps.initiatives.capacityOf([body.initiativeId], new Date(0))).get(body.initiativeId);
      if (!capacity || capacity.title === null) throw notFound('The initiative');
      if (!(await isOrganiser(caller, body.initiativeId)))
        throw forbidden('Only an organiser of the initiative may challenge on its behalf.');
      if (task.exclusive === 1)
        throw new ProblemError(
          422,
          'An exclusive government task cannot be challenged: it stays with the municipality.',
          'exclusive-task',
          [fieldProblem('body.taskId', 'exclusive_stays')],
        );
      const problems = [];
      if (body.proposedCostCents > Number(task.yearly_budget_cents))
        problems.push(
          fieldProblem('body.proposedCostCents', 'cost_above_budget', { cents: Number(task.yearly_budget_cents) }),
        );
      if (body.startDate <= todayInAmsterdam(deps.clock.now()))
        problems.push(fieldProblem('body.startDate', 'after_today'));
      if (body.organisationId && !(await deps.initiatives.partnersOf(body.initiativeId)).includes(body.organisationId))
        problems.push(fieldProblem('body.organisationId', 'not_partner'));
      if (problems.length > 0) throw badRequest('The challenge is not valid.', problems);
      if (await repo.openFor(task.id, body.initiativeId))
        throw conflict('This initiative already has a challenge for this task under assessment.', 'challenge-open');

      const t = (await advice.thresholds()).value;
      const now = deps.clock.now();
      const row: ChallengesTable = {
        id: deps.ids(),
        task_id: task.id,
        initiative_id: body.initiativeId,
        organisation_id: body.organisationId ?? null,
        area_id: task.area_id,
        plan: body.plan,
        proposed_cost_cents: body.proposedCostCents,
        budget_at_submission_cents: Number(task.yearly_budget_cents),
        delivery_plan: body.deliveryPlan,
        fallback: body.fallback,
        start_date: body.startDate,
        end_date: body.endDate,
        status: 'submitted',
        submitted_by: caller.accountId,
        submitted_at: now.toISOString(),
        assessment_due_at: addCalendarDays(now, t.deadlines.challengeAssessmentWeeks * 7).toISOString(),
        decision_reason: null,
        decided_at: null,
        decided_by: null,
        agreement_json: null,
        withdrawal_reason: null,
        withdrawn_at: null,
      };
      const officers = await deps.accounts.staffFor(
        'steering_officer',
        (await deps.areas.lineage(task.area_id))?.ids ?? [],
      );
      await deps.db.transaction().execute(async (trx) => {
        await repo.insert(trx, row);
        await deps.activity(trx, {
          verb: 'challenge.submitted',
          actorId: caller.accountId,
          subjectType: 'challenge',
          subjectId: row.id,
          areaId: task.area_id,
          amountCents: body.proposedCostCents,
        });
        await deps.notify(trx, officers, {
          kind: 'challenge.submitted',
          subject: { type: 'challenge', id: row.id },
          message: `${capacity.title} → ${task.title}`,
        });
      });
      return this.get(row.id);
    },

    async withdraw(caller: Caller, id: string, reason: string): Promise<Challenge> {
      const row = await mustFind(id);
      if (!(await isOrganiser(caller, row.initiative_id)))
        throw forbidden('Only an organiser of the initiative may withdraw its challenge.');
      const at = deps.clock.now().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        if (!(await repo.close(trx, id, { status: 'withdrawn', withdrawal_reason: reason, withdrawn_at: at })))
          throw conflict('Only a challenge under assessment can be withdrawn.', 'challenge-closed');
      });
      return this.get(id);
    },

    async assess(caller: Caller, id: string, body: Assess): Promise<Challenge> {
      const row = await mustFind(id);
      const authority = await context.authorityIn(caller, DECIDERS, [row.area_id], 'the area of this task');
      if (row.status !== 'submitted')
        throw conflict('This challenge was decided or withdrawn already.', 'challenge-closed');
      const at = deps.clock.now().toISOString();
      const scores: ChallengeScoresTable[] = body.scores.map((s) => ({
        challenge_id: id,
        criterion: s.criterion,
        score: s.score,
        reason: s.reason,
        assessed_by: caller.accountId,
        assessed_at: at,
      }));
      await deps.db.transaction().execute(async (trx) => {
        await repo.upsertScores(trx, scores);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'steering.challenge-assessed',
          subjectType: 'challenge',
          subjectId: id,
          areaId: row.area_id,
          after: body.scores.map(({ criterion, score }) => ({ criterion, score })),
          authority,
        });
      });
      return this.get(id);
    },

    async decide(caller: Caller, id: string, body: Decide): Promise<Challenge> {
      const row = await mustFind(id);
      const authority = await context.authorityIn(caller, DECIDERS, [row.area_id], 'the area of this task');
      if (row.status !== 'submitted')
        throw conflict('This challenge was decided or withdrawn already.', 'challenge-closed');
      const scored = new Map(
        (await repo.scoresOf([id])).map((s) => [s.criterion, s.score] as [ChallengeCriterion, number]),
      );
      const gaps = assessmentGaps(scored);
      if (gaps.missing.length > 0)
        throw conflict(
          `Score every criterion with a reason first; missing: ${gaps.missing.join(', ')}.`,
          'assessment-incomplete',
        );
      if (body.outcome === 'accepted' && gaps.notMet.length > 0)
        throw conflict(
          `A criterion that is not met cannot be accepted: ${gaps.notMet.join(', ')}.`,
          'criterion-not-met',
        );
      const today = todayInAmsterdam(deps.clock.now());
      const late = (body.agreement?.milestones ?? []).flatMap((m, n) =>
        m.dueDate <= today ? [fieldProblem(`body.agreement.milestones.${n}.dueDate`, 'after_today')] : [],
      );
      if (late.length > 0) throw badRequest('Milestones must lie ahead.', late);

      const task = await tasks.mustFind(row.task_id);
      const at = deps.clock.now().toISOString();
      const status: ChallengeStatus = body.outcome;
      const organisers = await context.organisersOf([row.initiative_id]);
      const current = await advice.advice('task', task.id).catch(() => null);
      await deps.db.transaction().execute(async (trx) => {
        const closed = await repo.close(trx, id, {
          status,
          decision_reason: body.reason,
          decided_at: at,
          decided_by: caller.accountId,
          agreement_json: body.agreement
            ? JSON.stringify({ provider: body.agreement.provider, conditions: body.agreement.conditions })
            : null,
        });
        if (!closed) throw conflict('This challenge was decided or withdrawn already.', 'challenge-closed');
        if (body.outcome === 'accepted' && body.agreement) {
          const agreement = body.agreement;
          await tasks.changeProviderIn(
            trx,
            task,
            {
              provider: agreement.provider,
              initiativeId: row.initiative_id,
              organisationId: row.organisation_id,
              budgetCents: Number(row.proposed_cost_cents),
            },
            { reason: body.reason, by: caller.accountId, authority, challengeId: id },
          );
          // The handover starts under frameworks: a decision with the agreement, public like any other.
          const instruments: Instruments = {
            agreement: { conditions: agreement.conditions, milestones: agreement.milestones },
          };
          const decisionId = deps.ids();
          const reviewDate = [row.end_date, todayInAmsterdam(addCalendarDays(deps.clock.now(), 365))].sort()[0]!;
          await decisions.insert(trx, {
            id: decisionId,
            subject_type: 'task',
            subject_id: task.id,
            area_id: task.area_id,
            layer: 'frameworks',
            advice_layer: current?.layer ?? null,
            // The officer's reason for accepting; the web app says that it came from the challenge
            // (the decision's challengeId) and why it starts under frameworks whatever the advice.
            motivation: body.reason,
            deviation_reason: null,
            instruments_json: JSON.stringify(instruments),
            proportionality_reason: null,
            least_intrusive_alternative: null,
            review_date: reviewDate,
            decided_by: caller.accountId,
            decided_at: at,
            superseded_at: null,
          });
          await performance.insertMilestones(
            trx,
            agreement.milestones.map((m) => ({
              id: deps.ids(),
              decision_id: decisionId,
              challenge_id: id,
              task_id: task.id,
              initiative_id: row.initiative_id,
              area_id: task.area_id,
              title: m.title,
              due_date: m.dueDate,
              status: 'open' as const,
              note: null,
              recorded_at: null,
              recorded_by: null,
              created_by: caller.accountId,
              created_at: at,
            })),
          );
        }
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: `steering.challenge-${body.outcome}`,
          subjectType: 'challenge',
          subjectId: id,
          areaId: row.area_id,
          after: { status, taskId: row.task_id, initiativeId: row.initiative_id },
          reason: body.reason,
          authority,
        });
        await deps.activity(trx, {
          verb: 'challenge.decided',
          actorId: caller.accountId,
          subjectType: 'challenge',
          subjectId: id,
          areaId: row.area_id,
        });
        await deps.notify(trx, organisers, {
          kind: 'challenge.decided',
          subject: { type: 'challenge', id },
          message: task.title,
        });
      });
      await advice.recompute(await advice.affected({ taskId: row.task_id, initiativeId: row.initiative_id }));
      return this.get(id);
    },
  };
}
export type ChallengesService = ReturnType<typeof createChallengesService>;
