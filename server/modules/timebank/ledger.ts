/**
 * The time bank's bookkeeping rules, pure. Amounts are whole minutes (quarter hours in practice),
 * so sums are exact. Every transaction is two postings that cancel out: the ledger always sums to
 * zero. A debit may take an account below zero, but never below its limit.
 */
export type LedgerOwnerKind = 'member' | 'recipient' | 'pot';

export interface LedgerAccountState {
  id: string;
  kind: LedgerOwnerKind;
  /** Credits minus debits, in minutes. */
  balance: number;
}

export interface Limits {
  /** How many minutes below zero a resident (member or recipient) may go. */
  memberMinutes: number;
  /** How many minutes below zero a community pot may go (0: it gives only what it holds). */
  potMinutes: number;
}

export interface Posting {
  accountId: string;
  amount: number;
}

export type LedgerRefusal = {
  ok: false;
  code: 'limit-reached' | 'same-account' | 'invalid-amount' | 'already-reversed';
  detail: string;
};
export type Plan = { ok: true; postings: [Posting, Posting] } | LedgerRefusal;

export const MINUTES_PER_HOUR = 60;
export const toMinutes = (hours: number): number => Math.round(hours * MINUTES_PER_HOUR);
export const toHours = (minutes: number): number => minutes / MINUTES_PER_HOUR;

export function floorOf(kind: LedgerOwnerKind, limits: Limits): number {
  return -(kind === 'pot' ? limits.potMinutes : limits.memberMinutes);
}

/**
 * Moves `minutes` from `debit` to `credit`. For an exchange the receiver of help is debited and
 * the helper credited; for a gift the giver is debited.
 */
export function planTransfer(
  debit: LedgerAccountState,
  credit: LedgerAccountState,
  minutes: number,
  limits: Limits,
): Plan {
  if (!Number.isInteger(minutes) || minutes <= 0)
    return { ok: false, code: 'invalid-amount', detail: 'The amount must be a positive number of whole minutes.' };
  if (debit.id === credit.id)
    return { ok: false, code: 'same-account', detail: 'Hours cannot go to the same account they come from.' };
  const floor = floorOf(debit.kind, limits);
  if (debit.balance - minutes < floor) {
    return {
      ok: false,
      code: 'limit-reached',
      detail: `This would take the balance to ${formatHours(debit.balance - minutes)} hours; the lowest allowed is ${formatHours(floor)}.`,
    };
  }
  return {
    ok: true,
    postings: [
      { accountId: debit.id, amount: -minutes },
      { accountId: credit.id, amount: minutes },
    ],
  };
}

/** A reversal books the opposite of every posting, once; the limit applies to it like to any debit. */
export function planReversal(
  original: readonly Posting[],
  balances: ReadonlyMap<string, LedgerAccountState>,
  alreadyReversed: boolean,
  limits: Limits,
): Plan {
  if (alreadyReversed)
    return { ok: false, code: 'already-reversed', detail: 'This transaction has already been reversed.' };
  const credited = original.find((p) => p.amount > 0);
  const debited = original.find((p) => p.amount < 0);
  const from = credited && balances.get(credited.accountId);
  const to = debited && balances.get(debited.accountId);
  if (!credited || !from || !to)
    return { ok: false, code: 'invalid-amount', detail: 'Only a two-sided transaction can be reversed.' };
  return planTransfer(from, to, credited.amount, limits);
}

export function formatHours(minutes: number): string {
  const hours = toHours(minutes);
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace(/0$/, '');
}
