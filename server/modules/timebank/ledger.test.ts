import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  formatHours,
  planReversal,
  planTransfer,
  type LedgerAccountState,
  type Limits,
  type Posting,
} from './ledger.ts';

const limits: Limits = { memberMinutes: 600, potMinutes: 0 };
const member = (id: string, balance = 0): LedgerAccountState => ({ id, kind: 'member', balance });

describe('transfers', () => {
  test.each([
    ['an hour from a fresh account', member('a'), member('b'), 60, true],
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
      const plan = planTransfer(debit, credit, minutes, limits);
      expect(plan.ok).toBe(ok);
      if (plan.ok)
        expect(plan.postings).toEqual([
          { accountId: debit.id, amount: -minutes },
          { accountId: credit.id, amount: minutes },
        ]);
    },
  );

  test('the refusal says how far it would go', () => {
    expect(planTransfer(member('a', -540), member('b'), 90, limits)).toMatchObject({
      ok: false,
      code: 'limit-reached',
      detail: 'This would take the balance to -10.5 hours; the lowest allowed is -10.',
    });
  });

  test('hours are shown without noise', () => {
    expect([formatHours(90), formatHours(-45), formatHours(600)]).toEqual(['1.5', '-0.75', '10']);
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
              const plan = planTransfer(debit, credit, op.quarters * 15, rules);
              if (plan.ok) {
                apply(plan.postings);
                transactions.push({ postings: plan.postings, reversed: false, reversal: false });
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
        const plan = planTransfer(a, b, quarters * 15, limits);
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
