import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { challengeCriteria } from '../../../../contracts/steering.ts';
import { closeTestApp } from '../../../../test/support/initiatives.ts';
import {
  advanceDays,
  createSteeringWorld,
  createTask,
  dateIn,
  type SteeringWorld,
} from '../../../../test/support/steering.ts';
import { createTestApp, TestClient, type TestContext } from '../../../../test/support/test-app.ts';

// The Right to Challenge through the real app, on both databases.
let t: TestContext;
let w: SteeringWorld;
let taskId: string;
beforeAll(async () => {
  t = await createTestApp();
  w = await createSteeringWorld(t);
  taskId = (await createTask(w, w.officer)).id;
}, 60_000);
afterAll(async () => {
  await closeTestApp(t);
});

const challenge = (overrides: Record<string, unknown> = {}) => ({
  taskId,
  initiativeId: w.initiativeId,
  plan: 'Wij nemen het groenonderhoud van de buurt over met vaste ploegen van bewoners, elke week op zaterdag.',
  proposedCostCents: 10_000_000,
  deliveryPlan: 'Drie ploegen van vier bewoners, een rooster voor het hele jaar en een reservelijst.',
  fallback: 'Als het niet lukt, neemt de hovenier van de gemeente het binnen een week weer over.',
  startDate: dateIn(t, 90),
  endDate: dateIn(t, 90 + 730),
  ...overrides,
});

const allScores = (score: number) => ({
  scores: challengeCriteria.map((criterion) => ({ criterion, score, reason: `Beoordeeld: ${criterion} is in orde.` })),
});

