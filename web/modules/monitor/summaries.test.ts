import { describe, expect, it } from 'vitest';
import type { IndexComponent } from '../../../contracts/monitor.ts';
import { direction, indexFacts, pearson, strengthOf, trendFacts } from './summaries.ts';

describe('trendFacts', () => {
  it('finds the first, last, lowest and highest measurement and skips gaps', () => {
    const facts = trendFacts([
      { date: '2025-06-30', value: null },
      { date: '2025-07-31', value: 0.2 },
      { date: '2025-08-31', value: 0.1 },
      { date: '2025-09-30', value: null },
      { date: '2025-10-31', value: 0.4 },
      { date: '2025-11-12', value: 0.3 },
    ]);
    expect(facts).toMatchObject({
      measured: 4,
      first: { date: '2025-07-31', value: 0.2 },
      last: { date: '2025-11-12', value: 0.3 },
      lowest: { date: '2025-08-31', value: 0.1 },
      highest: { date: '2025-10-31', value: 0.4 },
    });
    expect(facts.change).toBeCloseTo(0.1);
    expect(direction(facts)).toBe('up');
  });

  it('has no trend without two measurements', () => {
    expect(trendFacts([]).first).toBeNull();
    const one = trendFacts([{ date: '2025-07-31', value: 5 }]);
    expect(one.change).toBeNull();
    expect(direction(one)).toBeNull();
  });

  it('calls a change within rounding noise level', () => {
    expect(
      direction(
        trendFacts([
          { date: 'a', value: 50 },
          { date: 'b', value: 80 },
          { date: 'c', value: 50.2 },
        ]),
      ),
    ).toBe('level');
    expect(
      direction(
        trendFacts([
          { date: 'a', value: 3 },
          { date: 'b', value: 3 },
        ]),
      ),
    ).toBe('level');
  });
});

describe('pearson', () => {
  it('is 1 for a rising line, −1 for a falling one', () => {
    expect(
      pearson([
        [1, 2],
        [2, 4],
        [3, 6],
      ]),
    ).toBeCloseTo(1);
    expect(
      pearson([
        [1, 6],
        [2, 4],
        [3, 2],
      ]),
    ).toBeCloseTo(-1);
  });

  it('matches a known value', () => {
    // x = 1..5, y = 2,4,5,4,5: r = 0.7746
    expect(
      pearson([
        [1, 2],
        [2, 4],
        [3, 5],
        [4, 4],
        [5, 5],
      ]),
    ).toBeCloseTo(0.7746, 4);
  });

  it('is null with fewer than three pairs or no spread', () => {
    expect(
      pearson([
        [1, 2],
        [2, 3],
      ]),
    ).toBeNull();
    expect(
      pearson([
        [1, 2],
        [1, 3],
        [1, 4],
      ]),
    ).toBeNull();
  });

  it('names the strength by the usual rule of thumb', () => {
    expect([0.05, -0.2, 0.4, -0.8].map(strengthOf)).toEqual(['none', 'weak', 'moderate', 'strong']);
  });
});

describe('indexFacts', () => {
  const component = (indicator: IndexComponent['indicator'], score: number | null, weight = 1): IndexComponent => ({
    indicator,
    value: score === null ? null : score / 100,
    weight,
    target: 1,
    score,
    contribution: score === null ? 0 : score * weight * 0.1,
  });

  it('names the biggest contributor, the lowest score and what is missing', () => {
    const facts = indexFacts([
      component('participation', 80, 2),
      component('turnout', 20),
      component('help_answered', null),
      component('bridging_ties', 10, 0),
    ]);
    expect(facts.strongest?.indicator).toBe('participation');
    expect(facts.weakest?.indicator).toBe('turnout');
    expect(facts.missing.map((c) => c.indicator)).toEqual(['help_answered']);
  });

  it('copes with nothing measured', () => {
    expect(indexFacts([component('turnout', null)])).toEqual({
      strongest: null,
      weakest: null,
      missing: [expect.objectContaining({ indicator: 'turnout' })],
    });
  });
});
