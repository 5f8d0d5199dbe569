import { exactArithmetic, UndecidableComparison } from './arithmetic.ts';
import type { Arithmetic } from './arithmetic.ts';
import { boundedFloatArithmetic } from './bounded-float.ts';
import { BudgetLedger } from './budget-ledger.ts';
import type { Ledger } from './budget-ledger.ts';
import type { EqualSharesRound, Utility } from './count-result.ts';
import { costOf } from './election.ts';
import type { PreparedElection } from './election.ts';
import { FloatLedger } from './float-ledger.ts';
import type { Fraction } from './fraction.ts';
import * as F from './fraction.ts';
import type { RawTie } from './raw-tie.ts';
import { breakTie } from './tie-break.ts';
import type { TieBreakRule } from './tie-break.ts';

export interface EqualSharesRunInput {
  readonly election: PreparedElection;
  readonly perVoterBudget: Fraction;
  readonly utility: Utility;
  readonly tieBreak: readonly TieBreakRule[];
  /** Step → project to pick there instead of the tie-break choice (for tie analysis). */
  readonly forced?: ReadonlyMap<number, number>;
  /** Evaluate every project every round and keep the numbers for explanations. */
  readonly trace: boolean;
}

export interface EqualSharesStep {
  readonly step: number;
  readonly project: number;
  readonly maxPayment: number;
  readonly effectiveVotes: number;
  readonly supportersBudget: number;
}

export interface EqualSharesDrop {
  readonly step: number;
  readonly supportersBudget: number;
  readonly lostTo: number | null;
}

export interface EqualSharesRun<T = unknown> {
  readonly arithmetic: Arithmetic<T>['name'];
  /** Supported projects that cost nothing; funded before the first round. */
  readonly free: readonly number[];
  readonly steps: readonly EqualSharesStep[];
  readonly drops: ReadonlyMap<number, EqualSharesDrop>;
  readonly rounds: ReadonlyMap<number, EqualSharesRound[]>;
  readonly ties: readonly RawTie[];
  /** What a voter has left at the end. */
  readonly leftover: (voter: number) => T;
}

/** One fixed-budget run, in bounded floats when they can decide everything, else exactly. */
export function runEqualShares(input: EqualSharesRunInput): EqualSharesRun {
  try {
    return runWith(boundedFloatArithmetic, (weight, initial) => new FloatLedger(weight, initial), input);
  } catch (error) {
    if (!(error instanceof UndecidableComparison)) throw error;
    return runEqualSharesExact(input);
  }
}

export function runEqualSharesExact(input: EqualSharesRunInput): EqualSharesRun<Fraction> {
  return runWith(exactArithmetic, (weight, initial) => new BudgetLedger(exactArithmetic, weight, initial), input);
}

/** Price per unit of utility (rho) as share / payers; exact ties stay exact in bounded floats. */
interface Price<T> {
  readonly share: T;
  readonly payers: number;
}

interface Candidate<T> {
  readonly project: number;
  readonly price: Price<T>;
  readonly maxPayment: T;
  readonly money: T | null;
}

type LedgerFactory<T> = (weight: Int32Array, initial: T) => Ledger<T>;

