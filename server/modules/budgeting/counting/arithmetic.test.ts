import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { UndecidableComparison } from './arithmetic.ts';
import { boundedFloatArithmetic as B } from './bounded-float.ts';
import type { BoundedFloat } from './bounded-float.ts';
import * as F from './fraction.ts';
import type { Fraction } from './fraction.ts';

describe('fractions', () => {
  test.each([
    ['7200', F.fraction(7200)],
    ['543715.64', F.fraction(54371564, 100)],
    ['-0.5', F.fraction(-1, 2)],
    [' 12 ', F.fraction(12)],
    ['007.50', F.fraction(15, 2)],
  ])('parses %j', (text, expected) => {
    expect(F.parseDecimal(text)).toEqual(expected);
  });

  test.each(['', '1e5', '1,5', 'abc', '1.', '.5', 'NaN'])('rejects %j', (text) => {
    expect(F.parseDecimal(text)).toBeNull();
  });

  test.each<[Fraction, string]>([
    [F.fraction(25000, 21), '25000/21'],
    [F.fraction(7, 4), '1.75'],
    [F.fraction(-1, 8), '-0.125'],
    [F.fraction(3), '3'],
  ])('writes %o as %s', (value, text) => {
    expect(F.toDecimalString(value)).toBe(text);
  });

  test('floor rounds towards minus infinity', () => {
    expect(F.floor(F.fraction(100000, 84))).toBe(1190n);
    expect(F.floor(F.fraction(-3, 2))).toBe(-2n);
  });

  test('decimal text round-trips', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }), (num, digits) => {
        const value = F.fraction(num, 10n ** BigInt(digits));
        expect(F.parseDecimal(F.toDecimalString(value))).toEqual(value);
      }),
    );
  });

  test('toNumber is within one part in 2^52 even for huge numerators and denominators', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.bigInt({ min: 1n, max: 10n ** 40n }),
        (num, den) => {
          const value = F.fraction(num, den);
          const approx = F.toNumber(value);
          expect(
            F.compare(abs(F.sub(value, exactly(approx))), F.mul(abs(value), F.fraction(1, 2n ** 52n))),
          ).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});

/** The exact value of a finite float: doubling is exact, so count doublings until it is whole. */
function exactly(x: number): Fraction {
  let scaled = x;
  let exponent = 0n;
  while (!Number.isInteger(scaled)) {
    scaled *= 2;
    exponent += 1n;
  }
  return F.fraction(BigInt(scaled), 2n ** exponent);
}

function abs(value: Fraction): Fraction {
  return value.num < 0n ? F.fraction(-value.num, value.den) : value;
}

// Random operation trees evaluated both ways: the exact value must lie within the float's bound.
type Tree =
  | { op: 'leaf'; value: Fraction }
  | { op: 'add' | 'sub' | 'div' | 'clampedSub'; left: Tree; right: Tree }
  | { op: 'mulInt' | 'divInt'; left: Tree; k: number };

const leafArb = fc
  .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constantFrom(1, 1, 3, 7, 100, 4096))
  .map(([num, den]): Tree => ({ op: 'leaf', value: F.fraction(num, den) }));

const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({
      op: fc.constantFrom('add' as const, 'sub' as const, 'div' as const, 'clampedSub' as const),
      left: tie('tree'),
      right: tie('tree'),
    }),
    fc.record({
      op: fc.constantFrom('mulInt' as const, 'divInt' as const),
      left: tie('tree'),
      k: fc.integer({ min: 1, max: 5000 }),
    }),
  ),
})).tree;

function exact(tree: Tree): Fraction {
  switch (tree.op) {
    case 'leaf':
      return tree.value;
    case 'add':
      return F.add(exact(tree.left), exact(tree.right));
    case 'sub':
      return F.sub(exact(tree.left), exact(tree.right));
    case 'clampedSub': {
      const difference = F.sub(exact(tree.left), exact(tree.right));
      return F.compare(difference, F.ZERO) > 0 ? difference : F.ZERO;
    }
    case 'div':
      return F.div(exact(tree.left), exact(tree.right));
    case 'mulInt':
      return F.mul(exact(tree.left), F.fraction(tree.k));
    case 'divInt':
      return F.div(exact(tree.left), F.fraction(tree.k));
  }
}

function bounded(tree: Tree): BoundedFloat {
  switch (tree.op) {
    case 'leaf':
      return B.fromFraction(tree.value);
    case 'mulInt':
      return B.mulInt(bounded(tree.left), tree.k);
    case 'divInt':
      return B.divInt(bounded(tree.left), tree.k);
    default:
      return B[tree.op](bounded(tree.left), bounded(tree.right));
  }
}

describe('bounded floats', () => {
  test('always contain the exact value, and compare only when certain', () => {
    fc.assert(
      fc.property(treeArb, treeArb, (left, right) => {
        let a: Fraction;
        let b: Fraction;
        try {
          a = exact(left);
          b = exact(right);
        } catch {
          return; // division by an exact zero
        }
        let fa: BoundedFloat;
        let fb: BoundedFloat;
        try {
          fa = bounded(left);
          fb = bounded(right);
        } catch (error) {
          expect(error).toBeInstanceOf(UndecidableComparison);
          return;
        }
        for (const [value, float] of [
          [a, fa],
          [b, fb],
        ] as const) {
          if (!Number.isFinite(float.v) || !Number.isFinite(float.e)) continue;
          expect(F.compare(abs(F.sub(value, exactly(float.v))), exactly(float.e))).toBeLessThanOrEqual(0);
        }
        const sign = B.tryCompare(fa, fb);
        if (sign !== null) expect(sign).toBe(F.compare(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  test('equal safe integers compare exactly, near-equal fractions refuse', () => {
    expect(B.compare(B.fromFraction(F.fraction(10)), B.fromFraction(F.fraction(10)))).toBe(0);
    const third = B.divInt(B.fromFraction(F.ONE), 3);
    expect(() => B.compare(third, B.fromFraction(F.fraction(1, 3)))).toThrow(UndecidableComparison);
  });
});
