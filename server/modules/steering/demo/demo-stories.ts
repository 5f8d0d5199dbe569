import type { IdGenerator } from '../../../clock.ts';
import type { ChallengeCriterion, Instruments, SteeringLayer } from '../../../../contracts/steering.ts';
import { challengeCriteria } from '../../../../contracts/steering.ts';
import type { DemoContext } from '../../../platform/demo/generator.ts';
import type { Random } from '../../../platform/demo/random.ts';
import { addCalendarDays, todayInAmsterdam } from '../../../platform/dutch-time.ts';
import type {
  ChallengeScoresTable,
  ChallengesTable,
  PublicTaskProvidersTable,
  PublicTasksTable,
  SteeringDecisionsTable,
  SteeringGrantPaymentsTable,
  SteeringGrantsTable,
  SteeringIncidentsTable,
  SteeringMilestonesTable,
  SteeringResponsesTable,
} from '../steering.tables.ts';

export interface DemoInitiative {
  id: string;
  title: string;
  domain: string;
  areaId: string;
  createdAt: string;
  organisers: string[];
  partners: string[];
}

interface StoryInput {
  context: DemoContext;
  random: Random;
  id: IdGenerator;
  officer: string;
  tasks: PublicTasksTable[];
  initiatives: readonly DemoInitiative[];
  snapshots: PublicTaskProvidersTable[];
}

/** A snapshot of a task's provider and budget, for the history and the picture. */
export function snapshotOf(
  id: IdGenerator,
  task: PublicTasksTable,
  kind: PublicTaskProvidersTable['kind'],
  reason: string,
  at: string,
  challengeId: string | null,
): PublicTaskProvidersTable {
  return {
    id: id(),
    task_id: task.id,
    area_id: task.area_id,
    kind,
    provider: task.provider,
    initiative_id: task.provider_initiative_id,
    organisation_id: task.provider_organisation_id,
    yearly_budget_cents: task.yearly_budget_cents,
    reason,
    challenge_id: challengeId,
    changed_by: task.created_by,
    changed_at: at,
  };
}

const REASONS: Record<ChallengeCriterion, string> = {
  rooted_in_area: 'De leden wonen vrijwel allemaal in de buurt en kennen de plekken waar het om gaat.',
  social_value: 'Bewoners doen zelf mee; dat levert meer contact en zorg voor de buurt op dan uitbesteden.',
  capacity_to_deliver: 'Er is een vaste kern met een rooster; de benodigde kennis is aanwezig of ingekocht.',
  support: 'Ruim gesteund door geverifieerde bewoners uit de buurt.',
  cost_not_higher: 'De gevraagde vergoeding ligt onder het huidige budget.',
  continuity: 'Er is een reservelijst en een afspraak wie het overneemt als het niet lukt.',
  harms_no_one: 'Niemand verliest een voorziening; de huidige aannemer heeft andere opdrachten.',
  legal_entity: 'De vereniging sluit de overeenkomst en is verzekerd.',
  not_market_party: 'Het initiatief werkt zonder winstoogmerk en doet niet mee aan aanbestedingen.',
};

/**
 * Steering in every stage, for the demo: challenges accepted (one now failing, one thriving, one
 * taken back after a critical incident), under assessment (on time, due soon, overdue), refused and
 * withdrawn; decisions in every layer with grants (being paid, report due or overdue, settled, clawed
 * back), milestones, incidents and residents' responses.
 * Tasks that change hands get a provider snapshot. Pure apart from the ids and the random stream.
 */
