import { helpKinds, weekdays, dayParts, type HelpKind, type Slot } from '../../../contracts/help.ts';
import { DAY, HOUR } from '../../platform/demo/calendar.ts';
import type { DemoContext, GeneratorStep } from '../../platform/demo/generator.ts';
import type { Random } from '../../platform/demo/random.ts';
import { correctionsAndGifts, createDemoLedger, type DemoBooking, type DemoLedger } from './help-timebank.demo-step.ts';
import type {
  HelpInvitationsTable,
  HelpOfferAreasTable,
  HelpOffersTable,
  HelpRecipientsTable,
  HelpRequestsTable,
  HelpVogTable,
} from './help.tables.ts';

/** Offers made over the last year and a half, by a few percent of residents (more where it is lively). */
const OFFER_SHARE = 0.03;
const OFFER_DAYS = 540;
/** Requests per resident per year, times the neighbourhood's liveliness and the activity multiplier. */
const REQUESTS_PER_RESIDENT = 0.07;
const ESCALATION_MS = 48 * HOUR;
// Errands and company are asked most; paperwork and digital help follow (as in Dutch time banks).
const KIND_WEIGHTS: Record<HelpKind, number> = {
  company: 5,
  errands: 5,
  transport: 3,
  odd_jobs: 3,
  digital: 3,
  paperwork: 2,
  meal: 2,
  other: 1,
};
const TITLES: Record<HelpKind, string[]> = {
  company: ['Een kop koffie en een praatje', 'Samen een wandeling maken', 'Wekelijks bezoek'],
  errands: ['Boodschappen doen', 'Medicijnen ophalen bij de apotheek', 'Pakketje naar het postpunt brengen'],
  transport: ['Rit naar het ziekenhuis', 'Vervoer naar de huisarts', 'Meerijden naar de markt'],
  odd_jobs: ['Lamp ophangen', 'Heg knippen', 'Kast in elkaar zetten'],
  digital: ['Hulp met DigiD', 'Videobellen met de kleinkinderen instellen', 'Nieuwe telefoon instellen'],
  paperwork: ['Hulp bij een formulier van de gemeente', 'Post doorlopen', 'Toeslag aanvragen'],
  meal: ['Een warme maaltijd', 'Samen koken', 'Soep brengen'],
  other: ['Kat voeren tijdens vakantie', 'Plantjes water geven', 'Even meedenken'],
};
const RECIPIENT_NAMES = [
  'Mevrouw De Vries',
  'Meneer Jansen',
  'Mevrouw Bakker',
  'Meneer Visser',
  'Mevrouw Smit',
  'Meneer Mulder',
  'Mevrouw De Boer',
];

interface Helper {
  id: string;
  since: number;
}

/**
 * A year of help for the demo municipality: offers by a few percent of residents, requests all
 * year round (more in lively neighbourhoods), each living through what the real flow records —
 * invited, accepted or declined, escalated to the team after 48 hours, cancelled, closed and
 * booked in the time bank — up to `asOf`, so the newest are still open, invited or matched.
 * Residents who are not online are asked for by the professional; a few bookings are corrected,
 * and residents pass earned hours on as gifts.
 */
