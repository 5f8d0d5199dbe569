import { createHash } from 'node:crypto';
import type { ActivityVerb } from '../activity/activity-verbs.ts';
import { DAY } from '../../platform/demo/calendar.ts';
import type { DemoContext, DemoNeighbourhood, GeneratorStep } from '../../platform/demo/generator.ts';
import type { Random } from '../../platform/demo/random.ts';
import type {
  BudgetBallotsTable,
  BudgetProposalsTable,
  BudgetRoundsTable,
  BudgetVotersTable,
} from './budgeting.tables.ts';
import { countResultToJson } from './counting/count-result-json.ts';
import { countVotes } from './counting/count-votes.ts';
import { presentOutcome } from './results/outcome-presenter.ts';
import { countOptionsOf, roundElection } from './results/round-election.ts';
import { auditFileName } from './results/count-runner.ts';

/** Ideas residents of a Dutch town propose, with a typical cost in euros. */
const IDEAS: ReadonlyArray<[string, number, string]> = [
  ['Nieuwe speeltoestellen in het buurtpark', 18_000, 'Een klimrek en een nestschommel voor kinderen tot twaalf jaar.'],
  ['Buurtmoestuin met regenton', 6_500, 'Bakken, zaden en gereedschap; buren onderhouden de tuin samen.'],
  ['Bankjes langs de singel', 4_200, 'Vijf bankjes, zodat ouderen onderweg kunnen uitrusten.'],
  ['Jeu-de-boulesbaan bij het buurthuis', 7_800, 'Een baan met verlichting, open voor iedereen.'],
  ['Geveltuinen voor de hele straat', 3_500, 'Tegels eruit, planten erin: koeler in de zomer en minder wateroverlast.'],
  ['Pannaveldje opknappen', 15_000, 'Nieuwe boarding en kunstgras voor het veldje achter de school.'],
  ['Extra verlichting in het fietstunneltje', 9_500, 'Zodat het ’s avonds veilig voelt.'],
  ['Zomerfestival in het park', 5_000, 'Een dag met muziek, eten uit de buurt en spelletjes.'],
  ['Bloembakken op het plein', 2_800, 'Twaalf bakken met vaste planten, verzorgd door de bewonerscommissie.'],
  ['Repair Café: gereedschap en werkbank', 3_200, 'Eens per maand samen spullen repareren in het buurthuis.'],
  ['Hondenuitlaatveld met afvalbakken', 8_600, 'Een omheind veld, zodat de speelweide schoon blijft.'],
  ['Kunstwerk door buurtkinderen', 4_500, 'Een mozaïek op de blinde muur bij de supermarkt.'],
  ['AED-kast en cursus reanimatie', 3_900, 'Een openbare AED en een cursus voor twintig buren.'],
  ['Minibiebkastjes', 1_200, 'Drie kastjes waar buren boeken ruilen.'],
  ['Schaduwdoeken bij de speeltuin', 6_100, 'Zodat kinderen ook op hete dagen kunnen spelen.'],
  ['Vergroenen van het schoolplein', 22_000, 'Tegels eruit, bomen en een wadi erin; na schooltijd open voor de buurt.'],
];
const PLACES = [
  'Het buurtpark',
  'De singel',
  'Het Marktplein',
  'Achter de basisschool',
  'Bij het buurthuis',
  'De Lindelaan',
  'Het fietstunneltje',
];
const REJECTIONS = [
  'Niet haalbaar: dit is eigendom van de woningcorporatie. We brengen u met hen in contact.',
  'Valt al onder het onderhoudsplan van de gemeente voor volgend jaar.',
];

interface Resident {
  accountId: string;
  neighbourhood: number;
  verifiedAt: string;
}

