import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Ballot, BallotReceipt, Participation } from '../../../../contracts/budgeting-ballots.ts';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../../test/support/test-app.ts';
import { budgetWorld, type BudgetWorld } from '../../../../test/support/budgeting.ts';

let t: TestContext;
let w: BudgetWorld;
let roundId: string;
let projects: string[];
beforeAll(async () => {
  t = await createTestApp();
  w = await budgetWorld(t);
  // Knapsack within €10,000, at least one project and at most three.
  roundId = (await w.openRound({ ballot: { type: 'knapsack', maxProjects: 3, minProjects: 1, minSpendCents: null } }))
    .id;
  projects = await w.acceptedProjects(roundId, [6_000_00, 3_000_00, 2_000_00, 1_000_00, 500_00]);
});
afterAll(async () => {
  await t.close();
});

const cast = (client: TestClient, projectIds: string[], extra: object = {}) =>
  client.post(`/api/v1/budget-rounds/${roundId}/ballots`, { projectIds, ...extra });

describe('before voting opens', () => {
  test('a ballot is refused while the round is in its proposals or review phase', async () => {
    const voter = await w.resident();
    const refused = await cast(voter, [projects[0]!]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().type).toMatch(/phase-closed/);
    await w.startPhase(roundId, 'review');
    expect((await cast(voter, [projects[0]!])).json().type).toMatch(/phase-closed/);
    await w.startPhase(roundId, 'voting');
  });
});

describe('voting', () => {
  test('only verified residents of the round’s areas may vote, and they are told why not', async () => {
    const unverified = await signUp(t);
    const notVerified = await cast(unverified, [projects[0]!]);
    expect(notVerified.statusCode).toBe(403);
    expect(notVerified.json().type).toMatch(/not-verified/);
    expect(
      (await unverified.get(`/api/v1/budget-rounds/${roundId}/participation`)).json<Participation>(),
    ).toMatchObject({ eligible: false, reason: 'not-verified', hasVoted: false });
    const outsider = await w.resident(w.otherBuurt);
    expect((await cast(outsider, [projects[0]!])).json().type).toMatch(/outside-round-areas/);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/budget-rounds/${roundId}/ballots`,
          payload: { projectIds: [] },
        })
      ).statusCode,
    ).toBe(401);
  });

  test('an invalid ballot is refused with a clear reason', async () => {
    const voter = await w.resident();
    const cases: Array<[string[], string, RegExp]> = [
      [
        [projects[0]!, projects[1]!, projects[2]!],
        'over-budget',
        /costs €11,000.*€1,000 more than the budget of €10,000/,
      ],
      [[projects[1]!, projects[2]!, projects[3]!, projects[4]!], 'too-many-projects', /at most 3/],
      [[], 'below-minimum', /at least 1/],
      [['not-a-project'], 'unknown-project', /not-a-project/],
      [[projects[1]!, projects[1]!], 'duplicate-project', /once/],
    ];
    for (const [choice, code, detail] of cases) {
      const refused = await cast(voter, choice);
      expect(refused.statusCode, code).toBe(422);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json().type).toBe(`https://wakkere-stad.nl/problems/${code}`);
      expect(refused.json().detail).toMatch(detail);
      expect(refused.json().invalidParams[0].name).toBe('body.projectIds');
    }
    expect((await voter.get(`/api/v1/budget-rounds/${roundId}/participation`)).json<Participation>().hasVoted).toBe(
      false,
    );
  });

  test('a resident votes once, keeps a token, reads and changes the ballot with it', async () => {
    const voter = await w.resident();
    const receipt = await cast(voter, [projects[2]!, projects[0]!]);
    expect(receipt.statusCode).toBe(201);
    const body = receipt.json<BallotReceipt>();
    expect(body).toMatchObject({
      totalCostCents: 8_000_00,
      source: 'online',
      projectIds: [projects[0], projects[2]].sort(),
    });
    expect(body.token.length).toBeGreaterThanOrEqual(30);
    expect((await voter.get(`/api/v1/budget-rounds/${roundId}/participation`)).json<Participation>()).toMatchObject({
      eligible: true,
      hasVoted: true,
    });

    const again = await cast(voter, [projects[3]!]);
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toMatch(/already-voted/);

    const seen = await voter.post(`/api/v1/budget-rounds/${roundId}/ballot-lookups`, { token: body.token });
    expect(seen.json<Ballot>().projectIds).toEqual(body.projectIds);
    const changed = await voter.put(`/api/v1/budget-rounds/${roundId}/ballots/current`, {
      token: body.token,
      projectIds: [projects[1]!, projects[3]!],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<Ballot>().totalCostCents).toBe(4_000_00);
    const overBudget = await voter.put(`/api/v1/budget-rounds/${roundId}/ballots/current`, {
      token: body.token,
      projectIds: [projects[0]!, projects[1]!, projects[2]!],
    });
    expect(overBudget.json().type).toMatch(/over-budget/);
    const wrongToken = await voter.post(`/api/v1/budget-rounds/${roundId}/ballot-lookups`, { token: 'x'.repeat(32) });
    expect(wrongToken.statusCode).toBe(404);
  });

  test('ten submissions at once by one resident: exactly one ballot', async () => {
    const voter = await w.resident();
    const before = await t.db
      .selectFrom('budget_ballots')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('round_id', '=', roundId)
      .executeTakeFirstOrThrow();
    const responses = await Promise.all(Array.from({ length: 10 }, () => cast(voter, [projects[4]!])));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    const after = await t.db
      .selectFrom('budget_ballots')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('round_id', '=', roundId)
      .executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBe(1);
    const voters = await t.db
      .selectFrom('budget_voters')
      .selectAll()
      .where('round_id', '=', roundId)
      .where('account_id', '=', voter.accountId)
      .execute();
    expect(voters).toHaveLength(1);
  });

  test('a minimum age must be confirmed; nothing more about age is stored', async () => {
    const aged = await w.openRound({ eligibility: { minimumAge: 16 } });
    const [project] = await w.acceptedProjects(aged.id, [1_000_00]);
    await w.startPhase(aged.id, 'review');
    await w.startPhase(aged.id, 'voting');
    const voter = await w.resident();
    const unconfirmed = await voter.post(`/api/v1/budget-rounds/${aged.id}/ballots`, { projectIds: [project] });
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.json().invalidParams[0].name).toBe('body.confirmAge');
    expect(
      (await voter.post(`/api/v1/budget-rounds/${aged.id}/ballots`, { projectIds: [project], confirmAge: true }))
        .statusCode,
    ).toBe(201);
  });
});

