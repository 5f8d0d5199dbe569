import type { InitiativeStatus } from '../../../../contracts/initiatives.ts';
import { DEFAULT_SETTINGS } from '../initiatives.deps.ts';
import { DEPARTMENTS, OFFLINE_INITIATORS, RESPONSES, STOP_REASONS, type InitiativeTemplate } from './demo-data.ts';
import { DAY, HIDDEN, sample, type DemoTools } from './demo-rows.ts';
import type { InitiativeMembersTable, InitiativeNeedsTable, InitiativesTable } from '../initiatives.tables.ts';
import { unitOf } from '../needs/needs-rules.ts';
import { searchTerms } from '../search-terms.ts';

export interface InitiativePlan {
  template: InitiativeTemplate;
  title: string;
  areaIds: string[];
  createdMs: number;
  /** Null: registered by the professional for a resident who is not online. */
  initiatorId: string | null;
  professionalId: string;
  civilServantId: string | null;
  /** Residents of the neighbourhood who may join, pledge and sign up. */
  neighbours: string[];
  /** Verified residents of its neighbourhoods, with when they were verified. */
  verified: Array<{ id: string; at: number; areaId: string }>;
  /** Demo accounts that should find themselves in it. */
  alsoOrganiser?: string | undefined;
  alsoMember?: string | undefined;
  partner?: { organisationId: string; adminId: string } | undefined;
  /** How many verified residents support it (capped by who is verified). */
  supporters: number;
}

