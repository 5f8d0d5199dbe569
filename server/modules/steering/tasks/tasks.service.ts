import type { InvalidParam } from '../../../../contracts/common.ts';
import type {
  ChangeProvider,
  CreatePublicTask,
  ProviderKind,
  PublicTask,
  SteeringPicture,
  TaskDomain,
  UpdatePublicTask,
} from '../../../../contracts/steering.ts';
import type { Db } from '../../../db/database.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { badRequest, conflict, notFound } from '../../../http/problem.ts';
import { dateInAmsterdam, todayInAmsterdam } from '../../../platform/dutch-time.ts';
import type { Authority } from '../../../http/scope.ts';
import type { AdviceService } from '../advice.service.ts';
import { createAdviceRepository } from '../advice.repository.ts';
import { createChallengesRepository } from '../challenges/challenges.repository.ts';
import { createDecisionsRepository } from '../decisions/decisions.repository.ts';
import type { SteeringContext } from '../steering.context.ts';
import type { SteeringDeps } from '../steering.deps.ts';
import { TASK_MANAGERS } from '../steering.policy.ts';
import type { PublicTaskProvidersTable, PublicTasksTable } from '../steering.tables.ts';
import { quarterEnds, sharesOf, sharesOverTime } from './picture.ts';
import { createTasksRepository } from './tasks.repository.ts';
import { fieldProblem } from '../field-problems.ts';

export interface ProviderChoice {
  provider: ProviderKind;
  initiativeId: string | null;
  organisationId: string | null;
}

/**
 * The register of public tasks (docs/steering.md, "Public tasks"): public to read; created and
 * changed by a steering officer or administrator for the task's area. Every change of provider or
 * budget appends a snapshot to the history, from which the 3.0 → 4.0 picture is drawn.
 */
