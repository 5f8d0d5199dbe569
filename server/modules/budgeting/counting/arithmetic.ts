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
