import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isSuppressed, type RawFigure } from './indicators.ts';
import type { AreaNode } from './snapshot.ts';
import { withheldFigures } from './withhold.ts';

const K = 10;

// A municipality GM with districts D1 (neighbourhoods A, B, C) and D2 (E, F).
const areas: AreaNode[] = [
  { id: 'GM', kind: 'municipality', parentId: null, population: 10_000 },
  { id: 'D1', kind: 'district', parentId: 'GM', population: 6_000 },
  { id: 'D2', kind: 'district', parentId: 'GM', population: 4_000 },
  { id: 'A', kind: 'neighbourhood', parentId: 'D1', population: 2_000 },
  { id: 'B', kind: 'neighbourhood', parentId: 'D1', population: 2_000 },
  { id: 'C', kind: 'neighbourhood', parentId: 'D1', population: 2_000 },
  { id: 'E', kind: 'neighbourhood', parentId: 'D2', population: 2_000 },
  { id: 'F', kind: 'neighbourhood', parentId: 'D2', population: 2_000 },
];
const population = (id: string) => areas.find((a) => a.id === id)?.population ?? null;

/** Participation with the given number of active residents per neighbourhood, summed upwards. */
function participation(active: Record<'A' | 'B' | 'C' | 'E' | 'F', number>): Map<string, RawFigure[]> {
  const figure = (n: number): RawFigure[] => [
    { indicator: 'participation', value: n / 2000, numerator: n, denominator: 2000, base: n },
  ];
  const d1 = active.A + active.B + active.C;
  const d2 = active.E + active.F;
  return new Map(Object.entries({ ...active, D1: d1, D2: d2, GM: d1 + d2 }).map(([id, n]) => [id, figure(n)] as const));
}
const withheld = (active: Parameters<typeof participation>[0]) =>
  [...withheldFigures(areas, participation(active), K, population)].map((key) => key.split('\u0000')[0]).sort();

describe('secondary suppression', () => {
  test.each<[string, Parameters<typeof participation>[0], string[]]>([
    ['nothing small: nothing withheld', { A: 20, B: 30, C: 40, E: 50, F: 60 }, []],
    ['one small neighbourhood: the smallest sibling is withheld too', { A: 3, B: 30, C: 40, E: 50, F: 60 }, ['B']],
    ['siblings are withheld until the hidden part rests on at least k', { A: 3, B: 4, C: 40, E: 50, F: 60 }, ['C']],
    ['two small ones that together rest on k need nothing more', { A: 4, B: 6, C: 40, E: 50, F: 60 }, []],
    [
      'zeros rest on nobody: they are shown and withholding them adds nothing',
      { A: 3, B: 0, C: 40, E: 50, F: 60 },
      ['C'],
    ],
    [
      'a small district: a sibling district is withheld, and below it a neighbourhood',
      { A: 20, B: 30, C: 40, E: 2, F: 3 },
      ['A', 'D1'],
    ],
    ['ties in size go by id, so the outcome does not depend on order', { A: 3, B: 30, C: 30, E: 50, F: 60 }, ['B']],
  ])('%s', (_, active, expected) => {
    expect(withheld(active)).toEqual(expected);
  });

  test('figures not about residents (no base) are never withheld', () => {
    const figures = new Map<string, RawFigure[]>(
      areas.map((a) => [a.id, [{ indicator: 'response_days', value: 3, numerator: null, denominator: 2, base: null }]]),
    );
    expect(withheldFigures(areas, figures, K, population).size).toBe(0);
  });

  test('a tiny area is suppressed by its population; a sibling protects it', () => {
    const tiny = areas.map((a) => (a.id === 'A' ? { ...a, population: 8 } : a));
    const figures = participation({ A: 5, B: 30, C: 40, E: 50, F: 60 });
    expect([...withheldFigures(tiny, figures, K, (id) => tiny.find((a) => a.id === id)!.population)]).toEqual([
      'B\u0000participation',
    ]);
  });

  test('invariant: no parent shown or withheld can be differenced down to fewer than k residents', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 200 }));
    fc.assert(
      fc.property(fc.record({ A: count, B: count, C: count, E: count, F: count }), (active) => {
        const figures = participation(active);
        const extra = withheldFigures(areas, figures, K, population);
        const hidden = (id: string) =>
          extra.has(`${id}\u0000participation`) || isSuppressed(figures.get(id)![0]!, population(id), K);
        const base = (id: string) => figures.get(id)![0]!.base!;
        for (const [parent, kids] of [
          ['GM', ['D1', 'D2']],
          ['D1', ['A', 'B', 'C']],
          ['D2', ['E', 'F']],
        ] as const) {
          const unaccounted = base(parent) - kids.filter((id) => !hidden(id)).reduce((sum, id) => sum + base(id), 0);
          // What the shown children leave of a shown parent is nothing, or rests on at least k residents;
          // a parent withheld with k or more does not come back from its shown children either.
          if (!hidden(parent)) expect(unaccounted === 0 || unaccounted >= K).toBe(true);
          else if (base(parent) >= K) expect(unaccounted).toBeGreaterThanOrEqual(K);
        }
        // Never more than needed: a primary-suppression-free city withholds nothing.
        if (Object.values(active).every((n) => n === 0 || n >= K)) expect(extra.size).toBe(0);
      }),
    );
  });
});
