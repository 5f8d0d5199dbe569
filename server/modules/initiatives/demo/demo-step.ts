import type { Domain } from '../../../../contracts/initiatives.ts';
import type { GeneratorStep } from '../../../platform/demo/generator.ts';
import { DOMAIN_WEIGHTS, INITIATIVE_TEMPLATES, ORGANISATIONS } from './demo-data.ts';
import { buildInitiative } from './demo-initiative.ts';
import { DAY, demoTools, emptyRows, HIDDEN, sample } from './demo-rows.ts';
import { DEFAULT_SETTINGS } from '../initiatives.deps.ts';
import { searchTerms } from '../search-terms.ts';

/** About one initiative per 600 residents, as active Dutch towns have. */
const RESIDENTS_PER_INITIATIVE = 600;

/**
 * Realistic initiatives for the demo municipality: a year of them, in every theme and district,
 * with members, needs and pledges (kept and not), news, activities with attendance, partner
 * organisations, support from verified residents, and the municipality's responses (on time, late,
 * still open), each leaving its events in the activity log. The demo accounts find themselves in
 * it: the resident organises one, the verified resident is a member of it, the civil servant has
 * responses on the worklist.
 */
export const initiativesDemoStep: GeneratorStep = {
  name: 'initiatives',
  async run(context) {
    const random = context.random('initiatives');
    const { state } = context;
    const professional = state.demoAccounts.get('professional');
    const civilServant = state.demoAccounts.get('civilServant') ?? null;
    if (!professional || state.neighbourhoods.length === 0 || state.residents.ids.length === 0) return;
    const rows = emptyRows();
    const tools = demoTools(random, context.ids('initiatives'), context.options.asOf, rows);

    const residentsIn = state.neighbourhoods.map(() => [] as string[]);
    state.residents.ids.forEach((id, i) => residentsIn[state.residents.neighbourhood[i]!]!.push(id));
    // The verifications step wrote its rows straight into the table; the latest one counts.
    const verifications = await context.db
      .selectFrom('verifications')
      .select(['account_id', 'area_id', 'verified_at'])
      .orderBy('account_id')
      .orderBy('verified_at')
      .execute();
    const latest = new Map(verifications.map((v) => [v.account_id, v]));
    const verifiedIn = new Map<string, Array<{ id: string; at: number; areaId: string }>>();
    for (const v of latest.values())
      verifiedIn.set(v.area_id, [
        ...(verifiedIn.get(v.area_id) ?? []),
        { id: v.account_id, at: Date.parse(v.verified_at), areaId: v.area_id },
      ]);

    // Organisations, each run by a resident (the care provider by the neighbourhood professional).
    const organisations = ORGANISATIONS.map((o, index) => {
      const adminId =
        o.kind === 'care_provider' ? professional : state.residents.ids[random.int(0, state.residents.ids.length)]!;
      const createdAt = context.daysAgo(400 + index * 7);
      const row = {
        id: tools.id(),
        name: o.name,
        kind: o.kind,
        description: o.description,
        website: null,
        area_id: state.municipality?.id ?? null,
        created_by: adminId,
        created_at: createdAt,
        ...HIDDEN,
      };
      rows.organisations.push(row);
      rows.organisationMembers.push({
        id: tools.id(),
        organisation_id: row.id,
        account_id: adminId,
        role: 'admin',
        status: 'active',
        requested_at: createdAt,
        decided_at: createdAt,
        decided_by: adminId,
      });
      for (const term of searchTerms(row.name, row.description))
        rows.terms.push({ subject_type: 'organisation', term, subject_id: row.id });
      tools.event('organisation.created', adminId, { type: 'organisation', id: row.id }, row.area_id, null, createdAt, {
        organisation_id: row.id,
      });
      return { organisationId: row.id, adminId };
    });

    const domains = (Object.keys(DOMAIN_WEIGHTS) as Domain[]).flatMap((d) => Array<Domain>(DOMAIN_WEIGHTS[d]).fill(d));
    const count = Math.max(8, Math.round(state.residents.ids.length / RESIDENTS_PER_INITIATIVE));
    const titles = new Set<string>();
    for (let attempt = 0; titles.size < count && attempt < count * 5; attempt++) {
      // The first one is in the demo resident's neighbourhood and reaches the threshold, so the demo shows it all.
      const first = attempt === 0;
      const home = first ? 0 : state.residents.neighbourhood[random.int(0, state.residents.ids.length)]!;
      const neighbourhood = state.neighbourhoods[home]!;
      const domain = first ? 'green_and_public_space' : random.pick(domains);
      const template = random.pick(INITIATIVE_TEMPLATES.filter((t) => t.domain === domain));
      const title = template.title.replace('{buurt}', neighbourhood.name);
      if (titles.has(title)) continue;
      titles.add(title);
      const sameDistrict = state.neighbourhoods.filter(
        (nb) => nb.districtIndex === neighbourhood.districtIndex && nb.id !== neighbourhood.id,
      );
      const areaIds = [
        neighbourhood.id,
        ...(sameDistrict.length > 0 && random.chance(0.2) ? [random.pick(sameDistrict).id] : []),
      ];
      const neighbours = residentsIn[home]!;
      const verified = areaIds.flatMap((areaId) => verifiedIn.get(areaId) ?? []);
      const popular = first || random.chance(0.15);
      buildInitiative(tools, {
        template,
        title,
        areaIds,
        createdMs: context.options.asOf.getTime() - (first ? 120 : random.int(20, 365) - random.next()) * DAY,
        initiatorId: !first && random.chance(0.08) ? null : random.pick(neighbours),
        professionalId: professional,
        civilServantId: civilServant,
        neighbours,
        verified,
        alsoOrganiser: first ? state.demoAccounts.get('resident') : undefined,
        alsoMember: first ? state.demoAccounts.get('verifiedResident') : undefined,
        partner: first || random.chance(0.3) ? random.pick(organisations) : undefined,
        supporters: popular
          ? random.int(DEFAULT_SETTINGS.supportThreshold, DEFAULT_SETTINGS.supportThreshold + 40)
          : random.int(0, 30),
      });
    }
    // Organisations also pledge, through their administrator.
    const partnerOf = new Map(
      rows.partners.map((p) => [p.initiative_id, organisations.find((o) => o.organisationId === p.organisation_id)]),
    );
    const byOrganisation = new Map<string, (typeof rows.pledges)[number]>();
    for (const pledge of rows.pledges) {
      const organisation = partnerOf.get(pledge.initiative_id);
      if (!organisation || !random.chance(0.3)) continue;
      pledge.account_id = organisation.adminId;
      pledge.organisation_id = organisation.organisationId;
      byOrganisation.set(pledge.id, pledge);
    }
    for (const event of rows.activity) {
      const pledge = event.subject_type === 'pledge' ? byOrganisation.get(event.subject_id) : undefined;
      if (pledge) Object.assign(event, { actor_id: pledge.account_id, organisation_id: pledge.organisation_id });
    }
    const members = sample(random, state.residents.ids, 3 * organisations.length);
    members.forEach((accountId, i) => {
      const organisation = organisations[i % organisations.length]!;
      if (accountId === organisation.adminId) return;
      rows.organisationMembers.push({
        id: tools.id(),
        organisation_id: organisation.organisationId,
        account_id: accountId,
        role: 'member',
        status: 'active',
        requested_at: context.daysAgo(300),
        decided_at: context.daysAgo(299),
        decided_by: organisation.adminId,
      });
    });

    await context.insert('organisations', rows.organisations);
    await context.insert(
      'organisation_members',
      dedupeBy(rows.organisationMembers, (m) => `${m.organisation_id}/${m.account_id}`),
    );
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
    await context.insert('activity_log', rows.activity);
  },
};

function dedupeBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}
