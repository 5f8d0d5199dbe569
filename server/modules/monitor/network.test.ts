import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { measureNetwork, picture, UnionFind, type Tie } from './network.ts';

const NEIGHBOURHOODS = new Set(['N1', 'N2', 'N3']);
const isNeighbourhood = (areaId: string) => NEIGHBOURHOODS.has(areaId);

/** A tie from a resident of `areaId` (default N1) to a node in `toAreaId` (default the same). */
const tie = (from: string, to: string, areaId = 'N1', toAreaId: string | null = areaId): Tie => ({
  areaId,
  from,
  to,
  toAreaId,
});

describe('UnionFind', () => {
  test('an unknown id is a set of its own', () => {
    const sets = new UnionFind();
    expect(sets.find('a')).toBe('a');
    expect(sets.find('b')).toBe('b');
  });

  test('union joins, transitively, and joining twice changes nothing', () => {
    const sets = new UnionFind();
    sets.union('a', 'b');
    sets.union('c', 'd');
    expect(sets.find('a')).toBe(sets.find('b'));
    expect(sets.find('a')).not.toBe(sets.find('c'));
    sets.union('b', 'c');
    sets.union('d', 'a');
    expect(new Set(['a', 'b', 'c', 'd'].map((id) => sets.find(id))).size).toBe(1);
    expect(sets.find('e')).toBe('e');
  });

  test('a long chain ends in one set', () => {
    const sets = new UnionFind();
    for (let i = 0; i < 1000; i++) sets.union(`n${i}`, `n${i + 1}`);
    expect(sets.find('n0')).toBe(sets.find('n1000'));
  });

  test('agrees with a plain search of the graph', () => {
    const edge = fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 0, max: 15 }));
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 30 }), (edges) => {
        const sets = new UnionFind();
        for (const [a, b] of edges) sets.union(`${a}`, `${b}`);
        const reach = (start: number) => {
          const seen = new Set([start]);
          for (let grew = true; grew;) {
            grew = false;
            for (const [a, b] of edges)
              for (const [x, y] of [
                [a, b],
                [b, a],
              ] as const)
                if (seen.has(x) && !seen.has(y)) {
                  seen.add(y);
                  grew = true;
                }
          }
          return seen;
        };
        for (let a = 0; a < 16; a++)
          for (let b = 0; b < 16; b++) expect(sets.find(`${a}`) === sets.find(`${b}`)).toBe(reach(a).has(b));
      }),
    );
  });
});

