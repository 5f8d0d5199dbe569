/**
 * The time bank's bookkeeping rules, pure. Amounts are whole minutes (quarter hours in practice),
 * so sums are exact. Every transaction is two postings that cancel out: the ledger always sums to
 * zero. A debit may take an account below zero, but never below its limit — and only for help
 * actually received: a gift passes on hours the giver has earned, never more (no hours from nothing).
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

/**
 * Why hours move, which decides how far below zero the debited account may go:
 * - `exchange`: help was given; the resident who was helped may go down to their limit;
 * - `gift`: the giver passes on hours they hold, so their balance stays at zero or above;
 * - `correction`: a reversal by the team or an administrator, held to the same limit as an exchange.
 */
export type TransferPurpose = 'exchange' | 'gift' | 'correction';

export type LedgerRefusal = {
  ok: false;
  code: 'limit-reached' | 'gift-exceeds-earned' | 'same-account' | 'invalid-amount' | 'already-reversed';
  detail: string;
};
export type Plan = { ok: true; postings: [Posting, Posting] } | LedgerRefusal;

export const MINUTES_PER_HOUR = 60;
export const toMinutes = (hours: number): number => Math.round(hours * MINUTES_PER_HOUR);
export const toHours = (minutes: number): number => minutes / MINUTES_PER_HOUR;

/** The lowest balance a debit may leave. The overdraft exists only for help received, never for gifts. */
export function floorOf(kind: LedgerOwnerKind, limits: Limits, purpose: TransferPurpose): number {
  if (kind === 'pot') return -limits.potMinutes;
  if (purpose === 'gift') return 0;
  return -limits.memberMinutes;
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
  purpose: TransferPurpose,
): Plan {
  if (!Number.isInteger(minutes) || minutes <= 0)
    return { ok: false, code: 'invalid-amount', detail: 'The amount must be a positive number of whole minutes.' };
  if (debit.id === credit.id)
    return { ok: false, code: 'same-account', detail: 'Hours cannot go to the same account they come from.' };
  const floor = floorOf(debit.kind, limits, purpose);
  if (purpose === 'gift' && debit.kind !== 'pot' && debit.balance - minutes < floor) {
    return {
      ok: false,
      code: 'gift-exceeds-earned',
      detail: `A gift passes on hours you have earned by helping: you hold ${formatHours(Math.max(0, debit.balance))} hours to give.`,
    };
  }
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
  return planTransfer(from, to, credited.amount, limits, 'correction');
}

export function formatHours(minutes: number): string {
  const hours = toHours(minutes);
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace(/0$/, '');
}