export function demoStories(input: StoryInput) {
  const { context, random, id, officer, tasks, initiatives, snapshots } = input;
  const asOf = context.options.asOf;
  const at = (days: number) => context.daysAgo(-days);
  const date = (days: number) => todayInAmsterdam(addCalendarDays(asOf, days));
  const residents = context.state.residents.ids;
  const resident = () => (residents.length > 0 ? random.pick(residents) : officer);

  const out = {
    challenges: [] as ChallengesTable[],
    scores: [] as ChallengeScoresTable[],
    decisions: [] as SteeringDecisionsTable[],
    milestones: [] as SteeringMilestonesTable[],
    incidents: [] as SteeringIncidentsTable[],
    grants: [] as SteeringGrantsTable[],
    payments: [] as SteeringGrantPaymentsTable[],
    responses: [] as SteeringResponsesTable[],
  };

  const used = new Set<string>();
  const initiativeFor = (...domains: string[]) => {
    const found =
      domains.map((d) => initiatives.find((i) => i.domain === d && !used.has(i.id))).find(Boolean) ??
      initiatives.find((i) => !used.has(i.id));
    if (found) used.add(found.id);
    return found;
  };
  const taskTitled = (prefix: string, skip = 0) => tasks.filter((t) => t.title.startsWith(prefix))[skip];

  function challenge(
    task: PublicTasksTable,
    initiative: DemoInitiative,
    o: { submitted: number; costShare: number; status: ChallengesTable['status']; plan: string },
  ): ChallengesTable {
    const row: ChallengesTable = {
      id: id(),
      task_id: task.id,
      initiative_id: initiative.id,
      organisation_id: initiative.partners[0] ?? null,
      area_id: task.area_id,
      plan: o.plan,
      proposed_cost_cents: Math.round((task.yearly_budget_cents * o.costShare) / 100 / 100) * 100,
      budget_at_submission_cents: task.yearly_budget_cents,
      delivery_plan:
        'Vaste ploegen van bewoners met een jaarrooster, een coördinator per seizoen en een reservelijst voor vakanties en ziekte.',
      fallback: 'Als wij het niet redden, neemt de gemeente het binnen een week weer over; daar is een afspraak over.',
      start_date: date(o.submitted + 90),
      end_date: date(o.submitted + 90 + 730),
      status: o.status,
      submitted_by: initiative.organisers[0]!,
      submitted_at: at(o.submitted),
      assessment_due_at: addCalendarDays(new Date(at(o.submitted)), 70).toISOString(),
      decision_reason: null,
      decided_at: null,
      decided_by: null,
      agreement_json: null,
      withdrawal_reason: null,
      withdrawn_at: null,
    };
    out.challenges.push(row);
    return row;
  }

  function score(
    row: ChallengesTable,
    criteria: readonly ChallengeCriterion[],
    when: number,
    low: Partial<Record<ChallengeCriterion, [number, string]>> = {},
  ) {
    for (const criterion of criteria) {
      const [value, reason] = low[criterion] ?? [2 + (random.chance(0.4) ? 1 : 0), REASONS[criterion]];
      out.scores.push({
        challenge_id: row.id,
        criterion,
        score: value,
        reason,
        assessed_by: officer,
        assessed_at: at(when),
      });
    }
  }

  function decide(
    subject: { type: 'task' | 'initiative'; id: string; areaId: string | null },
    layer: SteeringLayer,
    when: number,
    o: { motivation: string; instruments: Instruments; review: number; proportionality?: string; alternative?: string },
  ): SteeringDecisionsTable {
    for (const earlier of out.decisions)
      if (earlier.subject_type === subject.type && earlier.subject_id === subject.id && earlier.superseded_at === null)
        earlier.superseded_at = at(when);
    const row: SteeringDecisionsTable = {
      id: id(),
      subject_type: subject.type,
      subject_id: subject.id,
      area_id: subject.areaId,
      layer,
      advice_layer: null,
      motivation: o.motivation,
      deviation_reason: null,
      instruments_json: JSON.stringify(o.instruments),
      proportionality_reason: o.proportionality ?? null,
      least_intrusive_alternative: o.alternative ?? null,
      review_date: date(o.review),
      decided_by: officer,
      decided_at: at(when),
      superseded_at: null,
    };
    out.decisions.push(row);
    return row;
  }

  function milestones(
    decision: SteeringDecisionsTable,
    challengeRow: ChallengesTable | null,
    task: PublicTasksTable | null,
    initiativeId: string | null,
    list: Array<[title: string, due: number, status: SteeringMilestonesTable['status'], note?: string]>,
  ) {
    for (const [title, due, status, note] of list)
      out.milestones.push({
        id: id(),
        decision_id: decision.id,
        challenge_id: challengeRow?.id ?? null,
        task_id: task?.id ?? null,
        initiative_id: initiativeId,
        area_id: decision.area_id,
        title,
        due_date: date(due),
        status,
        note: note ?? null,
        recorded_at: status === 'open' ? null : at(due + 2),
        recorded_by: status === 'open' ? null : officer,
        created_by: officer,
        created_at: decision.decided_at,
      });
  }

  /** The decision that starts a handed-over task under frameworks: the agreement and its milestones. */
  function agreement(
    subject: { type: 'task'; id: string; areaId: string },
    when: number,
    motivation: string,
    conditions: string[],
    review: number,
    challengeRow: ChallengesTable,
    task: PublicTasksTable,
    initiativeId: string,
    list: Array<[title: string, due: number, status: SteeringMilestonesTable['status'], note?: string]>,
  ) {
    const decision = decide(subject, 'frameworks', when, {
      motivation,
      instruments: {
        agreement: { conditions, milestones: list.map(([title, due]) => ({ title, dueDate: date(due) })) },
      },
      review,
    });
    milestones(decision, challengeRow, task, initiativeId, list);
  }

  function handOver(
    task: PublicTasksTable,
    row: ChallengesTable,
    provider: 'community' | 'co_production',
    when: number,
    reason: string,
  ) {
    task.provider = provider;
    task.provider_initiative_id = row.initiative_id;
    task.provider_organisation_id = row.organisation_id;
    task.yearly_budget_cents = row.proposed_cost_cents;
    task.updated_at = at(when);
    snapshots.push(snapshotOf(id, task, 'provider', reason, at(when), row.id));
  }

  function accept(
    row: ChallengesTable,
    task: PublicTasksTable,
    when: number,
    provider: 'community' | 'co_production',
    reason: string,
    conditions: string[],
  ) {
    row.status = 'accepted';
    row.decision_reason = reason;
    row.decided_at = at(when);
    row.decided_by = officer;
    row.agreement_json = JSON.stringify({ provider, conditions });
    handOver(task, row, provider, when, reason);
  }

  const response = (
    decision: SteeringDecisionsTable,
    author: string,
    kind: 'objection' | 'comment',
    text: string,
    when: number,
    answer?: [text: string, when: number],
  ) =>
    out.responses.push({
      id: id(),
      decision_id: decision.id,
      area_id: decision.area_id,
      kind,
      text,
      author_id: author,
      submitted_at: at(when),
      answer_due_at: addCalendarDays(new Date(at(when)), 42).toISOString(),
      answer_text: answer?.[0] ?? null,
      answered_at: answer ? at(answer[1]) : null,
      answered_by: answer ? officer : null,
    });

  const incident = (task: PublicTasksTable, severity: 'normal' | 'critical', description: string, when: number) =>
    out.incidents.push({
      id: id(),
      subject_type: 'task',
      subject_id: task.id,
      task_id: task.id,
      initiative_id: task.provider_initiative_id,
      area_id: task.area_id,
      severity,
      description,
      occurred_on: date(when),
      reported_by: officer,
      reported_at: at(when + 1),
    });

  // 1. Accepted a year ago, and now missing its milestones: frameworks, then compel, with responses.
  const green = taskTitled('Groenonderhoud');
  const greenInitiative = initiativeFor('green_and_public_space');
  if (green && greenInitiative) {
    const row = challenge(green, greenInitiative, {
      submitted: -430,
      costShare: 85,
      status: 'submitted',
      plan: 'Wij nemen het groenonderhoud van de wijk over: maaien, plantsoenen bijhouden en samen met de hovenier snoeien, met bewoners uit elke straat.',
    });
    score(row, challengeCriteria, -380);
    const reason = 'Het plan voldoet aan alle criteria; de buurt draagt het groen al jaren mee.';
    const conditions = [
      'Maaien van april tot oktober elke twee weken',
      'Bomen alleen snoeien met de hovenier van de gemeente',
      'Een kwartaalverslag met de gewerkte uren',
    ];
    accept(row, green, -372, 'community', reason, conditions);
    agreement(
      { type: 'task', id: green.id, areaId: green.area_id },
      -372,
      reason,
      conditions,
      -7,
      row,
      green,
      greenInitiative.id,
      [
        ['Eerste maaironde van het seizoen', -340, 'met'],
        ['Zomersnoei met de hovenier', -250, 'met'],
        ['Bladruimen in het najaar', -160, 'met'],
        ['Voorjaarsplan en rooster', -70, 'met'],
        [
          'Maaironde bij de scholen',
          -48,
          'missed',
          'De tweede ronde is niet gelopen: te weinig mensen in de meivakantie.',
        ],
        ['Kwartaalverslag', -20, 'open'],
        ['Zomersnoei', 45, 'open'],
      ],
    );
    incident(green, 'normal', 'Het gras bij de basisschool staat te hoog; kinderen kunnen het veld niet op.', -30);
    const compel = decide({ type: 'task', id: green.id, areaId: green.area_id }, 'compel', -6, {
      motivation:
        'Twee mijlpalen zijn gemist en er is een melding over het schoolplein. De afspraken blijven staan, maar de achterstand moet binnen twee weken weg zijn.',
      instruments: {
        enforcement: {
          conditions: [
            {
              condition: 'Het achterstallige maaiwerk bij de scholen is gedaan',
              deadline: date(14),
              consequence: 'De hovenier van de gemeente maait, betaald uit de afgesproken vergoeding',
            },
            {
              condition: 'Het kwartaalverslag is binnen',
              deadline: date(21),
              consequence: 'De volgende betaling wacht tot het er is',
            },
          ],
        },
        contactPerson: { name: 'Rita Regisseur', department: 'Wijkzaken' },
      },
      review: 42,
      proportionality:
        'De veiligheid en het gebruik van het schoolplein staan op het spel; afspraken met termijnen zijn nodig, maar de buurt blijft het werk doen.',
      alternative: 'Alleen een gesprek en het verslag afwachten: dat lost de achterstand voor de zomer niet op.',
    });
    response(
      compel,
      resident(),
      'comment',
      'Fijn dat het gras bij de school wordt aangepakt; mijn kinderen spelen daar elke dag.',
      -5,
      [
        'Dank voor uw reactie. De afspraak is dat het maaiwerk binnen twee weken is gedaan; daarna kijken we samen terug.',
        -3,
      ],
    );
    response(
      compel,
      greenInitiative.organisers[0]!,
      'objection',
      'Wij doen dit met vrijwilligers en hadden in mei pech met zieken. Dwingen voelt niet als samenwerken; help ons liever aan extra handen.',
      -4,
    );
  }

  // 2. Accepted and thriving: co-production, then facilitated with a grant that is being paid.
  const centre = taskTitled('Wijkcentrum', 1) ?? taskTitled('Wijkcentrum');
  const centreInitiative = initiativeFor('culture', 'care_and_wellbeing');
  if (centre && centreInitiative) {
    const row = challenge(centre, centreInitiative, {
      submitted: -300,
      costShare: 95,
      status: 'submitted',
      plan: 'Bewoners beheren het wijkcentrum samen met de welzijnsstichting: de zalen, de koffie-ochtenden en een programma dat de buurt zelf kiest.',
    });
    score(row, challengeCriteria, -250);
    const reason =
      'Een sterke groep met een goed plan; de welzijnsstichting blijft betrokken voor de zwaardere ondersteuning.';
    const conditions = ['Open op werkdagen van 9 tot 17 uur', 'Zalen tegen gelijke prijzen voor alle buurtgroepen'];
    accept(row, centre, -240, 'co_production', reason, conditions);
    agreement(
      { type: 'task', id: centre.id, areaId: centre.area_id },
      -240,
      reason,
      conditions,
      -60,
      row,
      centre,
      centreInitiative.id,
      [
        ['Beheerteam en rooster rond', -200, 'met'],
        ['Zomerprogramma', -110, 'met'],
        ['Jaarverslag', -20, 'met'],
        ['Najaarsprogramma', 70, 'open'],
      ],
    );
    const facilitate = decide({ type: 'task', id: centre.id, areaId: centre.area_id }, 'facilitate', -60, {
      motivation:
        'Het beheer loopt goed en alle mijlpalen zijn gehaald. De gemeente laat los en ondersteunt met een subsidie voor de inrichting.',
      instruments: {
        grant: {
          amountCents: 750_000,
          purpose: 'Inrichting van de keuken en een nieuw geluidssysteem voor de grote zaal',
          reportDueDate: date(30),
          recipientInitiativeId: centreInitiative.id,
        },
        contactPerson: { name: 'Rita Regisseur', department: 'Wijkzaken' },
      },
      review: 180,
    });
    grant(
      facilitate,
      centreInitiative.id,
      750_000,
      'Inrichting van de keuken en een nieuw geluidssysteem voor de grote zaal',
      30,
      [
        [500_000, -55],
        [250_000, -20],
      ],
    );
  }

  // 3. An initiative facilitated with a grant whose report is now overdue; its review comes soon.
  const careInitiative = initiativeFor('care_and_wellbeing', 'safety');
  if (careInitiative) {
    const decision = decide(
      { type: 'initiative', id: careInitiative.id, areaId: careInitiative.areaId },
      'facilitate',
      -150,
      {
        motivation:
          'Een groeiende groep die ouderen wekelijks samen laat eten. De gemeente faciliteert met ruimte en een kleine subsidie.',
        instruments: {
          grant: {
            amountCents: 300_000,
            purpose: 'Vervoer en boodschappen voor de wekelijkse eettafel',
            reportDueDate: date(-20),
            recipientInitiativeId: careInitiative.id,
          },
          space: { description: 'De grote zaal van het wijkcentrum op dinsdagmiddag' },
        },
        review: 10,
      },
    );
    const row = grant(
      decision,
      careInitiative.id,
      300_000,
      'Vervoer en boodschappen voor de wekelijkse eettafel',
      -20,
      [[300_000, -145]],
    );
    row.report_overdue_at = at(-19);
    response(
      decision,
      resident(),
      'comment',
      'Mijn moeder gaat er elke week heen; ze kijkt er de hele week naar uit.',
      -60,
    );
  }

  // 4. Handed over long ago, taken back after a critical incident, with a plan to hand it back.
  const bus = taskTitled('Buurtbus');
  const busInitiative = initiativeFor('care_and_wellbeing', 'work_and_economy', 'safety');
  if (bus && busInitiative) {
    const row = challenge(bus, busInitiative, {
      submitted: -760,
      costShare: 90,
      status: 'submitted',
      plan: 'Vrijwillige chauffeurs rijden de buurtbus: boodschappen, huisarts en wijkcentrum, op een vaste dienstregeling.',
    });
    score(row, challengeCriteria, -720);
    const reason = 'Een vaste groep chauffeurs en een goede regeling; de gemeente betaalt de bus en de verzekering.';
    const busConditions = ['Rijden volgens de dienstregeling', 'Chauffeurs met een geldig rijbewijs en VOG'];
    accept(row, bus, -700, 'community', reason, busConditions);
    agreement(
      { type: 'task', id: bus.id, areaId: bus.area_id },
      -700,
      reason,
      busConditions,
      -330,
      row,
      bus,
      busInitiative.id,
      [
        ['Dienstregeling en chauffeurs rond', -670, 'met'],
        ['Halfjaarverslag', -520, 'met'],
        ['Jaarverslag', -340, 'met'],
      ],
    );
    incident(
      bus,
      'critical',
      'Drie weken geen vervoer: bewoners misten afspraken bij de huisarts en de dagbesteding.',
      -100,
    );
    const takeOver = decide({ type: 'task', id: bus.id, areaId: bus.area_id }, 'take_over', -98, {
      motivation:
        'Na het uitvallen van de chauffeurs kan de buurt het vervoer nu niet dragen. De gemeente neemt het tijdelijk over, met een plan om het terug te geven.',
      instruments: {
        takeOver: {
          deliveredBy: 'Regiotaxi, in opdracht van de gemeente',
          plan: 'Samen met het initiatief werven we nieuwe chauffeurs en een coördinator. Zodra er een vaste groep van acht is, rijdt de buurt eerst een maand mee en neemt dan weer over.',
          handBackDate: date(120),
        },
      },
      review: 20,
      proportionality:
        'Bewoners die afhankelijk zijn van vervoer naar zorg mogen niet zonder: dat weegt zwaarder dan de zelfstandigheid van het initiatief.',
      alternative:
        'Afspraken met termijnen (dwingen): zonder chauffeurs kan het initiatief die niet halen, dus dat zou niemand helpen.',
    });
    bus.provider = 'municipality';
    bus.provider_initiative_id = null;
    bus.provider_organisation_id = null;
    bus.updated_at = at(-98);
    snapshots.push(
      snapshotOf(id, bus, 'provider', 'Tijdelijk overgenomen na het uitvallen van het vervoer', at(-98), null),
    );
    response(
      takeOver,
      busInitiative.organisers[0]!,
      'objection',
      'Wij hadden binnen een week een vervangende chauffeur gevonden. Geef ons de kans het zelf op te lossen in plaats van alles over te nemen.',
      -95,
      [
        'Dank voor uw bezwaar. Het overnemen is tijdelijk: zodra er weer een vaste groep chauffeurs is, geven we het vervoer terug, zoals in het plan staat.',
        -80,
      ],
    );
  }

  // 5. Under assessment: due soon, just in, and overdue.
  const playgrounds = taskTitled('Speelvoorzieningen');
  const youth = initiativeFor('youth', 'sport');
  if (playgrounds && youth) {
    const row = challenge(playgrounds, youth, {
      submitted: -63,
      costShare: 90,
      status: 'submitted',
      plan: 'Ouders uit de buurt houden de speeltuinen bij: schoonmaken, kleine reparaties en melden wat de keurmeester moet zien.',
    });
    score(row, ['rooted_in_area', 'support', 'social_value', 'cost_not_higher'], -20);
  }
  const litter = taskTitled('Zwerfafval');
  const litterInitiative = initiativeFor('green_and_public_space', 'energy_and_climate');
  if (litter && litterInitiative)
    challenge(litter, litterInitiative, {
      submitted: -14,
      costShare: 70,
      status: 'submitted',
      plan: 'Een afvalbrigade van bewoners loopt elke zaterdag door de buurt en houdt het park schoon, met grijpers en zakken van de gemeente.',
    });
  const youthWork = taskTitled('Jongerenwerk');
  const youthWorkInitiative = initiativeFor('youth', 'sport', 'culture');
  if (youthWork && youthWorkInitiative) {
    const row = challenge(youthWork, youthWorkInitiative, {
      submitted: -80,
      costShare: 80,
      status: 'submitted',
      plan: 'Jongeren en buurtvaders organiseren zelf de avonden in het jongerencentrum, met een jongerenwerker op afroep.',
    });
    score(row, challengeCriteria, -30, {
      capacity_to_deliver: [1, 'Veel inzet, maar nog weinig ervaring met zware problematiek.'],
    });
  }

  // 6. Refused, with reasons per criterion.
  const schoolRuns = taskTitled('Leerlingenvervoer');
  const schoolRunsInitiative = initiativeFor('work_and_economy', 'care_and_wellbeing', 'youth');
  if (schoolRuns && schoolRunsInitiative) {
    const row = challenge(schoolRuns, schoolRunsInitiative, {
      submitted: -200,
      costShare: 75,
      status: 'refused',
      plan: 'Ouders rijden de kinderen zelf naar het speciaal onderwijs, met een rooster en eigen auto’s.',
    });
    score(row, challengeCriteria, -160, {
      capacity_to_deliver: [
        0,
        'Vervoer van kinderen met een beperking vraagt gecertificeerde chauffeurs en aangepaste busjes.',
      ],
      harms_no_one: [1, 'Kinderen die begeleiding nodig hebben lopen risico bij wisselende chauffeurs.'],
    });
    row.decision_reason =
      'Het plan is sympathiek, maar dit vervoer vraagt gecertificeerde chauffeurs en aangepast materieel. De gemeente blijft het aanbesteden; ouders denken mee over de dienstregeling.';
    row.decided_at = at(-150);
    row.decided_by = officer;
  }

  // 7. Withdrawn by the initiative itself.
  const secondGreen = taskTitled('Groenonderhoud', 1) ?? taskTitled('Cultuureducatie');
  const withdrawer = initiativeFor('green_and_public_space', 'sport');
  if (secondGreen && withdrawer) {
    const row = challenge(secondGreen, withdrawer, {
      submitted: -120,
      costShare: 90,
      status: 'withdrawn',
      plan: 'Wij willen het groen in onze wijk zelf onderhouden, samen met de volkstuinders.',
    });
    row.withdrawal_reason =
      'We hebben te weinig vrijwilligers voor een heel jaar; we proberen het volgend voorjaar opnieuw.';
    row.withdrawn_at = at(-90);
  }

  // 8. Grants followed to the end: one settled with its report, one clawed back because the money went
  // elsewhere, one still being paid out.
  const festival = initiativeFor('culture', 'sport');
  if (festival) {
    const decision = decide({ type: 'initiative', id: festival.id, areaId: festival.areaId }, 'facilitate', -300, {
      motivation:
        'Een buurtfeest dat elk jaar meer buren trekt. De gemeente faciliteert met een subsidie voor het podium en de vergunning.',
      instruments: {
        grant: {
          amountCents: 400_000,
          purpose: 'Podium, geluid en de vergunning voor het buurtfeest',
          reportDueDate: date(-200),
          recipientInitiativeId: festival.id,
        },
        permit: { description: 'Een evenementenvergunning voor het plein op de laatste zaterdag van juni' },
      },
      review: 65,
    });
    const row = grant(decision, festival.id, 400_000, 'Podium, geluid en de vergunning voor het buurtfeest', -200, [
      [400_000, -290],
    ]);
    row.report_received_on = date(-205);
    row.report_used_as_agreed = 1;
    row.report_note = 'Het feest trok 600 buren; de bonnen van het podium en het geluid zitten bij het verslag.';
  }
  const repairCafe = initiativeFor('energy_and_climate', 'work_and_economy');
  if (repairCafe) {
    const decision = decide({ type: 'initiative', id: repairCafe.id, areaId: repairCafe.areaId }, 'facilitate', -260, {
      motivation: 'Een repaircafé dat spullen uit de afvalstroom houdt. De gemeente faciliteert met een startsubsidie.',
      instruments: {
        grant: {
          amountCents: 200_000,
          purpose: 'Gereedschap en werkbanken voor het repaircafé',
          reportDueDate: date(-120),
          recipientInitiativeId: repairCafe.id,
        },
        expertise: { description: 'Advies van de afvalcoach over wat gerepareerd mag worden' },
      },
      review: 120,
    });
    const row = grant(decision, repairCafe.id, 200_000, 'Gereedschap en werkbanken voor het repaircafé', -120, [
      [200_000, -255],
    ]);
    row.report_received_on = date(-115);
    row.report_used_as_agreed = 0;
    row.report_note = 'Een deel van het geld is gebruikt voor een uitje van de vrijwilligers.';
    row.clawback_cents = 80_000;
    row.clawback_ground = 'not_used_as_agreed';
    row.clawback_reason =
      'Volgens het verslag ging € 800 naar een uitje in plaats van naar gereedschap; dat deel vordert de gemeente terug.';
    row.clawback_at = at(-100);
  }
  const choir = initiativeFor('culture', 'youth', 'sport');
  if (choir) {
    const decision = decide({ type: 'initiative', id: choir.id, areaId: choir.areaId }, 'facilitate', -40, {
      motivation:
        'Een buurtkoor dat jong en oud samenbrengt. De gemeente faciliteert met een subsidie in twee delen en een repetitieruimte.',
      instruments: {
        grant: {
          amountCents: 150_000,
          purpose: 'Een dirigent en bladmuziek voor het eerste seizoen',
          reportDueDate: date(200),
          recipientInitiativeId: choir.id,
        },
        space: { description: 'Het muzieklokaal van de basisschool op donderdagavond' },
      },
      review: 300,
    });
    grant(decision, choir.id, 150_000, 'Een dirigent en bladmuziek voor het eerste seizoen', 200, [[75_000, -35]]);
  }

  // Incidents elsewhere in the register, so the advice has signals to weigh.
  const waste = taskTitled('Afvalinzameling');
  if (waste) {
    incident(waste, 'normal', 'In twee straten is het gft drie weken niet opgehaald.', -25);
    incident(waste, 'normal', 'Containers bij de flat bleven een week overvol staan.', -12);
  }

  function grant(
    decision: SteeringDecisionsTable,
    initiativeId: string,
    amountCents: number,
    purpose: string,
    reportDue: number,
    paid: Array<[cents: number, when: number]>,
  ): SteeringGrantsTable {
    const row: SteeringGrantsTable = {
      id: id(),
      decision_id: decision.id,
      subject_type: decision.subject_type,
      subject_id: decision.subject_id,
      area_id: decision.area_id,
      recipient_initiative_id: initiativeId,
      recipient_organisation_id: null,
      purpose,
      amount_cents: amountCents,
      paid_cents: paid.reduce((s, [cents]) => s + cents, 0),
      report_due_date: date(reportDue),
      report_overdue_at: null,
      report_received_on: null,
      report_used_as_agreed: null,
      report_note: null,
      clawback_cents: null,
      clawback_ground: null,
      clawback_reason: null,
      clawback_at: null,
      created_by: officer,
      created_at: decision.decided_at,
    };
    out.grants.push(row);
    for (const [cents, when] of paid)
      out.payments.push({
        id: id(),
        grant_id: row.id,
        amount_cents: cents,
        paid_on: date(when),
        note: null,
        recorded_by: officer,
        recorded_at: at(when),
      });
    return row;
  }

  return out;
}
