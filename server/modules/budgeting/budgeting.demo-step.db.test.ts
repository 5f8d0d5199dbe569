import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Round } from '../../../contracts/budgeting.ts';
import type { RoundResult } from '../../../contracts/budgeting-results.ts';
import { createTestApp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { DEMO_ACCOUNTS } from '../../platform/demo/demo-accounts.ts';
import { demoStepsOf, registry } from '../../platform/registry.ts';
import { seedDemoIfEmpty } from '../demo/demo.seed.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({ demoCredentials: true });
  await seedDemoIfEmpty(t.db, t.clock.now(), () => demoStepsOf(registry));
}, 300_000);
afterAll(async () => {
  await t.close();
});

async function logIn(key: string): Promise<TestClient> {
  const account = DEMO_ACCOUNTS.find((a) => a.key === key)!;
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    payload: { email: account.email, password: account.password },
  });
  return new TestClient(t.app, {
    cookie: login.cookies.find((c) => c.name === 'ws_session')!.value,
    csrf: login.json().csrfToken,
    accountId: login.json().id,
  });
}

test('the demo municipality has counted rounds, one in its voting phase and one collecting proposals', async () => {
  const rounds = (await t.app.inject({ url: '/api/v1/budget-rounds' })).json<{ items: Round[] }>().items;
  // Besides the three the demo accounts use, every district had a round earlier in the year.
  expect(rounds.filter((r) => r.phase === 'voting')).toHaveLength(1);
  expect(rounds.filter((r) => r.phase === 'proposals')).toHaveLength(1);
  expect(rounds.filter((r) => r.phase === 'results').length).toBeGreaterThanOrEqual(2);
  expect(rounds.every((r) => ['proposals', 'results', 'voting'].includes(r.phase))).toBe(true);
  const counted = rounds.find((r) => r.phase === 'results')!;
  const result = (await t.app.inject({ url: `/api/v1/budget-rounds/${counted.id}/result` })).json<RoundResult>();
  expect(result.status).toBe('done');
  expect(result.outcome!.ballotCount).toBe(counted.ballotCount);
  expect(result.outcome!.ballotCount).toBeGreaterThan(10);
  expect(result.outcome!.usedCents).toBeLessThanOrEqual(counted.budgetCents);
  expect(result.outcome!.funded.length).toBeGreaterThan(0);
  const voters = await t.db
    .selectFrom('budget_voters')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('round_id', '=', counted.id)
    .executeTakeFirstOrThrow();
  expect(Number(voters.n)).toBe(counted.ballotCount);
});

test('the verified demo resident may vote in the open round; the budget officer may review the new proposals', async () => {
  const rounds = (await t.app.inject({ url: '/api/v1/budget-rounds' })).json<{ items: Round[] }>().items;
  const voting = rounds.find((r) => r.phase === 'voting')!;
  const gerrit = await logIn('verifiedResident');
  expect((await gerrit.get(`/api/v1/budget-rounds/${voting.id}/participation`)).json()).toMatchObject({
    eligible: true,
    hasVoted: false,
    minimumAge: 16,
  });
  const collecting = rounds.find((r) => r.phase === 'proposals')!;
  const proposals = (await t.app.inject({ url: `/api/v1/budget-rounds/${collecting.id}/proposals` })).json<{
    items: Array<{ id: string; status: string }>;
  }>().items;
  expect(proposals.length).toBeGreaterThan(0);
  const officer = await logIn('civilServant');
  const review = await officer.put(`/api/v1/budget-rounds/${collecting.id}/proposals/${proposals[0]!.id}/review`, {
    decision: 'accepted',
    costCents: 100_00,
    reason: 'Haalbaar.',
  });
  expect(review.statusCode).toBe(200);
});
