import type {
  CommunityIndex,
  Figure,
  Indicator,
  IndicatorId,
  IndicatorTheme,
  IndexWeights,
} from '../../../contracts/monitor.ts';
import { indicatorIds } from '../../../contracts/monitor.ts';

/**
 * The indicator catalogue and the arithmetic on figures: suppression and the community-power
 * index. Pure: every formula is in docs/monitor.md, and `indicators.test.ts` checks them on tables.
 */

interface IndicatorDefinition {
  theme: IndicatorTheme;
  unit: Indicator['unit'];
  higherIsBetter: boolean;
  /** Whether the figure rests on residents (and so is suppressed below the minimum). */
  aboutResidents: boolean;
  /** Index defaults: the weight, and the value that scores 100 (or, lower is better, scores 100 at or below). */
  weight: number;
  target: number;
}

export const INDICATORS: Record<IndicatorId, IndicatorDefinition> = {
  participation: {
    theme: 'participation',
    unit: 'share',
    higherIsBetter: true,
    aboutResidents: true,
    weight: 2,
    target: 0.15,
  },
  initiatives_per_1000: {
    theme: 'self_organisation',
    unit: 'per_1000',
    higherIsBetter: true,
    aboutResidents: false,
    weight: 1,
    target: 2,
  },
  members_per_1000: {
    theme: 'self_organisation',
    unit: 'per_1000',
    higherIsBetter: true,
    aboutResidents: true,
    weight: 1,
    target: 30,
  },
  initiative_lifetime_days: {
    theme: 'self_organisation',
    unit: 'days',
    higherIsBetter: true,
    aboutResidents: false,
    weight: 0,
    target: 365,
  },
  pledges_kept: {
    theme: 'self_organisation',
    unit: 'share',
    higherIsBetter: true,
    aboutResidents: true,
    weight: 1,
    target: 0.9,
  },
  help_answered: {
    theme: 'mutual_help',
    unit: 'share',
    higherIsBetter: true,
    aboutResidents: true,
    weight: 1,
    target: 0.9,
  },
  help_match_hours: {
    theme: 'mutual_help',
    unit: 'hours',
    higherIsBetter: false,
    aboutResidents: true,
    weight: 0,
    target: 24,
  },
  help_solved: {
    theme: 'mutual_help',
    unit: 'share',
    higherIsBetter: true,
    aboutResidents: true,
    weight: 1,
    target: 0.8,
  },
  hours_per_1000: {
    theme: 'mutual_help',
    unit: 'per_1000',
    higherIsBetter: true,
    aboutResidents: true,
    weight: 1,
    target: 100,
  },
  producer_ratio: {
    theme: 'producers',
    unit: 'share',
    higherIsBetter: true,
    aboutResidents: true,
    weight: 1,
    target: 0.3,
  },
  network_largest_group: {
    theme: 'network',
    unit: 'share',
    higherIsBetter: true,
    aboutResidents: true,
    weight: 1,
    target: 0.5,
  },
  network_isolated: {
    theme: 'network',
    unit: 'share',
    higherIsBetter: false,
    aboutResidents: true,
    weight: 0,
    target: 0.2,
  },
  bridging_ties: {
    theme: 'network',
    unit: 'share',
    higherIsBetter: true,
    aboutResidents: true,
    weight: 1,
    target: 0.3,
  },
  response_days: {
    theme: 'government',
    unit: 'days',
    higherIsBetter: false,
    aboutResidents: false,
    weight: 1,
    target: 14,
  },
  turnout: { theme: 'democracy', unit: 'share', higherIsBetter: true, aboutResidents: true, weight: 1, target: 0.15 },
};

/** A figure as computed, before suppression: `base` is how many residents (or their requests) it rests on. */
export interface RawFigure {
  indicator: IndicatorId;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  base: number | null;
}

/** A share or rate, or null when there is nothing to divide by. */
export function ratio(
  indicator: IndicatorId,
  numerator: number,
  denominator: number,
  base: number | null,
  scale = 1,
): RawFigure {
  const value = denominator > 0 ? (numerator / denominator) * scale : null;
  return { indicator, value, numerator, denominator, base };
}

/** The median of a list (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function medianFigure(indicator: IndicatorId, values: readonly number[], aboutResidents: boolean): RawFigure {
  return {
    indicator,
    value: median(values),
    numerator: null,
    denominator: values.length,
    base: aboutResidents ? values.length : null,
  };
}

/**
 * Whether a figure must be hidden so no resident can be recognised: the area has fewer residents
 * than the minimum, or the figure rests on between 1 and minimum − 1 of them. A zero rests on
 * nobody and is shown (in an area that is large enough).
 */
