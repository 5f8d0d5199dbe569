import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeTestApp, startInitiative } from '../../../../test/support/initiatives.ts';
import {
  createSteeringWorld,
  advanceDays,
  createTask,
  dateIn,
  MOTIVATION,
  runGrantJob,
  type SteeringWorld,
} from '../../../../test/support/steering.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../../test/support/test-app.ts';

// Decisions, their instruments, responses and grants through the real app, on both databases.
let t: TestContext;
let w: SteeringWorld;
let taskId: string;
beforeAll(async () => {
  t = await createTestApp();
  w = await createSteeringWorld(t);
  taskId = (await createTask(w, w.officer, { provider: 'community', providerInitiativeId: w.initiativeId })).id;
}, 60_000);
afterAll(async () => {
  await closeTestApp(t);
});

const facilitate = (overrides: Record<string, unknown> = {}) => ({
  subjectType: 'task',
  subjectId: taskId,
  layer: 'facilitate',
  motivation: MOTIVATION,
  instruments: {
    grant: {
      amountCents: 250_000,
      purpose: 'Gereedschap en plantgoed voor het groenonderhoud',
      reportDueDate: dateIn(t, 60),
    },
    contactPerson: { name: 'Regisseur West', department: 'Wijkzaken' },
  },
  reviewDate: dateIn(t, 180),
  ...overrides,
});

