import type { Arithmetic } from './arithmetic.ts';

/** Parallel lists: budgets[i] is held by sizes[i] supporters. */
export interface BudgetGroups<T> {
  readonly budgets: T[];
  readonly sizes: number[];
}

export interface CostSplit<T> {
  /** What the supporters hold together; only computed when asked for. */
  readonly money: T | null;
  /** The most one supporter is asked to pay; null when they cannot pay the cost together. */
  readonly maxPayment: T | null;
  /** The cost minus what the poorer supporters pay with everything they have. */
  readonly remaining: T;
  /** How many supporters pay maxPayment. */
  readonly payers: number;
  /** Whether poorer supporters paid anything, i.e. remaining may differ from the cost. */
  readonly poorPaid: boolean;
}

/** What every voter has left during a Method of Equal Shares run. */
export interface Ledger<T> {
  /** How the supporters of a project would share its cost now. */
  split(supporters: Int32Array, cost: T, withMoney: boolean): CostSplit<T>;
  /** Every supporter pays maxPayment, or all they have if that is less. */
  charge(supporters: Int32Array, maxPayment: T): void;
  budgetOf(ballotType: number): T;
}

/**
 * A ledger in any arithmetic (used with exact fractions). Voters (ballot types,
 * weighted) with the same remaining budget form one group, so a round costs work
 * per group rather than per voter.
 */
export class BudgetLedger<T> implements Ledger<T> {
  private readonly groupOf: Int32Array;
  private readonly budgets: T[];
  private counts = new Int32Array(16);

  constructor(
    private readonly arith: Arithmetic<T>,
    private readonly weight: Int32Array,
    initial: T,
  ) {
    this.groupOf = new Int32Array(weight.length);
    this.budgets = [initial];
  }

  budgetOf(ballotType: number): T {
    return this.budgets[this.groupOf[ballotType] ?? 0] ?? this.arith.zero;
  }

  split(supporters: Int32Array, cost: T, withMoney: boolean): CostSplit<T> {
    return splitCost(this.arith, this.groups(supporters), cost, withMoney);
  }

  /** The distinct budgets among the supporters, with how many supporters hold each. */
  private groups(supporters: Int32Array): BudgetGroups<T> {
    const counts = this.scratch();
    const touched: number[] = [];
    for (let k = 0; k < supporters.length; k += 1) {
      const type = supporters[k] ?? 0;
      const group = this.groupOf[type] ?? 0;
      if (counts[group] === 0) touched.push(group);
      counts[group] = (counts[group] ?? 0) + (this.weight[type] ?? 0);
    }
    const budgets: T[] = [];
    const sizes: number[] = [];
    for (const group of touched) {
      budgets.push(this.budgets[group] ?? this.arith.zero);
      sizes.push(counts[group] ?? 0);
      counts[group] = 0;
    }
    return { budgets, sizes };
  }

  charge(supporters: Int32Array, maxPayment: T): void {
    // scratch[old group] holds new group + 1; 0 means not moved yet.
    const moved = this.scratch();
    const touched: number[] = [];
    for (let k = 0; k < supporters.length; k += 1) {
      const type = supporters[k] ?? 0;
      const group = this.groupOf[type] ?? 0;
      let target = (moved[group] ?? 0) - 1;
      if (target < 0) {
        target = this.budgets.length;
        this.budgets.push(this.arith.clampedSub(this.budgets[group] ?? this.arith.zero, maxPayment));
        moved[group] = target + 1;
        touched.push(group);
      }
      this.groupOf[type] = target;
    }
    for (const group of touched) moved[group] = 0;
  }

  /** A zeroed array with a slot per group; callers hand it back zeroed. */
  private scratch(): Int32Array {
    if (this.counts.length < this.budgets.length) this.counts = new Int32Array(this.budgets.length * 2);
    return this.counts;
  }
}

/**
 * Splits a cost as equally as the supporters' budgets allow: the poorer pay all they
 * have, the others the same amount, maxPayment. The poor are found by repeated passes
 * (whoever is poorer than the current share stays poorer when the share grows). That
 * needs no sort and ends at the one split where exactly those below maxPayment are
 * poor, the split the sorted scan of the reference implementations finds.
 */
export function splitCost<T>(arith: Arithmetic<T>, groups: BudgetGroups<T>, cost: T, withMoney: boolean): CostSplit<T> {
  const { budgets, sizes } = groups;
  const money = withMoney ? holdings(arith, groups) : null;
  let payers = sizes.reduce((total, size) => total + size, 0);
  let remaining = cost;
  let poorPaid = false;
  let firstRich = 0;
  for (;;) {
    if (payers === 0) return { money, maxPayment: null, remaining, payers, poorPaid };
    const maxPayment = arith.divInt(remaining, payers);
    const before = firstRich;
    for (let i = firstRich; i < budgets.length; i += 1) {
      const budget = budgets[i] ?? arith.zero;
      if (arith.compare(budget, maxPayment) >= 0) continue;
      const size = sizes[i] ?? 0;
      // Supporters with nothing left pay nothing; skipping them keeps remaining exact.
      if (arith.tryCompare(budget, arith.zero) !== 0) {
        remaining = arith.sub(remaining, arith.mulInt(budget, size));
        poorPaid = true;
      }
      payers -= size;
      swap(budgets, i, firstRich);
      swap(sizes, i, firstRich);
      firstRich += 1;
    }
    if (firstRich === before) return { money, maxPayment, remaining, payers, poorPaid };
  }
}

function holdings<T>(arith: Arithmetic<T>, groups: BudgetGroups<T>): T {
  let money = arith.zero;
  groups.budgets.forEach((budget, i) => {
    money = arith.add(money, arith.mulInt(budget, groups.sizes[i] ?? 0));
  });
  return money;
}

function swap<V>(list: V[], i: number, j: number): void {
  const a = list[i];
  const b = list[j];
  if (a === undefined || b === undefined) return;
  list[i] = b;
  list[j] = a;
}
