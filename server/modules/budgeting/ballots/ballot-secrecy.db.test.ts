import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BallotReceipt } from '../../../../contracts/budgeting-ballots.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../../test/support/test-app.ts';
import { parsePabulib } from '../pabulib/pabulib-parse.ts';
import { budgetWorld, type BudgetWorld } from '../../../../test/support/budgeting.ts';

// No endpoint, export or log may tie a ballot to its voter. We vote, close, count, and then look at
// everything the budgeting API, the exports and the logs give to anyone, officers included.
let t: TestContext;
let w: BudgetWorld;
let roundId: string;
let projects: string[];
const voters: TestClient[] = [];
const receipts: BallotReceipt[] = [];
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  w = await budgetWorld(t);
  admin = await signUp(t, { roles: [{ role: 'administrator' }] });
  roundId = (await w.openRound({ ballot: { type: 'approval', maxProjects: 2, minProjects: 1, minSpendCents: null } }))
    .id;
  projects = await w.acceptedProjects(roundId, [4_000_00, 3_000_00, 2_000_00]);
  await w.startPhase(roundId, 'review');
  await w.startPhase(roundId, 'voting');
  const choices = [[0], [1], [0, 2], [1, 2], [2]];
  for (const choice of choices) {
    const voter = await w.resident();
    const response = await voter.post(`/api/v1/budget-rounds/${roundId}/ballots`, {
      projectIds: choice.map((i) => projects[i]!),
    });
    expect(response.statusCode).toBe(201);
    voters.push(voter);
    receipts.push(response.json<BallotReceipt>());
  }
  const paperVoter = await w.resident();
  await w.officer.post(`/api/v1/budget-rounds/${roundId}/paper-ballots`, {
    projectIds: [projects[0]!],
    voterAccountId: paperVoter.accountId,
    location: 'Buurthuis',
  });
  voters.push(paperVoter);
  await w.startPhase(roundId, 'results');
  await w.countedResult(roundId);
});
afterAll(async () => {
  await t.close();
});

/** Every GET of the budgeting API (taken from the OpenAPI document, so new ones are included), as each kind of caller. */
async function everyBudgetingAnswer(): Promise<string[]> {
  const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{
    paths: Record<string, Record<string, { tags?: string[] }>>;
  }>();
  const urls = Object.entries(document.paths)
    .filter(([, item]) => item['get']?.tags?.includes('Neighbourhood budget'))
    .map(([path]) => `/api/v1${path.replace('{roundId}', roundId).replace('{proposalId}', projects[0]!)}`);
  expect(urls.length).toBeGreaterThanOrEqual(8);
  const bodies: string[] = [];
  for (const client of [w.officer, admin, ...voters, new TestClient(t.app)]) {
    for (const url of urls) {
      const response = await client.get(url);
      expect(response.statusCode === 200 || (response.statusCode === 401 && client.session === undefined), url).toBe(
        true,
      );
      bodies.push(response.body);
    }
  }
  bodies.push(...receipts.map((receipt) => JSON.stringify(receipt)));
  return bodies;
}

test('the budgeting endpoints never name a voter, and what they say about ballots is anonymous', async () => {
  const bodies = await everyBudgetingAnswer();
  for (const voter of voters) {
    for (const body of bodies) expect(body).not.toContain(voter.accountId);
  }
  const storedIds = (await t.db.selectFrom('budget_ballots').select('id').execute()).map((row) => row.id);
  for (const body of bodies) {
    for (const id of storedIds) expect(body).not.toContain(id);
  }
  const exported = parsePabulib((await w.officer.get(`/api/v1/budget-rounds/${roundId}/pabulib`)).body);
  expect(exported.voteColumns).toEqual(['voter_id', 'vote', 'voting_method']);
  expect(exported.votes.map((v) => v.voterId).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
});

test('a token opens only its own ballot; a voter learns nothing from another voter’s token', async () => {
  for (const [index, receipt] of receipts.entries()) {
    const seen = await voters[(index + 1) % receipts.length]!.post(`/api/v1/budget-rounds/${roundId}/ballot-lookups`, {
      token: receipt.token,
    });
    expect(seen.json().projectIds).toEqual(receipt.projectIds);
    expect(seen.body).not.toContain(voters[index]!.accountId);
  }
});

test('stored ballots carry no account, no time, and ids that reveal no order', async () => {
  const ballots = await t.db.selectFrom('budget_ballots').selectAll().where('round_id', '=', roundId).execute();
  expect(ballots).toHaveLength(6);
  for (const ballot of ballots) {
    expect(Object.keys(ballot).sort()).toEqual(['choices_json', 'id', 'location', 'round_id', 'source', 'token_hash']);
    expect(ballot.id).not.toMatch(/^00000000-0000-4000-8000-/);
    for (const receipt of receipts) expect(ballot.token_hash).not.toBe(receipt.token);
  }
  const votersRows = await t.db.selectFrom('budget_voters').selectAll().where('round_id', '=', roundId).execute();
  for (const row of votersRows)
    expect(Object.keys(row).sort()).toEqual(['account_id', 'age_confirmed', 'method', 'round_id']);
});

test('the activity and audit logs record that someone voted, never what', async () => {
  const cast = await t.db
    .selectFrom('activity_log')
    .selectAll()
    .where('verb', '=', 'ballot.cast')
    .where('subject_id', '=', roundId)
    .execute();
  expect(cast).toHaveLength(6);
  const ballotIds = (await t.db.selectFrom('budget_ballots').select('id').execute()).map((row) => row.id);
  const logs = JSON.stringify([cast, await t.db.selectFrom('audit_log').selectAll().execute()]);
  for (const id of ballotIds) expect(logs).not.toContain(id);
  for (const receipt of receipts) expect(logs).not.toContain(receipt.token);
  const paper = await t.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'budget_ballot.paper_entered')
    .execute();
  expect(JSON.parse(paper[0]!.after_json!)).toEqual({ location: 'Buurthuis', voterMarked: true });
});

test('my data export says which rounds I voted in, not how', async () => {
  const data = (await voters[0]!.get('/api/v1/me/export')).json();
  expect(data.neighbourhoodBudget.votedInRounds).toEqual([{ roundId, method: 'online', confirmedMinimumAge: false }]);
  const text = JSON.stringify(data.neighbourhoodBudget);
  for (const project of projects) expect(text).not.toContain(project);
});