describe('steering decisions', () => {
  test('a decision without motivation is refused, naming the field', async () => {
    const { motivation: _, ...body } = facilitate();
    const response = await w.officer.post('/api/v1/steering/decisions', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.motivation' })]);
    const short = await w.officer.post('/api/v1/steering/decisions', facilitate({ motivation: 'Omdat.' }));
    expect(short.json().invalidParams[0]).toMatchObject({ name: 'body.motivation', reason: 'At least 30 characters' });
  });

  test('compel without a proportionality reason and the least intrusive alternative is refused', async () => {
    const response = await w.officer.post(
      '/api/v1/steering/decisions',
      facilitate({
        layer: 'compel',
        deviationReason: 'Het advies ziet de klachten van omwonenden nog niet, die wij wel ontvangen.',
        instruments: {
          enforcement: {
            conditions: [
              { condition: 'Wekelijks maaien', deadline: dateIn(t, 14), consequence: 'De gemeente maait zelf' },
            ],
          },
        },
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['body.leastIntrusiveAlternative', 'body.proportionalityReason']);
  });

  test('each layer needs its instruments', async () => {
    const response = await w.officer.post(
      '/api/v1/steering/decisions',
      facilitate({ layer: 'take_over', instruments: {} }),
    );
    expect(response.json().invalidParams.map((p: { name: string }) => p.name)).toContain('body.instruments.takeOver');
  });

  test('deciding against the advice needs the reason why; dates must lie ahead', async () => {
    const advice = (await new TestClient(t.app).get(`/api/v1/steering/advice/task/${taskId}`)).json();
    expect(advice.layer).toBe('facilitate');
    const frameworks = facilitate({
      layer: 'frameworks',
      instruments: {
        agreement: { conditions: ['Maandelijks verslag'], milestones: [{ title: 'Plan', dueDate: dateIn(t, 30) }] },
      },
    });
    const refused = await w.officer.post('/api/v1/steering/decisions', frameworks);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams).toEqual([
      {
        name: 'body.deviationReason',
        reason: 'Required when the layer differs from the advice (facilitate)',
        code: 'deviation_required',
        params: { layer: 'facilitate' },
      },
    ]);
    const past = await w.officer.post('/api/v1/steering/decisions', facilitate({ reviewDate: dateIn(t, -1) }));
    expect(past.json().invalidParams).toEqual([
      { name: 'body.reviewDate', reason: 'Must lie after today', code: 'after_today' },
    ]);
  });

  test('an officer for another district cannot decide here; other roles cannot decide at all', async () => {
    expect((await w.otherOfficer.post('/api/v1/steering/decisions', facilitate())).statusCode).toBe(403);
    for (const client of [w.admin, w.resident, w.organiser, w.civilServant])
      expect((await client.post('/api/v1/steering/decisions', facilitate())).json().type).toMatch(/role-not-allowed/);
    expect((await w.officer.post('/api/v1/steering/decisions', facilitate({ subjectId: 'nope' }))).statusCode).toBe(
      404,
    );
  });

  let decisionId: string;
  let grantId: string;
  test('a decision is published with its grant, audit-logged with its scope, and the organisers are told', async () => {
    const response = await w.officer.post('/api/v1/steering/decisions', facilitate());
    expect(response.statusCode, response.body).toBe(201);
    const decision = response.json();
    decisionId = decision.id;
    grantId = decision.grantId;
    expect(decision).toMatchObject({
      layer: 'facilitate',
      adviceLayer: 'facilitate',
      followsAdvice: true,
      current: true,
      reviewState: 'open',
      subject: { type: 'task', id: taskId, title: 'Groenonderhoud Randwijck West', area: { id: w.west } },
    });
    const published = (await new TestClient(t.app).get(`/api/v1/steering/decisions?areaId=${w.district}`)).json();
    expect(published.items.map((d: { id: string }) => d.id)).toContain(decisionId);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'steering.decided')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ subject_id: taskId, scope_role: 'steering_officer', scope_area_id: w.district });
    const notices = await t.db
      .selectFrom('notifications')
      .selectAll()
      .where('kind', '=', 'steering.decision.published')
      .execute();
    expect(notices.map((n) => n.account_id)).toEqual([w.organiser.accountId]);
    // The notice names the task, in no particular language; its kind's title says what happened.
    expect(notices[0]!.message).toBe('Groenonderhoud Randwijck West');
    const task = (await new TestClient(t.app).get(`/api/v1/public-tasks/${taskId}`)).json();
    expect(task.decision).toMatchObject({ id: decisionId, layer: 'facilitate' });
  });

  test('residents respond; the officer answers once; both are public', async () => {
    const response = await w.resident.post(`/api/v1/steering/decisions/${decisionId}/responses`, {
      kind: 'objection',
      text: 'Waarom krijgt dit initiatief geld en de speeltuin niet?',
    });
    expect(response.statusCode, response.body).toBe(201);
    const objection = response.json();
    expect(objection).toMatchObject({ kind: 'objection', author: { displayName: 'Rik Reageerder' }, state: 'open' });
    expect(
      (
        await new TestClient(t.app).post(`/api/v1/steering/decisions/${decisionId}/responses`, {
          kind: 'comment',
          text: 'x'.repeat(30),
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (
        await w.resident.put(`/api/v1/steering/responses/${objection.id}/answer`, {
          text: 'Ik beantwoord mezelf maar eens.',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await w.otherOfficer.put(`/api/v1/steering/responses/${objection.id}/answer`, {
          text: 'Dit is niet mijn wijk, toch?',
        })
      ).statusCode,
    ).toBe(403);
    const answered = await w.officer.put(`/api/v1/steering/responses/${objection.id}/answer`, {
      text: 'De speeltuin valt onder een andere regeling; zie het besluit van maart.',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ state: 'done', answer: { text: expect.stringContaining('speeltuin') } });
    expect(
      (await w.officer.put(`/api/v1/steering/responses/${objection.id}/answer`, { text: 'Nog een keer antwoorden.' }))
        .statusCode,
    ).toBe(409);
    const list = (await new TestClient(t.app).get(`/api/v1/steering/decisions/${decisionId}/responses`)).json();
    expect(list.items).toHaveLength(1);
  });

  test('grants: payments up to the amount, the report, and an overdue report on the worklist', async () => {
    const pay = (amountCents: number) =>
      w.officer.post(`/api/v1/steering/grants/${grantId}/payments`, { amountCents, paidOn: dateIn(t, 0) });
    expect((await pay(200_000)).json()).toMatchObject({ paidCents: 200_000, state: 'paying' });
    const over = await pay(60_000);
    expect(over.statusCode).toBe(400);
    expect(over.json().invalidParams[0]).toEqual({
      name: 'body.amountCents',
      reason: 'At most 50000 cents remain to be paid',
      code: 'at_most_remaining',
      params: { cents: 50_000 },
    });
    expect((await pay(50_000)).json().state).toBe('report_due');
    expect(
      (
        await w.otherOfficer.post(`/api/v1/steering/grants/${grantId}/payments`, {
          amountCents: 1,
          paidOn: dateIn(t, 0),
        })
      ).statusCode,
    ).toBe(403);
    // A clawback for a missing report waits until the report is overdue.
    const early = await w.officer.put(`/api/v1/steering/grants/${grantId}/clawback`, {
      amountCents: 100_000,
      ground: 'no_report',
      reason: 'Het verslag is niet op tijd gekomen.',
    });
    expect(early.json().invalidParams[0].name).toBe('body.ground');

    await advanceDays(t, w, 61);
    expect(await runGrantJob(t)).toBe(1);
    expect(await runGrantJob(t)).toBe(0);
    const worklist = (await w.officer.get('/api/v1/steering/worklist?kind=grant_report')).json();
    expect(worklist.items).toEqual([
      expect.objectContaining({
        kind: 'grant_report',
        id: grantId,
        decisionId,
        challengeId: null,
        state: 'overdue',
        subject: expect.objectContaining({ id: taskId }),
      }),
    ]);
    expect((await w.otherOfficer.get('/api/v1/steering/worklist')).json().items).toEqual([]);
    const clawback = await w.officer.put(`/api/v1/steering/grants/${grantId}/clawback`, {
      amountCents: 250_000,
      ground: 'no_report',
      reason: 'Het verslag is na herinnering niet gekomen.',
    });
    expect(clawback.statusCode, clawback.body).toBe(200);
    expect(clawback.json()).toMatchObject({
      state: 'clawed_back',
      clawback: { amountCents: 250_000, ground: 'no_report' },
    });
    expect((await w.officer.get('/api/v1/steering/worklist?kind=grant_report')).json().items).toEqual([]);
    const notices = await t.db
      .selectFrom('notifications')
      .select('kind')
      .where('account_id', '=', w.organiser.accountId)
      .execute();
    expect(notices.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['steering.grant.report-overdue', 'steering.grant.clawed-back']),
    );
  });

  test('reviews and unanswered responses that pass their date appear on the worklist', async () => {
    const response = await w.resident.post(`/api/v1/steering/decisions/${decisionId}/responses`, {
      kind: 'comment',
      text: 'Mooi dat de buurt dit zelf mag doen, ga zo door!',
    });
    const id = response.json().id;
    const before = (await w.officer.get('/api/v1/steering/worklist?kind=response')).json();
    expect(before.items).toEqual([]);
    await advanceDays(t, w, 30); // 12 days left of 42: within the two weeks of "due soon"
    expect((await w.officer.get('/api/v1/steering/worklist?kind=response')).json().items).toEqual([
      expect.objectContaining({ id, decisionId, responseKind: 'comment', title: '', state: 'due_soon' }),
    ]);
    await advanceDays(t, w, 13);
    expect((await w.officer.get('/api/v1/steering/worklist?kind=response')).json().items).toEqual([
      expect.objectContaining({ id, state: 'overdue' }),
    ]);
    // The review date (180 days after the decision) comes within two weeks.
    expect((await w.officer.get('/api/v1/steering/worklist?kind=review')).json().items).toEqual([]);
    await advanceDays(t, w, 170 - 104);
    const worklist = (await w.cityOfficer.get('/api/v1/steering/worklist')).json();
    expect(worklist.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'response', id, state: 'overdue' }),
        expect.objectContaining({ kind: 'review', id: decisionId, decisionId, state: 'due_soon' }),
      ]),
    );
    const dues = worklist.items.map((i: { dueAt: string }) => i.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect((await w.resident.get('/api/v1/steering/worklist')).statusCode).toBe(403);
    // Paged with a cursor: the same items, none twice.
    const first = (await w.cityOfficer.get('/api/v1/steering/worklist?limit=1')).json();
    const second = (await w.cityOfficer.get(`/api/v1/steering/worklist?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });

  test('a grant to another initiative tells its organisers too', async () => {
    const other = await signUp(t, { displayName: 'Gerda Gever' });
    const choir = await startInitiative(w, other, { title: 'Buurtkoor West' });
    const library = await createTask(w, w.officer, { title: 'Bibliotheekpunt West', domain: 'culture' });
    const response = await w.officer.post(
      '/api/v1/steering/decisions',
      facilitate({
        subjectId: library.id,
        deviationReason: 'Het koor gebruikt het bibliotheekpunt al; zo blijft de ruimte levendig.',
        instruments: {
          grant: {
            amountCents: 100_000,
            purpose: 'Bladmuziek en een dirigent voor het koor',
            reportDueDate: dateIn(t, 90),
            recipientInitiativeId: choir.id,
          },
        },
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const told = await t.db
      .selectFrom('notifications')
      .select(['account_id', 'message'])
      .where('kind', '=', 'steering.decision.published')
      .where('subject_id', '=', response.json().id)
      .execute();
    expect(told).toEqual([{ account_id: other.accountId, message: 'Bibliotheekpunt West' }]);
  });

  test('incidents are reported and read by staff in scope only', async () => {
    const report = (client: TestClient) =>
      client.post('/api/v1/steering/incidents', {
        subjectType: 'task',
        subjectId: taskId,
        severity: 'normal',
        description: 'Het gras bij de school is drie weken niet gemaaid.',
        occurredOn: dateIn(t, -1),
      });
    expect((await report(w.officer)).statusCode).toBe(201);
    expect((await report(w.otherOfficer)).statusCode).toBe(403);
    expect((await report(w.resident)).statusCode).toBe(403);
    expect((await w.officer.get('/api/v1/steering/incidents')).json().items).toHaveLength(1);
    expect((await w.otherOfficer.get('/api/v1/steering/incidents')).json().items).toHaveLength(0);
    expect((await new TestClient(t.app).get('/api/v1/steering/incidents')).statusCode).toBe(401);
    const advice = (await new TestClient(t.app).get(`/api/v1/steering/advice/task/${taskId}`)).json();
    expect(advice.inputs.find((i: { key: string }) => i.key === 'incidents').value).toBe(1);
    expect(advice.rawLayer).toBe('frameworks');
  });
});
