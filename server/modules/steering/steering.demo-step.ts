import type { DemoEvent } from '../../platform/demo/activity-log.ts';
import type { DemoContext, GeneratorStep } from '../../platform/demo/generator.ts';
import { addCalendarDays } from '../../platform/dutch-time.ts';
import { DEFAULT_SETTINGS } from '../../platform/settings.ts';
import { createAreasService } from '../areas/areas.service.ts';
import { createInitiativesPort } from '../initiatives/initiatives.port.ts';
import { createMonitorPort } from '../monitor/monitor.port.ts';
import { createAdviceService } from './advice.service.ts';
import { demoStories, snapshotOf, type DemoInitiative } from './demo/demo-stories.ts';
import {
  BUDGET_PER_RESIDENT_CENTS,
  DISTRICT_TASKS,
  MUNICIPAL_TASKS,
  NEIGHBOURHOOD_TASKS,
} from './demo/demo-register.ts';
import type { SteeringDeps } from './steering.deps.ts';
import { createSteeringContext } from './steering.context.ts';
import type { PublicTaskProvidersTable, PublicTasksTable } from './steering.tables.ts';

/** The register existed before the platform: every task was registered this long before `asOf`. */
const REGISTERED_DAYS_AGO = 1_100;
/** The advice is replayed weekly over this many weeks, so every subject has a timeline. */
const REPLAY_WEEKS = 20;

/**
 * The demo municipality's public tasks, and steering in every stage (docs/steering.md): a register
 * whose budgets add up to a plausible municipal budget for the town's size; challenges submitted,
 * under assessment (on time, due soon, overdue), refused, withdrawn and accepted — one of them now
 * missing its milestones; decisions in every layer with grants, responses and answers; incidents.
 * Rows are written in bulk; then the advice is computed week by week over the past months through
 * the module's own service (on the generator's transaction), so the timelines show slow leadership.
 */
