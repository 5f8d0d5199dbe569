import type { Random } from './random.ts';

// Fictional names in the style of Dutch wijken, buurten and people; any likeness is the point.
const DISTRICT_NAMES = [
  'Centrum',
  'Oude Haven',
  'Noorderpolder',
  'Zuiderhout',
  'Westerkwartier',
  'Oosterweide',
  'De Brink',
  'Molenwijk',
  'Het Veld',
  'Dijkzicht',
  'Vaartsche Rijn',
  'Ter Weyde',
  'Hoograven',
  'Leeuwenhof',
  'De Kreek',
  'Buitenvaart',
  'Sluiskwartier',
  'Kerkeland',
  'Waterlanden',
  'De Meent',
  'Lindenhove',
  'Berkenrode',
  'Eikenburg',
  'Stationskwartier',
  'Nieuw-Wakkerdam',
  'Oud-Wakkerdam',
  'De Horst',
  'Kalkoven',
  'Groenewoud',
  'Rietveld',
  'Zandbergen',
  'Heemstede-Oost',
  'De Gaarde',
  'Veenendaal-Zuid',
  'Schepenbuurt',
  'Klaverweide',
  'Oeverlanden',
  'De Terp',
  'Polderzicht',
  'Marktveld',
  'Havenfront',
  'Bolwerk',
  'Kastelenwijk',
  'De Lanen',
  'Weidebloem',
  'Hofstede',
  'Singelrand',
  'Ringvaart',
];
const PREFIXES = [
  'Bloemen',
  'Vogel',
  'Schilders',
  'Componisten',
  'Bomen',
  'Sterren',
  'Rivieren',
  'Zeehelden',
  'Dichters',
  'Vruchten',
  'Kruiden',
  'Edelstenen',
  'Planeten',
  'Provincie',
  'Eilanden',
  'Molen',
  'Kerk',
  'Stations',
  'Haven',
  'Polder',
  'Dijk',
  'Sluis',
  'Bruggen',
  'Vaart',
  'Weide',
  'Hof',
  'Akker',
  'Beek',
  'Heide',
  'Duin',
  'Bos',
  'Veen',
  'Gracht',
  'Kade',
  'Markt',
  'School',
  'Toren',
  'Water',
  'Vlinder',
  'Zeilmakers',
];
const SUFFIXES = ['buurt', 'wijk', 'kwartier', 'park', 'hof'];
const SIDES = ['Noord', 'Zuid', 'Oost', 'West'];

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** `count` distinct names from a list, adding Noord/Zuid/… and then numbers when it runs out. */
function distinctNames(random: Random, base: readonly string[], count: number): string[] {
  const names = shuffled(random, base);
  for (const side of SIDES) for (const name of base) names.push(`${name} ${side}`);
  for (let n = 2; names.length < count; n++) for (const name of base) names.push(`${name} ${n}`);
  return names.slice(0, count);
}

export function districtNames(random: Random, count: number): string[] {
  return distinctNames(random, DISTRICT_NAMES, count);
}

/** Each theme (Bloemen-, Vogel- …) once before any comes back with another ending. */
export function neighbourhoodNames(random: Random, count: number): string[] {
  const endings = PREFIXES.map(() => random.int(0, SUFFIXES.length));
  const names: string[] = [];
  for (let round = 0; round < SUFFIXES.length; round++) {
    for (const i of shuffled(
      random,
      PREFIXES.map((_, i) => i),
    ))
      names.push(`${PREFIXES[i]}${SUFFIXES[(endings[i]! + round) % SUFFIXES.length]}`);
  }
  for (const side of SIDES)
    for (const name of names.slice(0, PREFIXES.length * SUFFIXES.length)) names.push(`${name} ${side}`);
  for (let n = 2; names.length < count; n++)
    for (const name of names.slice(0, PREFIXES.length * SUFFIXES.length)) names.push(`${name} ${n}`);
  return names.slice(0, count);
}

const FIRST_NAMES = [
  'Anna',
  'Bram',
  'Daan',
  'Emma',
  'Fatima',
  'Fleur',
  'Gijs',
  'Hanna',
  'Ilse',
  'Jan',
  'Julia',
  'Kees',
  'Lars',
  'Lotte',
  'Mohammed',
  'Noor',
  'Olga',
  'Pieter',
  'Priya',
  'Rik',
  'Sanne',
  'Sem',
  'Tess',
  'Thijs',
  'Yusuf',
  'Zeynep',
  'Wim',
  'Marieke',
  'Joost',
  'Aisha',
  'Bas',
  'Chen',
  'Dewi',
  'Esra',
  'Finn',
  'Greet',
  'Henk',
  'Ivo',
  'Jasmijn',
  'Koen',
];
const LAST_NAMES = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Janssen',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'Yilmaz',
  'El Amrani',
  'Kaya',
  'Wang',
  'Pinas',
  'Ramdin',
  'Nguyen',
  'Kowalski',
  'Santos',
  'Haddou',
];

export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}
