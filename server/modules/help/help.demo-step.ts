import { actorKindOfRow } from '../activity/activity-verbs.ts';
import type { ActivityLogTable } from '../activity/activity.tables.ts';
import type { GeneratorStep } from '../../platform/demo/generator.ts';
import { helpKinds, weekdays, dayParts, type HelpKind, type Slot } from '../../../contracts/help.ts';
import { planTransfer, type LedgerAccountState } from '../timebank/ledger.ts';
import type {
  TimebankAccountsTable,
  TimebankEntriesTable,
  TimebankTransactionsTable,
} from '../timebank/timebank.tables.ts';
import type {
  HelpInvitationsTable,
  HelpOfferAreasTable,
  HelpOffersTable,
  HelpRecipientsTable,
  HelpRequestsTable,
  HelpVogTable,
} from './help.tables.ts';

const WINDOW_DAYS = 90;
const OFFER_SHARE = 0.03;
const REQUEST_SHARE = 0.02;
const LIMIT_MINUTES = 20 * 60;
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

/**
 * Realistic help traffic for the demo municipality: offers by a few percent of residents, requests
 * over the last 90 days (most closed and booked in the time bank, some open, some escalated to the
 * team), residents who are not online asked for by the professional, and the matching activity.
 */
export const helpDemoStep: GeneratorStep = {
  name: 'help',
  async run(context) {
    const random = context.random('help');
    const ids = context.ids('help');
    const { state } = context;
    const professional = state.demoAccounts.get('professional');
    const { ids: residents, neighbourhood } = state.residents;
    if (!professional || residents.length === 0 || state.neighbourhoods.length === 0) return;
    const kindsByWeight = helpKinds.flatMap((k) => Array<HelpKind>(KIND_WEIGHTS[k]).fill(k));
    const activity: ActivityLogTable[] = [];
    const event = (
      verb: string,
      actorId: string | null,
      subjectType: string,
      subjectId: string,
      areaId: string,
      at: string,
      extra: Partial<ActivityLogTable> = {},
    ) => {
      const row = {
        id: ids(),
        verb,
        actor_id: actorId,
        organisation_id: null,
        on_behalf_of_id: null,
        subject_type: subjectType,
        subject_id: subjectId,
        area_id: areaId,
        domain: 'care_and_wellbeing',
        hours: null,
        amount_cents: null,
        occurred_at: at,
        counterpart_id: null,
        actor_area_id: null,
        ...extra,
      };
      activity.push({ ...row, actor_kind: extra.actor_kind ?? actorKindOfRow(row), recorded_at: row.occurred_at });
    };

    // Offers: helpers per neighbourhood, each with what, when and how often.
    const helpersIn = state.neighbourhoods.map(() => [] as string[]);
    const offers: HelpOffersTable[] = [];
    const offerAreas: HelpOfferAreasTable[] = [];
    const vog: HelpVogTable[] = [];
    const verified = state.demoAccounts.get('verifiedResident');
    residents.forEach((accountId, i) => {
      const isDemo = accountId === verified;
      if (!isDemo && !random.chance(OFFER_SHARE)) return;
      const home = neighbourhood[i] ?? 0;
      const area = state.neighbourhoods[home]!;
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
      const at = context.daysAgo(WINDOW_DAYS + random.next() * 200);
      const offer: HelpOffersTable = {
        id: ids(),
        helper_id: accountId,
        kinds_json: JSON.stringify(kinds),
        description: '',
        availability_json: JSON.stringify(unique),
        max_per_week: random.int(1, 5),
        active: 1,
        created_at: at,
      };
      offers.push(offer);
      offerAreas.push({ offer_id: offer.id, area_id: area.id });
      helpersIn[home]!.push(accountId);
      event('help.offered', accountId, 'help_offer', offer.id, area.id, at);
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
        created_at: context.daysAgo(WINDOW_DAYS + 30),
      })),
    );
    const recipientsIn = new Map<string, HelpRecipientsTable[]>();
    for (const r of recipients) recipientsIn.set(r.area_id, [...(recipientsIn.get(r.area_id) ?? []), r]);

    // Requests over the window: older ones mostly closed, recent ones open or in progress.
    const requests: HelpRequestsTable[] = [];
    const invitations: HelpInvitationsTable[] = [];
    const ledger = new Map<string, TimebankAccountsTable>();
    const transactions: TimebankTransactionsTable[] = [];
    const entries: TimebankEntriesTable[] = [];
    const ledgerAccount = (kind: LedgerAccountState['kind'], ownerId: string, at: string) => {
      const key = `${kind}:${ownerId}`;
      if (!ledger.has(key))
        ledger.set(key, { id: ids(), owner_kind: kind, owner_id: ownerId, balance_minutes: 0, created_at: at });
      return ledger.get(key)!;
    };
    const count = Math.max(10, Math.round(residents.length * REQUEST_SHARE));
    for (let n = 0; n < count; n++) {
      const i = random.int(0, residents.length);
      const home = neighbourhood[i] ?? 0;
      const area = state.neighbourhoods[home]!;
      const kind = random.pick(kindsByWeight);
      const age = random.next() * WINDOW_DAYS;
      const createdAt = context.daysAgo(age);
      const onBehalf = random.chance(0.1) ? random.pick(recipientsIn.get(area.id) ?? []) : undefined;
      const requesterId = onBehalf ? null : residents[i]!;
      const helpers = (helpersIn[home] ?? []).filter((h) => h !== requesterId);
      const helperId = helpers.length > 0 ? random.pick(helpers) : null;
      const roll = random.next();
      const status: HelpRequestsTable['status'] =
        helperId === null
          ? 'open'
          : age > 10
            ? roll < 0.85
              ? 'closed'
              : roll < 0.93
                ? 'cancelled'
                : 'open'
            : roll < 0.4
              ? 'open'
              : roll < 0.6
                ? 'invited'
                : 'matched';
      const closed = status === 'closed' || status === 'cancelled';
      const closedAt = closed ? context.daysAgo(age - Math.min(age, 1 + random.next() * 7)) : null;
      const helped = status === 'closed' ? (roll < 0.6 ? 'yes' : roll < 0.75 ? 'partly' : 'no') : null;
      const request: HelpRequestsTable = {
        id: ids(),
        kind,
        title: random.pick(TITLES[kind]),
        description: '',
        area_id: area.id,
        when_json: JSON.stringify({
          schedule: 'once',
          date: createdAt.slice(0, 10),
          dayParts: [random.pick(dayParts)],
        }),
        needed_on: createdAt.slice(0, 10),
        urgency: random.chance(0.15) ? 'high' : 'normal',
        vulnerable: onBehalf ? 1 : 0,
        estimated_minutes: 60 * random.int(1, 3),
        requester_id: requesterId,
        recipient_id: onBehalf?.id ?? null,
        contact_id: requesterId ?? professional,
        status,
        helper_id: status === 'matched' || status === 'closed' ? helperId : null,
        escalated_at: status === 'open' && age > 2 ? context.daysAgo(age - 2) : null,
        created_at: createdAt,
        updated_at: closedAt ?? createdAt,
        closed_at: closedAt,
        helped,
        close_comment: null,
      };
      requests.push(request);
      const actor = requesterId ?? professional;
      event('help.requested', actor, 'help_request', request.id, area.id, createdAt, {
        on_behalf_of_id: request.recipient_id,
        hours: request.estimated_minutes / 60,
      });
      if (request.escalated_at)
        event('help.escalated', null, 'help_request', request.id, area.id, request.escalated_at);
      if (helperId && status !== 'open' && status !== 'cancelled') {
        const invitedAt = context.daysAgo(age - 0.2);
        invitations.push({
          id: ids(),
          request_id: request.id,
          helper_id: helperId,
          invited_by: actor,
          status: status === 'invited' ? 'pending' : 'accepted',
          score: random.int(60, 115),
          reasons_json: '[]',
          created_at: invitedAt,
          answered_at: status === 'invited' ? null : invitedAt,
        });
        if (status !== 'invited') event('help.matched', helperId, 'help_request', request.id, area.id, invitedAt);
      }
      if (status === 'closed' && closedAt && request.helper_id) {
        event('help.closed', actor, 'help_request', request.id, area.id, closedAt);
        if (helped === 'yes') event('help.solved', actor, 'help_request', request.id, area.id, closedAt);
        const debit = ledgerAccount(
          request.recipient_id ? 'recipient' : 'member',
          request.recipient_id ?? requesterId!,
          closedAt,
        );
        const credit = ledgerAccount('member', request.helper_id, closedAt);
        const plan = planTransfer(
          { id: debit.id, kind: debit.owner_kind, balance: debit.balance_minutes },
          { id: credit.id, kind: credit.owner_kind, balance: credit.balance_minutes },
          request.estimated_minutes,
          { memberMinutes: LIMIT_MINUTES, potMinutes: 0 },
          'exchange',
        );
        if (plan.ok) {
          const transaction: TimebankTransactionsTable = {
            id: ids(),
            kind: 'exchange',
            request_id: request.id,
            reverses_id: null,
            created_by: actor,
            memo: request.title,
            occurred_at: closedAt,
          };
          transactions.push(transaction);
          debit.balance_minutes -= request.estimated_minutes;
          credit.balance_minutes += request.estimated_minutes;
          for (const p of plan.postings)
            entries.push({
              id: ids(),
              transaction_id: transaction.id,
              account_id: p.accountId,
              amount_minutes: p.amount,
              occurred_at: closedAt,
            });
          event('hours.booked', request.helper_id, 'timebank_transaction', transaction.id, area.id, closedAt, {
            hours: request.estimated_minutes / 60,
          });
        }
      }
    }

    await context.insert('help_offers', offers);
    await context.insert('help_offer_areas', offerAreas);
    await context.insert('help_vog', vog);
    await context.insert('help_recipients', recipients);
    await context.insert('help_requests', requests);
    await context.insert('help_invitations', invitations);
    await context.insert('timebank_accounts', [...ledger.values()]);
    await context.insert('timebank_transactions', transactions);
    await context.insert('timebank_entries', entries);
    await context.insert('activity_log', activity);
  },
};
