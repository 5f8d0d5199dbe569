import type { Domain } from '../../../../contracts/initiatives.ts';
import { DAY } from '../../../platform/demo/calendar.ts';
import type { DemoContext, GeneratorStep } from '../../../platform/demo/generator.ts';
import type { Random } from '../../../platform/demo/random.ts';
import { DEFAULT_SETTINGS } from '../initiatives.deps.ts';
import type { OrganisationMembersTable } from '../initiatives.tables.ts';
import { searchTerms } from '../search-terms.ts';
import { DOMAIN_WEIGHTS, INITIATIVE_TEMPLATES, ORGANISATIONS, PLACES } from './demo-data.ts';
import { buildInitiative, type DemoPartner } from './demo-initiative.ts';
import { demoTools, emptyRows, HIDDEN, sample, type DemoRows } from './demo-rows.ts';

/** One initiative per 90 residents in an average neighbourhood: a town that is awake. */
const RESIDENTS_PER_INITIATIVE = 90;
/** The share of an average neighbourhood's residents who take part now and then (more where it is lively). */
const ENGAGED_SHARE = 0.3;
/** When each organisation joined the platform, in days before asOf. */
const ORGANISATION_DAYS_AGO = [900, 640, 420, 300, 210, 130, 45];
/** Flush the gathered rows to the database when this many sign-ups wait. */
const FLUSH_SIGN_UPS = 20_000;

/**
 * Realistic initiatives for the demo municipality, more in lively neighbourhoods: started over the
 * last three years, in every theme, with members, needs and pledges (kept, withdrawn, from partner
 * organisations), news, recurring activities with sign-ups, waiting lists and attendance, support
 * from verified residents and the municipality's responses (on time, late, still open) — each
 * leaving its events in the activity log. The demo accounts find themselves in it: the resident
 * organises one, the verified resident is a member of it, the civil servant has responses on the
 * worklist.
 */