export const helpDemoStep: GeneratorStep = {
  name: 'help',
  async run(context) {
    const random = context.random('help');
    const ids = context.ids('help');
    const { state } = context;
    const asOf = context.options.asOf.getTime();
    const professional = state.demoAccounts.get('professional');
    const { ids: residents, neighbourhood } = state.residents;
    if (!professional || residents.length === 0 || state.neighbourhoods.length === 0) return;

    // Offers: helpers per neighbourhood, each with what, when and how often.
    const helpersIn = state.neighbourhoods.map(() => [] as Helper[]);
    const residentsIn = state.neighbourhoods.map(() => [] as string[]);
    const offers: HelpOffersTable[] = [];
    const offerAreas: HelpOfferAreasTable[] = [];
    const vog: HelpVogTable[] = [];
    const verified = state.demoAccounts.get('verifiedResident');
    const kindsByWeight = helpKinds.flatMap((k) => Array<HelpKind>(KIND_WEIGHTS[k]).fill(k));
    residents.forEach((accountId, i) => {
      const home = neighbourhood[i] ?? 0;
      residentsIn[home]!.push(accountId);
      const area = state.neighbourhoods[home]!;
      const isDemo = accountId === verified;
      if (!isDemo && !random.chance(Math.min(0.15, OFFER_SHARE * area.liveliness))) return;
      const kinds = [
        ...new Set([
          random.pick(kindsByWeight),
          random.pick(kindsByWeight),
          ...(isDemo ? (['company', 'errands'] as const) : []),
        ]),
      ];
      const slots: Slot[] = [];
      for (let s = random.int(2, 7); s > 0; s--)
        slots.push({ day: random.pick(weekdays), part: random.pick(dayParts) });
      const unique = [...new Map(slots.map((s) => [`${s.day}-${s.part}`, s])).values()];
      const at = isDemo ? asOf - 200 * DAY : context.calendar.moment(random, asOf - OFFER_DAYS * DAY, asOf);
      const offer: HelpOffersTable = {
        id: ids(),
        helper_id: accountId,
        kinds_json: JSON.stringify(kinds),
        description: '',
        availability_json: JSON.stringify(unique),
        max_per_week: random.int(1, 5),
        active: 1,
        created_at: new Date(at).toISOString(),
      };
      offers.push(offer);
      offerAreas.push({ offer_id: offer.id, area_id: area.id });
      helpersIn[home]!.push({ id: accountId, since: at });
      context.activity.record({
        verb: 'help.offered',
        actorId: accountId,
        subjectType: 'help_offer',
        subjectId: offer.id,
        areaId: area.id,
        domain: 'care_and_wellbeing',
        at,
      });
      if (isDemo || random.chance(0.3)) {
        vog.push({
          account_id: accountId,
          status: 'valid',
          issued_on: context.daysAgo(400).slice(0, 10),
          expires_on: context.daysAgo(-(365 * 3)).slice(0, 10),
          recorded_by: professional,
          recorded_at: context.daysAgo(300),
        });
      }
    });
    await context.insert('help_offers', offers);
    await context.insert('help_offer_areas', offerAreas);
    await context.insert('help_vog', vog);

    // Residents who are not online, kept by the neighbourhood team.
    const recipients: HelpRecipientsTable[] = state.neighbourhoods.flatMap((area) =>
      Array.from({ length: Math.max(1, Math.round(area.population / 1_000)) }, () => ({
        id: ids(),
        area_id: area.id,
        name: random.pick(RECIPIENT_NAMES),
        address: null,
        phone: null,
        vulnerable: 1,
        professional_id: professional,
        created_at: context.daysAgo(400),
      })),
    );
    await context.insert('help_recipients', recipients);
    const recipientsIn = state.neighbourhoods.map((area) => recipients.filter((r) => r.area_id === area.id));

    const ledger = createDemoLedger(ids);
    const bookings: DemoBooking[] = [];
    let requests: HelpRequestsTable[] = [];
    let invitations: HelpInvitationsTable[] = [];
    for (const [home, area] of state.neighbourhoods.entries()) {
      const count = Math.round(area.population * REQUESTS_PER_RESIDENT * area.liveliness * context.multiplier);
      for (let n = 0; n < count; n++) {
        const onBehalf = random.chance(0.1) ? random.pick(recipientsIn[home]!) : undefined;
        const requesterId = onBehalf ? null : random.pick(residentsIn[home]!);
        const life = liveRequest(context, random, ids, ledger, {
          areaId: area.id,
          districtIndex: area.districtIndex,
          requesterId,
          recipientId: onBehalf?.id ?? null,
          professional,
          helpers: helpersIn[home]!,
          kind: random.pick(kindsByWeight),
          createdAt: context.calendar.moment(random, asOf - 365 * DAY, asOf),
        });
        requests.push(life.request);
        invitations.push(...life.invitations);
        if (life.booking) bookings.push(life.booking);
        if (requests.length >= 10_000) {
          await context.insert('help_requests', requests);
          await context.insert('help_invitations', invitations);
          await context.activity.drain();
          [requests, invitations] = [[], []];
        }
      }
    }
    await context.insert('help_requests', requests);
    await context.insert('help_invitations', invitations);

    const audit = correctionsAndGifts(context, ledger, bookings, context.random('help/timebank'), ids);
    const rows = ledger.rows();
    await context.insert('timebank_accounts', rows.accounts);
    await context.insert('timebank_transactions', rows.transactions);
    await context.insert('timebank_entries', rows.entries);
    await context.insert('audit_log', audit);
  },
};

