import { expect } from 'vitest';
import type { Round, RoundCreate } from '../../contracts/budgeting.ts';
import type { RoundResult } from '../../contracts/budgeting-results.ts';
import { signUp, type TestClient, type TestContext } from './test-app.ts';
import { importAmstelveen } from './areas.ts';

export const DAY = 86_400_000;

/** Amstelveen's four buurten, a municipality-wide budget officer, and a helper to verify residents. */
export async function budgetWorld(t: TestContext) {
  const { idOf } = await importAmstelveen(t);
  const officer = await signUp(t, { displayName: 'Budget officer', roles: [{ role: 'civil_servant' }] });
  const buurt = idOf('BU03620101');
  const otherBuurt = idOf('BU03620201');
  const wijk = idOf('WK036201');

  /** A resident verified in person for a buurt (Randwijck's first by default). */
  async function resident(areaId = buurt): Promise<TestClient> {
    const client = await signUp(t);
    const verified = await officer.post(`/api/v1/areas/${areaId}/verifications`, { accountId: client.accountId });
    expect(verified.statusCode, verified.body).toBe(201);
    return client;
  }

  /** A round for the wijk Randwijck whose phases start one day apart from now. */
  function roundInput(overrides: Partial<RoundCreate> = {}): RoundCreate {
    const at = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString();
    return {
      title: 'Buurtbudget Randwijck 2026',
      description: 'Wat maken we samen mooier?',
      areaIds: [wijk],
      budgetCents: 10_000_00,
      schedule: { proposalsOpenAt: at(0), reviewOpenAt: at(1), votingOpenAt: at(2), votingCloseAt: at(3) },
      ballot: { type: 'knapsack', maxProjects: null, minProjects: 1, minSpendCents: null },
      counting: {
        rule: 'greedy',
        utility: 'cost',
        completion: 'none',
        exhaustiveStop: true,
        tieBreak: ['min-cost', 'max-votes'],
      },
      eligibility: { minimumAge: null },
      ...overrides,
    };
  }

  async function openRound(overrides: Partial<RoundCreate> = {}): Promise<Round> {
    const response = await officer.post('/api/v1/budget-rounds', roundInput(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Round>();
  }

  /** Submits and accepts projects with these costs (in cents); returns their ids in order. */
  async function acceptedProjects(roundId: string, costs: readonly number[], author?: TestClient): Promise<string[]> {
    const proposer = author ?? (await resident());
    const ids: string[] = [];
    for (const [index, cost] of costs.entries()) {
      const submitted = await proposer.post(`/api/v1/budget-rounds/${roundId}/proposals`, {
        title: `Project ${index + 1}`,
        description: 'Een idee voor de buurt, met uitleg.',
        estimatedCostCents: cost,
        areaId: buurt,
      });
      expect(submitted.statusCode, submitted.body).toBe(201);
      const id = submitted.json<{ id: string }>().id;
      const reviewed = await officer.put(`/api/v1/budget-rounds/${roundId}/proposals/${id}/review`, {
        decision: 'accepted',
        costCents: cost,
        reason: 'Haalbaar en binnen budget.',
      });
      expect(reviewed.statusCode, reviewed.body).toBe(200);
      ids.push(id);
    }
    return ids;
  }

  async function startPhase(roundId: string, phase: 'review' | 'voting' | 'results'): Promise<void> {
    const response = await officer.post(`/api/v1/budget-rounds/${roundId}/phase-changes`, { phase });
    expect(response.statusCode, response.body).toBe(200);
  }

  /** Waits for the background count to finish. */
  async function countedResult(roundId: string): Promise<RoundResult> {
    // Generous: a worker thread starts slowly on a busy machine running both database suites.
    for (let i = 0; i < 1_200; i++) {
      const result = (await officer.get(`/api/v1/budget-rounds/${roundId}/result`)).json<RoundResult>();
      if (result.status === 'done' || result.status === 'failed') return result;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the count did not finish');
  }

  return {
    idOf,
    officer,
    buurt,
    otherBuurt,
    wijk,
    resident,
    roundInput,
    openRound,
    acceptedProjects,
    startPhase,
    countedResult,
  };
}
export type BudgetWorld = Awaited<ReturnType<typeof budgetWorld>>;