export function createTasksService(deps: SteeringDeps, context: SteeringContext, advice: AdviceService) {
  const repo = createTasksRepository(deps.db);
  const adviceRepo = createAdviceRepository(deps.db);
  const decisions = createDecisionsRepository(deps.db);
  const challenges = createChallengesRepository(deps.db);

  async function present(rows: readonly PublicTasksTable[]): Promise<PublicTask[]> {
    const subjects = rows.map((r) => ({ type: 'task' as const, id: r.id }));
    const [areas, names, latest, current, open] = await Promise.all([
      deps.areas.refs(rows.map((r) => r.area_id)),
      context.names(
        rows.map((r) => r.provider_initiative_id),
        rows.map((r) => r.provider_organisation_id),
      ),
      adviceRepo.latestOf(subjects),
      decisions.currentFor(subjects),
      challenges.openCounts(rows.map((r) => r.id)),
    ]);
    return rows.map((row) => {
      const a = latest.get(`task:${row.id}`);
      const d = current.get(`task:${row.id}`);
      return {
        id: row.id,
        area: areas.get(row.area_id) ?? { id: row.area_id, kind: 'neighbourhood', code: '', name: '' },
        title: row.title,
        domain: row.domain,
        description: row.description,
        legalBasis: row.legal_basis,
        statutory: row.statutory === 1,
        exclusive: row.exclusive === 1,
        risk: row.risk,
        yearlyBudgetCents: Number(row.yearly_budget_cents),
        provider: {
          kind: row.provider,
          initiative: names.initiative(row.provider_initiative_id),
          organisation: names.organisation(row.provider_organisation_id),
        },
        department: row.department,
        advice: a ? { layer: a.layer, pendingLayer: a.pending_layer } : null,
        decision: d ? { id: d.id, layer: d.layer, reviewDate: d.review_date } : null,
        openChallenges: open.get(row.id) ?? 0,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    });
  }

  /** Who may carry a task: an initiative for community and co-production, an organisation for the market, nobody else for the municipality. */
  async function checkProvider(
    choice: ProviderChoice,
    exclusive: boolean,
    field: { initiative: string; organisation: string },
  ): Promise<void> {
    const problems: InvalidParam[] = [];
    if (exclusive && choice.provider !== 'municipality')
      problems.push(fieldProblem('body.provider', 'exclusive_stays'));
    const needsInitiative = choice.provider === 'community' || choice.provider === 'co_production';
    if (needsInitiative && !choice.initiativeId)
      problems.push(fieldProblem(field.initiative, 'initiative_required', { provider: choice.provider }));
    if (!needsInitiative && choice.initiativeId)
      problems.push(fieldProblem(field.initiative, 'initiative_not_for_provider', { provider: choice.provider }));
    if (choice.provider === 'municipality' && choice.organisationId)
      problems.push(fieldProblem(field.organisation, 'organisation_not_for_municipality'));
    const names = await context.names([choice.initiativeId], [choice.organisationId]);
    if (choice.initiativeId && !names.initiative(choice.initiativeId)?.name)
      problems.push(fieldProblem(field.initiative, 'no_initiative'));
    if (choice.organisationId && !names.organisation(choice.organisationId)?.name)
      problems.push(fieldProblem(field.organisation, 'no_organisation'));
    if (problems.length > 0) throw badRequest('The provider is not valid.', problems);
  }

  function snapshot(
    task: PublicTasksTable,
    kind: PublicTaskProvidersTable['kind'],
    reason: string,
    by: string | null,
    at: string,
    challengeId: string | null = null,
  ): PublicTaskProvidersTable {
    return {
      id: deps.ids(),
      task_id: task.id,
      area_id: task.area_id,
      kind,
      provider: task.provider,
      initiative_id: task.provider_initiative_id,
      organisation_id: task.provider_organisation_id,
      yearly_budget_cents: Number(task.yearly_budget_cents),
      reason,
      challenge_id: challengeId,
      changed_by: by,
      changed_at: at,
    };
  }

  /**
   * Changes the provider (and optionally the budget) inside the caller's transaction, with the
   * history snapshot and the audit record. Used for a change in the register and for an accepted challenge.
   */
  async function changeProviderIn(
    trx: Db,
    task: PublicTasksTable,
    change: ProviderChoice & { budgetCents?: number },
    record: { reason: string; by: string; authority: Authority; challengeId?: string },
  ): Promise<PublicTasksTable> {
    const at = deps.clock.now().toISOString();
    const next: PublicTasksTable = {
      ...task,
      provider: change.provider,
      provider_initiative_id: change.initiativeId,
      provider_organisation_id: change.organisationId,
      yearly_budget_cents: change.budgetCents ?? Number(task.yearly_budget_cents),
      updated_at: at,
    };
    await repo.update(trx, task.id, {
      provider: next.provider,
      provider_initiative_id: next.provider_initiative_id,
      provider_organisation_id: next.provider_organisation_id,
      yearly_budget_cents: next.yearly_budget_cents,
      updated_at: at,
    });
    await repo.insertSnapshot(
      trx,
      snapshot(next, 'provider', record.reason, record.by, at, record.challengeId ?? null),
    );
    await deps.audit(trx, {
      actorId: record.by,
      action: 'steering.provider-changed',
      subjectType: 'public_task',
      subjectId: task.id,
      areaId: task.area_id,
      before: {
        provider: task.provider,
        initiativeId: task.provider_initiative_id,
        organisationId: task.provider_organisation_id,
        yearlyBudgetCents: Number(task.yearly_budget_cents),
      },
      after: {
        provider: next.provider,
        initiativeId: next.provider_initiative_id,
        organisationId: next.provider_organisation_id,
        yearlyBudgetCents: next.yearly_budget_cents,
        challengeId: record.challengeId ?? null,
      },
      reason: record.reason,
      authority: record.authority,
    });
    return next;
  }

  async function mustFind(id: string): Promise<PublicTasksTable> {
    const task = await repo.find(id);
    if (!task) throw notFound('The public task');
    return task;
  }

  return {
    present,
    changeProviderIn,
    mustFind,

    async list(query: {
      areaId?: string | undefined;
      provider?: ProviderKind | undefined;
      domain?: TaskDomain | undefined;
      challengeable?: boolean | undefined;
      limit: number;
      cursor?: string | undefined;
    }) {
      const areaIds = query.areaId ? await deps.areas.subtree(query.areaId) : undefined;
      if (areaIds?.length === 0) return { items: [], nextCursor: null }; // no such area: nothing in it
      const rows = await repo.page(
        {
          ...(areaIds ? { areaIds } : {}),
          ...(query.provider ? { provider: query.provider } : {}),
          ...(query.domain ? { domain: query.domain } : {}),
          ...(query.challengeable !== undefined ? { challengeable: query.challengeable } : {}),
        },
        query.limit,
        decodeCursor(query.cursor),
      );
      const page = toPage(
        rows,
        query.limit,
        (row) => ({ sort: row.title, id: row.id }),
        (row) => row,
      );
      return { items: await present(page.items), nextCursor: page.nextCursor };
    },

    async get(id: string): Promise<PublicTask> {
      return (await present([await mustFind(id)]))[0]!;
    },

    async create(caller: Caller, body: CreatePublicTask): Promise<PublicTask> {
      const lineage = await deps.areas.lineage(body.areaId);
      if (!lineage) throw badRequest('There is no such area.', [fieldProblem('body.areaId', 'no_area')]);
      const authority = await context.authorityIn(caller, TASK_MANAGERS, [lineage.area.id]);
      const choice = {
        provider: body.provider,
        initiativeId: body.providerInitiativeId ?? null,
        organisationId: body.providerOrganisationId ?? null,
      };
      await checkProvider(choice, body.exclusive, {
        initiative: 'body.providerInitiativeId',
        organisation: 'body.providerOrganisationId',
      });
      const at = deps.clock.now().toISOString();
      const row: PublicTasksTable = {
        id: deps.ids(),
        area_id: lineage.area.id,
        title: body.title,
        domain: body.domain,
        description: body.description,
        legal_basis: body.legalBasis ?? null,
        statutory: body.statutory ? 1 : 0,
        exclusive: body.exclusive ? 1 : 0,
        risk: body.risk,
        yearly_budget_cents: body.yearlyBudgetCents,
        provider: choice.provider,
        provider_initiative_id: choice.initiativeId,
        provider_organisation_id: choice.organisationId,
        department: body.department,
        created_by: caller.accountId,
        created_at: at,
        updated_at: at,
      };
      await deps.db.transaction().execute(async (trx) => {
        await repo.insert(trx, row);
        await repo.insertSnapshot(trx, snapshot(row, 'created', '', caller.accountId, at));
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'steering.task-created',
          subjectType: 'public_task',
          subjectId: row.id,
          areaId: row.area_id,
          after: {
            title: row.title,
            provider: row.provider,
            yearlyBudgetCents: row.yearly_budget_cents,
            risk: row.risk,
          },
          authority,
        });
      });
      await advice.recompute(await advice.affected({ taskId: row.id, initiativeId: row.provider_initiative_id }));
      return this.get(row.id);
    },

    async update(caller: Caller, id: string, body: UpdatePublicTask): Promise<PublicTask> {
      const task = await mustFind(id);
      const authority = await context.authorityIn(caller, TASK_MANAGERS, [task.area_id]);
      const { reason, ...fields } = body;
      if (fields.exclusive === true && task.provider !== 'municipality')
        throw conflict('An exclusive task stays with the municipality: change the provider first.', 'exclusive-task');
      const at = deps.clock.now().toISOString();
      const changes: Partial<PublicTasksTable> = {
        ...(fields.title !== undefined ? { title: fields.title } : {}),
        ...(fields.domain !== undefined ? { domain: fields.domain } : {}),
        ...(fields.description !== undefined ? { description: fields.description } : {}),
        ...(fields.legalBasis !== undefined ? { legal_basis: fields.legalBasis } : {}),
        ...(fields.statutory !== undefined ? { statutory: fields.statutory ? 1 : 0 } : {}),
        ...(fields.exclusive !== undefined ? { exclusive: fields.exclusive ? 1 : 0 } : {}),
        ...(fields.risk !== undefined ? { risk: fields.risk } : {}),
        ...(fields.yearlyBudgetCents !== undefined ? { yearly_budget_cents: fields.yearlyBudgetCents } : {}),
        ...(fields.department !== undefined ? { department: fields.department } : {}),
      };
      const budgetChanged =
        fields.yearlyBudgetCents !== undefined && fields.yearlyBudgetCents !== Number(task.yearly_budget_cents);
      await deps.db.transaction().execute(async (trx) => {
        await repo.update(trx, id, { ...changes, updated_at: at });
        if (budgetChanged)
          await repo.insertSnapshot(trx, snapshot({ ...task, ...changes }, 'budget', reason, caller.accountId, at));
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'steering.task-changed',
          subjectType: 'public_task',
          subjectId: id,
          areaId: task.area_id,
          before: Object.fromEntries(Object.keys(changes).map((k) => [k, task[k as keyof PublicTasksTable]])),
          after: changes,
          reason,
          authority,
        });
      });
      await advice.recompute(await advice.affected({ taskId: id, initiativeId: task.provider_initiative_id }));
      return this.get(id);
    },

    async changeProvider(caller: Caller, id: string, body: ChangeProvider) {
      const task = await mustFind(id);
      const authority = await context.authorityIn(caller, TASK_MANAGERS, [task.area_id]);
      const choice = {
        provider: body.provider,
        initiativeId: body.initiativeId ?? null,
        organisationId: body.organisationId ?? null,
      };
      await checkProvider(choice, task.exclusive === 1, {
        initiative: 'body.initiativeId',
        organisation: 'body.organisationId',
      });
      const next = await deps.db.transaction().execute(async (trx) => {
        const locked = (await repo.lock(trx, id)) ?? task;
        return changeProviderIn(trx, locked, choice, { reason: body.reason, by: caller.accountId, authority });
      });
      await advice.recompute([
        ...(await advice.affected({ taskId: id, initiativeId: next.provider_initiative_id })),
        ...(task.provider_initiative_id ? [{ type: 'initiative' as const, id: task.provider_initiative_id }] : []),
      ]);
      return (await this.history(id, 1)).items[0]!;
    },

    async history(id: string, limit: number, cursor?: string) {
      await mustFind(id);
      const rows = await repo.historyPage(id, limit, decodeCursor(cursor));
      const names = await context.names(
        rows.map((r) => r.initiative_id),
        rows.map((r) => r.organisation_id),
      );
      return toPage(
        rows,
        limit,
        (row) => ({ sort: row.changed_at, id: row.id }),
        (row) => ({
          id: row.id,
          taskId: row.task_id,
          kind: row.kind,
          provider: {
            kind: row.provider,
            initiative: names.initiative(row.initiative_id),
            organisation: names.organisation(row.organisation_id),
          },
          yearlyBudgetCents: Number(row.yearly_budget_cents),
          reason: row.reason,
          challengeId: row.challenge_id,
          changedAt: row.changed_at,
        }),
      );
    },

    async picture(areaId: string): Promise<SteeringPicture> {
      const lineage = await deps.areas.lineage(areaId);
      if (!lineage) throw notFound('The area');
      const within = await deps.areas.subtree(lineage.area.id);
      const [tasks, snapshots] = await Promise.all([repo.tasksIn(within), repo.snapshotsIn(within)]);
      const today = todayInAmsterdam(deps.clock.now());
      const now = sharesOf(
        today,
        tasks.map((t) => ({ taskId: t.id, provider: t.provider, budgetCents: Number(t.yearly_budget_cents) })),
      );
      const history = sharesOverTime(
        snapshots.map((s) => ({
          taskId: s.task_id,
          provider: s.provider,
          budgetCents: Number(s.yearly_budget_cents),
          date: dateInAmsterdam(new Date(s.changed_at)),
        })),
        quarterEnds(today),
      );
      return { area: lineage.area, now, history: [...history, now] };
    },
  };
}
export type TasksService = ReturnType<typeof createTasksService>;