export const initiativesDemoStep: GeneratorStep = {
  name: 'initiatives',
  async run(context) {
    const random = context.random('initiatives');
    const { state } = context;
    const asOf = context.options.asOf.getTime();
    const professional = state.demoAccounts.get('professional');
    const civilServant = state.demoAccounts.get('civilServant') ?? null;
    if (!professional || state.neighbourhoods.length === 0 || state.residents.ids.length === 0) return;
    const rows = emptyRows();
    const tools = demoTools(context, random, context.ids('initiatives'), rows);

    const residentsIn = state.neighbourhoods.map(() => [] as string[]);
    state.residents.ids.forEach((id, i) => residentsIn[state.residents.neighbourhood[i]!]!.push(id));
    // The people who take part: a core in each neighbourhood, who join, organise and come every
    // week; visitors come from the livelier neighbourhoods of the district.
    const engaged = state.neighbourhoods.map((n, i) =>
      sample(random, residentsIn[i]!, Math.round(residentsIn[i]!.length * Math.min(0.6, ENGAGED_SHARE * n.liveliness))),
    );
    const visitorsOfDistrict = state.districts.map((_, d) =>
      state.neighbourhoods.flatMap((n, i) => (n.districtIndex === d && n.liveliness >= 0.5 ? engaged[i]! : [])),
    );
    // The verifications step wrote its rows straight into the table; the latest one counts.
    const verifications = await context.db
      .selectFrom('verifications')
      .select(['account_id', 'area_id', 'verified_at'])
      .orderBy('account_id')
      .orderBy('verified_at')
      .execute();
    const latest = new Map(verifications.map((v) => [v.account_id, v]));
    const verifiedIn = new Map<string, Array<{ id: string; at: number; areaId: string }>>();
    for (const v of latest.values()) {
      let list = verifiedIn.get(v.area_id);
      if (!list) verifiedIn.set(v.area_id, (list = []));
      list.push({ id: v.account_id, at: Date.parse(v.verified_at), areaId: v.area_id });
    }

    const organisations = await seedOrganisations(context, random, tools.id, professional);

    const domains = (Object.keys(DOMAIN_WEIGHTS) as Domain[]).flatMap((d) => Array<Domain>(DOMAIN_WEIGHTS[d]).fill(d));
    // Initiatives cluster where people are lively, and are rare where they are not.
    const weights = state.neighbourhoods.map((n) => n.population * n.liveliness ** 2);
    const total = weights.reduce((s, w) => s + w, 0);
    const count = Math.max(8, Math.round(total / RESIDENTS_PER_INITIATIVE));
    const pickNeighbourhood = () => {
      let u = random.next() * total;
      let i = 0;
      while (i < weights.length - 1 && u >= weights[i]!) u -= weights[i++]!;
      return i;
    };
    const titles = new Set<string>();
    for (let made = 0, attempt = 0; made < count && attempt < count * 3; attempt++) {
      // The first one is in the demo resident's neighbourhood and reaches the threshold, so the demo
      // shows it all; the next two show a restart and a partnership that ended.
      const first = attempt === 0;
      const showcase = attempt === 1 ? 'restart' : attempt === 2 ? 'end-partnership' : undefined;
      const home = first ? 0 : pickNeighbourhood();
      const neighbourhood = state.neighbourhoods[home]!;
      const domain = first ? 'green_and_public_space' : random.pick(domains);
      const template = random.pick(INITIATIVE_TEMPLATES.filter((t) => t.domain === domain));
      const base = template.title.replace('{buurt}', neighbourhood.name);
      const title = [base, ...PLACES.map((place) => `${base} (${place})`)].find((t) => !titles.has(t));
      if (!title) continue;
      titles.add(title);
      made += 1;
      const sameDistrict = state.neighbourhoods.filter(
        (nb) => nb.districtIndex === neighbourhood.districtIndex && nb.id !== neighbourhood.id,
      );
      const areaIds = [
        neighbourhood.id,
        ...(sameDistrict.length > 0 && random.chance(0.2) ? [random.pick(sameDistrict).id] : []),
      ];
      const neighbours = engaged[home]!.length > 10 ? engaged[home]! : residentsIn[home]!;
      if (neighbours.length === 0) continue;
      const popular = first || random.chance(0.15);
      const older = random.chance(0.5);
      buildInitiative(tools, {
        template,
        title,
        areaIds,
        createdMs: first
          ? asOf - 120 * DAY
          : showcase
            ? asOf - 300 * DAY
            : context.calendar.moment(random, asOf - (older ? 1_095 : 365) * DAY, asOf - (older ? 365 : 3) * DAY),
        initiatorId: !first && random.chance(0.08) ? null : random.pick(neighbours),
        professionalId: professional,
        civilServantId: civilServant,
        neighbours,
        visitors: visitorsOfDistrict[neighbourhood.districtIndex] ?? [],
        verified: areaIds.flatMap((areaId) => verifiedIn.get(areaId) ?? []),
        alsoOrganiser: first ? state.demoAccounts.get('resident') : undefined,
        alsoMember: first ? state.demoAccounts.get('verifiedResident') : undefined,
        partner:
          showcase === 'end-partnership'
            ? organisations[0]
            : first || random.chance(0.3)
              ? random.pick(organisations)
              : undefined,
        showcase,
        supporters: popular
          ? random.int(DEFAULT_SETTINGS.supportThreshold, DEFAULT_SETTINGS.supportThreshold + 40)
          : random.int(0, 30),
      });
      if (rows.signUps.length >= FLUSH_SIGN_UPS) await flush(context, rows);
    }
    await flush(context, rows);
  },
};

/**
 * The organisations, each run by a resident (the care provider by the neighbourhood professional),
 * joined at different times, with residents joining them over the year.
 */
