import { scaleLinear } from 'd3-scale';

/**
 * Sequential blues (ColorBrewer "Blues"), light to dark: light enough that dark text with a
 * white halo stays readable on every class. Sets per class count, so few classes stay apart.
 */
const BLUES: Record<number, readonly string[]> = {
  1: ['#9ecae1'],
  2: ['#deebf7', '#3182bd'],
  3: ['#deebf7', '#9ecae1', '#3182bd'],
  4: ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
  5: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
};
export const MAX_CLASSES = 5;

/**
 * Round thresholds that split the values into at most `maxClasses` classes of equal width
 * ("20% tot 30%"), which read more easily in a legend than quantiles. Equal values: one class.
 */
export function classBreaks(values: readonly number[], maxClasses = MAX_CLASSES): number[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  if (min === max) return [];
  const scale = scaleLinear().domain([min, max]);
  for (let count = maxClasses; count >= 1; count -= 1) {
    const inside = scale.ticks(count).filter((tick) => tick > min && tick < max);
    if (inside.length <= maxClasses - 1 && inside.length > 0) return inside;
  }
  return [(min + max) / 2];
}

/** The class of a value: how many thresholds it reaches (0 … thresholds.length). */
export function classOf(value: number, thresholds: readonly number[]): number {
  let index = 0;
  while (index < thresholds.length && value >= thresholds[index]!) index += 1;
  return index;
}

export function paletteFor(classes: number): readonly string[] {
  return BLUES[Math.max(1, Math.min(MAX_CLASSES, classes))]!;
}

export interface LegendClass {
  colour: string;
  /** Lower bound (inclusive), null for the first class. */
  from: number | null;
  /** Upper bound (exclusive), null for the last class. */
  to: number | null;
}

export function legendClasses(thresholds: readonly number[]): LegendClass[] {
  const palette = paletteFor(thresholds.length + 1);
  return palette.map((colour, i) => ({
    colour,
    from: i === 0 ? null : thresholds[i - 1]!,
    to: i === thresholds.length ? null : thresholds[i]!,
  }));
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on the fill. */
export function textColourOn(fill: string): '#000000' | '#ffffff' {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}