/** One initiative with its history, people, needs and pledges, news, activities and support. */
export function buildInitiative(tools: DemoTools, plan: InitiativePlan): void {
  const { random, id, at, rows, event } = tools;
  const { template } = plan;
  const primary = plan.areaIds[0]!;
  const domain = template.domain;
  const initiative: InitiativesTable = {
    id: id(),
    title: plan.title,
    summary: template.summary,
    description: template.description,
    domain,
    status: 'idea',
    stop_reason: null,
    primary_area_id: primary,
    created_by: plan.initiatorId ?? plan.professionalId,
    registered_on_behalf: plan.initiatorId ? 0 : 1,
    support_count: 0,
    created_at: at(plan.createdMs),
    updated_at: at(plan.createdMs),
    ...HIDDEN,
  };
  const subject = { type: 'initiative', id: initiative.id };
  rows.initiatives.push(initiative);
  for (const area_id of plan.areaIds) rows.areas.push({ initiative_id: initiative.id, area_id });
  for (const term of searchTerms(initiative.title, initiative.summary, initiative.description))
    rows.terms.push({ subject_type: 'initiative', term, subject_id: initiative.id });

  // Lifecycle: most ideas become active within weeks; older ones may be sustained, a few stop.
  const age = (tools.asOf - plan.createdMs) / DAY;
  const moves: Array<[InitiativeStatus, number, string | null]> = [['idea', plan.createdMs, null]];
  if (age > 30 && random.chance(0.85)) {
    const activeMs = plan.createdMs + random.int(5, 25) * DAY;
    moves.push(['active', activeMs, null]);
    if (age > 220 && random.chance(0.5)) moves.push(['sustained', activeMs + random.int(150, 190) * DAY, null]);
    else if (age > 90 && random.chance(0.1))
      moves.push(['stopped', activeMs + random.int(40, 80) * DAY, random.pick(STOP_REASONS)]);
  }
  const organiserId = plan.initiatorId ?? plan.professionalId;
  let from: InitiativeStatus | null = null;
  for (const [to, ms, reason] of moves) {
    rows.changes.push({
      id: id(),
      initiative_id: initiative.id,
      from_status: from,
      to_status: to,
      reason,
      changed_by: organiserId,
      changed_at: at(ms),
    });
    if (from)
      event(
        to === 'stopped' ? 'initiative.stopped' : to === 'sustained' ? 'initiative.sustained' : 'initiative.activated',
        organiserId,
        subject,
        primary,
        domain,
        at(ms),
      );
    from = to;
  }
  const [last] = moves.slice(-1);
  initiative.status = last![0];
  initiative.stop_reason = last![2];
  initiative.updated_at = at(last![1]);
  const stoppedMs = initiative.status === 'stopped' ? last![1] : null;
  const openUntil = stoppedMs ?? tools.asOf;
  const offlineId = plan.initiatorId ? null : id();
  event('initiative.created', organiserId, subject, primary, domain, initiative.created_at, {
    on_behalf_of_id: offlineId,
  });

  // People: the initiator (or a resident by name, with the professional organising), organisers, members, a request or two.
  const member = (
    accountId: string | null,
    role: InitiativeMembersTable['role'],
    joinedMs: number,
    extra: Partial<InitiativeMembersTable> = {},
  ): InitiativeMembersTable => {
    const row: InitiativeMembersTable = {
      id: id(),
      initiative_id: initiative.id,
      account_id: accountId,
      offline_name: null,
      role,
      status: 'active',
      message: null,
      contact: accountId && random.chance(0.3) ? `06-${random.int(10_000_000, 99_999_999)}` : null,
      added_by: null,
      requested_at: at(joinedMs),
      decided_at: at(joinedMs),
      decided_by: organiserId,
      ...extra,
    };
    rows.members.push(row);
    return row;
  };
  if (plan.initiatorId) member(plan.initiatorId, 'initiator', plan.createdMs);
  else {
    member(null, 'initiator', plan.createdMs, {
      id: offlineId ?? id(),
      offline_name: random.pick(OFFLINE_INITIATORS),
      added_by: plan.professionalId,
      contact: null,
    });
    member(plan.professionalId, 'organiser', plan.createdMs);
  }
  const people = sample(
    random,
    plan.neighbours.filter((n) => n !== plan.initiatorId && n !== plan.alsoOrganiser && n !== plan.alsoMember),
    random.int(2, 12),
  );
  const active: string[] = [organiserId];
  for (const [index, accountId] of people.entries()) {
    const joinedMs = plan.createdMs + random.next() * Math.max(1, openUntil - plan.createdMs);
    if (index >= people.length - 1 && random.chance(0.5) && !stoppedMs) {
      member(accountId, 'member', tools.asOf - random.int(1, 6) * DAY, {
        status: 'requested',
        decided_at: null,
        decided_by: null,
        message: 'Ik wil graag meehelpen.',
      });
      continue;
    }
    member(accountId, index === 0 ? 'organiser' : 'member', joinedMs);
    event('initiative.joined', accountId, subject, primary, domain, at(joinedMs));
    active.push(accountId);
  }
  if (plan.alsoOrganiser) {
    member(plan.alsoOrganiser, 'organiser', plan.createdMs + DAY);
    active.push(plan.alsoOrganiser);
  }
  if (plan.alsoMember) {
    member(plan.alsoMember, 'member', plan.createdMs + 2 * DAY);
    event('initiative.joined', plan.alsoMember, subject, primary, domain, at(plan.createdMs + 2 * DAY));
    active.push(plan.alsoMember);
  }

  buildNeeds(tools, initiative, plan, active, openUntil, stoppedMs);
  buildNewsAndActivities(tools, initiative, plan, active, openUntil, stoppedMs);
  buildSupport(tools, initiative, plan, stoppedMs);
  if (plan.partner) {
    const partnerMs = plan.createdMs + random.int(3, 30) * DAY;
    rows.partners.push({
      initiative_id: initiative.id,
      organisation_id: plan.partner.organisationId,
      status: 'confirmed',
      proposed_by: organiserId,
      proposed_at: at(partnerMs),
      confirmed_at: at(partnerMs + DAY),
      confirmed_by: plan.partner.adminId,
    });
    event('initiative.partnered', plan.partner.adminId, subject, primary, domain, at(partnerMs + DAY), {
      organisation_id: plan.partner.organisationId,
    });
  }
}

