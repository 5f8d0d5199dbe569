import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { electionToPabulib, publishedSelection, toApprovalElection } from '../pabulib/pabulib-election.ts';
import { parsePabulib } from '../pabulib/pabulib-parse.ts';
import { writePabulib } from '../pabulib/pabulib-write.ts';
import { countVotes } from './count-votes.ts';
import type { CountOptions } from './count-result.ts';
import { prepareElection } from './election.ts';
import type { ApprovalElection } from './election.ts';
import { runEqualShares, runEqualSharesExact } from './equal-shares-run.ts';
import * as F from './fraction.ts';
import type { Fraction } from './fraction.ts';

// Small elections with few distinct costs, so ties and exact equalities are common.
const electionArb: fc.Arbitrary<ApprovalElection> = fc
  .record({
    costs: fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(10, 20)), { minLength: 1, maxLength: 6 }),
    quarters: fc.boolean(),
    ballots: fc.array(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), { maxLength: 14 }),
    budget: fc.integer({ min: 0, max: 120 }),
  })
  .map(({ costs, quarters, ballots, budget }) => {
    const unit = quarters ? 4 : 1;
    const projects = costs.map((cost, index) => ({ id: `p${index}`, cost: F.fraction(cost, unit) }));
    return {
      budget: F.fraction(budget, unit),
      projects,
      ballots: ballots.map((picks) => projects.filter((_, index) => picks[index]).map((project) => project.id)),
    };
  });

const optionsArb: fc.Arbitrary<CountOptions> = fc.record({
  rule: fc.constantFrom('greedy', 'greedy-no-skip', 'equal-shares', 'equal-shares-add1'),
  utility: fc.constantFrom('cost', 'approval'),
  exhaustiveStop: fc.boolean(),
  integralStart: fc.boolean(),
  completion: fc.constantFrom('none', 'greedy'),
  comparison: fc.constantFrom('none', 'satisfaction', 'exclusion-ratio'),
  tieBreak: fc.subarray(['min-cost', 'max-votes', 'max-cost', 'id-order'] as const),
});

