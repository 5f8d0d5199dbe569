import type { InitiativeStatus } from '../../../../contracts/initiatives.ts';
import type { ActivityVerb } from '../../activity/activity-verbs.ts';
import { DEFAULT_SETTINGS } from '../initiatives.deps.ts';
import type { InitiativeMembersTable, InitiativesTable } from '../initiatives.tables.ts';
import { statusVerb } from '../lifecycle.ts';
import { searchTerms } from '../search-terms.ts';
import { DEPARTMENTS, OFFLINE_INITIATORS, RESPONSES, STOP_REASONS, type InitiativeTemplate } from './demo-data.ts';
import { buildNeeds, buildNews } from './demo-needs.ts';
import { DAY, HIDDEN, sample, type DemoTools } from './demo-rows.ts';
import { buildSessions } from './demo-sessions.ts';

export interface DemoPartner {
  organisationId: string;
  adminId: string;
  /** When the organisation joined the platform. */
  since: number;
}

export interface InitiativePlan {
  template: InitiativeTemplate;
  title: string;
  areaIds: string[];
  createdMs: number;
  /** Null: registered by the professional for a resident who is not online. */
  initiatorId: string | null;
  professionalId: string;
  civilServantId: string | null;
  /** Residents of the neighbourhood who may join, pledge and come to activities. */
  neighbours: readonly string[];
  /** Residents elsewhere in the district, who now and then come to an activity. */
  visitors: readonly string[];
  /** Verified residents of its neighbourhoods, with when they were verified. */
  verified: ReadonlyArray<{ id: string; at: number; areaId: string }>;
  /** Demo accounts that should find themselves in it. */
  alsoOrganiser?: string | undefined;
  alsoMember?: string | undefined;
  partner?: DemoPartner | undefined;
  /** How many verified residents support it (capped by who is verified). */
  supporters: number;
  /** So even a small town shows every kind of event: one initiative restarts, one partnership ends. */
  showcase?: 'restart' | 'end-partnership' | undefined;
}

/** What the parts of an initiative's history share. */
export interface InitiativeLife {
  initiative: InitiativesTable;
  plan: InitiativePlan;
  /** The resident who organises day to day (the initiator, or a resident organiser when it was registered for someone offline). */
  lead: string;
  /** Members with an account who stayed. */
  active: string[];
  /** When it was active or sustained: activities happen then. */
  running: Array<[number, number]>;
  /** When it stopped for good (not restarted), else null. */
  stoppedMs: number | null;
}

