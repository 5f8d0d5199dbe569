import type { z } from 'zod';
import type {
  CreateIncidentSchema,
  CreateMilestoneSchema,
  Milestone,
  MilestoneStatus,
  RecordMilestoneSchema,
  SubjectRef,
  SubjectType,
} from '../../../../contracts/steering.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict, notFound } from '../../../http/problem.ts';
import { todayInAmsterdam } from '../../../platform/dutch-time.ts';
import type { AdviceService } from '../advice.service.ts';
import { createChallengesRepository } from '../challenges/challenges.repository.ts';
import type { SteeringContext } from '../steering.context.ts';
import { subjectKey } from '../steering.context.ts';
import type { SteeringDeps } from '../steering.deps.ts';
import { DECIDERS, steeringAccess } from '../steering.policy.ts';
import type { SteeringIncidentsTable, SteeringMilestonesTable } from '../steering.tables.ts';
import { createDecisionsRepository } from './decisions.repository.ts';
import { createPerformanceRepository } from './performance.repository.ts';
import { fieldProblem } from '../field-problems.ts';

type CreateMilestone = z.infer<typeof CreateMilestoneSchema>;
type RecordMilestone = z.infer<typeof RecordMilestoneSchema>;
type CreateIncident = z.infer<typeof CreateIncidentSchema>;

/**
 * Performance: the milestones of a decision's agreement or an accepted challenge, met or missed,
 * and incidents reported by staff. Both feed the advice, so each change computes it again.
 */