function buildNeeds(
  tools: DemoTools,
  initiative: InitiativesTable,
  plan: InitiativePlan,
  active: string[],
  openUntil: number,
  stoppedMs: number | null,
): void {
  const { random, id, at, rows, event } = tools;
  const pledgers = [...new Set([...active, ...sample(random, plan.neighbours, 8)])];
  for (const template of plan.template.needs) {
    const createdMs = plan.createdMs + random.int(1, 10) * DAY;
    const unit = unitOf(template.kind);
    const needed = unit === 'cents' ? template.quantity * 100 : unit === 'offer' ? 1 : template.quantity;
    const startsMs =
      template.kind === 'volunteers'
        ? stoppedMs
          ? createdMs + 20 * DAY
          : Math.max(createdMs + 14 * DAY, tools.asOf + random.int(-40, 30) * DAY)
        : null;
    const need: InitiativeNeedsTable = {
      id: id(),
      initiative_id: initiative.id,
      kind: template.kind,
      title: template.title,
      description: '',
      unit: template.unit ?? null,
      quantity_needed: needed,
      quantity_pledged: 0,
      quantity_delivered: 0,
      starts_at: startsMs === null ? null : new Date(startsMs).toISOString(),
      ends_at: null,
      closed_at: stoppedMs ? at(stoppedMs) : null,
      created_by: initiative.created_by,
      created_at: at(createdMs),
      ...HIDDEN,
    };
    rows.needs.push(need);
    tools.event(
      'need.posted',
      initiative.created_by,
      { type: 'need', id: need.id },
      initiative.primary_area_id,
      initiative.domain,
      need.created_at,
      unit === 'cents' ? { amount_cents: needed } : {},
    );
    // Pledges up to a random share of what is needed, never more; older ones mostly delivered.
    const target = Math.floor(needed * Math.min(1, 0.2 + random.next() * 1.1));
    for (const accountId of pledgers) {
      const left = target - need.quantity_pledged;
      if (left <= 0) break;
      const quantity =
        unit === 'cents'
          ? Math.min(left, random.int(5, 60) * 500)
          : unit === 'offer'
            ? 1
            : Math.min(left, random.int(1, Math.max(2, Math.ceil(needed / 4))));
      const madeMs = createdMs + random.next() * Math.max(DAY, openUntil - createdMs);
      const dueMs = startsMs ?? madeMs + random.int(5, 30) * DAY;
      const delivered = dueMs < tools.asOf && random.chance(0.8);
      const hours =
        template.kind === 'volunteers' ? random.int(2, 7) : template.kind === 'expertise' ? random.int(2, 10) : null;
      const pledge = {
        id: id(),
        need_id: need.id,
        initiative_id: initiative.id,
        account_id: accountId,
        organisation_id: null,
        quantity,
        hours,
        note: null,
        status: delivered ? ('delivered' as const) : ('made' as const),
        created_at: at(madeMs),
        delivered_at: delivered ? at(dueMs) : null,
        delivered_by: delivered ? initiative.created_by : null,
        withdrawn_at: null,
      };
      rows.pledges.push(pledge);
      need.quantity_pledged += quantity;
      const numbers = {
        hours: hours === null ? null : hours * quantity,
        amount_cents: unit === 'cents' ? quantity : null,
      };
      event(
        'pledge.made',
        accountId,
        { type: 'pledge', id: pledge.id },
        initiative.primary_area_id,
        initiative.domain,
        pledge.created_at,
        numbers,
      );
      if (delivered) {
        need.quantity_delivered += quantity;
        event(
          'pledge.delivered',
          accountId,
          { type: 'pledge', id: pledge.id },
          initiative.primary_area_id,
          initiative.domain,
          at(dueMs),
          numbers,
        );
      }
    }
  }
}

function buildNewsAndActivities(
  tools: DemoTools,
  initiative: InitiativesTable,
  plan: InitiativePlan,
  active: string[],
  openUntil: number,
  stoppedMs: number | null,
): void {
  const { random, id, at, rows, event } = tools;
  for (const title of plan.template.updates) {
    const ms = plan.createdMs + random.next() * Math.max(DAY, openUntil - plan.createdMs);
    const update = {
      id: id(),
      initiative_id: initiative.id,
      author_id: initiative.created_by,
      title,
      body: `${title}. Dank aan iedereen die meehielp!`,
      created_at: at(ms),
      ...HIDDEN,
    };
    rows.updates.push(update);
    event(
      'update.published',
      initiative.created_by,
      { type: 'update', id: update.id },
      initiative.primary_area_id,
      initiative.domain,
      update.created_at,
    );
  }
  const dates = [
    plan.createdMs + random.int(20, 60) * DAY,
    ...(stoppedMs ? [] : [tools.asOf + random.int(3, 40) * DAY]),
  ];
  for (const startsMs of dates) {
    if (startsMs < plan.createdMs + DAY || (stoppedMs && startsMs > stoppedMs)) continue;
    const capacity = random.int(6, 30);
    const activity = {
      id: id(),
      initiative_id: initiative.id,
      title: plan.template.activity,
      description: '',
      place: 'Het buurthuis',
      starts_at: new Date(startsMs).toISOString(),
      ends_at: new Date(startsMs + 2 * 3_600_000).toISOString(),
      capacity,
      seats_taken: 0,
      cancelled_at: null,
      created_by: initiative.created_by,
      created_at: at(plan.createdMs + DAY),
      ...HIDDEN,
    };
    rows.activities.push(activity);
    event(
      'activity.planned',
      initiative.created_by,
      { type: 'activity', id: activity.id },
      initiative.primary_area_id,
      initiative.domain,
      activity.created_at,
    );
    const past = startsMs < tools.asOf;
    const people = sample(random, [...new Set([...active, ...plan.neighbours])], random.int(3, capacity + 5));
    for (const [index, accountId] of people.entries()) {
      const confirmed = index < capacity;
      const signedMs = Math.min(
        startsMs - DAY,
        plan.createdMs + DAY + random.next() * (startsMs - plan.createdMs - 2 * DAY),
      );
      if (!confirmed && past) continue;
      if (confirmed) activity.seats_taken += 1;
      const attended = past && confirmed ? (random.chance(0.85) ? 1 : 0) : null;
      rows.signUps.push({
        id: id(),
        activity_id: activity.id,
        account_id: accountId,
        status: confirmed ? 'confirmed' : 'waiting',
        queued_at: at(signedMs),
        created_at: at(signedMs),
        cancelled_at: null,
        attended,
        attendance_recorded_at: attended === null ? null : at(startsMs + 3 * 3_600_000),
        attendance_recorded_by: attended === null ? null : initiative.created_by,
      });
      event(
        confirmed ? 'activity.signed-up' : 'activity.waitlisted',
        accountId,
        { type: 'activity', id: activity.id },
        initiative.primary_area_id,
        initiative.domain,
        at(signedMs),
      );
      if (attended === 1)
        event(
          'activity.attended',
          accountId,
          { type: 'activity', id: activity.id },
          initiative.primary_area_id,
          initiative.domain,
          at(startsMs + 3 * 3_600_000),
        );
    }
  }
}