interface RoundPlan {
  title: string;
  district: number;
  budgetEuros: number;
  /** Days before asOf; negative is in the future. */
  days: { proposals: number; review: number; voting: number; close: number };
  ballot: Pick<BudgetRoundsTable, 'ballot_type' | 'max_projects' | 'min_projects'>;
  rule: BudgetRoundsTable['count_rule'];
  minimumAge: number | null;
  projects: number;
  rejected: number;
  turnout: number;
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Hex that reveals no order, as the real ballot ids (random) do. */
function randomHex(random: Random): string {
  return Array.from({ length: 4 }, () =>
    Math.floor(random.next() * 4_294_967_296)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
}

/** A knapsack or approval ballot from a voter who likes some projects more, and projects near home most. */
function chooseProjects(
  random: Random,
  projects: readonly BudgetProposalsTable[],
  appeal: readonly number[],
  home: string,
  round: RoundPlan,
): string[] {
  const order = projects.map((project, i) => {
    const liking = (appeal[i] ?? 0.5) * (project.area_id === home ? 2 : 1);
    return { project, liking, key: random.next() ** (1 / liking) };
  });
  order.sort((a, b) => b.key - a.key);
  const chosen: BudgetProposalsTable[] = [];
  let left = round.budgetEuros * 100;
  for (const { project, liking } of order) {
    if (round.ballot.max_projects !== null && chosen.length >= round.ballot.max_projects) break;
    const cost = project.cost_cents ?? 0;
    if (round.ballot.ballot_type === 'knapsack' && cost > left) continue;
    if (chosen.length > 0 && !random.chance(Math.min(0.9, 0.15 + 0.35 * liking))) continue;
    chosen.push(project);
    left -= cost;
  }
  return chosen.map((p) => p.id).sort();
}

/**
 * Budget rounds for the demo municipality: one counted a few months ago (with results to explore),
 * one in its voting phase in the demo resident's own district (so Gerrit Geverifieerd can vote),
 * one collecting proposals elsewhere (so the budget officer has proposals to review), and an
 * earlier, counted round in every district, spread over the past year (so votes are cast in many
 * months, more where neighbourhoods are lively).
 */
export const budgetingDemoStep: GeneratorStep = {
  name: 'budgeting',
  async run(context) {
    const { state } = context;
    const officer = state.demoAccounts.get('civilServant') ?? null;
    const home = state.neighbourhoods[0];
    if (!officer || !home || state.districts.length === 0) return;
    const other = state.districts.findIndex((_, index) => index !== home.districtIndex);
    const elsewhere = other >= 0 ? other : home.districtIndex;
    const plans: RoundPlan[] = [
      {
        title: `Buurtbudget ${state.districts[elsewhere]!.name}`,
        district: elsewhere,
        budgetEuros: 60_000,
        days: { proposals: 160, review: 130, voting: 100, close: 86 },
        ballot: { ballot_type: 'knapsack', max_projects: null, min_projects: 1 },
        rule: 'equal-shares-add1',
        minimumAge: null,
        projects: 12,
        rejected: 2,
        turnout: 0.4,
      },
      {
        title: `Buurtbudget ${state.districts[home.districtIndex]!.name}`,
        district: home.districtIndex,
        budgetEuros: 40_000,
        days: { proposals: 60, review: 35, voting: 7, close: -21 },
        ballot: { ballot_type: 'knapsack', max_projects: null, min_projects: 1 },
        rule: 'equal-shares-add1',
        minimumAge: 16,
        projects: 9,
        rejected: 1,
        turnout: 0.15,
      },
      {
        title: `Jongerenbudget ${state.districts[elsewhere]!.name}`,
        district: elsewhere,
        budgetEuros: 15_000,
        days: { proposals: 6, review: -24, voting: -40, close: -54 },
        ballot: { ballot_type: 'approval', max_projects: 3, min_projects: 1 },
        rule: 'greedy',
        minimumAge: 12,
        projects: 4,
        rejected: 0,
        turnout: 0,
      },
    ];
    const random = context.random('budgeting/plans');
    for (const [district, { name }] of state.districts.entries()) {
      // Before the rounds above in the same district, so a district has one round at a time.
      const close = Math.round(
        district === home.districtIndex
          ? 250 + random.next() * 90
          : district === elsewhere
            ? 190 + random.next() * 120
            : 25 + random.next() * 315,
      );
      const approval = random.chance(0.3);
      plans.push({
        title: `Buurtbudget ${name} ${new Date(context.options.asOf.getTime() - close * DAY).getUTCFullYear()}`,
        district,
        budgetEuros: 1_000 * random.int(25, 65),
        days: { proposals: close + 63, review: close + 35, voting: close + 14, close },
        ballot: approval
          ? { ballot_type: 'approval', max_projects: random.int(3, 6), min_projects: 1 }
          : { ballot_type: 'knapsack', max_projects: null, min_projects: 1 },
        rule: approval ? 'greedy' : 'equal-shares-add1',
        minimumAge: random.chance(0.5) ? 16 : null,
        projects: random.int(6, 12),
        rejected: random.int(0, 3),
        turnout: 0.2 + 0.25 * random.next(),
      });
    }
    // Generated verifications were written straight into their table by the verifications step.
    const verified = await context.db
      .selectFrom('verifications')
      .select(['account_id', 'area_id', 'verified_at'])
      .orderBy('account_id')
      .orderBy('verified_at')
      .execute();
    const indexOf = new Map(state.neighbourhoods.map((n, i) => [n.id, i]));
    // The latest verification of an account is the one that counts.
    const latest = new Map(verified.map((v) => [v.account_id, v]));
    const residents: Resident[] = [...latest.values()].flatMap((v) => {
      const neighbourhood = indexOf.get(v.area_id);
      return neighbourhood === undefined ? [] : [{ accountId: v.account_id, neighbourhood, verifiedAt: v.verified_at }];
    });
    const demoVoter = state.demoAccounts.get('verifiedResident');
    for (const [index, plan] of plans.entries())
      await generateRound(
        context,
        plan,
        index,
        officer,
        residents.filter((r) => r.accountId !== demoVoter),
      );
  },
};

async function generateRound(
  context: DemoContext,
  plan: RoundPlan,
  index: number,
  officer: string,
  residents: readonly Resident[],
): Promise<void> {
  const random = context.random(`budgeting/${index}`);
  const ids = context.ids(`budgeting/${index}`);
  const { state } = context;
  const district = state.districts[plan.district]!;
  const neighbourhoods = state.neighbourhoods.filter((n) => n.districtIndex === plan.district);
  const local = residents.filter((r) => state.neighbourhoods[r.neighbourhood]?.districtIndex === plan.district);
  const at = (days: number) => context.daysAgo(days);
  const asOf = context.options.asOf.getTime();
  const event = (
    verb: ActivityVerb,
    actorId: string | null,
    subjectType: string,
    subjectId: string,
    areaId: string,
    when: string,
    amountCents: number | null = null,
  ) => {
    if (Date.parse(when) < asOf)
      context.activity.record({ verb, actorId, subjectType, subjectId, areaId, at: Date.parse(when), amountCents });
  };

  const round: BudgetRoundsTable = {
    id: ids(),
    title: plan.title,
    description: `Bewoners van ${district.name} beslissen samen waar ${plan.budgetEuros.toLocaleString('nl-NL')} euro aan wordt besteed.`,
    budget_cents: plan.budgetEuros * 100,
    currency: 'EUR',
    proposals_open_at: at(plan.days.proposals),
    review_open_at: at(plan.days.review),
    voting_open_at: at(plan.days.voting),
    voting_close_at: at(plan.days.close),
    ...plan.ballot,
    min_spend_cents: null,
    count_rule: plan.rule,
    utility: 'cost',
    completion: 'none',
    exhaustive_stop: 1,
    tie_break_json: JSON.stringify(['min-cost', 'max-votes']),
    minimum_age: plan.minimumAge,
    source: 'platform',
    meta_json: null,
    created_by: officer,
    created_at: at(plan.days.proposals + 7),
    updated_at: at(plan.days.proposals + 7),
  };
  event('budget_round.opened', officer, 'budget_round', round.id, district.id, round.created_at, round.budget_cents);

  // Proposals: the first ones reviewed (accepted or not), in submission order.
  const reviewed = plan.days.review > 0;
  const ideas = shuffle(random, IDEAS).slice(0, plan.projects + plan.rejected);
  const proposals: BudgetProposalsTable[] = ideas.map(([title, euros, description], i) => {
    const area: DemoNeighbourhood = random.pick(neighbourhoods.length > 0 ? neighbourhoods : state.neighbourhoods);
    const author = local.length > 0 ? random.pick(local).accountId : null;
    const created = at(
      plan.days.proposals -
        (i + 1) * (Math.max(1, plan.days.proposals - Math.max(plan.days.review, 0)) / (ideas.length + 1)),
    );
    const estimate = Math.round(euros * (0.8 + 0.4 * random.next())) * 100;
    const rejected = reviewed && i >= plan.projects;
    // A few authors think better of it while proposals are still being collected.
    const withdrawnMs =
      author && (random.chance(0.08) || (index === 0 && i === ideas.length - 1))
        ? Date.parse(created) + random.next() * (Date.parse(round.review_open_at) - Date.parse(created))
        : Infinity;
    const withdrawn = withdrawnMs < asOf;
    const status: BudgetProposalsTable['status'] = withdrawn
      ? 'withdrawn'
      : !reviewed
        ? 'submitted'
        : rejected
          ? 'rejected'
          : 'accepted';
    const cost =
      status === 'accepted'
        ? Math.min(Math.round((estimate * (0.9 + 0.3 * random.next())) / 100) * 100, round.budget_cents)
        : null;
    const proposal: BudgetProposalsTable = {
      id: ids(),
      round_id: round.id,
      number: i + 1,
      code: String(i + 1),
      area_id: area.id,
      title,
      description,
      location: random.pick(PLACES),
      estimated_cost_cents: estimate,
      cost_cents: cost,
      status,
      review_reason:
        status === 'accepted'
          ? 'Haalbaar. De kosten zijn geraamd door de afdeling Openbare Ruimte.'
          : status === 'rejected'
            ? random.pick(REJECTIONS)
            : null,
      reviewed_by: reviewed && !withdrawn ? officer : null,
      reviewed_at: reviewed && !withdrawn ? at(plan.days.review - 3) : null,
      author_id: author,
      created_at: created,
      updated_at: withdrawn ? new Date(withdrawnMs).toISOString() : created,
    };
    event('proposal.submitted', author, 'budget_proposal', proposal.id, area.id, created, estimate);
    if (withdrawn) event('proposal.withdrawn', author, 'budget_proposal', proposal.id, area.id, proposal.updated_at);
    else if (reviewed)
      event(
        status === 'accepted' ? 'proposal.accepted' : 'proposal.rejected',
        officer,
        'budget_proposal',
        proposal.id,
        area.id,
        proposal.reviewed_at!,
        cost,
      );
    return proposal;
  });

  // Ballots: verified residents of the district, voting after they were verified.
  const accepted = proposals.filter((p) => p.status === 'accepted');
  const appeal = accepted.map(() => 0.25 + random.next());
  const votingStart = Date.parse(round.voting_open_at);
  const votingEnd = Math.min(Date.parse(round.voting_close_at), context.options.asOf.getTime());
  const voters: BudgetVotersTable[] = [];
  const ballots: BudgetBallotsTable[] = [];
  const ballotRandom = context.random(`budgeting/${index}/ballots`);
  for (const resident of accepted.length > 0 && votingEnd > votingStart ? local : []) {
    const from = Math.max(votingStart, Date.parse(resident.verifiedAt));
    const home = state.neighbourhoods[resident.neighbourhood]!;
    if (from >= votingEnd || !random.chance(Math.min(0.9, plan.turnout * home.liveliness))) continue;
    const choice = chooseProjects(random, accepted, appeal, home.id, plan);
    if (choice.length < plan.ballot.min_projects) continue;
    const paper = random.chance(0.1);
    voters.push({
      round_id: round.id,
      account_id: resident.accountId,
      method: paper ? 'paper' : 'online',
      age_confirmed: plan.minimumAge !== null && !paper ? 1 : 0,
    });
    ballots.push({
      id: randomHex(ballotRandom),
      round_id: round.id,
      choices_json: JSON.stringify(choice),
      source: paper ? 'paper' : 'online',
      location: paper ? `Stembureau ${district.name}` : '',
      token_hash: paper ? null : createHash('sha256').update(randomHex(ballotRandom)).digest('base64url'),
    });
    // Online the voter's own neighbourhood counts; a paper ballot is entered for the round's area.
    event(
      'ballot.cast',
      resident.accountId,
      'budget_round',
      round.id,
      paper ? district.id : home.id,
      new Date(from + random.next() * (votingEnd - from)).toISOString(),
    );
  }
  ballots.sort((a, b) => (a.id < b.id ? -1 : 1));

  await context.insert('budget_rounds', [round]);
  await context.insert('budget_round_areas', [{ round_id: round.id, area_id: district.id }]);
  await context.insert('budget_proposals', proposals);
  await context.insert('budget_voters', voters);
  await context.insert('budget_ballots', ballots);

  // A closed round is counted here, as the count job would, so its results are there from the start.
  if (plan.days.close > 0) {
    const projects = accepted.map((p) => ({ id: p.id, code: p.code, title: p.title, costCents: p.cost_cents ?? 0 }));
    const stored = ballots.map((b) => ({ projectIds: JSON.parse(b.choices_json) as string[], source: b.source }));
    const result = countVotes(roundElection(round, projects, stored), countOptionsOf(round));
    const outcome = presentOutcome(result, {
      round,
      projects,
      paperBallotCount: stored.filter((b) => b.source === 'paper').length,
      auditFileName: auditFileName(round.id),
    });
    await context.insert('budget_counts', [
      {
        round_id: round.id,
        status: 'done',
        requested_by: null,
        requested_at: round.voting_close_at,
        started_at: round.voting_close_at,
        finished_at: round.voting_close_at,
        error: null,
        outcome_json: JSON.stringify(outcome),
        count_json: JSON.stringify(countResultToJson(result)),
      },
    ]);
    event('round.counted', null, 'budget_round', round.id, district.id, round.voting_close_at, outcome.usedCents);
  }
}
