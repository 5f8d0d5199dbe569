import type { IndexComponent } from '../../../contracts/monitor.ts';

export interface Point {
  date: string;
  value: number | null;
}

export interface TrendFacts {
  /** Points with a value, oldest first. */
  measured: number;
  first: { date: string; value: number } | null;
  last: { date: string; value: number } | null;
  lowest: { date: string; value: number } | null;
  highest: { date: string; value: number } | null;
  /** last − first, when there are at least two measurements. */
  change: number | null;
}

/** What a text summary of a trend says: from where to where, and the lowest and highest point. */
export function trendFacts(points: readonly Point[]): TrendFacts {
  const measured = points.filter((p): p is { date: string; value: number } => p.value !== null);
  if (measured.length === 0) return { measured: 0, first: null, last: null, lowest: null, highest: null, change: null };
  let lowest = measured[0]!;
  let highest = measured[0]!;
  for (const p of measured) {
    if (p.value < lowest.value) lowest = p;
    if (p.value > highest.value) highest = p;
  }
  const first = measured[0]!;
  const last = measured.at(-1)!;
  return {
    measured: measured.length,
    first,
    last,
    lowest,
    highest,
    change: measured.length >= 2 ? last.value - first.value : null,
  };
}

/** Up, down or level, with a tolerance of 2% of the range so rounding noise is "level". */
export function direction(facts: TrendFacts): 'up' | 'down' | 'level' | null {
  if (facts.change === null || !facts.lowest || !facts.highest) return null;
  const range = Math.abs(facts.highest.value - facts.lowest.value);
  const tolerance = Math.max(range * 0.02, Math.abs(facts.first!.value) * 1e-9);
  if (Math.abs(facts.change) <= tolerance) return 'level';
  return facts.change > 0 ? 'up' : 'down';
}

/** Pearson's correlation coefficient; null with fewer than three pairs or without spread. */
export function pearson(pairs: ReadonlyArray<readonly [number, number]>): number | null {
  const n = pairs.length;
  if (n < 3) return null;
  const mx = pairs.reduce((s, [x]) => s + x, 0) / n;
  const my = pairs.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

export type Strength = 'none' | 'weak' | 'moderate' | 'strong';

/** The usual rule of thumb for |r|: below 0.1 none, below 0.3 weak, below 0.5 moderate, else strong. */
export function strengthOf(r: number): Strength {
  const a = Math.abs(r);
  if (a < 0.1) return 'none';
  if (a < 0.3) return 'weak';
  if (a < 0.5) return 'moderate';
  return 'strong';
}

export interface IndexFacts {
  /** The component that adds the most points. */
  strongest: IndexComponent | null;
  /** The weighted component with the lowest score. */
  weakest: IndexComponent | null;
  /** Weighted components without a figure (suppressed or nothing to measure). */
  missing: IndexComponent[];
}

export function indexFacts(components: readonly IndexComponent[]): IndexFacts {
  const weighted = components.filter((c) => c.weight > 0);
  const scored = weighted.filter((c) => c.score !== null);
  const strongest = scored.reduce<IndexComponent | null>(
    (best, c) => (best === null || c.contribution > best.contribution ? c : best),
    null,
  );
  const weakest = scored.reduce<IndexComponent | null>(
    (worst, c) => (worst === null || c.score! < worst.score! ? c : worst),
    null,
  );
  return { strongest, weakest, missing: weighted.filter((c) => c.score === null) };
}
