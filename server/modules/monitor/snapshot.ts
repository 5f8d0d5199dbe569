import type { AreaKind } from '../../../contracts/areas.ts';
import { medianFigure, ratio, type RawFigure } from './indicators.ts';
import {
  measureNumbered,
  NetworkScratch,
  NodeNumbers,
  numberTies,
  pictureNumbered,
  type Picture,
  type Tie,
} from './network.ts';

/**
 * The figures of every area for one date, from the facts of its window (docs/monitor.md). Pure:
 * the repository loads the window, this computes. Neighbourhood facts roll up to their district
 * and municipality; distinct residents are counted once per area they are counted in.
 */

export interface AreaNode {
  id: string;
  kind: AreaKind;
  parentId: string | null;
  population: number | null;
}

export interface ResidentWindowRow {
  areaId: string;
  residentId: string;
  gives: boolean;
  receives: boolean;
  votes: boolean;
}

/** A help request made in the window, and when (if at all, by the end of the window) it was matched and solved. */
export interface RequestCohortRow {
  areaId: string | null;
  requestedAt: string;
  matchedAt: string | null;
  solvedAt: string | null;
}

/** A pledge made in the window, and when (if at all, by the end of the window) it was kept. */
export interface PledgeCohortRow {
  areaId: string | null;
  madeAt: string;
  keptAt: string | null;
}

/** A duration that ended in the window: a response to an initiative, or an initiative's life. */
export interface DurationRow {
  areaId: string | null;
  kind: 'response' | 'lifetime';
  startedAt: string;
  endedAt: string;
}

export interface WindowFacts {
  residents: readonly ResidentWindowRow[];
  /** Window sums per area and measure (minutes of help booked, hours_bookings). */
  counts: readonly { areaId: string; measure: string; value: number }[];
  /** Sums from the beginning up to the date (initiatives_living, members). */
  running: readonly { areaId: string; measure: string; value: number }[];
  requests: readonly RequestCohortRow[];
  pledges: readonly PledgeCohortRow[];
  durations: readonly DurationRow[];
  ties: readonly Tie[];
}