describe('Right to Challenge', () => {
  test('the criteria and the assessment deadline are published', async () => {
    const criteria = (await new TestClient(t.app).get('/api/v1/challenges/criteria')).json();
    expect(criteria.criteria.map((c: { id: string }) => c.id)).toEqual([...challengeCriteria]);
    expect(criteria.assessmentWeeks).toBe(10);
  });

  test('an exclusive task cannot be challenged', async () => {
    const permit = await createTask(w, w.officer, { title: 'Handhaving parkeren', exclusive: true, risk: 'high' });
    const response = await w.organiser.post('/api/v1/challenges', challenge({ taskId: permit.id }));
    expect(response.statusCode).toBe(422);
    expect(response.json().invalidParams).toEqual([
      {
        name: 'body.taskId',
        reason: 'An exclusive task (permits, enforcement) stays with the municipality',
        code: 'exclusive_stays',
      },
    ]);
  });

  test('a proposed cost above the current budget is refused, naming the field', async () => {
    const response = await w.organiser.post('/api/v1/challenges', challenge({ proposedCostCents: 12_000_001 }));
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams).toEqual([
      {
        name: 'body.proposedCostCents',
        reason: "At most the task's current yearly budget (12000000 cents)",
        code: 'cost_above_budget',
        params: { cents: 12_000_000 },
      },
    ]);
  });

  test('only an organiser of the initiative challenges; a legal entity must be a partner', async () => {
    expect((await w.resident.post('/api/v1/challenges', challenge())).statusCode).toBe(403);
    expect((await new TestClient(t.app).post('/api/v1/challenges', challenge())).statusCode).toBe(401);
    const stranger = await w.organiser.post('/api/v1/challenges', challenge({ organisationId: 'no-partner' }));
    expect(stranger.json().invalidParams[0].name).toBe('body.organisationId');
    const dates = await w.organiser.post('/api/v1/challenges', challenge({ endDate: dateIn(t, 10) }));
    expect(dates.json().invalidParams[0].name).toBe('body.endDate');
  });

  let challengeId: string;
  test('submitted: public, with the initiative’s support as evidence and a deadline ten weeks out', async () => {
    const response = await w.organiser.post('/api/v1/challenges', challenge());
    expect(response.statusCode, response.body).toBe(201);
    const submitted = response.json();
    challengeId = submitted.id;
    expect(submitted).toMatchObject({
      status: 'submitted',
      assessmentState: 'open',
      evidence: { verifiedSupporters: 25, activeMembers: 8 },
      task: { id: taskId, yearlyBudgetCents: 12_000_000 },
      initiative: { id: w.initiativeId, name: 'Groen Randwijck' },
    });
    expect(Date.parse(submitted.assessmentDueAt) - Date.parse(submitted.submittedAt)).toBeGreaterThan(69 * 86_400_000);
    expect((await w.organiser.post('/api/v1/challenges', challenge())).statusCode).toBe(409);
    const officers = await t.db
      .selectFrom('notifications')
      .select('account_id')
      .where('kind', '=', 'steering.challenge.submitted')
      .execute();
    expect(officers.map((o) => o.account_id).sort()).toEqual([w.officer.accountId, w.cityOfficer.accountId].sort());
    expect((await new TestClient(t.app).get(`/api/v1/public-tasks/${taskId}`)).json().openChallenges).toBe(1);
  });

  test('assessing is for an officer of the task’s area; a decision needs every criterion scored', async () => {
    expect((await w.otherOfficer.put(`/api/v1/challenges/${challengeId}/assessment`, allScores(2))).statusCode).toBe(
      403,
    );
    expect((await w.organiser.put(`/api/v1/challenges/${challengeId}/assessment`, allScores(3))).statusCode).toBe(403);
    const partial = await w.officer.put(`/api/v1/challenges/${challengeId}/assessment`, {
      scores: [{ criterion: 'support', score: 3, reason: '25 geverifieerde bewoners steunen het.' }],
    });
    expect(partial.statusCode, partial.body).toBe(200);
    const early = await w.officer.put(`/api/v1/challenges/${challengeId}/decision`, {
      outcome: 'refused',
      reason: 'Wij weigeren dit omdat het plan nog niet af is.',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().type).toMatch(/assessment-incomplete/);
  });

  test('the deadline is tracked on the worklist: due soon, then overdue', async () => {
    expect((await w.officer.get('/api/v1/steering/worklist?kind=challenge_assessment')).json().items).toEqual([]);
    await advanceDays(t, w, 60);
    expect((await w.officer.get('/api/v1/steering/worklist?kind=challenge_assessment')).json().items).toEqual([
      expect.objectContaining({
        id: challengeId,
        challengeId,
        decisionId: null,
        state: 'due_soon',
        subject: expect.objectContaining({ id: taskId }),
      }),
    ]);
    expect((await w.otherOfficer.get('/api/v1/steering/worklist?kind=challenge_assessment')).json().items).toEqual([]);
    await advanceDays(t, w, 11);
    expect((await w.officer.get('/api/v1/steering/worklist?kind=challenge_assessment')).json().items).toEqual([
      expect.objectContaining({ id: challengeId, state: 'overdue' }),
    ]);
    expect((await new TestClient(t.app).get(`/api/v1/challenges/${challengeId}`)).json().assessmentState).toBe(
      'overdue',
    );
  });

  test('a criterion scored 0 cannot be accepted', async () => {
    await w.officer.put(`/api/v1/challenges/${challengeId}/assessment`, allScores(2));
    await w.officer.put(`/api/v1/challenges/${challengeId}/assessment`, {
      scores: [{ criterion: 'legal_entity', score: 0, reason: 'Er is nog geen stichting of vereniging.' }],
    });
    const response = await w.officer.put(`/api/v1/challenges/${challengeId}/decision`, accept());
    expect(response.statusCode).toBe(409);
    expect(response.json().type).toMatch(/criterion-not-met/);
  });

  test('accepted: an agreement with milestones, the provider changes and the history shows why', async () => {
    await w.officer.put(`/api/v1/challenges/${challengeId}/assessment`, {
      scores: [{ criterion: 'legal_entity', score: 2, reason: 'De stichting is inmiddels opgericht.' }],
    });
    const missingAgreement = await w.officer.put(`/api/v1/challenges/${challengeId}/decision`, {
      outcome: 'accepted',
      reason: 'Het plan voldoet aan alle criteria en is goed onderbouwd.',
    });
    expect(missingAgreement.json().invalidParams[0].name).toBe('body.agreement');
    const response = await w.officer.put(`/api/v1/challenges/${challengeId}/decision`, accept());
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'accepted',
      assessmentState: 'done',
      decision: { outcome: 'accepted', late: true },
      agreement: { provider: 'community', conditions: ['Elke week maaien in het seizoen'] },
    });
    const task = (await new TestClient(t.app).get(`/api/v1/public-tasks/${taskId}`)).json();
    expect(task).toMatchObject({
      provider: { kind: 'community', initiative: { id: w.initiativeId } },
      yearlyBudgetCents: 10_000_000,
      decision: { layer: 'frameworks' },
      openChallenges: 0,
    });
    const history = (await new TestClient(t.app).get(`/api/v1/public-tasks/${taskId}/provider-changes`)).json();
    // What happened is said by kind and challenge; the reason is only the officer's own words.
    expect(history.items[0]).toEqual(
      expect.objectContaining({
        kind: 'provider',
        provider: expect.objectContaining({ kind: 'community' }),
        challengeId,
        reason: 'Het plan voldoet aan alle criteria en is goed onderbouwd.',
      }),
    );
    expect(history.items.at(-1)).toEqual(expect.objectContaining({ kind: 'created', reason: '' }));
    // The frameworks decision that starts the handover names the challenge; no server English in it.
    const decision = (await new TestClient(t.app).get(`/api/v1/steering/decisions/${task.decision.id}`)).json();
    expect(decision).toMatchObject({
      layer: 'frameworks',
      challengeId,
      motivation: 'Het plan voldoet aan alle criteria en is goed onderbouwd.',
      deviationReason: null,
    });
    // A milestone of the handover on the worklist opens on that decision's page.
    await advanceDays(t, w, 21);
    const due = (await w.officer.get('/api/v1/steering/worklist?kind=milestone')).json().items;
    expect(due).toEqual([
      expect.objectContaining({ kind: 'milestone', title: 'Rooster klaar', decisionId: decision.id, challengeId }),
    ]);
    const milestones = (
      await new TestClient(t.app).get(`/api/v1/steering/milestones?challengeId=${challengeId}`)
    ).json();
    expect(milestones.items.map((m: { title: string }) => m.title)).toEqual(['Rooster klaar', 'Eerste seizoen']);
    expect((await w.officer.put(`/api/v1/challenges/${challengeId}/decision`, accept())).statusCode).toBe(409);
    const organiserNotices = await t.db
      .selectFrom('notifications')
      .select('kind')
      .where('account_id', '=', w.organiser.accountId)
      .where('kind', '=', 'steering.challenge.decided')
      .execute();
    expect(organiserNotices).toHaveLength(1);
  });

  test('refused and withdrawn challenges stay public', async () => {
    const other = await createTask(w, w.officer, { title: 'Speeltuinen inspecteren', risk: 'medium' });
    const refused = (
      await w.organiser.post(
        '/api/v1/challenges',
        challenge({ taskId: other.id, startDate: dateIn(t, 30), endDate: dateIn(t, 400) }),
      )
    ).json();
    await w.officer.put(`/api/v1/challenges/${refused.id}/assessment`, allScores(1));
    const decided = await w.officer.put(`/api/v1/challenges/${refused.id}/decision`, {
      outcome: 'refused',
      reason: 'De veiligheidskeuring vraagt gecertificeerde inspecteurs; die heeft het initiatief niet.',
    });
    expect(decided.json()).toMatchObject({ status: 'refused', decision: { outcome: 'refused', late: false } });
    const third = await createTask(w, w.officer, { title: 'Bankjes schilderen' });
    const withdrawn = (
      await w.organiser.post(
        '/api/v1/challenges',
        challenge({ taskId: third.id, startDate: dateIn(t, 30), endDate: dateIn(t, 400) }),
      )
    ).json();
    expect(
      (await w.resident.put(`/api/v1/challenges/${withdrawn.id}/withdrawal`, { reason: 'Ik wil dit niet meer.' }))
        .statusCode,
    ).toBe(403);
    const result = await w.organiser.put(`/api/v1/challenges/${withdrawn.id}/withdrawal`, {
      reason: 'We hebben te weinig vrijwilligers.',
    });
    expect(result.json()).toMatchObject({
      status: 'withdrawn',
      withdrawal: { reason: 'We hebben te weinig vrijwilligers.' },
    });
    const all = (await new TestClient(t.app).get(`/api/v1/challenges?initiativeId=${w.initiativeId}`)).json();
    expect(all.items.map((c: { status: string }) => c.status).sort()).toEqual(['accepted', 'refused', 'withdrawn']);
    expect(
      (await new TestClient(t.app).get(`/api/v1/challenges?status=refused&areaId=${w.district}`)).json().items,
    ).toHaveLength(1);
  });
});

function accept() {
  return {
    outcome: 'accepted',
    reason: 'Het plan voldoet aan alle criteria en is goed onderbouwd.',
    agreement: {
      provider: 'community',
      conditions: ['Elke week maaien in het seizoen'],
      milestones: [
        { title: 'Rooster klaar', dueDate: dateIn(t, 20) },
        { title: 'Eerste seizoen', dueDate: dateIn(t, 120) },
      ],
    },
  };
}
