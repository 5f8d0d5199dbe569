import type { Domain } from '../../../../contracts/initiatives.ts';
import type { OrganisationKind } from '../../../../contracts/initiatives-organisations.ts';

export interface NeedTemplate {
  kind: 'volunteers' | 'materials' | 'money' | 'space' | 'permit' | 'expertise';
  title: string;
  /** People, items or euros (not cents), by kind; ignored for space and permit. */
  quantity: number;
  unit?: string;
}

/**
 * A recurring activity: the weekly coffee morning, the monthly Repair Café. Most of what residents
 * do together happens in these, so they carry most of the activity log.
 */
export interface SeriesTemplate {
  title: string;
  /** Days between sessions: 7, 14 or 28; 365 for a once-a-year event. */
  every: number;
  /** 0 is Sunday. */
  weekday: number;
  /** Local start hour, and how long it lasts. */
  hour: number;
  hours: number;
  capacity: [number, number];
  /** People who usually come; each comes to most sessions. */
  regulars: [number, number];
  /** People who come once, from the neighbourhood or elsewhere in the district. */
  newcomers: [number, number];
  /** Months (0–11) it runs in; all year (bar the holidays) when absent. */
  months?: readonly number[];
}

export interface InitiativeTemplate {
  domain: Domain;
  title: string;
  summary: string;
  description: string;
  needs: NeedTemplate[];
  series: SeriesTemplate[];
  updates: string[];
}

