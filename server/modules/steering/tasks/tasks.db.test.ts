import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeTestApp } from '../../../../test/support/initiatives.ts';
import { createSteeringWorld, createTask, type SteeringWorld } from '../../../../test/support/steering.ts';
import { createTestApp, TestClient, type TestContext } from '../../../../test/support/test-app.ts';

// The register of public tasks through the real app: who may register and change a task, for which
// area, every provider change kept, and the 3.0 → 4.0 picture drawn from that history.
let t: TestContext;
let w: SteeringWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await createSteeringWorld(t);
}, 60_000);
afterAll(async () => {
  await closeTestApp(t);
});

describe('public tasks', () => {
  test('an officer registers a task for their district; it is public, with advice, in the register of its area', async () => {
    const task = await createTask(w, w.officer);
    expect(task).toMatchObject({
      title: 'Groenonderhoud Randwijck West',
      provider: { kind: 'municipality', initiative: null, organisation: null },
      yearlyBudgetCents: 12_000_000,
      advice: { layer: expect.any(String) },
      decision: null,
      openChallenges: 0,
    });
    const anonymous = new TestClient(t.app);
    const page = (await anonymous.get(`/api/v1/public-tasks?areaId=${w.district}`)).json();
    expect(page.items.map((i: { id: string }) => i.id)).toContain(task.id);
    expect((await anonymous.get(`/api/v1/public-tasks?areaId=${w.otherDistrict}`)).json().items).toEqual([]);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'steering.task-created')
      .execute();
    expect(audit.at(-1)).toMatchObject({
      subject_id: task.id,
      scope_role: 'steering_officer',
      scope_area_id: w.district,
    });
  });

  test('an officer for another district cannot register a task here; a resident cannot at all', async () => {
    const other = await w.otherOfficer.post('/api/v1/public-tasks', validTask(w.west));
    expect(other.statusCode).toBe(403);
    const resident = await w.resident.post('/api/v1/public-tasks', validTask(w.west));
    expect(resident.statusCode).toBe(403);
    expect(resident.json().type).toMatch(/role-not-allowed/);
    expect((await new TestClient(t.app).post('/api/v1/public-tasks', validTask(w.west))).statusCode).toBe(401);
    expect((await w.admin.post('/api/v1/public-tasks', validTask(w.other))).statusCode).toBe(201);
  });

  test('bad input is a problem naming each field, never a 500', async () => {
    const response = await w.officer.post('/api/v1/public-tasks', {
      ...validTask(w.west),
      provider: 'community',
      yearlyBudgetCents: -5,
      risk: 'huge',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const names = response.json().invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['body.yearlyBudgetCents', 'body.risk']));
    const noInitiative = await w.officer.post('/api/v1/public-tasks', { ...validTask(w.west), provider: 'community' });
    expect(noInitiative.statusCode).toBe(400);
    expect(noInitiative.json().invalidParams).toEqual([
      {
        name: 'body.providerInitiativeId',
        reason: 'Required for community',
        code: 'initiative_required',
        params: { provider: 'community' },
      },
    ]);
    const exclusive = await w.officer.post('/api/v1/public-tasks', {
      ...validTask(w.west),
      exclusive: true,
      provider: 'community',
      providerInitiativeId: w.initiativeId,
    });
    expect(exclusive.json().invalidParams[0]).toEqual({
      name: 'body.provider',
      reason: 'An exclusive task (permits, enforcement) stays with the municipality',
      code: 'exclusive_stays',
    });
    const unknownArea = await w.officer.post('/api/v1/public-tasks', validTask('no-such-area'));
    expect(unknownArea.json().invalidParams).toEqual([
      { name: 'body.areaId', reason: 'No such area', code: 'no_area' },
    ]);
    expect((await w.officer.get('/api/v1/public-tasks?limit=101')).statusCode).toBe(400);
    expect((await w.officer.get('/api/v1/public-tasks?cursor=nonsense')).statusCode).toBe(400);
  });

  test('a list for an area that does not exist is empty, never an error', async () => {
    for (const path of ['public-tasks', 'steering/advice', 'steering/decisions', 'steering/grants', 'challenges']) {
      const response = await new TestClient(t.app).get(`/api/v1/${path}?areaId=nowhere`);
      expect([path, response.statusCode, response.json().items]).toEqual([path, 200, []]);
    }
    expect((await w.officer.get('/api/v1/steering/incidents?areaId=nowhere')).json().items).toEqual([]);
  });

  test('every change of provider is kept, with the budget and the reason, newest first', async () => {
    const task = await createTask(w, w.officer, { title: 'Buurthuis beheer' });
    t.clock.advance(60_000);
    const change = await w.officer.post(`/api/v1/public-tasks/${task.id}/provider-changes`, {
      provider: 'co_production',
      initiativeId: w.initiativeId,
      reason: 'De bewoners beheren het buurthuis samen met de gemeente.',
    });
    expect(change.statusCode, change.body).toBe(201);
    expect(change.json()).toMatchObject({
      provider: { kind: 'co_production', initiative: { id: w.initiativeId, name: 'Groen Randwijck' } },
    });
    const history = (await new TestClient(t.app).get(`/api/v1/public-tasks/${task.id}/provider-changes`)).json();
    expect(history.items.map((i: { provider: { kind: string } }) => i.provider.kind)).toEqual([
      'co_production',
      'municipality',
    ]);
    const forbidden = await w.otherOfficer.post(`/api/v1/public-tasks/${task.id}/provider-changes`, {
      provider: 'municipality',
      reason: 'Terug naar de gemeente, want dat willen wij.',
    });
    expect(forbidden.statusCode).toBe(403);
    // Changing the budget is in the history too (for the picture), but not in the provider list.
    const updated = await w.officer.patch(`/api/v1/public-tasks/${task.id}`, {
      yearlyBudgetCents: 9_000_000,
      reason: 'Bezuiniging',
    });
    expect(updated.json().yearlyBudgetCents).toBe(9_000_000);
    expect(
      (await new TestClient(t.app).get(`/api/v1/public-tasks/${task.id}/provider-changes`)).json().items,
    ).toHaveLength(2);
  });

  test('an exclusive task cannot be handed over by a provider change either', async () => {
    const permit = await createTask(w, w.officer, { title: 'Omgevingsvergunningen', exclusive: true, risk: 'high' });
    const response = await w.officer.post(`/api/v1/public-tasks/${permit.id}/provider-changes`, {
      provider: 'market',
      reason: 'Uitbesteden aan een bureau dat dit goedkoper doet.',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams[0].name).toBe('body.provider');
    expect((await new TestClient(t.app).get(`/api/v1/steering/advice/task/${permit.id}`)).json()).toMatchObject({
      layer: 'take_over',
      rule: 'exclusive_task',
      whatWouldChange: [],
    });
  });

  test('the 3.0 → 4.0 picture: shares of tasks and budgets per provider, now and over time', async () => {
    const picture = (await new TestClient(t.app).get(`/api/v1/steering/pictures/${w.district}`)).json();
    expect(picture.area.id).toBe(w.district);
    expect(picture.history).toHaveLength(13);
    expect(picture.now.providers.map((p: { provider: string }) => p.provider)).toEqual([
      'municipality',
      'market',
      'community',
      'co_production',
    ]);
    const shares = Object.fromEntries(
      picture.now.providers.map((p: { provider: string; tasks: number }) => [p.provider, p.tasks]),
    );
    expect(shares).toMatchObject({ co_production: 1 });
    expect(picture.now.tasks).toBe(picture.now.providers.reduce((n: number, p: { tasks: number }) => n + p.tasks, 0));
    // A year ago nothing was registered yet.
    expect(picture.history[0].tasks).toBe(0);
    expect((await new TestClient(t.app).get('/api/v1/steering/pictures/nowhere')).statusCode).toBe(404);
  });
});

function validTask(areaId: string) {
  return {
    areaId,
    title: 'Zwerfafval ruimen',
    domain: 'waste',
    description: 'Zwerfafval opruimen in de straten van de buurt.',
    statutory: false,
    exclusive: false,
    risk: 'low',
    yearlyBudgetCents: 500_000,
    department: 'Afval',
  };
}