export const steeringDemoStep: GeneratorStep = {
  name: 'public tasks and steering',
  async run(context) {
    const { state } = context;
    const municipality = state.municipality;
    const officer = state.demoAccounts.get('steeringOfficer');
    if (!municipality || !officer || state.neighbourhoods.length === 0) return;
    const random = context.random('steering');
    const id = context.ids('steering');
    const asOf = context.options.asOf;
    const registeredAt = context.daysAgo(REGISTERED_DAYS_AGO);

    // The register, its budgets adding up to € 2,700 per resident.
    const total = context.options.residents * BUDGET_PER_RESIDENT_CENTS;
    const withTasks = state.neighbourhoods
      .map((n, index) => ({ n, index }))
      .sort((a, b) => b.n.liveliness - a.n.liveliness)
      .slice(0, Math.min(4, state.neighbourhoods.length));
    const shares =
      MUNICIPAL_TASKS.reduce((s, t) => s + t.share, 0) +
      DISTRICT_TASKS.reduce((s, t) => s + t.share, 0) +
      NEIGHBOURHOOD_TASKS.reduce((s, t) => s + t.share, 0) * withTasks.length;
    const euros = (share: number) => Math.round((total * share) / shares / 100) * 100;
    const tasks: PublicTasksTable[] = [];
    const add = (template: (typeof MUNICIPAL_TASKS)[number], areaId: string, areaName: string, budgetCents: number) =>
      tasks.push({
        id: id(),
        area_id: areaId,
        title: template.title.replace('{area}', areaName),
        domain: template.domain,
        description: template.description.replaceAll('{area}', areaName),
        legal_basis: template.legalBasis,
        statutory: template.statutory ? 1 : 0,
        exclusive: template.exclusive ? 1 : 0,
        risk: template.risk,
        yearly_budget_cents: budgetCents,
        provider: template.provider,
        provider_initiative_id: null,
        provider_organisation_id: null,
        department: template.department,
        created_by: officer,
        created_at: registeredAt,
        updated_at: registeredAt,
      });
    for (const template of MUNICIPAL_TASKS) add(template, municipality.id, municipality.name, euros(template.share));
    const population = state.districts.reduce((s, d) => s + d.population, 0) || 1;
    for (const template of DISTRICT_TASKS)
      for (const district of state.districts)
        add(template, district.id, district.name, euros((template.share * district.population) / population));
    for (const template of NEIGHBOURHOOD_TASKS)
      for (const { n } of withTasks) add(template, n.id, n.name, euros(template.share));
    // Rounding: the overhead takes the last euros, so the register adds up exactly.
    const overhead = tasks.find((t) => t.title.startsWith('Bedrijfsvoering'))!;
    overhead.yearly_budget_cents += total - tasks.reduce((s, t) => s + t.yearly_budget_cents, 0);

    // Market and co-production tasks are carried by the demo's organisations where there are some.
    const organisations = await context.db
      .selectFrom('organisations')
      .select(['id', 'kind'])
      .where('hidden_at', 'is', null)
      .execute();
    for (const task of tasks)
      if ((task.provider === 'market' || task.provider === 'co_production') && organisations.length > 0)
        task.provider_organisation_id = random.pick(organisations).id;

    const initiatives = await demoInitiatives(context);
    const snapshots: PublicTaskProvidersTable[] = tasks.map((task) =>
      snapshotOf(id, task, 'created', '', registeredAt, null),
    );
    // Community and co-production tasks without an initiative get one (taken on years ago).
    for (const task of tasks.filter((t) => t.provider === 'co_production' && t.provider_initiative_id === null)) {
      const carrier = initiatives.find((i) => i.domain === task.domain) ?? initiatives[0];
      if (carrier) task.provider_initiative_id = carrier.id;
      else task.provider = 'market';
      snapshots[tasks.indexOf(task)] = snapshotOf(id, task, 'created', '', registeredAt, null);
    }

    const stories = demoStories({ context, random, id, officer, tasks, initiatives, snapshots });
    await context.insert('public_tasks', tasks);
    await context.insert('public_task_providers', snapshots);
    await context.insert('challenges', stories.challenges);
    await context.insert('challenge_scores', stories.scores);
    await context.insert('steering_decisions', stories.decisions);
    await context.insert('steering_milestones', stories.milestones);
    await context.insert('steering_incidents', stories.incidents);
    await context.insert('steering_grants', stories.grants);
    await context.insert('steering_grant_payments', stories.payments);
    await context.insert('steering_responses', stories.responses);
    recordSteeringEvents(context, stories);

    // The advice, week by week, as the hourly job would have computed it.
    const advice = adviceServiceOn(context);
    for (let week = REPLAY_WEEKS; week >= 0; week--) await advice.recomputeAll(addCalendarDays(asOf, -7 * week));
    // Each decision records the advice of its moment.
    for (const decision of stories.decisions) {
      const at = await context.db
        .selectFrom('steering_advice')
        .select('layer')
        .where('subject_type', '=', decision.subject_type)
        .where('subject_id', '=', decision.subject_id)
        .where('changed_at', '<=', decision.decided_at)
        .orderBy('seq', 'desc')
        .executeTakeFirst();
      const adviceLayer = at?.layer ?? null;
      await context.db
        .updateTable('steering_decisions')
        .set({
          advice_layer: adviceLayer,
          deviation_reason:
            adviceLayer === null || adviceLayer === decision.layer
              ? null
              : (decision.deviation_reason ??
                'Het advies volgde de cijfers nog niet: wat de regisseur in de wijk zag, woog hier zwaarder.'),
        })
        .where('id', '=', decision.id)
        .execute();
    }
  },
};

/**
 * The activity log of what the stories did, as the services record it: decisions, residents'
 * responses, challenges submitted and decided, grant payments (the demo's year of activity has
 * every verb of the catalogue; docs/areas.md).
 */