/** Initiatives as Dutch neighbourhoods know them; `{buurt}` becomes the neighbourhood's name. */
export const INITIATIVE_TEMPLATES: readonly InitiativeTemplate[] = [
  {
    domain: 'green_and_public_space',
    title: 'Moestuin {buurt}',
    summary: 'Samen groente kweken op het braakliggende stuk grond bij de school.',
    description:
      'Iedere zaterdagochtend tuinieren we samen. De oogst delen we met de voedselbank en de buren.\n\nNieuwe tuiniers zijn welkom, ervaring is niet nodig.',
    needs: [
      { kind: 'volunteers', title: 'Handen bij de aanleg van de bedden', quantity: 8 },
      { kind: 'materials', title: 'Potgrond', quantity: 40, unit: 'zakken' },
      { kind: 'money', title: 'Een tuinhuisje voor het gereedschap', quantity: 650 },
    ],
    series: [
      {
        title: 'Tuinochtend',
        every: 7,
        weekday: 6,
        hour: 10,
        hours: 3,
        capacity: [15, 25],
        regulars: [10, 20],
        newcomers: [0, 3],
        months: [2, 3, 4, 5, 6, 7, 8, 9],
      },
      {
        title: 'Oogstfeest',
        every: 365,
        weekday: 0,
        hour: 14,
        hours: 4,
        capacity: [60, 120],
        regulars: [10, 20],
        newcomers: [20, 50],
        months: [8],
      },
    ],
    updates: ['De eerste bedden liggen erin', 'Oogstfeest in september'],
  },
  {
    domain: 'green_and_public_space',
    title: 'Geveltuintjes in {buurt}',
    summary: 'Tegels eruit, planten erin: samen maken we de straat groener en koeler.',
    description: 'We helpen bewoners met het aanleggen van een geveltuin. De gemeente haalt de tegels op.',
    needs: [
      { kind: 'permit', title: 'Toestemming om tegels te wippen', quantity: 1 },
      { kind: 'materials', title: 'Vaste planten', quantity: 120, unit: 'planten' },
    ],
    series: [
      {
        title: 'Tegelwipdag',
        every: 28,
        weekday: 6,
        hour: 10,
        hours: 4,
        capacity: [15, 30],
        regulars: [6, 12],
        newcomers: [3, 10],
        months: [2, 3, 4, 8, 9],
      },
    ],
    updates: ['Al 30 geveltuintjes aangelegd'],
  },
  {
    domain: 'care_and_wellbeing',
    title: 'Koffieochtend voor ouderen {buurt}',
    summary: 'Elke dinsdag koffie, een praatje en af en toe een spelletje in het buurthuis.',
    description:
      'Veel ouderen in de buurt zien weinig mensen. Bij ons schuiven ze aan. Vrijwilligers halen mensen op die slecht ter been zijn.',
    needs: [
      { kind: 'volunteers', title: 'Gastvrouwen en gastheren', quantity: 4 },
      { kind: 'space', title: 'Een ruimte op dinsdagochtend', quantity: 1 },
    ],
    series: [
      {
        title: 'Koffieochtend',
        every: 7,
        weekday: 2,
        hour: 10,
        hours: 2,
        capacity: [20, 30],
        regulars: [14, 24],
        newcomers: [0, 3],
      },
    ],
    updates: ['We zitten nu in het buurthuis'],
  },
  {
    domain: 'care_and_wellbeing',
    title: 'Maaltijden delen in {buurt}',
    summary: 'Buren koken een portie extra voor wie dat goed kan gebruiken.',
    description: 'Thuiskokers uit de buurt delen een warme maaltijd met buren die zelf niet (meer) koken.',
    needs: [
      { kind: 'volunteers', title: 'Thuiskokers', quantity: 10 },
      { kind: 'expertise', title: 'Advies over voedselveiligheid', quantity: 1 },
    ],
    series: [
      {
        title: 'Samen koken',
        every: 7,
        weekday: 4,
        hour: 17,
        hours: 3,
        capacity: [12, 20],
        regulars: [8, 16],
        newcomers: [0, 3],
      },
    ],
    updates: ['Honderd maaltijden gedeeld'],
  },
  {
    domain: 'safety',
    title: 'Buurtpreventie {buurt}',
    summary: 'Bewoners lopen avondrondes en letten op elkaars huizen.',
    description:
      'We lopen twee keer per week een ronde en melden losliggende stoeptegels, kapotte lampen en onveilige plekken.',
    needs: [
      { kind: 'volunteers', title: 'Lopers voor de avondronde', quantity: 12 },
      { kind: 'materials', title: 'Hesjes en zaklampen', quantity: 12, unit: 'sets' },
    ],
    series: [
      {
        title: 'Avondronde',
        every: 7,
        weekday: 1,
        hour: 20,
        hours: 2,
        capacity: [8, 14],
        regulars: [6, 12],
        newcomers: [0, 2],
      },
      {
        title: 'Avondronde',
        every: 7,
        weekday: 4,
        hour: 20,
        hours: 2,
        capacity: [8, 14],
        regulars: [6, 12],
        newcomers: [0, 2],
      },
    ],
    updates: ['Schouw met de wijkagent'],
  },
  {
    domain: 'energy_and_climate',
    title: 'Energiecoöperatie {buurt}',
    summary: 'Zonnepanelen op het dak van de sporthal, van en voor de buurt.',
    description: 'Bewoners worden mede-eigenaar van de panelen. De opbrengst gaat naar de leden en een buurtfonds.',
    needs: [
      { kind: 'expertise', title: 'Een elektrotechnisch adviseur', quantity: 1 },
      { kind: 'money', title: 'Startkapitaal voor het eerste dak', quantity: 4500 },
      { kind: 'permit', title: 'Omgevingsvergunning voor het dak', quantity: 1 },
    ],
    series: [
      {
        title: 'Informatieavond',
        every: 28,
        weekday: 3,
        hour: 19,
        hours: 2,
        capacity: [40, 60],
        regulars: [5, 10],
        newcomers: [15, 40],
      },
    ],
    updates: ['De eerste vijftig leden zijn binnen'],
  },
  {
    domain: 'energy_and_climate',
    title: 'Energiecoaches {buurt}',
    summary: 'Buren helpen buren hun energierekening omlaag te krijgen.',
    description: 'Getrainde vrijwilligers komen langs met radiatorfolie, ledlampen en tips.',
    needs: [
      { kind: 'volunteers', title: 'Energiecoaches', quantity: 6 },
      { kind: 'materials', title: 'Tochtstrips en ledlampen', quantity: 200, unit: 'stuks' },
    ],
    series: [
      {
        title: 'Huisbezoekenronde',
        every: 7,
        weekday: 6,
        hour: 10,
        hours: 3,
        capacity: [10, 16],
        regulars: [6, 12],
        newcomers: [0, 2],
        months: [0, 1, 2, 8, 9, 10, 11],
      },
      {
        title: 'Training energiecoach',
        every: 28,
        weekday: 3,
        hour: 19,
        hours: 2,
        capacity: [12, 20],
        regulars: [3, 6],
        newcomers: [4, 12],
      },
    ],
    updates: ['Al 80 huishoudens bezocht'],
  },
  {
    domain: 'culture',
    title: 'Buurtbieb {buurt}',
    summary: 'Een kastje vol boeken op de hoek: neem er een, breng er een.',
    description: 'We beheren drie minibiebs en organiseren voorleesmiddagen voor kinderen.',
    needs: [
      { kind: 'materials', title: 'Kinderboeken', quantity: 100, unit: 'boeken' },
      { kind: 'volunteers', title: 'Voorlezers', quantity: 3 },
    ],
    series: [
      {
        title: 'Voorleesmiddag',
        every: 14,
        weekday: 3,
        hour: 14,
        hours: 2,
        capacity: [15, 25],
        regulars: [10, 18],
        newcomers: [1, 5],
      },
    ],
    updates: ['Nieuwe kast bij de speeltuin'],
  },
  {
    domain: 'culture',
    title: 'Zomerfestival {buurt}',
    summary: 'Eén dag muziek, eten en spelletjes op het plein, door en voor de buurt.',
    description: 'Bandjes uit de buurt, een kookwedstrijd en een kleedjesmarkt.',
    needs: [
      { kind: 'permit', title: 'Evenementenvergunning', quantity: 1 },
      { kind: 'money', title: 'Huur van het podium', quantity: 1200 },
      { kind: 'volunteers', title: 'Opbouw en afbouw', quantity: 15 },
    ],
    series: [
      {
        title: 'Zomerfestival',
        every: 365,
        weekday: 6,
        hour: 12,
        hours: 8,
        capacity: [200, 350],
        regulars: [20, 40],
        newcomers: [80, 200],
        months: [5],
      },
      {
        title: 'Vergadering festivalcommissie',
        every: 28,
        weekday: 1,
        hour: 20,
        hours: 2,
        capacity: [12, 20],
        regulars: [6, 12],
        newcomers: [0, 2],
      },
    ],
    updates: ['Het programma is rond'],
  },
  {
    domain: 'youth',
    title: 'Huiswerkklas {buurt}',
    summary: 'Studenten en gepensioneerde docenten helpen kinderen met hun huiswerk.',
    description: 'Drie middagen per week, gratis, in de bibliotheek.',
    needs: [
      { kind: 'volunteers', title: 'Huiswerkbegeleiders', quantity: 6 },
      { kind: 'space', title: 'Een lokaal na schooltijd', quantity: 1 },
    ],
    series: [1, 2, 4].map((weekday) => ({
      title: 'Huiswerkmiddag',
      every: 7,
      weekday,
      hour: 15,
      hours: 2,
      capacity: [15, 22] as [number, number],
      regulars: [10, 18] as [number, number],
      newcomers: [0, 2] as [number, number],
    })),
    updates: ['Twintig kinderen doen mee'],
  },
  {
    domain: 'sport',
    title: 'Buurtsport op het veldje in {buurt}',
    summary: 'Elke woensdag voetbal en spelletjes voor kinderen uit de buurt.',
    description: 'Met hulp van ouders en de sportvereniging. Iedereen kan meedoen.',
    needs: [
      { kind: 'volunteers', title: 'Begeleiders op woensdag', quantity: 4 },
      { kind: 'materials', title: 'Ballen en pionnen', quantity: 20, unit: 'stuks' },
    ],
    series: [
      {
        title: 'Sportmiddag',
        every: 7,
        weekday: 3,
        hour: 14,
        hours: 2,
        capacity: [25, 40],
        regulars: [18, 30],
        newcomers: [1, 5],
      },
    ],
    updates: ['Nieuwe doeltjes geplaatst'],
  },
  {
    domain: 'work_and_economy',
    title: 'Repair Café {buurt}',
    summary: 'Kapotte spullen samen repareren, elke eerste zaterdag van de maand.',
    description: 'Handige buren repareren fietsen, kleding en apparaten. Weggooien is zonde.',
    needs: [
      { kind: 'expertise', title: 'Reparateurs voor elektrische apparaten', quantity: 3 },
      { kind: 'materials', title: 'Gereedschapskisten', quantity: 4, unit: 'kisten' },
    ],
    series: [
      {
        title: 'Repair Café',
        every: 28,
        weekday: 6,
        hour: 13,
        hours: 3,
        capacity: [35, 60],
        regulars: [8, 14],
        newcomers: [15, 35],
      },
    ],
    updates: ['Vijftig spullen gered van de afvalberg'],
  },
];