function buildSupport(
  tools: DemoTools,
  initiative: InitiativesTable,
  plan: InitiativePlan,
  stoppedMs: number | null,
): void {
  const { random, at, rows, event } = tools;
  const until = stoppedMs ?? tools.asOf;
  const eligible = plan.verified.filter((v) => v.at < until);
  const chosen = sample(random, eligible, plan.supporters)
    .map((v) => ({
      ...v,
      ms: Math.max(v.at, plan.createdMs) + random.next() * (until - Math.max(v.at, plan.createdMs)),
    }))
    .sort((a, b) => a.ms - b.ms);
  for (const support of chosen) {
    rows.supports.push({
      initiative_id: initiative.id,
      account_id: support.id,
      area_id: support.areaId,
      created_at: at(support.ms),
    });
    event(
      'initiative.supported',
      support.id,
      { type: 'initiative', id: initiative.id },
      support.areaId,
      initiative.domain,
      at(support.ms),
    );
  }
  initiative.support_count = chosen.length;
  const reached = chosen[DEFAULT_SETTINGS.supportThreshold - 1];
  if (!reached) return;
  // The response duty: most answered in time, some late, some still open (due soon or overdue).
  const dueMs = reached.ms + DEFAULT_SETTINGS.responseDeadlineDays * DAY;
  const roll = random.next();
  const answerMs =
    roll < 0.6
      ? reached.ms + random.int(7, 40) * DAY
      : roll < 0.8
        ? dueMs + random.int(2, 25) * DAY
        : Number.POSITIVE_INFINITY;
  const answered = answerMs < tools.asOf;
  const department = random.pick(DEPARTMENTS);
  const responsible = answered || random.chance(0.6) ? plan.civilServantId : null;
  rows.duties.push({
    initiative_id: initiative.id,
    area_id: initiative.primary_area_id,
    reached_at: at(reached.ms),
    due_at: new Date(dueMs).toISOString(),
    department: responsible || answered ? department : null,
    responsible_account_id: responsible,
    assigned_at: responsible ? at(reached.ms + 2 * DAY) : null,
    response_text: answered ? random.pick(RESPONSES) : null,
    responded_at: answered ? at(answerMs) : null,
    responded_by: answered ? plan.civilServantId : null,
    late: answered ? (answerMs > dueMs ? 1 : 0) : null,
  });
  event(
    'initiative.threshold-reached',
    null,
    { type: 'initiative', id: initiative.id },
    initiative.primary_area_id,
    initiative.domain,
    at(reached.ms),
  );
  if (answered)
    event(
      'initiative.responded',
      plan.civilServantId,
      { type: 'initiative', id: initiative.id },
      initiative.primary_area_id,
      initiative.domain,
      at(answerMs),
    );
}