interface RequestPlan {
  areaId: string;
  districtIndex: number;
  requesterId: string | null;
  recipientId: string | null;
  professional: string;
  helpers: readonly Helper[];
  kind: HelpKind;
  createdAt: number;
}

/**
 * One request from posting to closing, as far as `asOf` lets it get: the contact (the requester,
 * or the professional for a resident who is not online) invites a helper with an offer in the
 * neighbourhood; a helper may decline and another be asked; after 48 hours without a helper the
 * request goes to the team, which may invite someone itself; once matched, most are closed within
 * days and the hours booked.
 */
function liveRequest(
  context: DemoContext,
  random: Random,
  ids: () => string,
  ledger: DemoLedger,
  plan: RequestPlan,
): { request: HelpRequestsTable; invitations: HelpInvitationsTable[]; booking?: DemoBooking } {
  const asOf = context.options.asOf.getTime();
  const { requesterId, recipientId, professional, createdAt } = plan;
  const contact = requesterId ?? professional;
  const estimated = 60 * random.int(1, 3);
  const request: HelpRequestsTable = {
    id: ids(),
    kind: plan.kind,
    title: random.pick(TITLES[plan.kind]),
    description: '',
    area_id: plan.areaId,
    when_json: JSON.stringify({
      schedule: 'once',
      date: new Date(createdAt).toISOString().slice(0, 10),
      dayParts: [random.pick(dayParts)],
    }),
    needed_on: new Date(createdAt).toISOString().slice(0, 10),
    urgency: random.chance(0.15) ? 'high' : 'normal',
    vulnerable: recipientId ? 1 : 0,
    estimated_minutes: estimated,
    requester_id: requesterId,
    recipient_id: recipientId,
    contact_id: contact,
    status: 'open',
    helper_id: null,
    escalated_at: null,
    created_at: iso(createdAt),
    updated_at: iso(createdAt),
    closed_at: null,
    helped: null,
    close_comment: null,
  };
  const base = {
    subjectType: 'help_request',
    subjectId: request.id,
    areaId: plan.areaId,
    domain: 'care_and_wellbeing',
  } as const;
  // Staff acting for a resident who is not online say whom they acted for.
  const onBehalf = { onBehalfOfId: recipientId };
  const happened = (at: number) => at < asOf;
  const changed = (at: number) => {
    if (happened(at)) request.updated_at = iso(at);
  };
  context.activity.record({
    verb: 'help.requested',
    actorId: contact,
    ...onBehalf,
    ...base,
    at: createdAt,
    hours: estimated / 60,
  });

  // Who could help: residents whose offer was there before the request, never the requester.
  const candidates = plan.helpers.filter((h) => h.since < createdAt && h.id !== requesterId);
  const invitations: HelpInvitationsTable[] = [];
  const cancelledEarly = random.chance(0.06) ? createdAt + (0.1 + random.next() * 3) * DAY : Infinity;
  const match: { at: number; helperId: string | null } = { at: Infinity, helperId: null };
  const invite = (by: string, at: number, helper: Helper): 'accepted' | 'declined' | 'open' => {
    if (!happened(at) || at >= cancelledEarly) return 'open';
    const answeredAt = at + random.next() * random.next() * 1.5 * DAY;
    const accepts = random.chance(0.85);
    const answered = happened(answeredAt) && answeredAt < cancelledEarly;
    const invitation: HelpInvitationsTable = {
      id: ids(),
      request_id: request.id,
      helper_id: helper.id,
      invited_by: by,
      status: answered ? (accepts ? 'accepted' : 'declined') : 'pending',
      score: random.int(60, 115),
      reasons_json: '[]',
      created_at: iso(at),
      answered_at: answered ? iso(answeredAt) : null,
    };
    invitations.push(invitation);
    request.status = 'invited';
    changed(at);
    context.activity.record({
      verb: 'help.invited',
      actorId: by,
      onBehalfOfId: by === professional ? (recipientId ?? requesterId) : null,
      ...base,
      at,
    });
    if (!answered) {
      if (happened(cancelledEarly)) {
        invitation.status = 'withdrawn';
        invitation.answered_at = iso(cancelledEarly);
      }
      return 'open';
    }
    if (!accepts) {
      request.status = 'open';
      changed(answeredAt);
      return 'declined';
    }
    match.at = answeredAt;
    match.helperId = helper.id;
    request.status = 'matched';
    request.helper_id = helper.id;
    changed(answeredAt);
    context.activity.record({
      verb: 'help.matched',
      actorId: helper.id,
      counterpartId: requesterId ?? recipientId,
      ...base,
      at: answeredAt,
    });
    return 'accepted';
  };

  let at = createdAt + random.next() * random.next() * 2 * DAY;
  let tries = candidates.length > 0 && random.chance(0.9) ? 2 : 0;
  while (tries-- > 0) {
    const helper = random.pick(candidates);
    const answer = invite(contact, at, helper);
    if (answer !== 'declined') break;
    at = Date.parse(request.updated_at) + random.next() * DAY;
  }
  // Nobody accepted within 48 hours: the escalation job hands it to the team.
  const escalatedAt = createdAt + ESCALATION_MS + random.next() * 15 * 60_000;
  if (match.at > escalatedAt && cancelledEarly > escalatedAt && happened(escalatedAt)) {
    request.escalated_at = iso(escalatedAt);
    context.activity.record({ verb: 'help.escalated', actorId: null, ...base, at: escalatedAt });
    if (request.status === 'open' && candidates.length > 0 && random.chance(0.7)) {
      const after = Math.max(escalatedAt, Date.parse(request.updated_at));
      invite(professional, after + random.next() * DAY, random.pick(candidates));
    }
  }

  const finish = (status: 'closed' | 'cancelled', when: number, by: string) => {
    request.status = status;
    request.closed_at = iso(when);
    changed(when);
    for (const invitation of invitations)
      if (invitation.status === 'pending') Object.assign(invitation, { status: 'withdrawn', answered_at: iso(when) });
    const actor = { actorId: by, onBehalfOfId: by === professional ? (recipientId ?? null) : null };
    if (status === 'cancelled') context.activity.record({ verb: 'help.cancelled', ...actor, ...base, at: when });
    return actor;
  };
  if (happened(cancelledEarly) && match.at > cancelledEarly) {
    finish('cancelled', cancelledEarly, contact);
    return { request, invitations };
  }
  if (match.helperId === null) {
    // Some requests nobody took on are closed as no longer needed, once the team has had them a while.
    const closedAt = escalatedAt + (3 + random.next() * 20) * DAY;
    if (request.escalated_at && happened(closedAt) && random.chance(0.4)) {
      const actor = finish('closed', closedAt, contact);
      request.helped = 'no';
      context.activity.record({ verb: 'help.closed', ...actor, ...base, at: closedAt });
    }
    return { request, invitations };
  }
  const helper = match.helperId;
  const endAt = match.at + (0.5 + random.next() * random.next() * 12) * DAY;
  if (!happened(endAt)) return { request, invitations };
  if (random.chance(0.05)) {
    finish('cancelled', endAt, contact);
    return { request, invitations };
  }
  const roll = random.next();
  const helped = roll < 0.7 ? 'yes' : roll < 0.85 ? 'partly' : 'no';
  const minutes = helped === 'yes' ? estimated : helped === 'partly' ? estimated / 2 : 0;
  const actor = finish('closed', endAt, contact);
  request.helped = helped;
  let booking: DemoBooking | undefined;
  if (minutes > 0) {
    const transactionId = ledger.transfer(
      'exchange',
      recipientId ? { kind: 'recipient', id: recipientId } : { kind: 'member', id: requesterId! },
      { kind: 'member', id: helper },
      minutes,
      endAt,
      { requestId: request.id, createdBy: contact, memo: request.title },
    );
    if (transactionId) {
      booking = { transactionId, areaId: plan.areaId, districtIndex: plan.districtIndex, at: endAt };
      // The real ledger names the resident helped when they have an account; a recipient is not one.
      context.activity.record({
        verb: 'hours.booked',
        actorId: helper,
        counterpartId: requesterId,
        subjectType: 'timebank_transaction',
        subjectId: transactionId,
        areaId: plan.areaId,
        domain: 'care_and_wellbeing',
        at: endAt,
        hours: minutes / 60,
      });
    }
  }
  context.activity.record({ verb: 'help.closed', ...actor, ...base, at: endAt, hours: booking ? minutes / 60 : null });
  if (helped === 'yes')
    context.activity.record({
      verb: 'help.solved',
      actorId: helper,
      counterpartId: requesterId ?? recipientId,
      ...base,
      at: endAt,
    });
  return { request, invitations, ...(booking ? { booking } : {}) };
}

const iso = (ms: number) => new Date(ms).toISOString();
