import { describe, expect, it } from 'vitest';
import {
  classBreaks,
  classOf,
  contrastRatio,
  legendClasses,
  MAX_CLASSES,
  paletteFor,
  textColourOn,
} from './class-breaks.ts';

describe('classBreaks', () => {
  it.each([
    { values: [0.12, 0.2, 0.31, 0.47], breaks: [0.2, 0.3, 0.4] },
    { values: [0, 100], breaks: [20, 40, 60, 80] },
    { values: [3, 4, 5.5, 9], breaks: [4, 6, 8] },
    { values: [1, 2], breaks: [1.2, 1.4, 1.6, 1.8] },
  ])('splits $values into round classes', ({ values, breaks }) => {
    const found = classBreaks(values);
    expect(found.length).toBeLessThanOrEqual(MAX_CLASSES - 1);
    found.forEach((b, i) => expect(b).toBeCloseTo(breaks[i]!, 9));
    expect(found).toHaveLength(breaks.length);
  });

  it('gives one class for no values, one value or equal values', () => {
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([0.4])).toEqual([]);
    expect(classBreaks([7, 7, 7])).toEqual([]);
  });

  it('puts every value in a class, the extremes in the first and the last', () => {
    const values = [0.12, 0.2, 0.31, 0.47, 0.39];
    const breaks = classBreaks(values);
    expect(classOf(0.12, breaks)).toBe(0);
    expect(classOf(0.47, breaks)).toBe(breaks.length);
    expect(classOf(0.2, breaks)).toBe(1); // a threshold belongs to the class above it
  });
});

describe('the colour scale', () => {
  it('has one colour per class, from light to dark', () => {
    for (let classes = 1; classes <= MAX_CLASSES; classes += 1) {
      const palette = paletteFor(classes);
      expect(palette).toHaveLength(classes);
      for (let i = 1; i < palette.length; i += 1)
        expect(contrastRatio(palette[i]!, '#ffffff')).toBeGreaterThan(contrastRatio(palette[i - 1]!, '#ffffff'));
    }
  });

  it('keeps dark text with a white halo readable on the light classes, and picks a readable text colour on each', () => {
    for (let classes = 1; classes <= MAX_CLASSES; classes += 1) {
      for (const fill of paletteFor(classes))
        expect(contrastRatio(fill, textColourOn(fill))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('sets the darkest class apart from the map background by at least 3:1 (WCAG 1.4.11)', () => {
    const darkest = paletteFor(MAX_CLASSES).at(-1)!;
    expect(contrastRatio(darkest, '#f3f3f3')).toBeGreaterThanOrEqual(3);
  });

  it('labels the classes with their bounds', () => {
    expect(legendClasses([0.2, 0.3])).toEqual([
      { colour: '#deebf7', from: null, to: 0.2 },
      { colour: '#9ecae1', from: 0.2, to: 0.3 },
      { colour: '#3182bd', from: 0.3, to: null },
    ]);
  });
});