function recordSteeringEvents(context: DemoContext, stories: ReturnType<typeof demoStories>): void {
  const asOf = context.options.asOf.getTime();
  const record = (at: string | null, event: Omit<DemoEvent, 'at'>) => {
    const ms = at === null ? NaN : Date.parse(at);
    if (ms < asOf) context.activity.record({ ...event, at: ms });
  };
  for (const d of stories.decisions) {
    const grant = (JSON.parse(d.instruments_json) as { grant?: { amountCents?: number } }).grant;
    record(d.decided_at, {
      verb: 'steering.decided',
      actorId: d.decided_by,
      subjectType: 'steering_decision',
      subjectId: d.id,
      areaId: d.area_id,
      amountCents: grant?.amountCents ?? null,
    });
  }
  for (const r of stories.responses)
    record(r.submitted_at, {
      verb: 'decision.responded',
      actorId: r.author_id,
      subjectType: 'steering_decision',
      subjectId: r.decision_id,
      areaId: r.area_id,
    });
  for (const c of stories.challenges) {
    const subject = { subjectType: 'challenge', subjectId: c.id, areaId: c.area_id };
    record(c.submitted_at, {
      verb: 'challenge.submitted',
      actorId: c.submitted_by,
      ...subject,
      amountCents: c.proposed_cost_cents,
    });
    if (c.decided_by) record(c.decided_at, { verb: 'challenge.decided', actorId: c.decided_by, ...subject });
  }
  const grants = new Map(stories.grants.map((g) => [g.id, g]));
  for (const p of stories.payments)
    record(p.recorded_at, {
      verb: 'grant.paid',
      actorId: p.recorded_by,
      subjectType: 'steering_grant',
      subjectId: p.grant_id,
      areaId: grants.get(p.grant_id)?.area_id ?? null,
      amountCents: p.amount_cents,
    });
}

/** The demo's active initiatives with their organisers and partners, liveliest first. */
async function demoInitiatives(context: DemoContext): Promise<DemoInitiative[]> {
  const rows = await context.db
    .selectFrom('initiatives')
    .select(['id', 'title', 'domain', 'primary_area_id', 'created_at', 'support_count'])
    .where('hidden_at', 'is', null)
    .where('status', 'in', ['active', 'sustained'])
    .orderBy('support_count', 'desc')
    .orderBy('id')
    .execute();
  const organisers = await context.db
    .selectFrom('initiative_members')
    .select(['initiative_id', 'account_id'])
    .where('status', '=', 'active')
    .where('role', 'in', ['initiator', 'organiser'])
    .where('account_id', 'is not', null)
    .orderBy('initiative_id')
    .orderBy('account_id')
    .execute();
  const partners = await context.db
    .selectFrom('initiative_partners')
    .select(['initiative_id', 'organisation_id'])
    .where('status', '=', 'confirmed')
    .orderBy('initiative_id')
    .orderBy('organisation_id')
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      title: row.title,
      domain: row.domain,
      areaId: row.primary_area_id,
      createdAt: row.created_at,
      organisers: organisers.filter((o) => o.initiative_id === row.id).map((o) => o.account_id!),
      partners: partners.filter((p) => p.initiative_id === row.id).map((p) => p.organisation_id),
    }))
    .filter((i) => i.organisers.length > 0);
}

/** The advice service on the generator's transaction, through the other modules' ports built on it. */
function adviceServiceOn(context: DemoContext) {
  const areas = createAreasService(context.db);
  const refuse = () => {
    throw new Error('The demo step only computes advice.');
  };
  const deps: SteeringDeps = {
    db: context.db,
    clock: { now: () => context.options.asOf },
    ids: context.ids('steering-advice'),
    audit: refuse,
    activity: refuse,
    areas,
    accounts: { displayNames: refuse, staffFor: refuse },
    initiatives: createInitiativesPort(context.db),
    monitor: createMonitorPort({ db: context.db, areas, minResidents: DEFAULT_SETTINGS.monitor.minResidents }),
    notify: refuse,
  };
  return createAdviceService(deps, createSteeringContext(deps));
}