export function isSuppressed(figure: RawFigure, population: number | null, minResidents: number): boolean {
  if (!INDICATORS[figure.indicator].aboutResidents) return false;
  if (population !== null && population < minResidents) return true;
  return figure.base !== null && figure.base > 0 && figure.base < minResidents;
}

/** `withheld`: hidden to protect a suppressed sibling (secondary suppression, `withhold.ts`). */
export function present(figure: RawFigure, population: number | null, minResidents: number, withheld = false): Figure {
  const suppressed = withheld || isSuppressed(figure, population, minResidents);
  return {
    indicator: figure.indicator,
    value: suppressed ? null : figure.value,
    numerator: suppressed ? null : figure.numerator,
    denominator: suppressed ? null : figure.denominator,
    suppressed,
  };
}

/** A stored figure (database numbers may arrive as strings) as shown. */
export function presentStored(
  row: {
    indicator: IndicatorId;
    value: number | string | null;
    numerator: number | string | null;
    denominator: number | string | null;
    base: number | string | null;
    withheld: number | string | boolean;
  },
  population: number | null,
  minResidents: number,
): Figure {
  const number = (n: number | string | null) => (n === null ? null : Number(n));
  return present(
    {
      indicator: row.indicator,
      value: number(row.value),
      numerator: number(row.numerator),
      denominator: number(row.denominator),
      base: number(row.base),
    },
    population,
    minResidents,
    Boolean(Number(row.withheld)),
  );
}

export type IndexSettings = Record<IndicatorId, { weight: number; target: number }>;

export function defaultIndexSettings(): IndexSettings {
  return Object.fromEntries(
    indicatorIds.map((id) => [id, { weight: INDICATORS[id].weight, target: INDICATORS[id].target }]),
  ) as IndexSettings;
}

/** Stored adjustments over the defaults (an indicator left out keeps its default). */
export function applyIndexWeights(base: IndexSettings, weights: IndexWeights | null): IndexSettings {
  const settings = { ...base };
  for (const entry of weights?.indicators ?? []) settings[entry.id] = { weight: entry.weight, target: entry.target };
  return settings;
}

export function catalogue(settings: IndexSettings): Indicator[] {
  return indicatorIds.map((id) => ({
    id,
    theme: INDICATORS[id].theme,
    unit: INDICATORS[id].unit,
    higherIsBetter: INDICATORS[id].higherIsBetter,
    weight: settings[id].weight,
    target: settings[id].target,
  }));
}

/** 0–100 for one figure against its target: value / target, or target / value when lower is better. */
export function score(indicator: IndicatorId, value: number | null, target: number): number | null {
  if (value === null) return null;
  const raw = INDICATORS[indicator].higherIsBetter ? value / target : value <= 0 ? 1 : target / value;
  return Math.round(Math.min(1, Math.max(0, raw)) * 1000) / 10;
}

/**
 * The community-power index: the weighted mean of the scores of the figures there are (suppressed
 * and empty figures leave their weight out), with its full breakdown. Null when less than half of
 * the total weight has a figure: then one or two numbers would speak for the whole neighbourhood.
 */
export function communityIndex(figures: readonly Figure[], settings: IndexSettings): CommunityIndex {
  const byId = new Map(figures.map((f) => [f.indicator, f]));
  const totalWeight = indicatorIds.reduce((sum, id) => sum + settings[id].weight, 0);
  const scored = indicatorIds
    .filter((id) => settings[id].weight > 0)
    .map((id) => {
      const value = byId.get(id)?.value ?? null;
      return {
        indicator: id,
        value,
        weight: settings[id].weight,
        target: settings[id].target,
        score: score(id, value, settings[id].target),
      };
    });
  const coveredWeight = scored.reduce((sum, c) => sum + (c.score === null ? 0 : c.weight), 0);
  const coverage = totalWeight > 0 ? coveredWeight / totalWeight : 0;
  const components = scored.map((c) => ({
    ...c,
    contribution:
      c.score === null || coveredWeight === 0 ? 0 : Math.round(((c.score * c.weight) / coveredWeight) * 10) / 10,
  }));
  const value =
    coverage >= 0.5
      ? Math.round(
          (scored.reduce((sum, c) => sum + (c.score === null ? 0 : c.score * c.weight), 0) / coveredWeight) * 10,
        ) / 10
      : null;
  return { value, coverage: Math.round(coverage * 1000) / 1000, components };
}