function runWith<T>(arith: Arithmetic<T>, makeLedger: LedgerFactory<T>, input: EqualSharesRunInput): EqualSharesRun<T> {
  const { election, utility, trace } = input;
  const { weight, typeOfVoter, supporters } = election.ballotTypes;
  const ledger = makeLedger(weight, arith.fromFraction(input.perVoterBudget));
  const cost = election.projects.map((project) => arith.fromFraction(project.cost));
  const one = arith.fromFraction(F.ONE);
  const priceOf = (project: number, remaining: T, payers: number, poorPaid: boolean): Price<T> => {
    if (utility === 'approval') return { share: remaining, payers };
    return { share: poorPaid ? arith.div(remaining, item(cost, project)) : one, payers };
  };
  const free: number[] = [];
  // Budgets only shrink, so a project's price only grows: its last price is a lower bound.
  const lowerBound = new Map<number, Price<T>>();
  election.projects.forEach((project, index) => {
    const votes = election.votes[index] ?? 0;
    if (votes === 0) return;
    if (F.compare(project.cost, F.ZERO) === 0) free.push(index);
    else lowerBound.set(index, priceOf(index, item(cost, index), votes, false));
  });

  const steps: EqualSharesStep[] = [];
  const drops = new Map<number, EqualSharesDrop>();
  const rounds = new Map<number, EqualSharesRound[]>();
  const ties: RawTie[] = [];
  let lastFunded: number | null = null;

  for (let step = 1; lowerBound.size > 0; step += 1) {
    let best: Candidate<T>[] = [];
    const order = [...lowerBound.entries()]
      .map(([project, price]) => ({ project, key: arith.toNumber(price.share) / price.payers }))
      .sort((a, b) => a.key - b.key)
      .map(({ project }) => project);
    for (const project of order) {
      const head = best[0];
      const bound = lowerBound.get(project);
      if (!trace && head && bound && tryComparePrices(arith, bound, head.price) === 1) continue;
      const split = ledger.split(item(supporters, project), item(cost, project), trace);
      if (trace) recordRound(rounds, project, step, arith, split.money, split.maxPayment, item(cost, project));
      if (split.maxPayment === null) {
        lowerBound.delete(project);
        drops.set(project, { step, supportersBudget: toNumber(arith, split.money), lostTo: lastFunded });
        continue;
      }
      const price = priceOf(project, split.remaining, split.payers, split.poorPaid);
      lowerBound.set(project, price);
      const candidate = { project, price, maxPayment: split.maxPayment, money: split.money };
      const sign = head ? comparePrices(arith, price, head.price) : -1;
      if (sign < 0) best = [candidate];
      else if (sign === 0) best.push(candidate);
    }
    const winner = choose(input, step, best, ties);
    if (!winner) break;
    ledger.charge(item(supporters, winner.project), winner.maxPayment);
    lowerBound.delete(winner.project);
    const maxPayment = arith.toNumber(winner.maxPayment);
    steps.push({
      step,
      project: winner.project,
      maxPayment,
      effectiveVotes: F.toNumber(costOf(election, winner.project)) / maxPayment,
      supportersBudget: toNumber(arith, winner.money),
    });
    lastFunded = winner.project;
  }
  return {
    arithmetic: arith.name,
    free,
    steps,
    drops,
    rounds,
    ties,
    leftover: (voter) => ledger.budgetOf(typeOfVoter[voter] ?? 0),
  };
}

function comparePrices<T>(arith: Arithmetic<T>, a: Price<T>, b: Price<T>): -1 | 0 | 1 {
  return arith.compare(arith.mulInt(a.share, b.payers), arith.mulInt(b.share, a.payers));
}

function tryComparePrices<T>(arith: Arithmetic<T>, a: Price<T>, b: Price<T>): -1 | 0 | 1 | null {
  return arith.tryCompare(arith.mulInt(a.share, b.payers), arith.mulInt(b.share, a.payers));
}

function choose<T>(
  input: EqualSharesRunInput,
  step: number,
  best: Candidate<T>[],
  ties: RawTie[],
): Candidate<T> | undefined {
  if (best.length <= 1) return best[0];
  const tied = best.map((candidate) => candidate.project);
  const decision = breakTie(input.election, tied, input.tieBreak);
  const forced = input.forced?.get(step);
  const chosen = forced !== undefined && tied.includes(forced) ? forced : decision.chosen;
  ties.push({ step, tied, chosen, rulesUsed: decision.rulesUsed });
  return best.find((candidate) => candidate.project === chosen);
}

function recordRound<T>(
  rounds: Map<number, EqualSharesRound[]>,
  project: number,
  step: number,
  arith: Arithmetic<T>,
  money: T | null,
  maxPayment: T | null,
  cost: T,
): void {
  const list = rounds.get(project) ?? [];
  list.push({
    step,
    supportersBudget: toNumber(arith, money),
    effectiveVotes: maxPayment === null ? null : arith.toNumber(cost) / arith.toNumber(maxPayment),
  });
  rounds.set(project, list);
}

function toNumber<T>(arith: Arithmetic<T>, value: T | null): number {
  return value === null ? Number.NaN : arith.toNumber(value);
}

function item<V>(list: readonly V[], index: number): V {
  const value = list[index];
  if (value === undefined) throw new RangeError(`missing entry ${index}`);
  return value;
}