export interface Snapshot {
  figures: Map<string, RawFigure[]>;
  pictures: Map<string, Picture>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The area and the areas above it, self first; empty for an area the hierarchy does not know. */
export function ancestry(areas: readonly AreaNode[]): (areaId: string | null) => string[] {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const cache = new Map<string, string[]>();
  return (areaId) => {
    if (areaId === null) return [];
    const cached = cache.get(areaId);
    if (cached) return cached;
    const chain: string[] = [];
    for (
      let node = byId.get(areaId);
      node && chain.length < 5;
      node = node.parentId ? byId.get(node.parentId) : undefined
    )
      chain.push(node.id);
    cache.set(areaId, chain);
    return chain;
  };
}

/** An area's population as the source gives it, else the sum of its children's. */
export function populations(areas: readonly AreaNode[]): Map<string, number | null> {
  const children = new Map<string, AreaNode[]>();
  for (const area of areas)
    if (area.parentId) children.set(area.parentId, [...(children.get(area.parentId) ?? []), area]);
  const result = new Map<string, number | null>();
  const of = (area: AreaNode): number | null => {
    if (result.has(area.id)) return result.get(area.id)!;
    let population = area.population;
    if (population === null) {
      const kids = children.get(area.id) ?? [];
      const sums = kids.map(of);
      population = kids.length > 0 && sums.every((n) => n !== null) ? sums.reduce<number>((a, b) => a + b!, 0) : null;
    }
    result.set(area.id, population);
    return population;
  };
  for (const area of areas) of(area);
  return result;
}

export interface SnapshotOptions {
  /** Draw the network pictures too (only the latest date keeps them). */
  pictures?: boolean;
  maxPictureNodes?: number;
}

export function computeSnapshot(
  areas: readonly AreaNode[],
  facts: WindowFacts,
  { pictures: withPictures = true, maxPictureNodes = 40 }: SnapshotOptions = {},
): Snapshot {
  const up = ancestry(areas);
  const population = populations(areas);
  const kindOf = new Map(areas.map((a) => [a.id, a.kind]));
  const isNeighbourhood = (id: string) => kindOf.get(id) === 'neighbourhood';
  // Residents, the other ends of ties and areas as numbers: the network measures run on typed arrays.
  const numbers = new NodeNumbers();
  const areaNumbers = new NodeNumbers();

  // Per area, its active residents (by number) and what kinds of things they did (bit flags).
  const residentsOf = new Map<string, Map<number, number>>();
  const homeOf = new Map<number, number>();
  for (const row of facts.residents) {
    const flags = (row.gives ? 1 : 0) | (row.receives ? 2 : 0) | (row.votes ? 4 : 0);
    const resident = numbers.of(`r:${row.residentId}`);
    // Someone who moved in the window: their home is one of the two, the same one whatever the order.
    const known = homeOf.get(resident);
    if (isNeighbourhood(row.areaId) && (known === undefined || row.areaId < areaNumbers.names[known]!))
      homeOf.set(resident, areaNumbers.of(row.areaId));
    for (const areaId of up(row.areaId)) {
      let map = residentsOf.get(areaId);
      if (!map) residentsOf.set(areaId, (map = new Map()));
      map.set(resident, (map.get(resident) ?? 0) | flags);
    }
  }
  const ties = numberTies(facts.ties, numbers, areaNumbers, isNeighbourhood);
  const scratch = new NetworkScratch(numbers.size);
  const names = { nodes: numbers, areas: areaNumbers, homeOf: (resident: number) => homeOf.get(resident) ?? -1 };

  const sums = (rows: WindowFacts['counts']) => {
    const totals = new Map<string, number>();
    for (const row of rows)
      for (const areaId of up(row.areaId)) {
        const key = `${areaId}\u0000${row.measure}`;
        totals.set(key, (totals.get(key) ?? 0) + row.value);
      }
    return (areaId: string, measure: string) => totals.get(`${areaId}\u0000${measure}`) ?? 0;
  };
  const window = sums(facts.counts);
  const running = sums(facts.running);

  const requestsOf = groupUp(facts.requests, (row) => up(row.areaId));
  const pledgesOf = groupUp(facts.pledges, (row) => up(row.areaId));
  const durationsOf = groupUp(facts.durations, (row) => up(row.areaId));
  // A tie belongs to both ends' areas: the helper's neighbourhood and the helped one's.
  const tiesOf = new Map<string, number[]>();
  facts.ties.forEach((tie, i) => {
    const own = up(tie.areaId);
    for (const areaId of [...own, ...up(tie.toAreaId).filter((id) => !own.includes(id))]) {
      let list = tiesOf.get(areaId);
      if (!list) tiesOf.set(areaId, (list = []));
      list.push(i);
    }
  });

  const figures = new Map<string, RawFigure[]>();
  const pictures = new Map<string, Picture>();
  for (const area of areas) {
    const pop = population.get(area.id) ?? null;
    const residents = residentsOf.get(area.id) ?? new Map<number, number>();
    const active = residents.size;
    let producers = 0;
    let voters = 0;
    for (const flags of residents.values()) {
      if ((flags & 3) === 3) producers += 1;
      if (flags & 4) voters += 1;
    }
    const perPopulation = (id: RawFigure['indicator'], n: number, base: number | null, scale = 1) =>
      pop === null
        ? { indicator: id, value: null, numerator: n, denominator: null, base }
        : ratio(id, n, pop, base, scale);

    const requests = requestsOf.get(area.id) ?? [];
    const matched = requests.filter((r) => r.matchedAt !== null);
    const solved = requests.filter((r) => r.solvedAt !== null).length;
    const durations = durationsOf.get(area.id) ?? [];
    const days = (kind: DurationRow['kind']) =>
      durations.filter((d) => d.kind === kind).map((d) => (Date.parse(d.endedAt) - Date.parse(d.startedAt)) / DAY);
    const areaTies = tiesOf.get(area.id) ?? [];
    const network = measureNumbered(ties, areaTies, [...residents.keys()], scratch);
    const members = running(area.id, 'members');
    const pledges = pledgesOf.get(area.id) ?? [];
    const kept = pledges.filter((p) => p.keptAt !== null).length;

    figures.set(
      area.id,
      [
        perPopulation('participation', active, active),
        perPopulation('initiatives_per_1000', running(area.id, 'initiatives_living'), null, 1000),
        perPopulation('members_per_1000', members, members, 1000),
        medianFigure('initiative_lifetime_days', days('lifetime'), false),
        ratio('pledges_kept', kept, pledges.length, pledges.length),
        ratio('help_answered', matched.length, requests.length, requests.length),
        medianFigure(
          'help_match_hours',
          matched.map((r) => (Date.parse(r.matchedAt!) - Date.parse(r.requestedAt)) / HOUR),
          true,
        ),
        ratio('help_solved', solved, requests.length, requests.length),
        perPopulation('hours_per_1000', window(area.id, 'minutes') / 60, window(area.id, 'hours_bookings'), 1000),
        ratio('producer_ratio', producers, active, active),
        ratio('network_largest_group', network.largestGroup, network.participants, network.participants),
        ratio('network_isolated', network.isolated, network.participants, network.participants),
        ratio('bridging_ties', network.bridging, network.bridging + network.bonding, network.participants),
        medianFigure('response_days', days('response'), false),
        perPopulation('turnout', voters, voters),
      ].map(rounded),
    );
    if (withPictures) pictures.set(area.id, pictureNumbered(ties, areaTies, names, maxPictureNodes));
  }
  return { figures, pictures };
}

/** Each row under every area it counts for. */
function groupUp<T>(rows: readonly T[], areasOf: (row: T) => string[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows)
    for (const areaId of areasOf(row)) {
      let list = grouped.get(areaId);
      if (!list) grouped.set(areaId, (list = []));
      list.push(row);
    }
  return grouped;
}

/** Stored values are rounded to 6 significant digits, so both databases keep the same numbers. */
function rounded(figure: RawFigure): RawFigure {
  const round = (n: number | null) => (n === null ? null : Number(n.toPrecision(6)));
  return {
    ...figure,
    value: round(figure.value),
    numerator: round(figure.numerator),
    denominator: round(figure.denominator),
  };
}