describe('every count', () => {
  test('stays within the budget and explains every project', () => {
    fc.assert(
      fc.property(electionArb, optionsArb, (election, options) => {
        const result = countVotes(election, options);
        expect(F.compare(result.totalCost, election.budget)).toBeLessThanOrEqual(0);
        expect(new Set(result.selected).size).toBe(result.selected.length);
        for (const project of result.projects) {
          expect(project.selected).toBe(project.decision.kind.startsWith('funded'));
          if (project.votes === 0) expect(project.selected).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('recounting an exported election gives the same result', () => {
    fc.assert(
      fc.property(electionArb, optionsArb, (election, options) => {
        const result = countVotes(election, options);
        const exported = parsePabulib(writePabulib(electionToPabulib(election, { result })));
        expect(publishedSelection(exported)).toEqual(result.selected);
        expect(countVotes(toApprovalElection(exported), options)).toEqual(result);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a Method of Equal Shares run', () => {
  const runArb = fc.record({
    election: electionArb,
    perVoterBudget: fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 7 })),
    utility: fc.constantFrom('cost' as const, 'approval' as const),
  });

  test('never charges a voter more than their share, and charges funded projects exactly', () => {
    fc.assert(
      fc.property(runArb, ({ election, perVoterBudget, utility }) => {
        const prepared = prepareElection(election);
        const share = F.fraction(...perVoterBudget);
        const run = runEqualSharesExact({
          election: prepared,
          perVoterBudget: share,
          utility,
          tieBreak: [],
          trace: false,
        });
        let paid = F.ZERO;
        for (let voter = 0; voter < prepared.voterCount; voter += 1) {
          const left = run.leftover(voter);
          expect(F.compare(left, F.ZERO)).toBeGreaterThanOrEqual(0);
          expect(F.compare(left, share)).toBeLessThanOrEqual(0);
          paid = F.add(paid, F.sub(share, left));
        }
        expect(paid).toEqual(F.sum(run.steps.map((step) => prepared.projects[step.project]?.cost ?? F.ZERO)));
      }),
      { numRuns: 300 },
    );
  });

  test('in bounded floats takes the same decisions as in exact fractions', () => {
    let decidedInFloats = 0;
    fc.assert(
      fc.property(runArb, ({ election, perVoterBudget, utility }) => {
        const input = {
          election: prepareElection(election),
          perVoterBudget: F.fraction(...perVoterBudget),
          utility,
          tieBreak: [],
          trace: true,
        };
        const fast = runEqualShares(input);
        const exact = runEqualSharesExact(input);
        if (fast.arithmetic === 'bounded-float') decidedInFloats += 1;
        expect(fast.steps.map((step) => step.project)).toEqual(exact.steps.map((step) => step.project));
        const decided = (run: typeof fast) =>
          [...run.drops].map(([project, drop]) => [project, drop.step, drop.lostTo]);
        expect(decided(fast)).toEqual(decided(exact));
        expect(fast.ties).toEqual(exact.ties);
      }),
      { numRuns: 300 },
    );
    expect(decidedInFloats).toBeGreaterThan(50);
  });

  test('funds what a direct transcription of the reference algorithm funds', () => {
    fc.assert(
      fc.property(runArb, ({ election, perVoterBudget, utility }) => {
        const share = F.fraction(...perVoterBudget);
        const run = runEqualShares({
          election: prepareElection(election),
          perVoterBudget: share,
          utility,
          tieBreak: [],
          trace: false,
        });
        const ids = [...run.free, ...run.steps.map((step) => step.project)].map(
          (index) => election.projects[index]?.id,
        );
        expect(ids).toEqual(referenceEqualShares(election, share, utility));
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The equalshares.net algorithm as written there: voter by voter, approvers sorted by
 * budget, ties to the project listed first; free supported projects first (pabutools).
 */
function referenceEqualShares(election: ApprovalElection, share: Fraction, utility: 'cost' | 'approval'): string[] {
  const budget = election.ballots.map(() => share);
  const approvers = new Map(
    election.projects.map((project) => [
      project.id,
      election.ballots.flatMap((ballot, voter) => (ballot.includes(project.id) ? [voter] : [])),
    ]),
  );
  const supported = election.projects.filter((project) => (approvers.get(project.id) ?? []).length > 0);
  const winners = supported.filter((project) => F.equals(project.cost, F.ZERO)).map((project) => project.id);
  let remaining = supported.filter((project) => !F.equals(project.cost, F.ZERO));
  for (;;) {
    let best: { id: string; rho: Fraction; payment: Fraction } | null = null;
    for (const project of [...remaining]) {
      const voters = [...(approvers.get(project.id) ?? [])].sort((a, b) =>
        F.compare(budget[a] ?? F.ZERO, budget[b] ?? F.ZERO),
      );
      if (F.compare(F.sum(voters.map((voter) => budget[voter] ?? F.ZERO)), project.cost) < 0) {
        remaining = remaining.filter((other) => other !== project);
        continue;
      }
      let paid = F.ZERO;
      let payers = voters.length;
      for (const voter of voters) {
        const payment = F.div(F.sub(project.cost, paid), F.fraction(payers));
        const own = budget[voter] ?? F.ZERO;
        if (F.compare(payment, own) > 0) {
          paid = F.add(paid, own);
          payers -= 1;
          continue;
        }
        const rho = utility === 'cost' ? F.div(payment, project.cost) : payment;
        if (!best || F.compare(rho, best.rho) < 0) best = { id: project.id, rho, payment };
        break;
      }
    }
    if (!best) return winners;
    const chosen = best;
    winners.push(chosen.id);
    remaining = remaining.filter((project) => project.id !== chosen.id);
    for (const voter of approvers.get(chosen.id) ?? []) {
      const own = budget[voter] ?? F.ZERO;
      budget[voter] = F.compare(own, chosen.payment) > 0 ? F.sub(own, chosen.payment) : F.ZERO;
    }
  }
}
