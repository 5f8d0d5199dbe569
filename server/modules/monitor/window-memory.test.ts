import { describe, expect, test } from 'vitest';
import { createRandom } from '../../platform/demo/random.ts';
import type { DayFacts } from './fold.ts';
import {
  dayTotals,
  laterDay,
  laterResident,
  WindowMemory,
  windowFromTotals,
  type ResidentTotals,
  type TieTotals,
} from './window-memory.ts';

const resident = (
  area_id: string,
  resident_id: string,
  last_day: string,
  last: Partial<Pick<ResidentTotals, 'last_gives' | 'last_receives' | 'last_votes'>> = {},
): ResidentTotals => ({
  area_id,
  resident_id,
  last_day,
  last_gives: last.last_gives ?? null,
  last_receives: last.last_receives ?? null,
  last_votes: last.last_votes ?? null,
});
const tie = (area_id: string, from_node: string, to_node: string, to_area_id: string, last_day: string): TieTotals => ({
  area_id,
  from_node,
  to_node,
  to_area_id,
  last_day,
});
const dayOf = (
  residents: [area: string, id: string, gives: number, receives: number, votes: number][],
  links: [area: string, from: string, to: string, toArea: string | null][] = [],
): Pick<DayFacts, 'residents' | 'links'> => ({
  residents: residents.map(([area_id, resident_id, gives, receives, votes]) => ({
    day: '',
    area_id,
    resident_id,
    gives,
    receives,
    votes,
    organises: 0,
  })),
  links: links.map(([area_id, from_node, to_node, to_area_id]) => ({
    day: '',
    area_id,
    from_node,
    to_node,
    to_area_id,
  })),
});

describe('laterDay', () => {
  test.each([
    [null, null, null],
    ['2026-05-01', null, '2026-05-01'],
    [null, '2026-05-01', '2026-05-01'],
    ['2026-05-01', '2026-04-30', '2026-05-01'],
    ['2026-04-30', '2026-05-01', '2026-05-01'],
    ['2026-05-01', '2026-05-01', '2026-05-01'],
  ])('of %s and %s is %s', (a, b, later) => expect(laterDay(a, b)).toBe(later));
});

describe("a day's totals", () => {
  test('mark the day for each kind of activity the resident had, and a tie to no area with the empty area', () => {
    const totals = dayTotals(
      '2026-05-04',
      dayOf(
        [
          ['A', 'r1', 2, 0, 0],
          ['B', 'r2', 0, 1, 3],
        ],
        [
          ['A', 'r:r1', 'i:1', null],
          ['A', 'r:r1', 'r:r2', 'B'],
        ],
      ),
    );
    expect(totals.residents).toEqual([
      resident('A', 'r1', '2026-05-04', { last_gives: '2026-05-04' }),
      resident('B', 'r2', '2026-05-04', { last_receives: '2026-05-04', last_votes: '2026-05-04' }),
    ]);
    expect(totals.ties).toEqual([
      tie('A', 'r:r1', 'i:1', '', '2026-05-04'),
      tie('A', 'r:r1', 'r:r2', 'B', '2026-05-04'),
    ]);
  });

  test.each([
    [
      'a later day keeps what only the earlier day had',
      { last_gives: '2026-05-01' },
      '2026-05-04',
      { last_votes: '2026-05-04' },
      '2026-05-04',
      { last_gives: '2026-05-01', last_votes: '2026-05-04' },
    ],
    [
      'an earlier day moves nothing back',
      { last_gives: '2026-05-04' },
      '2026-05-01',
      { last_gives: '2026-05-01', last_receives: '2026-05-01' },
      '2026-05-04',
      { last_gives: '2026-05-04', last_receives: '2026-05-01' },
    ],
    ['the same day twice is that day', {}, '2026-05-04', {}, '2026-05-04', {}],
  ] as const)('merge as the upsert does: %s', (_, knownLast, day, rowLast, lastDay, merged) => {
    const known = resident('A', 'r1', '2026-05-04', knownLast);
    expect(laterResident(known, resident('A', 'r1', day, rowLast))).toEqual(resident('A', 'r1', lastDay, merged));
  });
});