/** One initiative with its history, people, needs and pledges, news, activities and support. */
export function buildInitiative(tools: DemoTools, plan: InitiativePlan): void {
  const { random, id, iso, rows, event, happened } = tools;
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
    created_at: iso(plan.createdMs),
    updated_at: iso(plan.createdMs),
    ...HIDDEN,
  };
  const subject = { type: 'initiative', id: initiative.id };
  rows.initiatives.push(initiative);
  for (const area_id of plan.areaIds) rows.areas.push({ initiative_id: initiative.id, area_id });
  for (const term of searchTerms(initiative.title, initiative.summary, initiative.description))
    rows.terms.push({ subject_type: 'initiative', term, subject_id: initiative.id });
  const offlineId = plan.initiatorId ? null : id();
  event('initiative.created', initiative.created_by, subject, primary, domain, plan.createdMs, {
    onBehalfOfId: offlineId,
  });

  const people = sample(
    random,
    plan.neighbours.filter((n) => n !== plan.initiatorId && n !== plan.alsoOrganiser && n !== plan.alsoMember),
    random.int(2, 12),
  );
  // Someone offline cannot organise online: a resident organiser does the day-to-day work.
  const lead = plan.initiatorId ?? people[0] ?? plan.professionalId;

  // Lifecycle: most ideas become active within weeks; later some are sustained (and start a new
  // season), a few stop (and some of those restart).
  const moves: Array<{ to: InitiativeStatus; at: number; reason: string | null }> = [];
  let at = plan.createdMs;
  const move = (to: InitiativeStatus, days: number, reason: string | null = null) => {
    at += days * DAY;
    moves.push({ to, at, reason });
  };
  if (plan.showcase === 'restart') {
    move('active', random.int(5, 25));
    move('stopped', random.int(40, 80), random.pick(STOP_REASONS));
    move('active', random.int(30, 60));
  } else if (random.chance(0.85)) {
    move('active', random.int(5, 25));
    const roll = random.next();
    if (roll < 0.45) {
      move('sustained', random.int(150, 190));
      if (random.chance(0.25)) move('active', random.int(60, 120));
    } else if (roll < 0.57) {
      move('stopped', random.int(40, 200), random.pick(STOP_REASONS));
      if (random.chance(0.35)) move('active', random.int(30, 120));
    }
  } else if (random.chance(0.2)) move('stopped', random.int(30, 90), random.pick(STOP_REASONS));
  let from: InitiativeStatus = 'idea';
  let runningSince: number | null = null;
  const running: Array<[number, number]> = [];
  rows.changes.push(change(initiative, null, 'idea', null, initiative.created_by, plan.createdMs, id, iso));
  for (const step of moves) {
    if (!happened(step.at)) break;
    rows.changes.push(change(initiative, from, step.to, step.reason, lead, step.at, id, iso));
    event(statusVerb(from, step.to) as ActivityVerb, lead, subject, primary, domain, step.at);
    if (step.to === 'stopped' && runningSince !== null) running.push([runningSince, step.at]);
    if (step.to === 'stopped') runningSince = null;
    else if (runningSince === null && step.to !== 'idea') runningSince = step.at;
    from = step.to;
    initiative.status = step.to;
    initiative.stop_reason = step.reason;
    initiative.updated_at = iso(step.at);
  }
  if (runningSince !== null) running.push([runningSince, Infinity]);
  const stoppedMs = initiative.status === 'stopped' ? Date.parse(initiative.updated_at) : null;
  const openUntil = stoppedMs ?? tools.asOf;

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
      requested_at: iso(joinedMs),
      decided_at: iso(joinedMs),
      decided_by: initiative.created_by,
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
  const active: string[] = plan.initiatorId ? [plan.initiatorId] : [];
  for (const [index, accountId] of people.entries()) {
    const joinedMs = index === 0 ? plan.createdMs : plan.createdMs + random.next() * (openUntil - plan.createdMs);
    if (index > 0 && index >= people.length - 1 && random.chance(0.5) && !stoppedMs) {
      member(accountId, 'member', tools.asOf - random.int(1, 6) * DAY, {
        status: 'requested',
        decided_at: null,
        decided_by: null,
        message: 'Ik wil graag meehelpen.',
      });
      continue;
    }
    const row = member(accountId, index === 0 ? 'organiser' : 'member', joinedMs);
    event('initiative.joined', accountId, subject, primary, domain, joinedMs);
    // Some members move on; organisers stay, so there always is one.
    const leftMs = joinedMs + random.next() * (openUntil - joinedMs);
    if (index > 0 && random.chance(0.12) && leftMs > joinedMs + DAY && happened(leftMs)) {
      Object.assign(row, { status: 'left', decided_at: iso(leftMs), decided_by: accountId });
      event('initiative.left', accountId, subject, primary, domain, leftMs);
      continue;
    }
    active.push(accountId);
  }
  for (const [accountId, role, days] of [
    [plan.alsoOrganiser, 'organiser', 1],
    [plan.alsoMember, 'member', 2],
  ] as const) {
    if (!accountId) continue;
    member(accountId, role, plan.createdMs + days * DAY);
    event('initiative.joined', accountId, subject, primary, domain, plan.createdMs + days * DAY);
    active.push(accountId);
  }

  const life: InitiativeLife = { initiative, plan, lead, active, running, stoppedMs };
  const partnership = buildPartnership(tools, life);
  buildNeeds(tools, life, partnership);
  buildNews(tools, life);
  buildSessions(tools, life);
  buildSupport(tools, life);
}

function change(
  initiative: InitiativesTable,
  from: InitiativeStatus | null,
  to: InitiativeStatus,
  reason: string | null,
  by: string,
  at: number,
  id: () => string,
  iso: (ms: number) => string,
) {
  return {
    id: id(),
    initiative_id: initiative.id,
    from_status: from,
    to_status: to,
    reason,
    changed_by: by,
    changed_at: iso(at),
  };
}

