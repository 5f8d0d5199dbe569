import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeTestApp } from '../../../test/support/initiatives.ts';
import {
  advanceDays,
  createSteeringWorld,
  createTask,
  dateIn,
  runAdviceJob,
  type SteeringWorld,
} from '../../../test/support/steering.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { DEFAULT_THRESHOLDS } from './advice.ts';

// Slow leadership through the real app and the hourly job: a handed-over task whose milestones are
// missed for longer than the hysteresis period moves up one layer — not two — and comes back down
// once it has recovered for as long; every step is on the public timeline.
let t: TestContext;
let w: SteeringWorld;
let taskId: string;
const anonymous = () => new TestClient(t.app);
const advice = async () => (await anonymous().get(`/api/v1/steering/advice/task/${taskId}`)).json();

beforeAll(async () => {
  t = await createTestApp();
  w = await createSteeringWorld(t);
  taskId = (await createTask(w, w.officer)).id;
}, 60_000);
afterAll(async () => {
  await closeTestApp(t);
});

describe('the advice over time', () => {
  test('a municipal task in an area without measured community power: frameworks, with the path down named', async () => {
    const first = await advice();
    expect(first).toMatchObject({
      layer: 'frameworks',
      rawLayer: 'frameworks',
      rule: 'capacity_and_risk',
      capacity: 'absent',
    });
    expect(first.whatWouldChange).toEqual([
      expect.objectContaining({
        toLayer: 'facilitate',
        conditions: [{ input: 'areaIndex', op: 'at_least', value: 50, current: null }],
        sustainedWeeks: 4,
      }),
    ]);
    expect(first.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(first.inputs.map((i: { key: string }) => i.key)).toContain('areaIndex');
  });

  let milestones: { id: string; title: string }[];
  test('after a challenge is accepted the strong initiative carries it: the advice moves down after four weeks', async () => {
    const submitted = (
      await w.organiser.post('/api/v1/challenges', {
        taskId,
        initiativeId: w.initiativeId,
        plan: 'Wij nemen het groenonderhoud van de buurt over met vaste ploegen van bewoners, elke week op zaterdag.',
        proposedCostCents: 11_000_000,
        deliveryPlan: 'Drie ploegen van vier bewoners, een rooster voor het hele jaar en een reservelijst.',
        fallback: 'Als het niet lukt, neemt de hovenier van de gemeente het binnen een week weer over.',
        startDate: dateIn(t, 30),
        endDate: dateIn(t, 760),
      })
    ).json();
    await w.officer.put(`/api/v1/challenges/${submitted.id}/assessment`, {
      scores: [
        'rooted_in_area',
        'social_value',
        'capacity_to_deliver',
        'support',
        'cost_not_higher',
        'continuity',
        'harms_no_one',
        'legal_entity',
        'not_market_party',
      ].map((criterion) => ({ criterion, score: 2, reason: 'Voldoet aan het criterium.' })),
    });
    const accepted = await w.officer.put(`/api/v1/challenges/${submitted.id}/decision`, {
      outcome: 'accepted',
      reason: 'Het plan voldoet aan alle criteria en is goed onderbouwd.',
      agreement: {
        provider: 'community',
        conditions: ['Elke week maaien in het seizoen'],
        milestones: [
          { title: 'Rooster klaar', dueDate: dateIn(t, 42) },
          { title: 'Eerste maaironde', dueDate: dateIn(t, 49) },
        ],
      },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    milestones = (await anonymous().get(`/api/v1/steering/milestones?taskId=${taskId}`)).json().items;
    const signalled = await advice();
    expect(signalled).toMatchObject({
      layer: 'frameworks',
      rawLayer: 'facilitate',
      capacity: 'strong',
      pending: { layer: 'facilitate' },
    });
    await advanceDays(t, w, 27);
    await runAdviceJob(t);
    expect((await advice()).layer).toBe('frameworks');
    await advanceDays(t, w, 2);
    await runAdviceJob(t);
    expect(await advice()).toMatchObject({ layer: 'facilitate', pending: null, whatWouldChange: [] });
  });

  test('one missed milestone is a signal, not yet a step; the advice waits four weeks', async () => {
    await advanceDays(t, w, 14); // day 43: "Rooster klaar" is past due and still open
    await runAdviceJob(t);
    expect(await advice()).toMatchObject({
      layer: 'facilitate',
      rawLayer: 'frameworks',
      rule: 'milestones_slipping',
      pending: { layer: 'frameworks' },
    });
    const recorded = await w.officer.patch(`/api/v1/steering/milestones/${milestones[0]!.id}`, {
      status: 'missed',
      note: 'Geen rooster ontvangen.',
    });
    expect(recorded.json()).toMatchObject({ status: 'missed', overdue: false });
    expect(
      (await w.otherOfficer.patch(`/api/v1/steering/milestones/${milestones[1]!.id}`, { status: 'met' })).statusCode,
    ).toBe(403);
    await advanceDays(t, w, 7); // day 50: the second is past due too — the rule now says compel
    await runAdviceJob(t);
    expect(await advice()).toMatchObject({ layer: 'facilitate', rawLayer: 'compel', rule: 'milestones_failing' });
  });

  test('missed for longer than the hysteresis period: up one layer (frameworks), never straight to compel', async () => {
    await advanceDays(t, w, 21); // day 71: four weeks after the first signal
    await runAdviceJob(t);
    const moved = await advice();
    expect(moved).toMatchObject({ layer: 'frameworks', rawLayer: 'compel', pending: { layer: 'compel' } });
    expect(moved.whatWouldChange.map((p: { toLayer: string; text: string }) => [p.toLayer, p.text])).toEqual([
      ['facilitate', 'No missed milestone for 8 weeks, held for 4 weeks, would move this to facilitate.'],
    ]);
    const timeline = (await anonymous().get(`/api/v1/steering/advice/task/${taskId}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ layer: 'frameworks', change: 'up' });
    expect(timeline.items.map((e: { change: string }) => e.change)).toEqual(
      expect.arrayContaining(['initial', 'down', 'signal', 'up']),
    );
    await w.officer.patch(`/api/v1/steering/milestones/${milestones[1]!.id}`, { status: 'missed' });
  });

  test('when the missed milestones leave the window and it holds for four weeks, it comes back down', async () => {
    await advanceDays(t, w, 35); // day 106: both due dates are more than 8 weeks ago
    await runAdviceJob(t);
    expect(await advice()).toMatchObject({
      layer: 'frameworks',
      rawLayer: 'facilitate',
      pending: { layer: 'facilitate' },
    });
    await advanceDays(t, w, 29);
    await runAdviceJob(t);
    expect(await advice()).toMatchObject({ layer: 'facilitate', rawLayer: 'facilitate', pending: null });
    const timeline = (await anonymous().get(`/api/v1/steering/advice/task/${taskId}/timeline?limit=2`)).json();
    expect(timeline.items[0]).toMatchObject({ layer: 'facilitate', change: 'down' });
    const older = (
      await anonymous().get(`/api/v1/steering/advice/task/${taskId}/timeline?limit=2&cursor=${timeline.nextCursor}`)
    ).json();
    expect(older.items.length).toBeGreaterThan(0);
    expect(older.items[0].id).not.toBe(timeline.items[1].id);
  });

  test('a critical incident moves the advice to take over at once', async () => {
    const incident = await w.officer.post('/api/v1/steering/incidents', {
      subjectType: 'task',
      subjectId: taskId,
      severity: 'critical',
      description: 'Een omgevallen boom blokkeert de nooduitgang van de school.',
      occurredOn: dateIn(t, 0),
    });
    expect(incident.statusCode, incident.body).toBe(201);
    expect(await advice()).toMatchObject({ layer: 'take_over', rule: 'critical_incident' });
    const list = (await anonymous().get(`/api/v1/steering/advice?areaId=${w.district}&layer=take_over`)).json();
    expect(list.items.map((i: { subject: { id: string } }) => i.subject.id)).toContain(taskId);
  });

  test('the initiative that carries the task has its own advice', async () => {
    const own = (await anonymous().get(`/api/v1/steering/advice/initiative/${w.initiativeId}`)).json();
    expect(own.subject).toMatchObject({ type: 'initiative', id: w.initiativeId, title: 'Groen Randwijck' });
    expect(own.inputs.find((i: { key: string }) => i.key === 'criticalIncidents').value).toBe(1);
    expect((await anonymous().get('/api/v1/steering/advice/initiative/nobody')).statusCode).toBe(404);
    expect((await anonymous().get('/api/v1/steering/advice/shop/x')).statusCode).toBe(400);
  });
});

describe('the thresholds', () => {
  test('are public, changed only by an administrator for the whole municipality, audit-logged and used at once', async () => {
    const settings = (await anonymous().get('/api/v1/steering/thresholds')).json();
    expect(settings).toMatchObject({ thresholds: DEFAULT_THRESHOLDS, updatedAt: null });
    expect(settings.matrix).toHaveLength(4);
    const next = { ...DEFAULT_THRESHOLDS, hysteresis: { upWeeks: 6, downWeeks: 8 } };
    expect((await w.officer.put('/api/v1/steering/thresholds', next)).statusCode).toBe(403);
    const districtAdmin = await signUp(t, { roles: [{ role: 'administrator', areaId: w.district }] });
    expect((await districtAdmin.put('/api/v1/steering/thresholds', next)).statusCode).toBe(403);
    const bad = await w.admin.put('/api/v1/steering/thresholds', {
      ...DEFAULT_THRESHOLDS,
      performance: { ...DEFAULT_THRESHOLDS.performance, compelMissed: 9, takeOverMissed: 3 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams[0].name).toBe('body.performance.takeOverMissed');
    const changed = await w.admin.put('/api/v1/steering/thresholds', next);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().thresholds.hysteresis).toEqual({ upWeeks: 6, downWeeks: 8 });
    expect((await advice()).thresholds.hysteresis).toEqual({ upWeeks: 6, downWeeks: 8 });
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'steering.thresholds-changed')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: w.admin.accountId, scope_role: 'administrator', scope_area_id: null });
  });
});