describe('the window from totals', () => {
  test('residents and ties last seen before the window are left out; kinds of activity count only within it', () => {
    const window = windowFromTotals(
      '2026-05-01',
      [
        resident('A', 'r1', '2026-05-03', { last_gives: '2026-04-20', last_receives: '2026-05-03' }),
        resident('A', 'r2', '2026-04-30', { last_votes: '2026-04-30' }),
        resident('B', 'r3', '2026-05-01', { last_votes: '2026-05-01' }),
      ],
      [tie('A', 'r:r1', 'i:1', '', '2026-05-02'), tie('A', 'r:r1', 'r:r3', 'B', '2026-04-01')],
    );
    expect(window.residents).toEqual([
      { areaId: 'A', residentId: 'r1', gives: false, receives: true, votes: false },
      { areaId: 'B', residentId: 'r3', gives: false, receives: false, votes: true },
    ]);
    expect(window.ties).toEqual([{ areaId: 'A', from: 'r:r1', to: 'i:1', toAreaId: null }]);
  });

  test('empty totals give an empty window', () => {
    expect(windowFromTotals('2026-05-01', [], [])).toEqual({ residents: [], ties: [] });
  });
});

describe('the memory of the window totals', () => {
  const loaded = () => {
    const memory = new WindowMemory();
    memory.load(
      7,
      '2026-05-01',
      [resident('A', 'r1', '2026-05-02', { last_gives: '2026-05-02' }), resident('A', 'old', '2026-04-01')],
      [tie('A', 'r:r1', 'i:1', '', '2026-05-02')],
    );
    return memory;
  };

  test('holds the generation it was loaded at, for windows from its start on, and keeps only what it can show', () => {
    const memory = loaded();
    expect(memory.holds(7, '2026-05-01')).toBe(true);
    expect(memory.holds(7, '2026-05-10')).toBe(true);
    expect(memory.holds(7, '2026-04-30')).toBe(false);
    expect(memory.holds(8, '2026-05-01')).toBe(false);
    expect(memory.size).toEqual({ residents: 1, ties: 1 });
    expect(memory.reads).toEqual({ loads: 1, windows: 0 });
  });

  test('follows the next generation: the later day wins, per kind of activity', () => {
    const memory = loaded();
    memory.merged(
      '2026-05-04',
      dayOf(
        [
          ['A', 'r1', 0, 1, 0],
          ['B', 'r2', 1, 0, 1],
        ],
        [
          ['A', 'r:r1', 'i:1', null],
          ['B', 'r:r2', 'r:r1', 'A'],
        ],
      ),
      8,
      true,
    );
    expect(memory.holds(8, '2026-05-01')).toBe(true);
    expect(memory.window('2026-05-01')).toEqual({
      residents: [
        { areaId: 'A', residentId: 'r1', gives: true, receives: true, votes: false },
        { areaId: 'B', residentId: 'r2', gives: true, receives: false, votes: true },
      ],
      ties: [
        { areaId: 'A', from: 'r:r1', to: 'i:1', toAreaId: null },
        { areaId: 'B', from: 'r:r2', to: 'r:r1', toAreaId: 'A' },
      ],
    });
    // A later window: r1 gave on 2 May, which is before it; the totals before the window are dropped.
    expect(memory.window('2026-05-03').residents[0]).toMatchObject({ residentId: 'r1', gives: false, receives: true });
    expect(memory.holds(8, '2026-05-01')).toBe(false);
    expect(memory.reads.windows).toBe(2);
  });

  test.each([
    ['a generation made by someone else in between', 9, true],
    ['its own generation again', 7, true],
    ['a fold that looked residents or ties up again in all the days', 8, false],
  ])('forgets everything after %s', (_, generation, onlyMerged) => {
    const memory = loaded();
    memory.merged('2026-05-04', dayOf([['A', 'r9', 1, 0, 0]]), generation, onlyMerged);
    expect(memory.holds(generation, '2026-05-01')).toBe(false);
    expect(memory.size).toEqual({ residents: 0, ties: 0 });
  });

  test('a day before what it keeps changes no window it can show, but moves the generation on', () => {
    const memory = loaded();
    memory.merged('2026-04-15', dayOf([['A', 'r7', 1, 1, 1]]), 8, true);
    expect(memory.holds(8, '2026-05-01')).toBe(true);
    expect(memory.size).toEqual({ residents: 1, ties: 1 });
  });

  test('after any sequence of folded days and windows read between them, each window is the window of all the days (property)', () => {
    const random = createRandom('window-memory');
    const days = Array.from({ length: 12 }, (_, i) => `2026-05-${String(10 + i).padStart(2, '0')}`);
    // The model: grouped from every day in the window, as the days themselves are read.
    const expected = (all: readonly { day: string; facts: Pick<DayFacts, 'residents' | 'links'> }[], from: string) => {
      const inWindow = all.filter((f) => f.day >= from);
      const residents = new Map<string, { gives: boolean; receives: boolean; votes: boolean }>();
      for (const { facts } of inWindow)
        for (const r of facts.residents) {
          const key = `${r.area_id}/${r.resident_id}`;
          const known = residents.get(key) ?? { gives: false, receives: false, votes: false };
          residents.set(key, {
            gives: known.gives || r.gives > 0,
            receives: known.receives || r.receives > 0,
            votes: known.votes || r.votes > 0,
          });
        }
      const ties = new Set(
        inWindow.flatMap(({ facts }) =>
          facts.links.map((l) => `${l.area_id}/${l.from_node}/${l.to_node}/${l.to_area_id}`),
        ),
      );
      return { residents, ties };
    };
    const seen = (window: ReturnType<WindowMemory['window']>) => ({
      residents: new Map(
        window.residents.map((r) => [
          `${r.areaId}/${r.residentId}`,
          { gives: r.gives, receives: r.receives, votes: r.votes },
        ]),
      ),
      ties: new Set(window.ties.map((t) => `${t.areaId}/${t.from}/${t.to}/${t.toAreaId}`)),
      counts: [window.residents.length, window.ties.length],
    });
    let windowsRead = 0;
    for (let round = 0; round < 50; round++) {
      const memory = new WindowMemory();
      memory.load(0, days[0]!, [], []);
      const all: { day: string; facts: Pick<DayFacts, 'residents' | 'links'> }[] = [];
      let generation = 0;
      let from = days[0]!;
      // Days fold in any order (late events, also before the window the memory keeps), some more
      // than once with more in them; now and then a window is read, its start never moving back.
      for (let n = 0; n < 20; n++) {
        const day = days[random.int(0, days.length)]!;
        // A day folded again keeps what it had (a fold that lost something makes the memory forget).
        const earlier = all.filter((f) => f.day === day).flatMap((f) => f.facts.residents);
        const earlierLinks = all
          .filter((f) => f.day === day)
          .flatMap((f) => f.facts.links)
          .map((l): [string, string, string, string | null] => [l.area_id, l.from_node, l.to_node, l.to_area_id]);
        const facts = dayOf(
          [
            ...earlier.map((r): [string, string, number, number, number] => [
              r.area_id,
              r.resident_id,
              r.gives,
              r.receives,
              r.votes,
            ]),
            ...Array.from({ length: random.int(0, 4) }, (): [string, string, number, number, number] => [
              `A${random.int(0, 2)}`,
              `r${random.int(0, 8)}`,
              random.int(0, 2),
              random.int(0, 2),
              random.int(0, 2),
            ]),
          ].filter((row, i, rows) => rows.findIndex((r) => r[0] === row[0] && r[1] === row[1]) === i),
          [
            ...earlierLinks,
            ...Array.from({ length: random.int(0, 3) }, (): [string, string, string, string | null] => [
              `A${random.int(0, 2)}`,
              `r:r${random.int(0, 8)}`,
              `i:${random.int(0, 3)}`,
              random.int(0, 2) === 0 ? null : `A${random.int(0, 2)}`,
            ]),
          ].filter((row, i, rows) => rows.findIndex((r) => r.join('/') === row.join('/')) === i),
        );
        all.push({ day, facts });
        memory.merged(day, facts, ++generation, true);
        if (random.int(0, 4) === 0 || n === 19) {
          const later = days[random.int(0, 8)]!;
          if (later > from) from = later;
          expect(memory.holds(generation, from)).toBe(true);
          const window = seen(memory.window(from));
          const model = expected(all, from);
          expect(window.residents).toEqual(model.residents);
          expect(window.ties).toEqual(model.ties);
          expect(window.counts).toEqual([model.residents.size, model.ties.size]);
          windowsRead += 1;
        }
      }
    }
    expect(windowsRead).toBeGreaterThan(100);
  });
});
