import type {
  AdviceInput,
  AdviceTimelineEntrySchema,
  AdviceSummarySchema,
  ChangePath,
  SteeringAdvice,
  SteeringLayer,
  SteeringSettings,
  SteeringThresholds,
  SubjectType,
  TaskRisk,
} from '../../../contracts/steering.ts';
import { SteeringThresholdsSchema, taskRisks } from '../../../contracts/steering.ts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { badRequest, forbidden, notFound } from '../../http/problem.ts';
import { authorityFor } from '../../http/scope.ts';
import { addCalendarDays, todayInAmsterdam } from '../../platform/dutch-time.ts';
import { ADVICE_MATRIX, DEFAULT_THRESHOLDS, evaluate, type AdviceInputs } from './advice.ts';
import { createAdviceRepository } from './advice.repository.ts';
import { pathsDown } from './change-paths.ts';
import { lastsUntil, step } from './hysteresis.ts';
import type { SteeringContext, Subject } from './steering.context.ts';
import { subjectKey } from './steering.context.ts';
import type { SteeringDeps } from './steering.deps.ts';
import type { SteeringAdviceTable } from './steering.tables.ts';
import { createTasksRepository } from './tasks/tasks.repository.ts';
import { createDecisionsRepository } from './decisions/decisions.repository.ts';

/**
 * Computing, keeping and reading the advice (docs/steering.md). The rule is pure (advice.ts); this
 * gathers its inputs through the ports and the module's own records, applies slow leadership
 * (hysteresis.ts) to the latest timeline entry, and appends an entry whenever something about the
 * advice changed — otherwise it only refreshes the latest one.
 */

const THRESHOLDS = 'thresholds';
/** Pledges made and kept are counted over half a year: long enough to judge, recent enough to matter. */
export const PLEDGE_WINDOW_DAYS = 182;
const MONTH_MS = 30.44 * 86_400_000;

export type SubjectKeyRef = { type: SubjectType; id: string };
type Figures = Awaited<ReturnType<SteeringDeps['monitor']['latestFigures']>>;