describe('measureNetwork', () => {
  test.each<[string, string[], Tie[], { largestGroup: number; isolated: number; bridging: number; bonding: number }]>([
    ['nobody', [], [], { largestGroup: 0, isolated: 0, bridging: 0, bonding: 0 }],
    [
      'participants without ties are isolated',
      ['a', 'b', 'c'],
      [],
      { largestGroup: 0, isolated: 3, bridging: 0, bonding: 0 },
    ],
    [
      'two groups around two initiatives',
      ['a', 'b', 'c', 'd'],
      [tie('r:a', 'i:1'), tie('r:b', 'i:1'), tie('r:c', 'i:2')],
      { largestGroup: 2, isolated: 1, bridging: 0, bonding: 3 },
    ],
    [
      'a resident helping another joins their groups',
      ['a', 'b', 'c'],
      [tie('r:a', 'i:1'), tie('r:c', 'i:2'), tie('r:a', 'r:c')],
      { largestGroup: 2, isolated: 1, bridging: 0, bonding: 3 },
    ],
    [
      'a resident who is not a participant links others but is not counted',
      ['a', 'b'],
      [tie('r:a', 'r:x'), tie('r:b', 'r:x')],
      { largestGroup: 2, isolated: 0, bridging: 0, bonding: 2 },
    ],
    [
      'the one helped is linked too',
      ['a', 'b'],
      [tie('r:a', 'r:b')],
      { largestGroup: 2, isolated: 0, bridging: 0, bonding: 1 },
    ],
    [
      'an organisation joins the initiatives it works with',
      ['a', 'b'],
      [tie('r:a', 'i:1'), tie('r:b', 'i:2'), tie('o:9', 'i:1'), tie('o:9', 'i:2')],
      { largestGroup: 2, isolated: 0, bridging: 0, bonding: 2 },
    ],
  ])('%s', (_name, participants, ties, expected) => {
    expect(measureNetwork(new Set(participants), ties, isNeighbourhood)).toEqual({
      participants: participants.length,
      ...expected,
    });
  });

  test.each<[string, Tie, number, number]>([
    ['within the own neighbourhood: bonding', tie('r:a', 'i:1', 'N1', 'N1'), 0, 1],
    ['to another neighbourhood: bridging', tie('r:a', 'i:1', 'N1', 'N2'), 1, 0],
    ['a resident helped elsewhere: bridging', tie('r:a', 'r:b', 'N1', 'N3'), 1, 0],
    ['to a district: neither', tie('r:a', 'i:1', 'N1', 'D1'), 0, 0],
    ['to the municipality: neither', tie('r:a', 'i:1', 'N1', 'GM'), 0, 0],
    ['to no area: neither', tie('r:a', 'i:1', 'N1', null), 0, 0],
    ['from an organisation: neither', tie('o:1', 'i:1', 'N1', 'N2'), 0, 0],
    ['from the municipality: neither', tie('g:municipality', 'i:1', 'N1', 'N1'), 0, 0],
  ])('%s', (_name, t, bridging, bonding) => {
    expect(measureNetwork(new Set(['a']), [t], isNeighbourhood)).toMatchObject({ bridging, bonding });
  });

  const residents = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const nodes = [...residents.map((r) => `r:${r}`), 'i:1', 'i:2', 'i:3', 'o:1', 'g:municipality'];
  const area = fc.constantFrom('N1', 'N2', 'N3', 'D1', 'GM');
  const tiesArb = fc.array(
    fc.record({
      areaId: area,
      from: fc.constantFrom(...nodes),
      to: fc.constantFrom(...nodes),
      toAreaId: fc.option(area, { nil: null }),
    }),
    { maxLength: 25 },
  );
  const participantsArb = fc.subarray(residents);

  test('invariants: the largest group and the isolated fit in the participants', () => {
    fc.assert(
      fc.property(participantsArb, tiesArb, (participants, ties) => {
        const m = measureNetwork(new Set(participants), ties, isNeighbourhood);
        expect(m.participants).toBe(participants.length);
        expect(m.isolated).toBeGreaterThanOrEqual(0);
        expect(m.isolated).toBeLessThanOrEqual(m.participants);
        expect(m.largestGroup).toBeGreaterThanOrEqual(0);
        expect(m.largestGroup).toBeLessThanOrEqual(m.participants - m.isolated);
        expect(m.bridging + m.bonding).toBeLessThanOrEqual(ties.length);
        if (m.participants > m.isolated) expect(m.largestGroup).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  test('the result does not depend on the order of the ties', () => {
    fc.assert(
      fc.property(
        participantsArb,
        tiesArb.chain((ties) => fc.tuple(fc.constant(ties), fc.shuffledSubarray(ties, { minLength: ties.length }))),
        (participants, [ties, shuffled]) => {
          const set = new Set(participants);
          expect(measureNetwork(set, shuffled, isNeighbourhood)).toEqual(measureNetwork(set, ties, isNeighbourhood));
          expect(measureNetwork(set, [...ties].reverse(), isNeighbourhood)).toEqual(
            measureNetwork(set, ties, isNeighbourhood),
          );
        },
      ),
    );
  });
});

describe('picture', () => {
  const homes: Record<string, string> = { a: 'N1', b: 'N1', c: 'N1', x: 'N2', y: 'N2' };
  const homeOf = (resident: string) => homes[resident];

  test('residents are grouped by neighbourhood, never one node per resident', () => {
    const result = picture([tie('r:a', 'i:1'), tie('r:b', 'i:1'), tie('r:c', 'i:1'), tie('r:x', 'i:1', 'N2')], homeOf);
    expect(result.nodes.some((n) => n.id.startsWith('r:'))).toBe(false);
    expect(result.nodes).toEqual([
      { id: 'n:N1', kind: 'residents', ref: 'N1', size: 3, areaId: 'N1' },
      { id: 'n:N2', kind: 'residents', ref: 'N2', size: 1, areaId: 'N2' },
      { id: 'i:1', kind: 'initiative', ref: '1', size: 4, areaId: 'N1' },
    ]);
    expect(result.edges).toEqual([
      { source: 'n:N1', target: 'i:1', weight: 3 },
      { source: 'n:N2', target: 'i:1', weight: 1 },
    ]);
  });

  test('edge weights and sizes count distinct residents, not ties', () => {
    const result = picture([tie('r:a', 'i:1'), tie('r:a', 'i:1'), tie('r:a', 'i:1'), tie('r:b', 'i:1')], homeOf);
    expect(result.edges).toEqual([{ source: 'n:N1', target: 'i:1', weight: 2 }]);
    expect(result.nodes.find((n) => n.id === 'i:1')?.size).toBe(2);
    expect(result.nodes.find((n) => n.id === 'n:N1')?.size).toBe(2);
  });

  test('help between residents ties their neighbourhoods, counted by the residents who helped', () => {
    const result = picture(
      [
        tie('r:a', 'r:x', 'N1', 'N2'),
        tie('r:a', 'r:y', 'N1', 'N2'),
        tie('r:b', 'r:x', 'N1', 'N2'),
        tie('r:x', 'i:1', 'N2'),
      ],
      homeOf,
    );
    expect(result.edges).toContainEqual({ source: 'n:N1', target: 'n:N2', weight: 2 });
    // N2's group counts its residents tied in either direction: x (helped, and tied to i:1) and y (helped).
    expect(result.nodes.filter((n) => n.kind === 'residents')).toEqual([
      { id: 'n:N1', kind: 'residents', ref: 'N1', size: 2, areaId: 'N1' },
      { id: 'n:N2', kind: 'residents', ref: 'N2', size: 2, areaId: 'N2' },
    ]);
  });

  test('help within a neighbourhood draws no edge, but the one helped is in the group', () => {
    const result = picture([tie('r:a', 'r:b')], homeOf);
    // a helped b, both of N1: one group of two.
    expect(result.nodes).toEqual([{ id: 'n:N1', kind: 'residents', ref: 'N1', size: 2, areaId: 'N1' }]);
    expect(result.edges).toEqual([]);
  });

  test('help to a resident of unknown home draws no node and no edge', () => {
    const result = picture([tie('r:a', 'r:stranger', 'N1', 'N2')], homeOf);
    // Only the helper's group, with only the helper in it.
    expect(result.nodes).toEqual([{ id: 'n:N1', kind: 'residents', ref: 'N1', size: 1, areaId: 'N1' }]);
    expect(result.edges).toEqual([]);
  });

  test('organisations and the municipality are nodes; their edges count ties', () => {
    const result = picture(
      [tie('o:7', 'i:1', 'N2', 'N2'), tie('o:7', 'i:1', 'N2', 'N2'), tie('g:municipality', 'i:1', 'N2', 'N2')],
      homeOf,
    );
    expect(result.nodes).toEqual([
      { id: 'g:municipality', kind: 'municipality', ref: 'municipality', size: 0, areaId: 'N2' },
      { id: 'i:1', kind: 'initiative', ref: '1', size: 0, areaId: 'N2' },
      { id: 'o:7', kind: 'organisation', ref: '7', size: 0, areaId: 'N2' },
    ]);
    expect(result.edges).toEqual([
      { source: 'g:municipality', target: 'i:1', weight: 1 },
      { source: 'o:7', target: 'i:1', weight: 2 },
    ]);
  });

  test('at most maxNodes initiatives and organisations: those with the most residents, and their edges only', () => {
    const ties = [
      ...['a', 'b', 'c'].map((r) => tie(`r:${r}`, 'i:big')),
      ...['a', 'b'].map((r) => tie(`r:${r}`, 'i:mid')),
      ...['a', 'b'].map((r) => tie(`r:${r}`, 'o:tie')),
      tie('r:a', 'i:small'),
      tie('o:tie', 'i:small'),
    ];
    const result = picture(ties, homeOf, 3);
    expect(result.nodes.map((n) => n.id)).toEqual(['n:N1', 'i:big', 'i:mid', 'o:tie']);
    expect(result.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['n:N1>i:big', 'n:N1>i:mid', 'n:N1>o:tie']);
    expect(picture(ties, homeOf, 0).nodes.map((n) => n.id)).toEqual(['n:N1']);
  });

  test('no ties, no picture', () => {
    expect(picture([], homeOf)).toEqual({ nodes: [], edges: [] });
  });

  // The group of the helped resident's neighbourhood is drawn even when nobody of it has a tie of
  // their own: x of N2 is in it, through the help of a and b, so help across borders shows.
  test('help to another neighbourhood draws its group: every edge joins two nodes', () => {
    const result = picture([tie('r:a', 'r:x', 'N1', 'N2'), tie('r:b', 'r:x', 'N1', 'N2')], homeOf);
    expect(result).toEqual({
      nodes: [
        { id: 'n:N1', kind: 'residents', ref: 'N1', size: 2, areaId: 'N1' },
        { id: 'n:N2', kind: 'residents', ref: 'N2', size: 1, areaId: 'N2' },
      ],
      edges: [{ source: 'n:N1', target: 'n:N2', weight: 2 }],
    });
  });

  test('every edge joins two nodes of the picture, whatever the ties', () => {
    const known: Record<string, string> = { ...homes, d: 'N3' };
    const residents = ['a', 'b', 'c', 'd', 'x', 'y', 'stranger'];
    const nodes = [...residents.map((r) => `r:${r}`), 'i:1', 'i:2', 'o:1', 'g:municipality'];
    const area = fc.constantFrom('N1', 'N2', 'N3', 'D1');
    const tiesArb = fc.array(
      fc.record({
        areaId: area,
        from: fc.constantFrom(...nodes),
        to: fc.constantFrom(...nodes),
        toAreaId: fc.option(area, { nil: null }),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(tiesArb, fc.integer({ min: 0, max: 4 }), (ties, maxNodes) => {
        const result = picture(ties, (resident) => known[resident], maxNodes);
        const ids = new Set(result.nodes.map((n) => n.id));
        for (const edge of result.edges) {
          expect(ids.has(edge.source)).toBe(true);
          expect(ids.has(edge.target)).toBe(true);
        }
      }),
    );
  });
});
