import type { Arithmetic } from './arithmetic.ts';
import { UndecidableComparison } from './arithmetic.ts';
import * as F from './fraction.ts';
import type { Fraction } from './fraction.ts';

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

// The error rules below work on plain numbers so the hot loops of a count need not allocate.

function rounded(v: number, e: number): number {
  return (e + Math.abs(v) * ROUNDING + TINY) * SLACK;
}

/** Error of v = a + b, a − b or max(0, a − b): none for safe integers, else one more rounding. */
export function errorOfSum(v: number, ae: number, be: number): number {
  return ae === 0 && be === 0 && Number.isSafeInteger(v) ? 0 : rounded(v, ae + be);
}

/** Error of v = a · k for a whole number k. */
export function errorOfMulInt(v: number, ae: number, k: number): number {
  return ae === 0 && Number.isSafeInteger(v) ? 0 : rounded(v, ae * Math.abs(k));
}

/** Error of v = a / k for a whole number k. */
export function errorOfDivInt(v: number, av: number, ae: number, k: number): number {
  return ae === 0 && Number.isSafeInteger(v) && v * k === av ? 0 : rounded(v, ae / Math.abs(k));
}

/** Sign of a − b when the bounds settle it, otherwise null. */
export function signOf(av: number, ae: number, bv: number, be: number): -1 | 0 | 1 | null {
  const d = av - bv;
  if (ae === 0 && be === 0) return d < 0 ? -1 : d > 0 ? 1 : 0;
  const margin = (ae + be + Math.abs(d) * ROUNDING + TINY) * SLACK;
  if (d > margin) return 1;
  if (-d > margin) return -1;
  return null;
}

/** Whether a budget a certainly does not exceed a payment b, so nothing is left: exactly zero. */
export function certainlyUsedUp(av: number, ae: number, bv: number, be: number): boolean {
  const sign = signOf(av, ae, bv, be);
  return sign !== null && sign <= 0;
}

function fromFraction(value: Fraction): BoundedFloat {
  const v = F.toNumber(value);
  if (value.den === 1n && Number.isSafeInteger(v) && BigInt(v) === value.num) return { v, e: 0 };
  // toNumber is within 2^-52 relative; 2^-48 leaves room.
  return { v, e: Math.abs(v) * 2 ** -48 + TINY };
}

export const boundedFloatArithmetic: Arithmetic<BoundedFloat> = {
  name: 'bounded-float',
  zero: { v: 0, e: 0 },
  fromFraction,
  add: (a, b) => {
    const v = a.v + b.v;
    return { v, e: errorOfSum(v, a.e, b.e) };
  },
  sub: (a, b) => {
    const v = a.v - b.v;
    return { v, e: errorOfSum(v, a.e, b.e) };
  },
  mulInt: (a, k) => {
    const v = a.v * k;
    return { v, e: errorOfMulInt(v, a.e, k) };
  },
  div: (a, b) => {
    const bAbs = Math.abs(b.v);
    if (bAbs <= b.e) throw new UndecidableComparison();
    const v = a.v / b.v;
    if (a.e === 0 && b.e === 0 && Number.isSafeInteger(v) && v * b.v === a.v) return { v, e: 0 };
    return { v, e: rounded(v, (Math.abs(a.v) * b.e + bAbs * a.e) / (bAbs * (bAbs - b.e))) };
  },
  divInt: (a, k) => {
    const v = a.v / k;
    return { v, e: errorOfDivInt(v, a.v, a.e, k) };
  },
  // A voter who pays everything keeps exactly nothing; exact zeros keep later ties exact.
  // Otherwise max(0, x) moves no value further from another, so the error bound carries over.
  clampedSub: (a, b) => {
    if (certainlyUsedUp(a.v, a.e, b.v, b.e)) return { v: 0, e: 0 };
    const v = Math.max(0, a.v - b.v);
    return { v, e: errorOfSum(v, a.e, b.e) };
  },
  compare: (a, b) => {
    const sign = signOf(a.v, a.e, b.v, b.e);
    if (sign === null) throw new UndecidableComparison();
    return sign;
  },
  tryCompare: (a, b) => signOf(a.v, a.e, b.v, b.e),
  toNumber: (a) => a.v,
};
