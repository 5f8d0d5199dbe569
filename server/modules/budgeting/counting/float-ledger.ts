import { UndecidableComparison } from './arithmetic.ts';
import type { Ledger, CostSplit } from './budget-ledger.ts';
import { certainlyUsedUp, errorOfDivInt, errorOfMulInt, errorOfSum, signOf } from './bounded-float.ts';
import type { BoundedFloat } from './bounded-float.ts';

/**
 * The ledger in bounded floats, kept in typed arrays so a count allocates next to
 * nothing per voter group. Same rules as BudgetLedger with boundedFloatArithmetic;
 * the error bounds come from the same functions.
 */
export class FloatLedger implements Ledger<BoundedFloat> {
  private readonly groupOf: Int32Array;
  private value = new Float64Array(64);
  private error = new Float64Array(64);
  private groupCount = 1;
  private counts = new Int32Array(64);
  private touched = new Int32Array(64);
  private sizes = new Int32Array(64);

  constructor(
    private readonly weight: Int32Array,
    initial: BoundedFloat,
  ) {
    this.groupOf = new Int32Array(weight.length);
    this.value[0] = initial.v;
    this.error[0] = initial.e;
  }

  budgetOf(ballotType: number): BoundedFloat {
    const group = this.groupOf[ballotType] ?? 0;
    return { v: this.value[group] ?? 0, e: this.error[group] ?? 0 };
  }

  split(supporters: Int32Array, cost: BoundedFloat, withMoney: boolean): CostSplit<BoundedFloat> {
    const n = this.histogram(supporters);
    const { touched, sizes, value, error } = this;
    let payers = 0;
    for (let i = 0; i < n; i += 1) payers += sizes[i] ?? 0;
    const money = withMoney ? this.holdings(n) : null;
    let remaining = cost.v;
    let remainingError = cost.e;
    let poorPaid = false;
    let firstRich = 0;
    for (;;) {
      const left = { v: remaining, e: remainingError };
      if (payers === 0) return { money, maxPayment: null, remaining: left, payers, poorPaid };
      const share = remaining / payers;
      const shareError = errorOfDivInt(share, remaining, remainingError, payers);
      const before = firstRich;
      for (let i = firstRich; i < n; i += 1) {
        const group = touched[i] ?? 0;
        const budget = value[group] ?? 0;
        const budgetError = error[group] ?? 0;
        const sign = signOf(budget, budgetError, share, shareError);
        if (sign === null) throw new UndecidableComparison();
        if (sign >= 0) continue;
        const size = sizes[i] ?? 0;
        if (budget !== 0 || budgetError !== 0) {
          const paid = budget * size;
          const next = remaining - paid;
          remainingError = errorOfSum(next, remainingError, errorOfMulInt(paid, budgetError, size));
          remaining = next;
          poorPaid = true;
        }
        payers -= size;
        touched[i] = touched[firstRich] ?? 0;
        touched[firstRich] = group;
        sizes[i] = sizes[firstRich] ?? 0;
        sizes[firstRich] = size;
        firstRich += 1;
      }
      if (firstRich === before)
        return { money, maxPayment: { v: share, e: shareError }, remaining: left, payers, poorPaid };
    }
  }

  charge(supporters: Int32Array, maxPayment: BoundedFloat): void {
    // counts[old group] holds new group + 1 while the charge runs; 0 means not moved yet.
    const moved = this.scratch();
    let touchedCount = 0;
    for (let k = 0; k < supporters.length; k += 1) {
      const type = supporters[k] ?? 0;
      const group = this.groupOf[type] ?? 0;
      let target = (moved[group] ?? 0) - 1;
      if (target < 0) {
        target = this.addGroup(group, maxPayment);
        moved[group] = target + 1;
        this.touched[touchedCount] = group;
        touchedCount += 1;
      }
      this.groupOf[type] = target;
    }
    for (let i = 0; i < touchedCount; i += 1) moved[this.touched[i] ?? 0] = 0;
  }

  /** Fills touched/sizes with the groups among the supporters; returns how many. */
  private histogram(supporters: Int32Array): number {
    const counts = this.scratch();
    let n = 0;
    for (let k = 0; k < supporters.length; k += 1) {
      const type = supporters[k] ?? 0;
      const group = this.groupOf[type] ?? 0;
      if (counts[group] === 0) {
        this.touched[n] = group;
        n += 1;
      }
      counts[group] = (counts[group] ?? 0) + (this.weight[type] ?? 0);
    }
    for (let i = 0; i < n; i += 1) {
      const group = this.touched[i] ?? 0;
      this.sizes[i] = counts[group] ?? 0;
      counts[group] = 0;
    }
    return n;
  }

  private holdings(n: number): BoundedFloat {
    let v = 0;
    let e = 0;
    for (let i = 0; i < n; i += 1) {
      const group = this.touched[i] ?? 0;
      const size = this.sizes[i] ?? 0;
      const part = (this.value[group] ?? 0) * size;
      const sum = v + part;
      e = errorOfSum(sum, e, errorOfMulInt(part, this.error[group] ?? 0, size));
      v = sum;
    }
    return { v, e };
  }

  private addGroup(from: number, maxPayment: BoundedFloat): number {
    if (this.groupCount === this.value.length) {
      this.value = grown(this.value);
      this.error = grown(this.error);
    }
    const group = this.groupCount;
    const budget = this.value[from] ?? 0;
    const budgetError = this.error[from] ?? 0;
    // Same rule as boundedFloatArithmetic.clampedSub.
    if (certainlyUsedUp(budget, budgetError, maxPayment.v, maxPayment.e)) {
      this.value[group] = 0;
      this.error[group] = 0;
    } else {
      const v = Math.max(0, budget - maxPayment.v);
      this.value[group] = v;
      this.error[group] = errorOfSum(v, budgetError, maxPayment.e);
    }
    this.groupCount += 1;
    return group;
  }

  /** Zeroed scratch arrays with a slot per group; callers hand counts back zeroed. */
  private scratch(): Int32Array {
    if (this.counts.length < this.value.length) {
      this.counts = new Int32Array(this.value.length);
      this.touched = new Int32Array(this.value.length);
      this.sizes = new Int32Array(this.value.length);
    }
    return this.counts;
  }
}

function grown(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