async function seedOrganisations(
  context: DemoContext,
  random: Random,
  id: () => string,
  professional: string,
): Promise<DemoPartner[]> {
  const { state, calendar } = context;
  const asOf = context.options.asOf.getTime();
  const residents = state.residents.ids;
  const organisations = [];
  const members: OrganisationMembersTable[] = [];
  const terms = [];
  const partners: DemoPartner[] = [];
  for (const [index, o] of ORGANISATIONS.entries()) {
    const adminId = o.kind === 'care_provider' ? professional : residents[random.int(0, residents.length)]!;
    const since = asOf - (ORGANISATION_DAYS_AGO[index] ?? 400) * DAY;
    const createdAt = new Date(since).toISOString();
    const row = {
      id: id(),
      name: o.name,
      kind: o.kind,
      description: o.description,
      website: null,
      area_id: state.municipality?.id ?? null,
      created_by: adminId,
      created_at: createdAt,
      ...HIDDEN,
    };
    organisations.push(row);
    members.push({
      id: id(),
      organisation_id: row.id,
      account_id: adminId,
      role: 'admin',
      status: 'active',
      requested_at: createdAt,
      decided_at: createdAt,
      decided_by: adminId,
    });
    for (const term of searchTerms(row.name, row.description))
      terms.push({ subject_type: 'organisation' as const, term, subject_id: row.id });
    context.activity.record({
      verb: 'organisation.created',
      actorId: adminId,
      organisationId: row.id,
      subjectType: 'organisation',
      subjectId: row.id,
      areaId: row.area_id,
      at: since,
    });
    partners.push({ organisationId: row.id, adminId, since });
  }
  // Members join after the organisation did; the real service logs them as residents, not as the organisation.
  const perOrganisation = Math.max(3, Math.round(residents.length / 2_500));
  const joiners = sample(random, residents, perOrganisation * partners.length);
  joiners.forEach((accountId, i) => {
    const organisation = partners[i % partners.length]!;
    if (accountId === organisation.adminId) return;
    const joinedMs = calendar.moment(random, organisation.since + DAY, asOf);
    members.push({
      id: id(),
      organisation_id: organisation.organisationId,
      account_id: accountId,
      role: 'member',
      status: 'active',
      requested_at: new Date(joinedMs - DAY).toISOString(),
      decided_at: new Date(joinedMs).toISOString(),
      decided_by: organisation.adminId,
    });
    context.activity.record({
      verb: 'organisation.member-joined',
      actorId: accountId,
      organisationId: organisation.organisationId,
      actorKind: 'resident',
      subjectType: 'organisation',
      subjectId: organisation.organisationId,
      areaId: state.municipality?.id ?? null,
      at: joinedMs,
    });
  });
  await context.insert('organisations', organisations);
  await context.insert('organisation_members', members);
  await context.insert('initiative_search_terms', terms);
  return partners;
}

/** Writes what has been gathered, parents before children, and empties the lists. */
async function flush(context: DemoContext, rows: DemoRows): Promise<void> {
  await context.insert('initiatives', rows.initiatives);
  await context.insert('initiative_areas', rows.areas);
  await context.insert(
    'initiative_search_terms',
    dedupeBy(rows.terms, (t) => `${t.subject_type}/${t.term}/${t.subject_id}`),
  );
  await context.insert('initiative_status_changes', rows.changes);
  await context.insert('initiative_members', rows.members);
  await context.insert('initiative_needs', rows.needs);
  await context.insert('initiative_pledges', rows.pledges);
  await context.insert('initiative_updates', rows.updates);
  await context.insert('initiative_activities', rows.activities);
  await context.insert('initiative_sign_ups', rows.signUps);
  await context.insert('initiative_partners', rows.partners);
  await context.insert('initiative_supports', rows.supports);
  await context.insert('initiative_response_duties', rows.duties);
  Object.assign(rows, emptyRows());
  await context.activity.drain();
}

function dedupeBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}