export const STOP_REASONS = [
  'De ruimte is niet meer beschikbaar.',
  'Te weinig vrijwilligers om het vol te houden.',
  'Het doel is bereikt; we gaan op in de buurtvereniging.',
];

export const DEPARTMENTS = [
  'Groen en Wijkbeheer',
  'Sociaal Domein',
  'Openbare Orde en Veiligheid',
  'Duurzaamheid',
  'Cultuur en Jeugd',
];

export const RESPONSES = [
  'De gemeente ondersteunt dit initiatief. We stellen de ruimte om niet beschikbaar en helpen bij de vergunning. Een medewerker neemt contact op.',
  'We vinden dit een waardevol plan. We kunnen geen geld bijdragen, maar wel materiaal en advies van onze wijkbeheerder.',
  'Het plan past binnen het wijkplan. We maken graag afspraken over het onderhoud; dan draagt de gemeente het budget voor dit stuk groen over.',
];

export const ORGANISATIONS: ReadonlyArray<{ name: string; kind: OrganisationKind; description: string }> = [
  {
    name: 'Buurtvereniging Wakkerdam',
    kind: 'association',
    description: 'De vereniging van en voor bewoners van Wakkerdam.',
  },
  {
    name: 'Stichting Groen Wakkerdam',
    kind: 'foundation',
    description: 'Beheert buurttuinen en groenstroken samen met bewoners.',
  },
  {
    name: 'Kringloop De Tweede Kans',
    kind: 'social_enterprise',
    description: 'Kringloopwinkel met werkplekken voor mensen met afstand tot werk.',
  },
  { name: 'Thuiszorg Wakkerdam', kind: 'care_provider', description: 'Wijkverpleging en ondersteuning thuis.' },
  { name: 'Woonstichting Wakkerdam', kind: 'housing_corporation', description: 'Sociale huurwoningen in alle wijken.' },
  { name: 'Basisschool De Regenboog', kind: 'school', description: 'Openbare basisschool.' },
  { name: 'Bouwbedrijf Van Dam', kind: 'company', description: 'Lokaal bouwbedrijf dat graag meehelpt in de buurt.' },
];

/** Heavier themes come up more often, as on real Dutch initiative platforms. */
export const DOMAIN_WEIGHTS: Record<Domain, number> = {
  green_and_public_space: 5,
  care_and_wellbeing: 4,
  culture: 3,
  energy_and_climate: 3,
  safety: 2,
  youth: 2,
  sport: 2,
  work_and_economy: 2,
};

export const OFFLINE_INITIATORS = ['Mevrouw Jansen', 'Meneer El Amrani', 'Mevrouw De Graaf', 'Meneer Pinas'];

/** Where a second initiative of the same kind in a neighbourhood meets, to tell them apart. */
export const PLACES = [
  'Lindelaan',
  'Kerkplein',
  'Molenstraat',
  'Het Wilgenhof',
  'De Brink',
  'Schoolstraat',
  'Het Parkje',
  'Dorpsstraat',
  'De Vaart',
  'Het Klaverveld',
];

/** News any initiative publishes now and then. */
export const NEWS = [
  'Terugblik op een mooie middag',
  'Nieuwe vrijwilligers welkom',
  'Dank aan alle buren die meehielpen',
  'Foto’s van de laatste keer',
  'We zijn een jaar verder',
  'Even een update',
];