describe('paper ballots', () => {
  test('an officer enters a paper ballot, optionally marking a resident as having voted', async () => {
    const entered = await w.officer.post(`/api/v1/budget-rounds/${roundId}/paper-ballots`, {
      projectIds: [projects[1]!],
      location: 'Stembureau Bibliotheek',
    });
    expect(entered.statusCode).toBe(201);
    expect(entered.json()).toMatchObject({
      source: 'paper',
      totalCostCents: 3_000_00,
      location: 'Stembureau Bibliotheek',
    });
    const paperVoter = await w.resident();
    expect(
      (
        await w.officer.post(`/api/v1/budget-rounds/${roundId}/paper-ballots`, {
          projectIds: [projects[2]!],
          voterAccountId: paperVoter.accountId,
        })
      ).statusCode,
    ).toBe(201);
    expect((await cast(paperVoter, [projects[2]!])).json().type).toMatch(/already-voted/);
    expect(
      (
        await w.officer.post(`/api/v1/budget-rounds/${roundId}/paper-ballots`, {
          projectIds: [projects[2]!],
          voterAccountId: paperVoter.accountId,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await w.officer.post(`/api/v1/budget-rounds/${roundId}/paper-ballots`, {
          projectIds: [projects[0]!, projects[1]!, projects[2]!],
        })
      ).statusCode,
    ).toBe(422);
    const resident = await w.resident();
    expect(
      (await resident.post(`/api/v1/budget-rounds/${roundId}/paper-ballots`, { projectIds: [projects[1]!] }))
        .statusCode,
    ).toBe(403);
    const elsewhere = await signUp(t, { roles: [{ role: 'civil_servant', areaId: w.idOf('WK036202') }] });
    expect(
      (await elsewhere.post(`/api/v1/budget-rounds/${roundId}/paper-ballots`, { projectIds: [projects[1]!] }))
        .statusCode,
    ).toBe(403);
  });
});

describe('after voting closes', () => {
  test('ballots are final: no new ballot, no change; the token still shows what was counted', async () => {
    const voter = await w.resident();
    const token = (await cast(voter, [projects[3]!])).json<BallotReceipt>().token;
    await w.startPhase(roundId, 'results');
    const late = await cast(await w.resident(), [projects[3]!]);
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/closed/);
    const change = await voter.put(`/api/v1/budget-rounds/${roundId}/ballots/current`, {
      token,
      projectIds: [projects[4]!],
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().type).toMatch(/phase-closed/);
    expect(
      (await w.officer.post(`/api/v1/budget-rounds/${roundId}/paper-ballots`, { projectIds: [projects[1]!] }))
        .statusCode,
    ).toBe(409);
    await w.countedResult(roundId);
    const seen = await voter.post(`/api/v1/budget-rounds/${roundId}/ballot-lookups`, { token });
    expect(seen.json<Ballot>()).toMatchObject({ projectIds: [projects[3]], changeableUntil: null });
  });
});
