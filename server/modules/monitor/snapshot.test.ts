import { describe, expect, test } from 'vitest';
import { indicatorIds, type IndicatorId } from '../../../contracts/monitor.ts';
import { ancestry, computeSnapshot, populations, type AreaNode, type Snapshot, type WindowFacts } from './snapshot.ts';

/** A municipality with two districts: D1 (N1 of 100 residents, N2 of 200) and D2 (N3 of 50). */
const areas: AreaNode[] = [
  { id: 'GM', kind: 'municipality', parentId: null, population: null },
  { id: 'D1', kind: 'district', parentId: 'GM', population: null },
  { id: 'N1', kind: 'neighbourhood', parentId: 'D1', population: 100 },
  { id: 'N2', kind: 'neighbourhood', parentId: 'D1', population: 200 },
  { id: 'D2', kind: 'district', parentId: 'GM', population: null },
  { id: 'N3', kind: 'neighbourhood', parentId: 'D2', population: 50 },
];

const noFacts: WindowFacts = {
  residents: [],
  counts: [],
  running: [],
  requests: [],
  pledges: [],
  durations: [],
  ties: [],
};

const at = (hour: number, day = 1) => `2026-03-0${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const six = (n: number) => Number(n.toPrecision(6));

const facts: WindowFacts = {
  residents: [
    // x took part in two neighbourhoods: giving in one, receiving in the other.
    { areaId: 'N1', residentId: 'x', gives: true, receives: false, votes: false },
    { areaId: 'N2', residentId: 'x', gives: false, receives: true, votes: false },
    { areaId: 'N1', residentId: 'y', gives: false, receives: true, votes: true },
    { areaId: 'N3', residentId: 'z', gives: true, receives: true, votes: false },
  ],
  counts: [
    // Help booked is counted in minutes: 3 hours in N1, 1.5 in N2.
    { areaId: 'N1', measure: 'minutes', value: 180 },
    { areaId: 'N1', measure: 'hours_bookings', value: 2 },
    { areaId: 'N2', measure: 'minutes', value: 90 },
    { areaId: 'N2', measure: 'hours_bookings', value: 1 },
  ],
  running: [
    { areaId: 'N1', measure: 'initiatives_living', value: 2 },
    { areaId: 'N3', measure: 'initiatives_living', value: 1 },
    { areaId: 'N1', measure: 'members', value: 25 },
  ],
  requests: [
    { areaId: 'N1', requestedAt: at(0), matchedAt: at(2), solvedAt: at(5) },
    { areaId: 'N1', requestedAt: at(1), matchedAt: null, solvedAt: null },
    { areaId: 'N2', requestedAt: at(0), matchedAt: at(6), solvedAt: null },
    { areaId: null, requestedAt: at(0), matchedAt: at(1), solvedAt: at(1) },
  ],
  // Four pledges made in N1 in the window, three kept by the date.
  pledges: [
    { areaId: 'N1', madeAt: at(0), keptAt: at(3) },
    { areaId: 'N1', madeAt: at(1), keptAt: at(1) },
    { areaId: 'N1', madeAt: at(2), keptAt: at(9) },
    { areaId: 'N1', madeAt: at(3), keptAt: null },
  ],
  durations: [
    { areaId: 'N1', kind: 'response', startedAt: at(0, 1), endedAt: at(0, 4) },
    { areaId: 'N2', kind: 'response', startedAt: at(0, 1), endedAt: at(12, 6) },
    { areaId: 'N1', kind: 'lifetime', startedAt: at(0, 1), endedAt: at(0, 8) },
  ],
  ties: [
    { areaId: 'N1', from: 'r:x', to: 'i:1', toAreaId: 'N1' },
    { areaId: 'N1', from: 'r:y', to: 'i:1', toAreaId: 'N1' },
    // z of N3 joined an initiative in N1: a tie of N3 and of N1 (and of D2, D1 and GM).
    { areaId: 'N3', from: 'r:z', to: 'i:2', toAreaId: 'N1' },
  ],
};

const figureOf = (snapshot: Snapshot, areaId: string, indicator: IndicatorId) =>
  snapshot.figures.get(areaId)!.find((f) => f.indicator === indicator)!;
const valueOf = (snapshot: Snapshot, areaId: string, indicator: IndicatorId) =>
  figureOf(snapshot, areaId, indicator).value;

describe('ancestry', () => {
  const up = ancestry(areas);
  test.each<[string | null, string[]]>([
    ['N1', ['N1', 'D1', 'GM']],
    ['N3', ['N3', 'D2', 'GM']],
    ['D2', ['D2', 'GM']],
    ['GM', ['GM']],
    ['elsewhere', []],
    [null, []],
  ])('%s', (areaId, chain) => {
    expect(up(areaId)).toEqual(chain);
    expect(up(areaId)).toEqual(chain);
  });

  test('stops on a loop in the hierarchy', () => {
    const loop = ancestry([
      { id: 'A', kind: 'district', parentId: 'B', population: null },
      { id: 'B', kind: 'district', parentId: 'A', population: null },
    ]);
    expect(loop('A')).toEqual(['A', 'B', 'A', 'B', 'A']);
  });

  test('a parent the hierarchy does not know ends the chain', () => {
    expect(ancestry([{ id: 'N', kind: 'neighbourhood', parentId: 'gone', population: 5 }])('N')).toEqual(['N']);
  });
});

describe('populations', () => {
  test('from the children when the source gives none, up to the municipality', () => {
    expect(Object.fromEntries(populations(areas))).toEqual({ GM: 350, D1: 300, N1: 100, N2: 200, D2: 50, N3: 50 });
  });

  test.each<[string, AreaNode[], Record<string, number | null>]>([
    [
      'the source’s figure wins over the children’s sum',
      [
        { id: 'D', kind: 'district', parentId: null, population: 1000 },
        { id: 'N', kind: 'neighbourhood', parentId: 'D', population: 10 },
      ],
      { D: 1000, N: 10 },
    ],
    [
      'unknown when one child is unknown',
      [
        { id: 'D', kind: 'district', parentId: null, population: null },
        { id: 'N', kind: 'neighbourhood', parentId: 'D', population: 10 },
        { id: 'M', kind: 'neighbourhood', parentId: 'D', population: null },
      ],
      { D: null, N: 10, M: null },
    ],
    ['unknown without children', [{ id: 'D', kind: 'district', parentId: null, population: null }], { D: null }],
    [
      'a child listed before its parent',
      [
        { id: 'N', kind: 'neighbourhood', parentId: 'D', population: 7 },
        { id: 'GM', kind: 'municipality', parentId: null, population: null },
        { id: 'D', kind: 'district', parentId: 'GM', population: null },
      ],
      { N: 7, GM: 7, D: 7 },
    ],
    ['a population of 0 is known', [{ id: 'N', kind: 'neighbourhood', parentId: null, population: 0 }], { N: 0 }],
  ])('%s', (_name, list, expected) => {
    expect(Object.fromEntries(populations(list))).toEqual(expected);
  });
});

describe('computeSnapshot', () => {
  const snapshot = computeSnapshot(areas, facts);

  test('every area has every indicator, in catalogue order', () => {
    for (const area of areas) expect(snapshot.figures.get(area.id)!.map((f) => f.indicator)).toEqual([...indicatorIds]);
    expect([...snapshot.pictures.keys()].sort()).toEqual(areas.map((a) => a.id).sort());
  });

  test.each<[string, string, number | null]>([
    ['N1', 'participation', 0.02],
    ['N2', 'participation', 0.005],
    ['N3', 'participation', 0.02],
    // x took part in N1 and N2, and counts once in their district and municipality.
    ['D1', 'participation', six(2 / 300)],
    ['D2', 'participation', 0.02],
    ['GM', 'participation', six(3 / 350)],
  ])('%s: %s', (areaId, indicator, value) => {
    expect(valueOf(snapshot, areaId, indicator as IndicatorId)).toBe(value);
  });

  test('a resident active in two neighbourhoods is one resident of the district', () => {
    expect(figureOf(snapshot, 'D1', 'participation')).toEqual({
      indicator: 'participation',
      value: six(2 / 300),
      numerator: 2,
      denominator: 300,
      base: 2,
    });
    expect(figureOf(snapshot, 'GM', 'participation')).toMatchObject({ numerator: 3, denominator: 350, base: 3 });
  });

  test('giving in one neighbourhood and receiving in another makes a producer of the district', () => {
    expect(valueOf(snapshot, 'N1', 'producer_ratio')).toBe(0);
    expect(valueOf(snapshot, 'N2', 'producer_ratio')).toBe(0);
    expect(valueOf(snapshot, 'N3', 'producer_ratio')).toBe(1);
    expect(valueOf(snapshot, 'D1', 'producer_ratio')).toBe(0.5);
    expect(valueOf(snapshot, 'GM', 'producer_ratio')).toBe(six(2 / 3));
  });

  test.each<
    [
      string,
      IndicatorId,
      { value: number | null; numerator: number | null; denominator: number | null; base: number | null },
    ]
  >([
    ['N1', 'turnout', { value: 0.01, numerator: 1, denominator: 100, base: 1 }],
    ['D1', 'turnout', { value: six(1 / 300), numerator: 1, denominator: 300, base: 1 }],
    // Hours are the minutes / 60: 180 / 60 = 3 in N1, (180 + 90) / 60 = 4.5 in D1 and GM.
    ['N1', 'hours_per_1000', { value: 30, numerator: 3, denominator: 100, base: 2 }],
    ['D1', 'hours_per_1000', { value: 15, numerator: 4.5, denominator: 300, base: 3 }],
    ['GM', 'hours_per_1000', { value: six(4500 / 350), numerator: 4.5, denominator: 350, base: 3 }],
    ['N1', 'pledges_kept', { value: 0.75, numerator: 3, denominator: 4, base: 4 }],
    ['N2', 'pledges_kept', { value: null, numerator: 0, denominator: 0, base: 0 }],
    ['N1', 'initiatives_per_1000', { value: 20, numerator: 2, denominator: 100, base: null }],
    ['GM', 'initiatives_per_1000', { value: six(3000 / 350), numerator: 3, denominator: 350, base: null }],
    ['N1', 'members_per_1000', { value: 250, numerator: 25, denominator: 100, base: 25 }],
    ['N1', 'help_answered', { value: 0.5, numerator: 1, denominator: 2, base: 2 }],
    ['D1', 'help_answered', { value: six(2 / 3), numerator: 2, denominator: 3, base: 3 }],
    ['N1', 'help_solved', { value: 0.5, numerator: 1, denominator: 2, base: 2 }],
    ['D1', 'help_solved', { value: six(1 / 3), numerator: 1, denominator: 3, base: 3 }],
    ['N3', 'help_answered', { value: null, numerator: 0, denominator: 0, base: 0 }],
    ['N1', 'help_match_hours', { value: 2, numerator: null, denominator: 1, base: 1 }],
    ['D1', 'help_match_hours', { value: 4, numerator: null, denominator: 2, base: 2 }],
    ['N3', 'help_match_hours', { value: null, numerator: null, denominator: 0, base: 0 }],
    ['N1', 'response_days', { value: 3, numerator: null, denominator: 1, base: null }],
    ['N2', 'response_days', { value: 5.5, numerator: null, denominator: 1, base: null }],
    ['D1', 'response_days', { value: 4.25, numerator: null, denominator: 2, base: null }],
    ['N1', 'initiative_lifetime_days', { value: 7, numerator: null, denominator: 1, base: null }],
  ])('%s: %s', (areaId, indicator, expected) => {
    expect(figureOf(snapshot, areaId, indicator)).toEqual({ indicator, ...expected });
  });

  test('a help request without an area counts nowhere, not even in the municipality', () => {
    expect(figureOf(snapshot, 'GM', 'help_answered')).toMatchObject({ numerator: 2, denominator: 3 });
  });

  test.each<[string, { largest: number | null; isolated: number | null; bridging: number | null }]>([
    // x's and y's ties bond in N1; z's tie from N3 reaches N1 too and bridges: 1 of 3 ties.
    ['N1', { largest: 1, isolated: 0, bridging: six(1 / 3) }],
    // x took part in N2 (receiving there), but both ends of x's ties lie in N1: isolated in N2.
    ['N2', { largest: 0, isolated: 1, bridging: null }],
    ['N3', { largest: 1, isolated: 0, bridging: 1 }],
    // As N1: the same three ties, x and y the participants tied.
    ['D1', { largest: 1, isolated: 0, bridging: six(1 / 3) }],
    ['GM', { largest: six(2 / 3), isolated: 0, bridging: six(1 / 3) }],
  ])('the network of %s', (areaId, expected) => {
    expect({
      largest: valueOf(snapshot, areaId, 'network_largest_group'),
      isolated: valueOf(snapshot, areaId, 'network_isolated'),
      bridging: valueOf(snapshot, areaId, 'bridging_ties'),
    }).toEqual(expected);
  });

  test('the picture of an area is drawn from the ties at either end in it, residents grouped', () => {
    // N1's picture includes z's tie from N3 to i:2 in N1: N3's group and i:2 are drawn.
    expect(snapshot.pictures.get('N1')).toEqual({
      nodes: [
        { id: 'n:N1', kind: 'residents', ref: 'N1', size: 2, areaId: 'N1' },
        { id: 'n:N3', kind: 'residents', ref: 'N3', size: 1, areaId: 'N3' },
        { id: 'i:1', kind: 'initiative', ref: '1', size: 2, areaId: 'N1' },
        { id: 'i:2', kind: 'initiative', ref: '2', size: 1, areaId: 'N1' },
      ],
      edges: [
        { source: 'n:N1', target: 'i:1', weight: 2 },
        { source: 'n:N3', target: 'i:2', weight: 1 },
      ],
    });
    expect(snapshot.pictures.get('N2')).toEqual({ nodes: [], edges: [] });
    expect(snapshot.pictures.get('GM')!.nodes.map((n) => n.id)).toEqual(['n:N1', 'n:N3', 'i:1', 'i:2']);
  });

  test('a tie with both ends under an area counts once there', () => {
    // z's tie lies under GM by both N3 and N1: still 1 bridging tie of 3, among 3 participants.
    expect(figureOf(snapshot, 'GM', 'bridging_ties')).toEqual({
      indicator: 'bridging_ties',
      value: six(1 / 3),
      numerator: 1,
      denominator: 3,
      base: 3,
    });
  });

  test('a resident helped by someone of another neighbourhood is tied in their own', () => {
    // x of N1 helped w of N2 (w received in N2): the tie belongs to N1 and N2, and bridges in both.
    const helped = computeSnapshot(areas, {
      ...noFacts,
      residents: [
        { areaId: 'N1', residentId: 'x', gives: true, receives: false, votes: false },
        { areaId: 'N2', residentId: 'w', gives: false, receives: true, votes: false },
      ],
      ties: [{ areaId: 'N1', from: 'r:x', to: 'r:w', toAreaId: 'N2' }],
    });
    for (const areaId of ['N1', 'N2', 'D1']) {
      expect(valueOf(helped, areaId, 'network_isolated')).toBe(0);
      expect(valueOf(helped, areaId, 'network_largest_group')).toBe(1);
      expect(valueOf(helped, areaId, 'bridging_ties')).toBe(1);
    }
    // Nothing of it reaches N3.
    expect(valueOf(helped, 'N3', 'bridging_ties')).toBeNull();
    // N2's picture shows the help arriving from N1's group.
    expect(helped.pictures.get('N2')).toEqual({
      nodes: [
        { id: 'n:N1', kind: 'residents', ref: 'N1', size: 1, areaId: 'N1' },
        { id: 'n:N2', kind: 'residents', ref: 'N2', size: 1, areaId: 'N2' },
      ],
      edges: [{ source: 'n:N1', target: 'n:N2', weight: 1 }],
    });
  });

  test('the picture keeps at most the given number of initiatives and organisations', () => {
    expect(
      computeSnapshot(areas, facts, { maxPictureNodes: 1 })
        .pictures.get('GM')!
        .nodes.map((n) => n.id),
    ).toEqual(['n:N1', 'n:N3', 'i:1']);
  });

  test('nothing happened: zeros where there are residents, nothing to divide elsewhere', () => {
    const empty = computeSnapshot(areas, noFacts);
    expect(figureOf(empty, 'N1', 'participation')).toEqual({
      indicator: 'participation',
      value: 0,
      numerator: 0,
      denominator: 100,
      base: 0,
    });
    expect(valueOf(empty, 'GM', 'hours_per_1000')).toBe(0);
    for (const indicator of [
      'pledges_kept',
      'help_answered',
      'help_match_hours',
      'help_solved',
      'producer_ratio',
      'network_largest_group',
      'network_isolated',
      'bridging_ties',
      'response_days',
      'initiative_lifetime_days',
    ] as const)
      expect(valueOf(empty, 'N1', indicator)).toBeNull();
  });

  test('an area of unknown population has no per-resident figures, but keeps its numerator', () => {
    const unknown = computeSnapshot([{ id: 'N', kind: 'neighbourhood', parentId: null, population: null }], {
      ...noFacts,
      residents: [{ areaId: 'N', residentId: 'x', gives: true, receives: false, votes: true }],
    });
    for (const indicator of ['participation', 'turnout', 'members_per_1000', 'initiatives_per_1000'] as const)
      expect(figureOf(unknown, 'N', indicator)).toMatchObject({ value: null, denominator: null });
    expect(figureOf(unknown, 'N', 'participation')).toMatchObject({ numerator: 1, base: 1 });
    expect(valueOf(unknown, 'N', 'producer_ratio')).toBe(0);
  });

  test('figures are kept to six significant digits', () => {
    const third = computeSnapshot([{ id: 'N', kind: 'neighbourhood', parentId: null, population: 3 }], {
      ...noFacts,
      residents: [{ areaId: 'N', residentId: 'x', gives: false, receives: false, votes: false }],
    });
    expect(valueOf(third, 'N', 'participation')).toBe(0.333333);
  });
});