/** A partner organisation confirms within weeks; now and then a partnership ends. Returns when it held. */
function buildPartnership(tools: DemoTools, life: InitiativeLife): { from: number; until: number } | null {
  const { random, iso, rows, event, happened } = tools;
  const { initiative, plan, lead } = life;
  const partner = plan.partner;
  const proposedMs = plan.createdMs + random.int(3, 30) * DAY;
  const confirmedMs = proposedMs + DAY;
  if (!partner || partner.since > proposedMs || !happened(confirmedMs)) return null;
  const subject = { type: 'initiative', id: initiative.id };
  const where = [initiative.primary_area_id, initiative.domain] as const;
  rows.partners.push({
    initiative_id: initiative.id,
    organisation_id: partner.organisationId,
    status: 'confirmed',
    proposed_by: lead,
    proposed_at: iso(proposedMs),
    confirmed_at: iso(confirmedMs),
    confirmed_by: partner.adminId,
  });
  event('initiative.partnered', partner.adminId, subject, ...where, confirmedMs, {
    organisationId: partner.organisationId,
  });
  const endedMs = confirmedMs + random.int(60, 300) * DAY;
  const ends = plan.showcase === 'end-partnership' || random.chance(0.12);
  if (!ends || !happened(endedMs)) return { from: confirmedMs, until: Infinity };
  rows.partners.at(-1)!.status = 'ended';
  // Either side may end it: the initiative's organiser, or the organisation through its administrator.
  const byOrganisation = random.chance(0.5);
  event('partnership.ended', byOrganisation ? partner.adminId : lead, subject, ...where, endedMs, {
    organisationId: byOrganisation ? partner.organisationId : null,
  });
  return { from: confirmedMs, until: endedMs };
}

/**
 * Support from verified residents after they were verified; a few withdraw theirs again (only where
 * support stays below the threshold, so a response duty always matches the count). Past the
 * threshold the municipality owes a response: most answered in time, some late, some still open.
 */
function buildSupport(tools: DemoTools, life: InitiativeLife): void {
  const { random, iso, rows, event, happened } = tools;
  const { initiative, plan, stoppedMs } = life;
  const until = stoppedMs ?? tools.asOf;
  const eligible = plan.verified.filter((v) => v.at < until);
  const popular = plan.supporters >= DEFAULT_SETTINGS.supportThreshold;
  const chosen = sample(random, eligible, plan.supporters)
    .map((v) => ({
      ...v,
      ms: Math.max(v.at, plan.createdMs) + random.next() * (until - Math.max(v.at, plan.createdMs)),
    }))
    .sort((a, b) => a.ms - b.ms);
  const subject = { type: 'initiative', id: initiative.id };
  for (const support of chosen) {
    event('initiative.supported', support.id, subject, support.areaId, initiative.domain, support.ms);
    const withdrawnMs = support.ms + random.int(1, 60) * DAY;
    if (!popular && random.chance(0.08) && happened(withdrawnMs)) {
      event('initiative.support-withdrawn', support.id, subject, support.areaId, initiative.domain, withdrawnMs);
      continue;
    }
    rows.supports.push({
      initiative_id: initiative.id,
      account_id: support.id,
      area_id: support.areaId,
      created_at: iso(support.ms),
    });
    initiative.support_count += 1;
  }
  const reached = popular ? chosen[DEFAULT_SETTINGS.supportThreshold - 1] : undefined;
  if (!reached) return;
  const dueMs = reached.ms + DEFAULT_SETTINGS.responseDeadlineDays * DAY;
  const roll = random.next();
  const answerMs =
    roll < 0.6
      ? reached.ms + random.int(7, 40) * DAY
      : roll < 0.8
        ? dueMs + random.int(2, 25) * DAY
        : Number.POSITIVE_INFINITY;
  const answered = happened(answerMs);
  const department = random.pick(DEPARTMENTS);
  const responsible = answered || random.chance(0.6) ? plan.civilServantId : null;
  rows.duties.push({
    initiative_id: initiative.id,
    area_id: initiative.primary_area_id,
    reached_at: iso(reached.ms),
    due_at: iso(dueMs),
    department: responsible || answered ? department : null,
    responsible_account_id: responsible,
    assigned_at: responsible ? iso(Math.min(reached.ms + 2 * DAY, tools.asOf - 60_000)) : null,
    response_text: answered ? random.pick(RESPONSES) : null,
    responded_at: answered ? iso(answerMs) : null,
    responded_by: answered ? plan.civilServantId : null,
    late: answered ? (answerMs > dueMs ? 1 : 0) : null,
  });
  event('initiative.threshold-reached', null, subject, initiative.primary_area_id, initiative.domain, reached.ms);
  if (answered)
    event(
      'initiative.responded',
      plan.civilServantId,
      subject,
      initiative.primary_area_id,
      initiative.domain,
      answerMs,
    );
}
