// Exact rational numbers on bigint. Vote counts must match the reference
// implementations to the last cent, which floating point cannot promise.

export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

const DECIMAL = /^[+-]?(\d+)(?:\.(\d+))?$/;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

export function fraction(num: bigint | number, den: bigint | number = 1n): Fraction {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('fraction with zero denominator');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  if (d === 1n) return { num: n, den: 1n };
  const g = gcd(n, d);
  return g === 1n ? { num: n, den: d } : { num: n / g, den: d / g };
}

export const ZERO: Fraction = { num: 0n, den: 1n };
export const ONE: Fraction = { num: 1n, den: 1n };

/** Parses a plain decimal such as `7200`, `543715.64` or `-0.5`; returns null for anything else. */
export function parseDecimal(text: string): Fraction | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const whole = match[1] ?? '0';
  const decimals = match[2] ?? '';
  const sign = text.trim().startsWith('-') ? -1n : 1n;
  return fraction(sign * BigInt(whole + decimals), 10n ** BigInt(decimals.length));
}

export function add(a: Fraction, b: Fraction): Fraction {
  if (a.den === b.den) return fraction(a.num + b.num, a.den);
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Fraction, b: Fraction): Fraction {
  if (a.den === b.den) return fraction(a.num - b.num, a.den);
  return fraction(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function mul(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.num, a.den * b.den);
}

export function div(a: Fraction, b: Fraction): Fraction {
  if (b.num === 0n) throw new RangeError('division by zero');
  return fraction(a.num * b.den, a.den * b.num);
}

export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function equals(a: Fraction, b: Fraction): boolean {
  return a.num === b.num && a.den === b.den;
}

export function sum(values: Iterable<Fraction>): Fraction {
  let total = ZERO;
  for (const value of values) total = add(total, value);
  return total;
}

export function isInteger(a: Fraction): boolean {
  return a.den === 1n;
}

export function floor(a: Fraction): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

export function toNumber(a: Fraction): number {
  if (a.den === 1n) return Number(a.num);
  if (a.num === 0n) return 0;
  // Scale so the integer quotient keeps at least 64 significant bits: relative error < 2^-52.
  const shift = Math.max(0, 64 + bitLength(a.den) - bitLength(a.num));
  const quotient = (a.num << BigInt(shift)) / a.den;
  return Number(quotient) * 2 ** -shift;
}

function bitLength(value: bigint): number {
  return (value < 0n ? -value : value).toString(2).length;
}

/** Exact decimal text when the denominator allows it (only factors 2 and 5), otherwise `num/den`. */
export function toDecimalString(a: Fraction): string {
  if (a.den === 1n) return a.num.toString();
  let den = a.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos += 1;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives += 1;
  }
  if (den !== 1n) return `${a.num}/${a.den}`;
  const digits = Math.max(twos, fives);
  const scaled = (a.num * 10n ** BigInt(digits)) / a.den;
  const negative = scaled < 0n;
  const text = (negative ? -scaled : scaled).toString().padStart(digits + 1, '0');
  return `${negative ? '-' : ''}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
