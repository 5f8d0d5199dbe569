import * as F from './fraction.ts';
import type { Fraction } from './fraction.ts';

/**
 * The number operations the Method of Equal Shares needs. Two implementations:
 * exact bigint fractions, and floats that carry a proven error bound. The bounded
 * floats refuse (throw) whenever a comparison could go either way, so a count that
 * finishes with them takes exactly the decisions the exact count would take.
 */
export interface Arithmetic<T> {
  readonly name: 'exact' | 'bounded-float';
  readonly zero: T;
  fromFraction(value: Fraction): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mulInt(a: T, k: number): T;
  div(a: T, b: T): T;
  divInt(a: T, k: number): T;
  /** max(0, a - b): what a voter keeps after being asked to pay b. */
  clampedSub(a: T, b: T): T;
  /** Sign of a - b; throws UndecidableComparison when the bounded floats cannot tell. */
  compare(a: T, b: T): -1 | 0 | 1;
  /** Like compare, but null instead of throwing. */
  tryCompare(a: T, b: T): -1 | 0 | 1 | null;
  toNumber(a: T): number;
}

export class UndecidableComparison extends Error {
  constructor() {
    super('float error bounds overlap; the exact count is needed');
    this.name = 'UndecidableComparison';
  }
}

export const exactArithmetic: Arithmetic<Fraction> = {
  name: 'exact',
  zero: F.ZERO,
  fromFraction: (value) => value,
  add: F.add,
  sub: F.sub,
  mulInt: (a, k) => F.fraction(a.num * BigInt(k), a.den),
  div: F.div,
  divInt: (a, k) => F.fraction(a.num, a.den * BigInt(k)),
  clampedSub: (a, b) => (F.compare(a, b) > 0 ? F.sub(a, b) : F.ZERO),
  compare: F.compare,
  tryCompare: F.compare,
  toNumber: F.toNumber,
};

/** A float `v` whose exact counterpart lies within `v ± e`; e = 0 only for safe integers. */
export interface BoundedFloat {
  readonly v: number;
  readonly e: number;
}

// Unit roundoff is 2^-53; twice that plus a floor for subnormals covers one rounding.
const ROUNDING = 2 ** -52;
const TINY = Number.MIN_VALUE * 4;
// The error terms are themselves computed in floats; inflate them a little.
const SLACK = 1 + 2 ** -30;

function rounded(v: number, e: number): BoundedFloat {
  return { v, e: (e + Math.abs(v) * ROUNDING + TINY) * SLACK };
}

function exactIfSafe(v: number, a: BoundedFloat, b: BoundedFloat, e: number): BoundedFloat {
  if (a.e === 0 && b.e === 0 && Number.isSafeInteger(v)) return { v, e: 0 };
  return rounded(v, e);
}

function fromFraction(value: Fraction): BoundedFloat {
  const v = F.toNumber(value);
  if (value.den === 1n && Number.isSafeInteger(v) && BigInt(v) === value.num) return { v, e: 0 };
  return { v, e: Math.abs(v) * 2 ** -48 + TINY };
}

function tryCompareBounded(a: BoundedFloat, b: BoundedFloat): -1 | 0 | 1 | null {
  const d = a.v - b.v;
  if (a.e === 0 && b.e === 0) return d < 0 ? -1 : d > 0 ? 1 : 0;
  const margin = (a.e + b.e + Math.abs(d) * ROUNDING + TINY) * SLACK;
  if (d > margin) return 1;
  if (-d > margin) return -1;
  return null;
}

export const boundedFloatArithmetic: Arithmetic<BoundedFloat> = {
  name: 'bounded-float',
  zero: { v: 0, e: 0 },
  fromFraction,
  add: (a, b) => exactIfSafe(a.v + b.v, a, b, a.e + b.e),
  sub: (a, b) => exactIfSafe(a.v - b.v, a, b, a.e + b.e),
  mulInt: (a, k) => {
    const v = a.v * k;
    if (a.e === 0 && Number.isSafeInteger(v)) return { v, e: 0 };
    return rounded(v, a.e * Math.abs(k));
  },
  div: (a, b) => {
    const bAbs = Math.abs(b.v);
    if (bAbs <= b.e) throw new UndecidableComparison();
    const v = a.v / b.v;
    if (a.e === 0 && b.e === 0 && Number.isSafeInteger(v) && v * b.v === a.v) return { v, e: 0 };
    return rounded(v, (Math.abs(a.v) * b.e + bAbs * a.e) / (bAbs * (bAbs - b.e)));
  },
  divInt: (a, k) => {
    const v = a.v / k;
    if (a.e === 0 && Number.isSafeInteger(v) && v * k === a.v) return { v, e: 0 };
    return rounded(v, a.e / Math.abs(k));
  },
  // max(0, x) moves no value further from another, so the error bound carries over.
  clampedSub: (a, b) => exactIfSafe(Math.max(0, a.v - b.v), a, b, a.e + b.e),
  compare: (a, b) => {
    const sign = tryCompareBounded(a, b);
    if (sign === null) throw new UndecidableComparison();
    return sign;
  },
  tryCompare: tryCompareBounded,
  toNumber: (a) => a.v,
};