export function createAdviceService(deps: SteeringDeps, context: SteeringContext) {
  const repo = createAdviceRepository(deps.db);
  const tasks = createTasksRepository(deps.db);

  async function thresholds(): Promise<{ value: SteeringThresholds; updatedAt: string | null }> {
    const stored = await repo.state(THRESHOLDS);
    const parsed = stored ? SteeringThresholdsSchema.safeParse(JSON.parse(stored.value)) : null;
    return parsed?.success
      ? { value: parsed.data, updatedAt: stored!.updated_at }
      : { value: DEFAULT_THRESHOLDS, updatedAt: null };
  }

  async function inputsOf(subject: Subject, t: SteeringThresholds, now: Date, figures: Figures): Promise<AdviceInputs> {
    const today = todayInAmsterdam(now);
    const windowStart = todayInAmsterdam(addCalendarDays(now, -7 * t.performance.windowWeeks));
    const carried = subject.type === 'initiative' ? await tasks.tasksCarriedBy(subject.id) : [];
    const initiativeId =
      subject.type === 'initiative' ? subject.id : carriesWork(subject) ? subject.initiativeId : null;
    const [capacities, milestones, incidents] = await Promise.all([
      initiativeId
        ? deps.initiatives.capacityOf([initiativeId], addCalendarDays(now, -PLEDGE_WINDOW_DAYS))
        : Promise.resolve(new Map()),
      repo.milestoneCounts(subject.type === 'task' ? 'task_id' : 'initiative_id', subject.id, windowStart, today),
      repo.incidentCounts(subject.type === 'task' ? 'task_id' : 'initiative_id', subject.id, windowStart, today),
    ]);
    const capacity = initiativeId ? capacities.get(initiativeId) : undefined;
    const area = figures.get(subject.areaId);
    const riskiest = carried.reduce<TaskRisk>(
      (worst, task) => (taskRisks.indexOf(task.risk) > taskRisks.indexOf(worst) ? task.risk : worst),
      'low',
    );
    return {
      subjectType: subject.type,
      provider: subject.task?.provider ?? 'community',
      risk: subject.task?.risk ?? riskiest,
      statutory: subject.task ? subject.task.statutory === 1 : carried.some((task) => task.statutory === 1),
      exclusive: subject.task?.exclusive === 1,
      initiative: capacity
        ? {
            activeMembers: capacity.activeMembers,
            pledgesMade: capacity.pledgesMade,
            pledgesKept: capacity.pledgesKept,
            monthsActive: capacity.activeSince
              ? Math.max(0, Math.floor((now.getTime() - Date.parse(capacity.activeSince)) / MONTH_MS))
              : 0,
            verifiedSupporters: capacity.verifiedSupporters,
          }
        : null,
      areaIndex: area?.index ?? null,
      helpAnswered: area?.values.help_answered ?? null,
      milestonesMet: milestones.met,
      milestonesMissed: milestones.missed,
      incidents: incidents.normal,
      criticalIncidents: incidents.critical,
    };
  }

  /** Computes one subject's advice now and keeps it; returns the latest timeline entry. */
  async function recomputeSubject(subject: Subject, t: SteeringThresholds, now: Date, figures: Figures): Promise<void> {
    const inputs = await inputsOf(subject, t, now, figures);
    const result = evaluate(inputs, t);
    const latest = await repo.latest(subject.type, subject.id);
    const previous = latest
      ? {
          layer: latest.layer,
          pendingLayer: latest.pending_layer,
          pendingSince: latest.pending_since ? new Date(latest.pending_since) : null,
        }
      : null;
    const next = step(previous, result.layer, now, result.rule === 'critical_incident', t.hysteresis);
    const at = now.toISOString();
    const thresholdsJson = JSON.stringify(t);
    const body = {
      area_id: subject.areaId,
      inputs_json: JSON.stringify(result.inputs),
      paths_json: JSON.stringify(pathsDown(inputs, t, next.layer)),
      thresholds_json: thresholdsJson,
      capacity: result.capacity,
      effective_risk: result.effectiveRisk,
      computed_at: at,
    };
    const changed =
      !latest ||
      next.change !== 'none' ||
      latest.rule !== result.rule ||
      latest.raw_layer !== result.layer ||
      latest.thresholds_json !== thresholdsJson;
    if (!changed) {
      await repo.refresh(latest.id, body);
      return;
    }
    const row: SteeringAdviceTable = {
      id: deps.ids(),
      subject_type: subject.type,
      subject_id: subject.id,
      seq: (latest?.seq ?? 0) + 1,
      latest: 1,
      layer: next.layer,
      raw_layer: result.layer,
      rule: result.rule,
      change: next.change === 'none' ? 'recomputed' : next.change,
      pending_layer: next.pendingLayer,
      pending_since: next.pendingSince?.toISOString() ?? null,
      changed_at: at,
      ...body,
    };
    try {
      await inTransaction(deps.db, (trx) => repo.append(trx, row));
    } catch (error) {
      // Another instance computed the same subject at the same moment: its entry stands.
      if (!(await repo.latest(subject.type, subject.id))?.seq || !isUniqueViolation(error)) throw error;
    }
  }

  async function recompute(subjects: readonly SubjectKeyRef[], now = deps.clock.now()): Promise<number> {
    const t = (await thresholds()).value;
    const seen = new Set<string>();
    const loaded: Subject[] = [];
    for (const key of subjects) {
      const id = subjectKey(key.type, key.id);
      if (seen.has(id)) continue;
      seen.add(id);
      const subject = await context.loadSubject(key.type, key.id).catch(() => null);
      if (subject) loaded.push(subject);
    }
    // The monitor's figures once for every area involved, not once per subject.
    const figures = await deps.monitor.latestFigures([...new Set(loaded.map((s) => s.areaId))]);
    for (const subject of loaded) await recomputeSubject(subject, t, now, figures);
    return loaded.length;
  }

  /** Since when each subject's advice has had its current layer: the first entry of the latest run of that layer. */
  async function layerSince(subjects: readonly SubjectKeyRef[]): Promise<Map<string, string>> {
    const since = new Map<string, string>();
    const current = new Map<string, SteeringLayer>();
    const closed = new Set<string>();
    for (const row of await repo.layersOf(subjects)) {
      const key = subjectKey(row.subject_type, row.subject_id);
      if (closed.has(key)) continue;
      if (!current.has(key)) current.set(key, row.layer);
      if (row.layer !== current.get(key)) closed.add(key);
      else since.set(key, row.changed_at);
    }
    return since;
  }

  function present(row: SteeringAdviceTable, subject: SteeringAdvice['subject'], since: string): SteeringAdvice {
    const t = SteeringThresholdsSchema.parse(JSON.parse(row.thresholds_json));
    const weeks =
      row.pending_layer && levelAbove(row.pending_layer, row.layer) ? t.hysteresis.upWeeks : t.hysteresis.downWeeks;
    return {
      subject,
      layer: row.layer,
      rawLayer: row.raw_layer,
      rule: row.rule,
      capacity: row.capacity,
      effectiveRisk: row.effective_risk,
      inputs: JSON.parse(row.inputs_json) as AdviceInput[],
      pending:
        row.pending_layer && row.pending_since
          ? {
              layer: row.pending_layer,
              since: row.pending_since,
              effectiveFrom: lastsUntil(new Date(row.pending_since), weeks).toISOString(),
            }
          : null,
      whatWouldChange: JSON.parse(row.paths_json) as ChangePath[],
      thresholds: t,
      changedAt: since,
      computedAt: row.computed_at,
    };
  }

  return {
    thresholds,
    recompute,

    /** Every task, and every initiative that carries public work or was advised before. */
    async recomputeAll(now = deps.clock.now()): Promise<number> {
      const [taskRows, carrying, advised] = await Promise.all([
        tasks.allIds(),
        repo.initiativesCarryingWork(),
        repo.subjectsWithAdvice(),
      ]);
      return recompute(
        [
          ...taskRows.map((row) => ({ type: 'task' as const, id: row.id })),
          ...carrying.map((id) => ({ type: 'initiative' as const, id })),
          ...advised,
        ],
        now,
      );
    },

    /** The subjects whose advice a change to this task or initiative touches. */
    async affected(subject: { taskId?: string | null; initiativeId?: string | null }): Promise<SubjectKeyRef[]> {
      const out: SubjectKeyRef[] = [];
      if (subject.taskId) out.push({ type: 'task', id: subject.taskId });
      if (subject.initiativeId) {
        out.push({ type: 'initiative', id: subject.initiativeId });
        for (const task of await tasks.tasksCarriedBy(subject.initiativeId)) out.push({ type: 'task', id: task.id });
      }
      return out;
    },

    async settings(): Promise<SteeringSettings> {
      const current = await thresholds();
      return {
        thresholds: current.value,
        defaults: DEFAULT_THRESHOLDS,
        updatedAt: current.updatedAt,
        matrix: ADVICE_MATRIX.map((row) => [...row]),
      };
    },

    async changeThresholds(caller: Caller, next: SteeringThresholds): Promise<SteeringSettings> {
      const authority = authorityFor(caller, ['administrator'], []);
      if (!authority) throw forbidden('Only an administrator for the whole municipality may change the thresholds.');
      const before = (await thresholds()).value;
      const at = deps.clock.now().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        await repo.setState(trx, THRESHOLDS, JSON.stringify(next), at, caller.accountId);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'steering.thresholds-changed',
          subjectType: 'steering',
          subjectId: 'thresholds',
          before,
          after: next,
          authority,
        });
      });
      await this.recomputeAll();
      return this.settings();
    },

    async advice(type: SubjectType, id: string): Promise<SteeringAdvice> {
      const row = await repo.latest(type, id);
      if (!row)
        throw notFound(
          type === 'task' ? 'Advice for this task' : 'Advice for this initiative (it carries no public work)',
        );
      const [refs, since] = await Promise.all([
        context.subjectRefs([{ type, id, areaId: row.area_id }]),
        layerSince([{ type, id }]),
      ]);
      return present(row, refs.get(subjectKey(type, id))!, since.get(subjectKey(type, id)) ?? row.changed_at);
    },

    async list(query: {
      areaId?: string;
      subjectType?: SubjectType;
      layer?: SteeringLayer;
      limit: number;
      cursor?: string;
    }): Promise<{ items: z.infer<typeof AdviceSummarySchema>[]; nextCursor: string | null }> {
      const areaIds = query.areaId ? await deps.areas.subtree(query.areaId) : undefined;
      if (areaIds?.length === 0) return { items: [], nextCursor: null }; // no such area: nothing in it
      const rows = await repo.page(
        {
          ...(areaIds ? { areaIds } : {}),
          ...(query.subjectType ? { subjectType: query.subjectType } : {}),
          ...(query.layer ? { layer: query.layer } : {}),
        },
        query.limit,
        decodeCursor(query.cursor),
      );
      const refs = await context.subjectRefs(
        rows.map((r) => ({ type: r.subject_type, id: r.subject_id, areaId: r.area_id })),
      );
      const subjects = rows.map((r) => ({ type: r.subject_type, id: r.subject_id }));
      const [decisions, since] = await Promise.all([
        createDecisionsRepository(deps.db).currentFor(subjects),
        layerSince(subjects),
      ]);
      return toPage(
        rows,
        query.limit,
        (row) => ({ sort: subjectKey(row.subject_type, row.subject_id), id: row.subject_id }),
        (row) => ({
          subject: refs.get(subjectKey(row.subject_type, row.subject_id))!,
          layer: row.layer,
          rawLayer: row.raw_layer,
          rule: row.rule,
          pendingLayer: row.pending_layer,
          decisionLayer: decisions.get(subjectKey(row.subject_type, row.subject_id))?.layer ?? null,
          changedAt: since.get(subjectKey(row.subject_type, row.subject_id)) ?? row.changed_at,
          computedAt: row.computed_at,
        }),
      );
    },

    async timeline(
      type: SubjectType,
      id: string,
      limit: number,
      cursor?: string,
    ): Promise<{ items: z.infer<typeof AdviceTimelineEntrySchema>[]; nextCursor: string | null }> {
      const after = decodeCursor(cursor);
      const beforeSeq = after === undefined ? undefined : Number(after.sort);
      if (beforeSeq !== undefined && !Number.isInteger(beforeSeq))
        throw badRequest('The cursor is not valid.', [
          { name: 'query.cursor', reason: 'Not a cursor this API issued' },
        ]);
      const rows = await repo.timeline(type, id, limit, beforeSeq);
      if (rows.length === 0 && beforeSeq === undefined) await this.advice(type, id);
      return toPage(
        rows,
        limit,
        (row) => ({ sort: row.seq, id: row.id }),
        (row) => ({
          id: row.id,
          layer: row.layer,
          rawLayer: row.raw_layer,
          rule: row.rule,
          change: row.change,
          pendingLayer: row.pending_layer,
          inputs: JSON.parse(row.inputs_json) as AdviceInput[],
          changedAt: row.changed_at,
        }),
      );
    },
  };
}
export type AdviceService = ReturnType<typeof createAdviceService>;

/** Community and co-production are carried by an initiative; a market party may name an organisation only. */
function carriesWork(subject: Subject): boolean {
  return subject.task?.provider === 'community' || subject.task?.provider === 'co_production';
}

const levelAbove = (a: SteeringLayer, b: SteeringLayer) =>
  ['facilitate', 'frameworks', 'compel', 'take_over'].indexOf(a) >
  ['facilitate', 'frameworks', 'compel', 'take_over'].indexOf(b);

/** A transaction, or the caller's when there is one already (the demo generator runs in one). */
function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e.code === '23505' || /UNIQUE constraint failed/i.test(e.message ?? '');
}
