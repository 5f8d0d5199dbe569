import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  formatHours,
  planReversal,
  planTransfer,
  type LedgerAccountState,
  type Limits,
  type Posting,
  type TransferPurpose,
} from './ledger.ts';

const limits: Limits = { memberMinutes: 600, potMinutes: 0 };
const member = (id: string, balance = 0): LedgerAccountState => ({ id, kind: 'member', balance });
const pot = (id: string, balance = 0): LedgerAccountState => ({ id, kind: 'pot', balance });

describe('transfers', () => {
  test.each([
    ['an hour of help received on a fresh account', member('a'), member('b'), 60, true],
    ['down to the limit exactly', member('a', -540), member('b'), 60, true],
    ['past the limit', member('a', -540), member('b'), 75, false],
    [
      'a pot gives only what it holds',
      { id: 'p', kind: 'pot', balance: 30 } as LedgerAccountState,
      member('b'),
      45,
      false,
    ],
    ['a pot may give all it holds', { id: 'p', kind: 'pot', balance: 45 } as LedgerAccountState, member('b'), 45, true],
    ['to itself', member('a'), member('a'), 60, false],
    ['zero', member('a'), member('b'), 0, false],
    ['fractions of a minute', member('a'), member('b'), 1.5, false],
  ] as Array<[string, LedgerAccountState, LedgerAccountState, number, boolean]>)(
    '%s',
    (_name, debit, credit, minutes, ok) => {
      const plan = planTransfer(debit, credit, minutes, limits, 'exchange');
      expect(plan.ok).toBe(ok);
      if (plan.ok)
        expect(plan.postings).toEqual([
          { accountId: debit.id, amount: -minutes },
          { accountId: credit.id, amount: minutes },
        ]);
    },
  );

  test('the refusal says how far it would go', () => {
    expect(planTransfer(member('a', -540), member('b'), 90, limits, 'exchange')).toMatchObject({
      ok: false,
      code: 'limit-reached',
      detail: 'This would take the balance to -10.5 hours; the lowest allowed is -10.',
    });
  });

  test('the overdraft is for help received; a correction is held to the same limit', () => {
    expect(planTransfer(member('a', -540), member('b'), 60, limits, 'correction').ok).toBe(true);
    expect(planTransfer(member('a', -540), member('b'), 75, limits, 'correction')).toMatchObject({
      code: 'limit-reached',
    });
  });

  test('hours are shown without noise', () => {
    expect([formatHours(90), formatHours(-45), formatHours(600)]).toEqual(['1.5', '-0.75', '10']);
  });
});

describe('gifts pass on earned hours only', () => {
  test.each([
    ['from a fresh account', member('a'), member('b'), 15, 'gift-exceeds-earned'],
    ['a giver who received help and owes hours', member('a', -120), member('b'), 60, 'gift-exceeds-earned'],
    ['more than was earned', member('a', 60), member('b'), 75, 'gift-exceeds-earned'],
    ['all that was earned', member('a', 60), member('b'), 60, null],
    ['part of what was earned', member('a', 90), member('b'), 30, null],
    ['earned hours to a community pot', member('a', 60), pot('p'), 45, null],
    ['unearned hours to a community pot', member('a'), pot('p'), 45, 'gift-exceeds-earned'],
    ['a pot passes on what it holds', pot('p', 45), member('b'), 45, null],
    ['a pot never more', pot('p', 30), member('b'), 45, 'limit-reached'],
    ['to oneself', member('a', 60), member('a'), 15, 'same-account'],
    ['nothing', member('a', 60), member('b'), 0, 'invalid-amount'],
  ] as Array<[string, LedgerAccountState, LedgerAccountState, number, string | null]>)(
    'a gift %s',
    (_name, debit, credit, minutes, refusal) => {
      const plan = planTransfer(debit, credit, minutes, limits, 'gift');
      if (refusal === null) expect(plan).toMatchObject({ ok: true });
      else expect(plan).toMatchObject({ ok: false, code: refusal });
    },
  );

  test('the refusal says how much there is to give', () => {
    expect(planTransfer(member('a', 90), member('b'), 120, limits, 'gift')).toMatchObject({
      detail: 'A gift passes on hours you have earned by helping: you hold 1.5 hours to give.',
    });
    expect(planTransfer(member('a', -90), member('b'), 15, limits, 'gift')).toMatchObject({
      detail: 'A gift passes on hours you have earned by helping: you hold 0 hours to give.',
    });
  });
});

type Operation =
  { type: 'exchange' | 'gift'; from: number; to: number; quarters: number } | { type: 'reverse'; which: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    type: fc.constantFrom('exchange' as const, 'gift' as const),
    from: fc.nat(5),
    to: fc.nat(5),
    quarters: fc.integer({ min: 0, max: 48 }),
  }),
  fc.record({ type: fc.constant('reverse' as const), which: fc.nat(200) }),
);

/** The hours held: the sum of all positive balances. Only help received (an exchange) can raise it. */
const earnedHours = (accounts: readonly LedgerAccountState[]) =>
  accounts.reduce((sum, a) => sum + Math.max(0, a.balance), 0);

const fresh = (): LedgerAccountState[] => [...[0, 1, 2, 3, 4].map((i) => member(`m${i}`)), pot('pot')];