export function createPerformanceService(deps: SteeringDeps, context: SteeringContext, advice: AdviceService) {
  const repo = createPerformanceRepository(deps.db);
  const decisions = createDecisionsRepository(deps.db);
  const challenges = createChallengesRepository(deps.db);

  async function presentMilestones(rows: readonly SteeringMilestonesTable[]): Promise<Milestone[]> {
    const [taskRefs, names] = await Promise.all([
      context.subjectRefs(
        rows.flatMap((r) => (r.task_id ? [{ type: 'task' as const, id: r.task_id, areaId: null }] : [])),
      ),
      context.names(
        rows.map((r) => r.initiative_id),
        [],
      ),
    ]);
    const today = todayInAmsterdam(deps.clock.now());
    return rows.map((row) => ({
      id: row.id,
      decisionId: row.decision_id,
      challengeId: row.challenge_id,
      task: row.task_id ? { id: row.task_id, name: taskRefs.get(subjectKey('task', row.task_id))?.title ?? '' } : null,
      initiative: names.initiative(row.initiative_id),
      title: row.title,
      dueDate: row.due_date,
      status: row.status,
      overdue: row.status === 'open' && row.due_date < today,
      note: row.note,
      recordedAt: row.recorded_at,
    }));
  }

  /** Where a new milestone hangs: a decision in force, or an accepted challenge. */
  async function anchorOf(body: CreateMilestone) {
    if (body.decisionId) {
      const decision = await decisions.find(body.decisionId);
      if (!decision) throw notFound('The decision');
      if (decision.superseded_at)
        throw conflict('A later decision replaced this one: add the milestone there.', 'decision-superseded');
      const subject = await context.loadSubject(decision.subject_type, decision.subject_id);
      return {
        decisionId: decision.id,
        challengeId: null,
        taskId: subject.type === 'task' ? subject.id : null,
        initiativeId: subject.initiativeId,
        areaIds: subject.areaIds,
        areaId: subject.areaId,
      };
    }
    const challenge = await challenges.find(body.challengeId!);
    if (!challenge) throw notFound('The challenge');
    if (challenge.status !== 'accepted')
      throw conflict('Milestones belong to an accepted challenge.', 'challenge-not-accepted');
    return {
      decisionId: null,
      challengeId: challenge.id,
      taskId: challenge.task_id,
      initiativeId: challenge.initiative_id,
      areaIds: [challenge.area_id],
      areaId: challenge.area_id,
    };
  }

  return {
    presentMilestones,

    async createMilestone(caller: Caller, body: CreateMilestone): Promise<Milestone> {
      const anchor = await anchorOf(body);
      const authority = await context.authorityIn(caller, DECIDERS, anchor.areaIds);
      if (body.dueDate < todayInAmsterdam(deps.clock.now()))
        throw badRequest('A new milestone cannot be due in the past.', [
          fieldProblem('body.dueDate', 'today_or_later'),
        ]);
      const at = deps.clock.now().toISOString();
      const row: SteeringMilestonesTable = {
        id: deps.ids(),
        decision_id: anchor.decisionId,
        challenge_id: anchor.challengeId,
        task_id: anchor.taskId,
        initiative_id: anchor.initiativeId,
        area_id: anchor.areaId,
        title: body.title,
        due_date: body.dueDate,
        status: 'open',
        note: null,
        recorded_at: null,
        recorded_by: null,
        created_by: caller.accountId,
        created_at: at,
      };
      await deps.db.transaction().execute(async (trx) => {
        await repo.insertMilestones(trx, [row]);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'steering.milestone-added',
          subjectType: 'steering_milestone',
          subjectId: row.id,
          areaId: row.area_id,
          after: {
            title: row.title,
            dueDate: row.due_date,
            decisionId: row.decision_id,
            challengeId: row.challenge_id,
          },
          authority,
        });
      });
      return (await presentMilestones([row]))[0]!;
    },

    async recordMilestone(caller: Caller, id: string, body: RecordMilestone): Promise<Milestone> {
      const row = await repo.milestone(id);
      if (!row) throw notFound('The milestone');
      const authority = await context.authorityIn(caller, DECIDERS, row.area_id ? [row.area_id] : []);
      const at = deps.clock.now().toISOString();
      const change = {
        status: body.status as MilestoneStatus,
        note: body.note ?? null,
        recorded_at: at,
        recorded_by: caller.accountId,
      };
      const organisers = await context.organisersOf([row.initiative_id]);
      await deps.db.transaction().execute(async (trx) => {
        if (!(await repo.recordMilestone(trx, id, change)))
          throw conflict('This milestone was recorded already.', 'milestone-recorded');
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: `steering.milestone-${body.status}`,
          subjectType: 'steering_milestone',
          subjectId: id,
          areaId: row.area_id,
          before: { status: row.status },
          after: { status: body.status },
          reason: body.note ?? null,
          authority,
        });
        await deps.notify(trx, organisers, {
          kind: 'milestone.recorded',
          // A milestone is shown on its decision's (or accepted challenge's) page: the notice opens there.
          subject: row.decision_id
            ? { type: 'steering_decision', id: row.decision_id }
            : row.challenge_id
              ? { type: 'challenge', id: row.challenge_id }
              : { type: 'steering_milestone', id },
          message: row.title,
        });
      });
      await advice.recompute(await advice.affected({ taskId: row.task_id, initiativeId: row.initiative_id }));
      return (await presentMilestones([{ ...row, ...change }]))[0]!;
    },

    async milestones(query: {
      decisionId?: string | undefined;
      challengeId?: string | undefined;
      taskId?: string | undefined;
      initiativeId?: string | undefined;
      status?: MilestoneStatus | undefined;
      limit: number;
      cursor?: string | undefined;
    }) {
      const { limit, cursor, ...filter } = query;
      const rows = await repo.milestonePage(
        Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)),
        limit,
        decodeCursor(cursor),
      );
      const page = toPage(
        rows,
        limit,
        (row) => ({ sort: row.due_date, id: row.id }),
        (row) => row,
      );
      return { items: await presentMilestones(page.items), nextCursor: page.nextCursor };
    },

    async reportIncident(caller: Caller, body: CreateIncident) {
      const subject = await context.loadSubject(body.subjectType, body.subjectId);
      const authority = await context.authorityIn(caller, steeringAccess.reportIncident, subject.areaIds);
      if (body.occurredOn > todayInAmsterdam(deps.clock.now()))
        throw badRequest('An incident cannot have happened in the future.', [
          fieldProblem('body.occurredOn', 'today_or_earlier'),
        ]);
      const row: SteeringIncidentsTable = {
        id: deps.ids(),
        subject_type: subject.type,
        subject_id: subject.id,
        task_id: subject.type === 'task' ? subject.id : null,
        initiative_id: subject.initiativeId,
        area_id: subject.areaId,
        severity: body.severity,
        description: body.description,
        occurred_on: body.occurredOn,
        reported_by: caller.accountId,
        reported_at: deps.clock.now().toISOString(),
      };
      const organisers = await context.organisersOf([subject.initiativeId]);
      await deps.db.transaction().execute(async (trx) => {
        await repo.insertIncident(trx, row);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'steering.incident-reported',
          subjectType: subject.type === 'task' ? 'public_task' : 'initiative',
          subjectId: subject.id,
          areaId: subject.areaId,
          after: { incidentId: row.id, severity: row.severity, occurredOn: row.occurred_on },
          authority,
        });
        await deps.notify(trx, organisers, {
          kind: 'incident.reported',
          subject: { type: subject.type === 'task' ? 'public_task' : 'initiative', id: subject.id },
          message: `${subject.title} (${row.occurred_on})`,
        });
      });
      await advice.recompute(await advice.affected({ taskId: row.task_id, initiativeId: row.initiative_id }));
      const refs = await context.subjectRefs([{ type: subject.type, id: subject.id, areaId: subject.areaId }]);
      return presentIncident(row, refs.get(subjectKey(subject.type, subject.id))!);
    },

    /** Staff read the incidents of their areas; a municipality-wide grant reads all. */
    async incidents(
      caller: Caller,
      query: {
        subjectType?: SubjectType | undefined;
        subjectId?: string | undefined;
        areaId?: string | undefined;
        limit: number;
        cursor?: string | undefined;
      },
    ) {
      const scope = await context.scopeAreas(caller, steeringAccess.readIncidents);
      const wanted = query.areaId ? await deps.areas.subtree(query.areaId) : null;
      const areaIds = scope === null ? wanted : wanted ? wanted.filter((id) => scope.includes(id)) : scope;
      if (areaIds?.length === 0) return { items: [], nextCursor: null };
      const rows = await repo.incidentPage(
        {
          ...(query.subjectType ? { subjectType: query.subjectType } : {}),
          ...(query.subjectId ? { subjectId: query.subjectId } : {}),
          areaIds,
        },
        query.limit,
        decodeCursor(query.cursor),
      );
      const refs = await context.subjectRefs(
        rows.map((r) => ({ type: r.subject_type, id: r.subject_id, areaId: r.area_id })),
      );
      return toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.reported_at, id: row.id }),
        (row) => presentIncident(row, refs.get(subjectKey(row.subject_type, row.subject_id))!),
      );
    },
  };
}
export type PerformanceService = ReturnType<typeof createPerformanceService>;

function presentIncident(row: SteeringIncidentsTable, subject: SubjectRef) {
  return {
    id: row.id,
    subject,
    severity: row.severity,
    description: row.description,
    occurredOn: row.occurred_on,
    reportedAt: row.reported_at,
  };
}
