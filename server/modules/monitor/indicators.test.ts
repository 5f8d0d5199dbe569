import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { indicatorIds, type Figure, type IndicatorId } from '../../../contracts/monitor.ts';
import {
  applyIndexWeights,
  catalogue,
  communityIndex,
  defaultIndexSettings,
  INDICATORS,
  isSuppressed,
  median,
  medianFigure,
  present,
  ratio,
  score,
  type IndexSettings,
  type RawFigure,
} from './indicators.ts';

const raw = (indicator: IndicatorId, base: number | null, value: number | null = 0.5): RawFigure => ({
  indicator,
  value,
  numerator: value === null ? null : 5,
  denominator: value === null ? null : 10,
  base,
});

const shown = (indicator: IndicatorId, value: number | null): Figure => ({
  indicator,
  value,
  numerator: null,
  denominator: null,
  suppressed: false,
});

/** Every indicator out of the index, except the ones given. */
function only(entries: Partial<Record<IndicatorId, { weight: number; target: number }>>): IndexSettings {
  const settings = defaultIndexSettings();
  for (const id of indicatorIds) settings[id] = entries[id] ?? { weight: 0, target: settings[id].target };
  return settings;
}

describe('median', () => {
  test.each<[string, number[], number | null]>([
    ['none', [], null],
    ['one', [7], 7],
    ['odd count', [1, 2, 3], 2],
    ['even count: the mean of the middle two', [1, 2, 3, 4], 2.5],
    ['unsorted', [9, 1, 5], 5],
    ['sorted as numbers, not as text', [10, 9, 1], 9],
    ['duplicates', [2, 2, 2, 5], 2],
    ['duplicates at the middle of an even count', [1, 4, 4, 9], 4],
    ['the middle two far apart', [1, 1, 9, 9], 5],
    ['negative and fractional values', [-1.5, 0.5, -3], -1.5],
  ])('%s', (_name, values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test('leaves its input as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  test('lies between the smallest and largest value, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 }), (values) => {
        const m = median(values)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
        expect(median([...values].reverse())).toBe(m);
        expect(median([...values].sort((a, b) => b - a))).toBe(m);
      }),
    );
  });

  test.each<[boolean, number | null]>([
    [true, 3],
    [false, null],
  ])('a median figure about residents (%s) rests on its count', (aboutResidents, base) => {
    expect(medianFigure('help_match_hours', [4, 1, 8], aboutResidents)).toEqual({
      indicator: 'help_match_hours',
      value: 4,
      numerator: null,
      denominator: 3,
      base,
    });
  });

  test('a median figure of nothing has no value', () => {
    expect(medianFigure('response_days', [], false)).toMatchObject({ value: null, denominator: 0 });
  });
});

describe('ratio', () => {
  test.each<[string, number, number, number, number | null]>([
    ['a share', 3, 12, 1, 0.25],
    ['per 1,000', 5, 2000, 1000, 2.5],
    ['zero of something', 0, 40, 1, 0],
    ['nothing to divide by', 3, 0, 1, null],
    ['nothing of nothing', 0, 0, 1000, null],
  ])('%s', (_name, numerator, denominator, scale, value) => {
    expect(ratio('participation', numerator, denominator, 7, scale)).toEqual({
      indicator: 'participation',
      value,
      numerator,
      denominator,
      base: 7,
    });
  });
});

describe('suppression', () => {
  const min = 10;
  test.each<[string, IndicatorId, number | null, number | null, boolean]>([
    ['a zero rests on nobody', 'participation', 1000, 0, false],
    ['one resident', 'participation', 1000, 1, true],
    ['one fewer than the minimum', 'participation', 1000, min - 1, true],
    ['the minimum', 'participation', 1000, min, false],
    ['many', 'participation', 1000, 500, false],
    ['no base', 'participation', 1000, null, false],
    ['an area smaller than the minimum, even for a zero', 'participation', min - 1, 0, true],
    ['an area smaller than the minimum, with no base', 'turnout', 3, null, true],
    ['an empty area', 'members_per_1000', 0, 0, true],
    ['an area of exactly the minimum', 'participation', min, min, false],
    ['an area of unknown size rests on its base', 'participation', null, 4, true],
    ['an area of unknown size and a large base', 'participation', null, 40, false],
    ['initiatives are not residents', 'initiatives_per_1000', 3, null, false],
    ['nor is an initiative’s lifetime', 'initiative_lifetime_days', 3, 2, false],
    ['nor the municipality’s response time', 'response_days', 0, 1, false],
  ])('%s', (_name, indicator, population, base, suppressed) => {
    expect(isSuppressed(raw(indicator, base), population, min)).toBe(suppressed);
  });

  test('a suppressed figure carries no numbers', () => {
    expect(present(raw('participation', 3), 1000, min)).toEqual({
      indicator: 'participation',
      value: null,
      numerator: null,
      denominator: null,
      suppressed: true,
    });
  });

  test('a figure that is shown keeps its numbers', () => {
    expect(present(raw('participation', 12), 1000, min)).toEqual({
      indicator: 'participation',
      value: 0.5,
      numerator: 5,
      denominator: 10,
      suppressed: false,
    });
  });

  test('for every indicator, population and base: suppressed means no numbers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...indicatorIds),
        fc.option(fc.integer({ min: 0, max: 50 })),
        fc.option(fc.integer({ min: 0, max: 50 })),
        fc.integer({ min: 1, max: 20 }),
        (indicator, population, base, minimum) => {
          const figure = present(raw(indicator, base), population, minimum);
          if (figure.suppressed) {
            expect(INDICATORS[indicator].aboutResidents).toBe(true);
            expect([figure.value, figure.numerator, figure.denominator]).toEqual([null, null, null]);
          } else {
            expect(figure.value).toBe(0.5);
          }
        },
      ),
    );
  });
});

