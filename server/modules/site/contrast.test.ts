import { describe, expect, test } from 'vitest';
import { contrastFailures, contrastRatio, identityPairs } from './contrast.ts';

describe('contrast', () => {
  test('the WCAG ratio of black on white is 21, of a colour on itself 1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#01689b', '#01689b')).toBeCloseTo(1, 5);
    expect(contrastRatio('rgb(0 0 0)', 'white')).toBeCloseTo(21, 5);
  });

  test('what is no colour cannot be judged', () => {
    expect(contrastRatio('var(--x)', '#fff')).toBeUndefined();
  });

  test('pairs below 4.5:1 are named with their ratio; pairs above pass', () => {
    const failures = contrastFailures(
      identityPairs({ brandColor: '#7fb2e5', accentColor: '#f2c230', linkColor: '#01689b' }),
    );
    expect(failures).toEqual([{ name: 'body.brandColor', ratio: expect.any(Number), reason: expect.any(String) }]);
    expect(failures[0]!.ratio).toBeLessThan(4.5);
    expect(failures[0]!.reason).toMatch(/^Contrast \d+(\.\d+)?:1 for white text on the brand colour/);
  });

  test('a ratio just under the limit is not rounded up to pass', () => {
    // #767676 on white is 4.54:1, #777777 is 4.47:1.
    expect(contrastFailures([{ name: 'x', foreground: '#767676', background: '#fff', description: '' }])).toEqual([]);
    expect(contrastFailures([{ name: 'x', foreground: '#777777', background: '#fff', description: '' }])).toHaveLength(
      1,
    );
  });
});