describe('no hours from nothing', () => {
  test('the sum of all balances stays 0 and no sequence of gifts between fresh accounts creates a positive balance anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ from: fc.nat(5), to: fc.nat(5), quarters: fc.integer({ min: 1, max: 400 }) }), {
          maxLength: 80,
        }),
        fc.integer({ min: 0, max: 400 }),
        (gifts, limitQuarters) => {
          const rules: Limits = { memberMinutes: limitQuarters * 15, potMinutes: 0 };
          const accounts = fresh();
          for (const gift of gifts) {
            const debit = accounts[gift.from]!;
            const plan = planTransfer(debit, accounts[gift.to]!, gift.quarters * 15, rules, 'gift');
            if (plan.ok) for (const p of plan.postings) accounts.find((a) => a.id === p.accountId)!.balance += p.amount;
            expect(accounts.reduce((sum, a) => sum + a.balance, 0)).toBe(0);
            for (const account of accounts) expect(account.balance).toBe(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the hours anyone holds never exceed the hours booked for help, whatever is given afterwards', () => {
    const step = fc.record({
      purpose: fc.constantFrom<TransferPurpose>('exchange', 'gift', 'gift', 'gift'),
      from: fc.nat(5),
      to: fc.nat(5),
      quarters: fc.integer({ min: 1, max: 80 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 150 }), fc.integer({ min: 0, max: 80 }), (steps, limitQuarters) => {
        const rules: Limits = { memberMinutes: limitQuarters * 15, potMinutes: 0 };
        const accounts = fresh();
        let booked = 0;
        for (const s of steps) {
          const plan = planTransfer(accounts[s.from]!, accounts[s.to]!, s.quarters * 15, rules, s.purpose);
          if (!plan.ok) continue;
          for (const p of plan.postings) accounts.find((a) => a.id === p.accountId)!.balance += p.amount;
          if (s.purpose === 'exchange') booked += s.quarters * 15;
          expect(earnedHours(accounts)).toBeLessThanOrEqual(booked);
          expect(accounts.reduce((sum, a) => sum + a.balance, 0)).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('ledger properties', () => {
  test('any sequence of exchanges, gifts and reversals keeps the sum at zero and every balance above its limit', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 120 }),
        fc.integer({ min: 0, max: 40 }),
        (operations, limitQuarters) => {
          const rules: Limits = { memberMinutes: limitQuarters * 15, potMinutes: 0 };
          const accounts: LedgerAccountState[] = [
            ...[0, 1, 2, 3, 4].map((i) => member(`m${i}`)),
            { id: 'pot', kind: 'pot', balance: 0 },
          ];
          const byId = new Map(accounts.map((a) => [a.id, a]));
          const transactions: Array<{ postings: Posting[]; reversed: boolean; reversal: boolean }> = [];
          const apply = (postings: Posting[]) => {
            for (const p of postings) byId.get(p.accountId)!.balance += p.amount;
          };
          for (const op of operations) {
            if (op.type === 'reverse') {
              const target = transactions[op.which % Math.max(1, transactions.length)];
              if (!target || target.reversal) continue;
              const plan = planReversal(target.postings, byId, target.reversed, rules);
              if (plan.ok) {
                apply(plan.postings);
                target.reversed = true;
                transactions.push({ postings: plan.postings, reversed: false, reversal: true });
              } else if (target.reversed) {
                expect(plan.code).toBe('already-reversed');
              }
            } else {
              const debit = accounts[op.from]!;
              const credit = accounts[op.to]!;
              const before = earnedHours(accounts);
              const plan = planTransfer(debit, credit, op.quarters * 15, rules, op.type);
              if (plan.ok) {
                apply(plan.postings);
                transactions.push({ postings: plan.postings, reversed: false, reversal: false });
              }
              if (op.type === 'gift') {
                // A gift only passes hours on: the giver stays at zero or above, and no hours appear.
                if (plan.ok) expect(debit.balance).toBeGreaterThanOrEqual(0);
                expect(earnedHours(accounts)).toBeLessThanOrEqual(before);
              }
            }
            expect(accounts.reduce((sum, a) => sum + a.balance, 0)).toBe(0);
            for (const account of accounts) {
              expect(account.balance).toBeGreaterThanOrEqual(account.kind === 'pot' ? 0 : -rules.memberMinutes);
            }
          }
          // The balances are exactly the sum of all postings: nothing is lost or made up.
          const fromPostings = new Map<string, number>();
          for (const t of transactions)
            for (const p of t.postings) fromPostings.set(p.accountId, (fromPostings.get(p.accountId) ?? 0) + p.amount);
          for (const account of accounts) expect(fromPostings.get(account.id) ?? 0).toBe(account.balance);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a transaction is reversed at most once, and reversing restores the balances', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (quarters) => {
        const a = member('a');
        const b = member('b');
        const plan = planTransfer(a, b, quarters * 15, limits, 'exchange');
        if (!plan.ok) return;
        a.balance -= quarters * 15;
        b.balance += quarters * 15;
        const balances = new Map([
          [a.id, a],
          [b.id, b],
        ]);
        const reversal = planReversal(plan.postings, balances, false, limits);
        expect(reversal.ok).toBe(true);
        if (reversal.ok) for (const p of reversal.postings) balances.get(p.accountId)!.balance += p.amount;
        expect([a.balance, b.balance]).toEqual([0, 0]);
        expect(planReversal(plan.postings, balances, true, limits)).toMatchObject({
          ok: false,
          code: 'already-reversed',
        });
      }),
    );
  });
});