describe('score', () => {
  test.each<[string, IndicatorId, number | null, number, number | null]>([
    ['at the target', 'participation', 0.15, 0.15, 100],
    ['half the target', 'participation', 0.075, 0.15, 50],
    ['rounded to a tenth', 'participation', 0.1, 0.15, 66.7],
    ['above the target is capped at 100', 'participation', 0.6, 0.15, 100],
    ['zero', 'participation', 0, 0.15, 0],
    ['below zero is capped at 0', 'participation', -1, 0.15, 0],
    ['no value', 'participation', null, 0.15, null],
    ['lower is better: at the target', 'response_days', 14, 14, 100],
    ['lower is better: faster than the target', 'response_days', 7, 14, 100],
    ['lower is better: twice the target', 'response_days', 28, 14, 50],
    ['lower is better: a value of 0 is the best', 'response_days', 0, 14, 100],
    ['lower is better: far too slow', 'help_match_hours', 24_000, 24, 0.1],
    ['lower is better: no value', 'network_isolated', null, 0.2, null],
  ])('%s', (_name, indicator, value, target, expected) => {
    expect(score(indicator, value, target)).toBe(expected);
  });

  test('stays within 0–100', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...indicatorIds),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        (indicator, value, target) => {
          const s = score(indicator, value, target)!;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('the community-power index', () => {
  const defaults = defaultIndexSettings();
  const weighted = indicatorIds.filter((id) => defaults[id].weight > 0);
  const totalWeight = indicatorIds.reduce((sum, id) => sum + defaults[id].weight, 0);

  test('every figure at its target scores 100', () => {
    const figures = indicatorIds.map((id) => shown(id, defaults[id].target));
    const index = communityIndex(figures, defaults);
    expect(index.value).toBe(100);
    expect(index.coverage).toBe(1);
    expect(index.components.map((c) => c.indicator)).toEqual(weighted);
  });

  test('indicators of weight 0 are left out of the breakdown', () => {
    const components = communityIndex([], defaults).components.map((c) => c.indicator);
    expect(components).not.toContain('initiative_lifetime_days');
    expect(components).not.toContain('help_match_hours');
    expect(components).not.toContain('network_isolated');
    expect(components).toHaveLength(weighted.length);
  });

  test('the weighted mean of the scores there are', () => {
    const settings = only({ participation: { weight: 3, target: 0.2 }, turnout: { weight: 1, target: 0.1 } });
    const index = communityIndex([shown('participation', 0.1), shown('turnout', 0.1)], settings);
    expect(index.value).toBe(62.5);
    expect(index.coverage).toBe(1);
    expect(index.components).toEqual([
      { indicator: 'participation', value: 0.1, weight: 3, target: 0.2, score: 50, contribution: 37.5 },
      { indicator: 'turnout', value: 0.1, weight: 1, target: 0.1, score: 100, contribution: 25 },
    ]);
  });

  test('a suppressed or empty figure leaves its weight out', () => {
    const settings = only({
      participation: { weight: 2, target: 0.2 },
      turnout: { weight: 1, target: 0.1 },
      help_solved: { weight: 1, target: 0.5 },
    });
    const figures: Figure[] = [
      shown('participation', 0.1),
      { indicator: 'turnout', value: null, numerator: null, denominator: null, suppressed: true },
      shown('help_solved', null),
    ];
    const index = communityIndex(figures, settings);
    expect(index.value).toBe(50);
    expect(index.coverage).toBe(0.5);
    expect(index.components.find((c) => c.indicator === 'turnout')).toMatchObject({ score: null, contribution: 0 });
    expect(index.components.find((c) => c.indicator === 'help_solved')).toMatchObject({ score: null, contribution: 0 });
  });

  test('a figure not given at all counts as empty; exactly half the weight is enough', () => {
    const settings = only({ participation: { weight: 1, target: 0.2 }, turnout: { weight: 1, target: 0.1 } });
    const index = communityIndex([shown('participation', 0.2)], settings);
    expect(index).toMatchObject({ value: 100, coverage: 0.5 });
  });

  test.each<[string, IndicatorId[], number | null, number]>([
    ['nothing measured', [], null, 0],
    ['only participation (2 of 13)', ['participation'], null, 2 / 13],
    [
      'just over half the weight (7 of 13)',
      ['participation', 'initiatives_per_1000', 'members_per_1000', 'pledges_kept', 'help_answered', 'help_solved'],
      100,
      7 / 13,
    ],
    [
      'just under half (6 of 13)',
      ['participation', 'initiatives_per_1000', 'members_per_1000', 'pledges_kept', 'help_answered'],
      null,
      6 / 13,
    ],
  ])('coverage: %s', (_name, measured, value, coverage) => {
    expect(totalWeight).toBe(13);
    const index = communityIndex(
      measured.map((id) => shown(id, defaults[id].target)),
      defaults,
    );
    expect(index.value).toBe(value);
    expect(index.coverage).toBe(Math.round(coverage * 1000) / 1000);
  });

  test('a figure with weight 0 does not count towards coverage', () => {
    const index = communityIndex(
      (['initiative_lifetime_days', 'help_match_hours', 'network_isolated'] as const).map((id) => shown(id, 1)),
      defaults,
    );
    expect(index).toMatchObject({ value: null, coverage: 0 });
  });

  test('no weight at all gives no index', () => {
    expect(communityIndex([shown('participation', 0.5)], only({}))).toEqual({
      value: null,
      coverage: 0,
      components: [],
    });
  });

  const settingsArb = fc
    .array(
      fc.record({ weight: fc.integer({ min: 0, max: 10 }), target: fc.double({ min: 0.01, max: 500, noNaN: true }) }),
      {
        minLength: indicatorIds.length,
        maxLength: indicatorIds.length,
      },
    )
    .map((list) => Object.fromEntries(indicatorIds.map((id, i) => [id, list[i]!])) as IndexSettings);
  const figuresArb = fc
    .array(fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }), {
      minLength: indicatorIds.length,
      maxLength: indicatorIds.length,
    })
    .map((values) => indicatorIds.map((id, i) => shown(id, values[i]!)));

  test('the contributions add up to the index, within rounding', () => {
    fc.assert(
      fc.property(settingsArb, figuresArb, (settings, figures) => {
        const index = communityIndex(figures, settings);
        expect(index.coverage).toBeGreaterThanOrEqual(0);
        expect(index.coverage).toBeLessThanOrEqual(1);
        expect(index.components.every((c) => c.weight > 0)).toBe(true);
        if (index.value === null) {
          expect(index.coverage).toBeLessThan(0.5);
          return;
        }
        expect(index.value).toBeGreaterThanOrEqual(0);
        expect(index.value).toBeLessThanOrEqual(100);
        const sum = index.components.reduce((total, c) => total + c.contribution, 0);
        // Each contribution and the value are rounded to a tenth: at most 0.05 off each.
        const scored = index.components.filter((c) => c.score !== null).length;
        expect(Math.abs(sum - index.value)).toBeLessThanOrEqual(0.05 * (scored + 1) + 1e-9);
      }),
    );
  });
});

describe('index settings', () => {
  test('the defaults are the catalogue’s', () => {
    const settings = defaultIndexSettings();
    for (const id of indicatorIds)
      expect(settings[id]).toEqual({ weight: INDICATORS[id].weight, target: INDICATORS[id].target });
  });

  test('no stored weights keep the defaults', () => {
    expect(applyIndexWeights(defaultIndexSettings(), null)).toEqual(defaultIndexSettings());
  });

  test('stored weights replace only the indicators they name, without changing the base', () => {
    const base = defaultIndexSettings();
    const settings = applyIndexWeights(base, {
      indicators: [
        { id: 'turnout', weight: 5, target: 0.3 },
        { id: 'participation', weight: 0, target: 0.1 },
      ],
    });
    expect(settings.turnout).toEqual({ weight: 5, target: 0.3 });
    expect(settings.participation).toEqual({ weight: 0, target: 0.1 });
    expect(settings.help_solved).toEqual(base.help_solved);
    expect(base).toEqual(defaultIndexSettings());
  });

  test('the catalogue lists every indicator in order, with the weights in force', () => {
    const settings = applyIndexWeights(defaultIndexSettings(), {
      indicators: [{ id: 'response_days', weight: 3, target: 7 }],
    });
    const list = catalogue(settings);
    expect(list.map((i) => i.id)).toEqual([...indicatorIds]);
    expect(list.find((i) => i.id === 'response_days')).toEqual({
      id: 'response_days',
      theme: 'government',
      unit: 'days',
      higherIsBetter: false,
      weight: 3,
      target: 7,
    });
    expect(list.find((i) => i.id === 'participation')).toEqual({
      id: 'participation',
      theme: 'participation',
      unit: 'share',
      higherIsBetter: true,
      weight: 2,
      target: 0.15,
    });
  });
});
