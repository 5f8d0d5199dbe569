import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../../test/support/test-app.ts';
import {
  closeTestApp,
  createWorld,
  inDays,
  startInitiative,
  type World,
} from '../../../../test/support/initiatives.ts';

async function logged(verb: string): Promise<Array<{ actor_id: string | null; subject_id: string }>> {
  return t.db.selectFrom('activity_log').select(['actor_id', 'subject_id']).where('verb', '=', verb).execute();
}

let t: TestContext;
let world: World;
let organiser: TestClient;
let helper: TestClient;
let other: TestClient;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t);
  organiser = await signUp(t, { displayName: 'Olivier' });
  helper = await signUp(t, { displayName: 'Hanna' });
  other = await signUp(t, { displayName: 'Otto' });
  id = (await startInitiative(world, organiser)).id;
});
afterAll(async () => {
  await closeTestApp(t);
});

const post = (client: TestClient, body: object) => client.post(`/api/v1/initiatives/${id}/needs`, body);
const pledge = (client: TestClient, needId: string, body: object) =>
  client.post(`/api/v1/initiatives/${id}/needs/${needId}/pledges`, body);

describe('posting needs', () => {
  test('each kind with its own quantity; coverage starts at zero', async () => {
    const volunteers = await post(organiser, {
      kind: 'volunteers',
      title: 'Handen bij de aanleg',
      people: 3,
      startsAt: inDays(t, 7),
    });
    expect(volunteers.statusCode).toBe(201);
    expect(volunteers.json()).toMatchObject({
      kind: 'volunteers',
      unit: 'people',
      needed: 3,
      pledged: 0,
      remaining: 3,
      coverage: 0,
      open: true,
    });
    expect(
      (await post(organiser, { kind: 'materials', title: 'Zakken potgrond', items: 20, unit: 'zakken' })).json(),
    ).toMatchObject({ unit: 'items', unitLabel: 'zakken', needed: 20 });
    expect(
      (await post(organiser, { kind: 'money', title: 'Een tuinhuisje', amountCents: 45_000 })).json(),
    ).toMatchObject({ unit: 'cents', needed: 45_000 });
    for (const kind of ['space', 'permit', 'expertise'])
      expect((await post(organiser, { kind, title: `Nodig: ${kind}` })).json()).toMatchObject({ needed: 1 });
    const logged = await t.db.selectFrom('activity_log').selectAll().where('verb', '=', 'need.posted').execute();
    expect(logged).toHaveLength(6);
  });

  test('validation: amounts ≥ 1, dates in the future, fields per kind', async () => {
    const cases: Array<[object, string]> = [
      [{ kind: 'money', title: 'Geld', amountCents: -5 }, 'body.amountCents'],
      [{ kind: 'money', title: 'Geld', amountCents: 10.5 }, 'body.amountCents'],
      [{ kind: 'volunteers', title: 'Mensen', people: 0, startsAt: inDays(t, 1) }, 'body.people'],
      [{ kind: 'volunteers', title: 'Mensen', people: 2, startsAt: inDays(t, -1) }, 'body.startsAt'],
      [{ kind: 'volunteers', title: 'Mensen', people: 2, startsAt: inDays(t, 2), endsAt: inDays(t, 1) }, 'body.endsAt'],
      [{ kind: 'materials', title: 'Spullen', items: 2, amountCents: 5 }, 'body'],
      [{ kind: 'rocket', title: 'Raket' }, 'body.kind'],
    ];
    for (const [body, field] of cases) {
      const response = await post(organiser, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().invalidParams.map((p: { name: string }) => p.name)).toContain(field);
    }
  });

  test('only organisers post or change needs', async () => {
    expect((await post(helper, { kind: 'space', title: 'Een schuur' })).statusCode).toBe(403);
    const need = (await post(organiser, { kind: 'space', title: 'Een schuur' })).json();
    expect((await helper.patch(`/api/v1/initiatives/${id}/needs/${need.id}`, { closed: true })).statusCode).toBe(403);
    expect(
      (await organiser.patch(`/api/v1/initiatives/${id}/needs/${need.id}`, { closed: true })).json(),
    ).toMatchObject({ closed: true, open: false });
    expect(await logged('need.closed')).toEqual([{ actor_id: organiser.accountId, subject_id: need.id }]);
  });
});

describe('pledging', () => {
  let volunteersId: string;
  let moneyId: string;
  beforeAll(async () => {
    volunteersId = (
      await post(organiser, { kind: 'volunteers', title: 'Snoeiploeg', people: 2, startsAt: inDays(t, 3) })
    ).json().id;
    moneyId = (await post(organiser, { kind: 'money', title: 'Snoeischaren', amountCents: 10_000 })).json().id;
  });

  test('hours for volunteers, an amount for money; the wrong field is named', async () => {
    expect((await pledge(helper, volunteersId, {})).json().invalidParams[0].name).toBe('body.hours');
    expect(
      (await pledge(helper, moneyId, { quantity: 3 })).json().invalidParams.map((p: { name: string }) => p.name),
    ).toEqual(['body.amountCents', 'body.quantity']);
    expect((await pledge(helper, moneyId, { amountCents: 0 })).statusCode).toBe(400);
    const made = await pledge(helper, volunteersId, { hours: 3, note: 'Ik neem mijn eigen schaar mee' });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ quantity: 1, hours: 3, status: 'made', by: { displayName: 'Hanna' } });
    const logged = await t.db
      .selectFrom('activity_log')
      .selectAll()
      .where('verb', '=', 'pledge.made')
      .executeTakeFirstOrThrow();
    expect(logged).toMatchObject({
      actor_id: helper.accountId,
      hours: 3,
      area_id: world.west,
      domain: 'green_and_public_space',
    });
  });

  test('never more than is open: the rest is a 409 saying how much is left', async () => {
    const tooMuch = await pledge(other, moneyId, { amountCents: 10_001 });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().detail).toContain('10000');
    expect((await pledge(other, moneyId, { amountCents: 2_500 })).statusCode).toBe(201);
    const need = (await organiser.get(`/api/v1/initiatives/${id}/needs`))
      .json()
      .items.find((n: { id: string }) => n.id === moneyId);
    expect(need).toMatchObject({ pledged: 2_500, remaining: 7_500, coverage: 0.25 });
    const logged = await t.db
      .selectFrom('activity_log')
      .selectAll()
      .where('verb', '=', 'pledge.made')
      .where('amount_cents', '=', 2_500)
      .execute();
    expect(logged).toHaveLength(1);
  });

  test('organisers see every pledge and who made it; others only their own', async () => {
    const asOrganiser = (await organiser.get(`/api/v1/initiatives/${id}/needs/${moneyId}/pledges`)).json().items;
    expect(asOrganiser).toEqual([expect.objectContaining({ by: { id: other.accountId, displayName: 'Otto' } })]);
    expect((await helper.get(`/api/v1/initiatives/${id}/needs/${moneyId}/pledges`)).json().items).toEqual([]);
    expect((await other.get(`/api/v1/initiatives/${id}/needs/${moneyId}/pledges`)).json().items).toHaveLength(1);
  });

  test('organisers mark pledges delivered; kept versus made shows on the initiative', async () => {
    const mine = (await helper.get(`/api/v1/initiatives/${id}/needs/${volunteersId}/pledges`)).json().items[0];
    expect((await helper.post(`/api/v1/initiatives/${id}/pledges/${mine.id}/delivery`)).statusCode).toBe(403);
    const delivered = await organiser.post(`/api/v1/initiatives/${id}/pledges/${mine.id}/delivery`);
    expect(delivered.statusCode).toBe(201);
    expect(delivered.json()).toMatchObject({ status: 'delivered', deliveredAt: expect.any(String) });
    expect((await organiser.post(`/api/v1/initiatives/${id}/pledges/${mine.id}/delivery`)).statusCode).toBe(409);
    expect((await helper.delete(`/api/v1/initiatives/${id}/pledges/${mine.id}`)).statusCode).toBe(409);
    const figures = (await new TestClient(t.app).get(`/api/v1/initiatives/${id}`)).json().figures;
    expect(figures).toMatchObject({ pledgesMade: 2, pledgesKept: 1 });
    const logged = await t.db
      .selectFrom('activity_log')
      .selectAll()
      .where('verb', '=', 'pledge.delivered')
      .executeTakeFirstOrThrow();
    expect(logged).toMatchObject({ actor_id: helper.accountId, hours: 3 });
    const need = (await organiser.get(`/api/v1/initiatives/${id}/needs`))
      .json()
      .items.find((n: { id: string }) => n.id === volunteersId);
    expect(need).toMatchObject({ pledged: 1, delivered: 1 });
  });

  test('withdrawing a pledge opens its quantity again; only the pledger or an organiser may', async () => {
    const own = (await other.get(`/api/v1/initiatives/${id}/needs/${moneyId}/pledges`)).json().items[0];
    expect((await helper.delete(`/api/v1/initiatives/${id}/pledges/${own.id}`)).statusCode).toBe(403);
    expect((await other.delete(`/api/v1/initiatives/${id}/pledges/${own.id}`)).statusCode).toBe(204);
    const need = (await organiser.get(`/api/v1/initiatives/${id}/needs`))
      .json()
      .items.find((n: { id: string }) => n.id === moneyId);
    expect(need).toMatchObject({ pledged: 0, remaining: 10_000 });
  });

  test('a closed need takes no pledges; the needed quantity never drops below what is pledged', async () => {
    const need = (await post(organiser, { kind: 'materials', title: 'Gieters', items: 4 })).json();
    await pledge(helper, need.id, { quantity: 3 });
    expect((await organiser.patch(`/api/v1/initiatives/${id}/needs/${need.id}`, { quantity: 2 })).statusCode).toBe(409);
    expect((await organiser.patch(`/api/v1/initiatives/${id}/needs/${need.id}`, { quantity: 3 })).json()).toMatchObject(
      { needed: 3, open: false },
    );
    expect((await pledge(other, need.id, { quantity: 1 })).statusCode).toBe(409);
  });

  test('an organisation pledges through a member; outsiders cannot pledge in its name', async () => {
    const organisation = (
      await helper.post('/api/v1/organisations', { name: 'Tuinvereniging De Hoef', kind: 'association' })
    ).json();
    const need = (await post(organiser, { kind: 'expertise', title: 'Advies over bodemkwaliteit' })).json();
    expect((await pledge(other, need.id, { organisationId: organisation.id })).statusCode).toBe(403);
    const made = await pledge(helper, need.id, { organisationId: organisation.id });
    expect(made.json()).toMatchObject({ organisation: { id: organisation.id, name: 'Tuinvereniging De Hoef' } });
    expect((await helper.get(`/api/v1/organisations/${organisation.id}`)).json().figures).toMatchObject({
      pledgesMade: 1,
      pledgesKept: 0,
    });
  });
});

describe('open needs across initiatives', () => {
  test('the municipality sees which needs nobody has met, by neighbourhood and kind', async () => {
    const elsewhere = (
      await startInitiative(world, other, { title: 'Buurtbieb Oost', areaIds: [world.oost], domain: 'culture' })
    ).id;
    await other.post(`/api/v1/initiatives/${elsewhere}/needs`, { kind: 'space', title: 'Een kast in het buurthuis' });
    const all = (await new TestClient(t.app).get('/api/v1/open-needs?limit=100')).json().items;
    expect(all.every((n: { open: boolean }) => n.open)).toBe(true);
    const oost = (await new TestClient(t.app).get(`/api/v1/open-needs?areaId=${world.oost}`)).json().items;
    expect(oost).toEqual([
      expect.objectContaining({
        title: 'Een kast in het buurthuis',
        initiativeTitle: 'Buurtbieb Oost',
        domain: 'culture',
        areaIds: [world.oost],
      }),
    ]);
    expect(
      (await new TestClient(t.app).get('/api/v1/open-needs?kind=money'))
        .json()
        .items.map((n: { title: string }) => n.title),
    ).toEqual(['Snoeischaren', 'Een tuinhuisje']);
    const withNeeds = (await new TestClient(t.app).get('/api/v1/initiatives?hasOpenNeeds=true')).json().items;
    expect(withNeeds.map((i: { id: string }) => i.id).sort()).toEqual([id, elsewhere].sort());
  });
});

describe('two residents pledging the last place at the same moment', () => {
  test('twenty residents race for three places: exactly three get one, the rest a 409', async () => {
    const need = (
      await post(organiser, { kind: 'volunteers', title: 'Opruimdag', people: 3, startsAt: inDays(t, 10) })
    ).json();
    const residents = await Promise.all(Array.from({ length: 20 }, (_, i) => signUp(t, { displayName: `Racer ${i}` })));
    const responses = await Promise.all(residents.map((resident) => pledge(resident, need.id, { hours: 2 })));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(17);
    const after = (await organiser.get(`/api/v1/initiatives/${id}/needs?limit=100`))
      .json()
      .items.find((n: { id: string }) => n.id === need.id);
    expect(after).toMatchObject({ pledged: 3, remaining: 0, open: false });
    const rows = await t.db.selectFrom('initiative_pledges').selectAll().where('need_id', '=', need.id).execute();
    expect(rows).toHaveLength(3);
  });

  test('pledges of different sizes against one money need never add up to more than asked', async () => {
    const need = (await post(organiser, { kind: 'money', title: 'Buurtfeest', amountCents: 5_000 })).json();
    const residents = await Promise.all(Array.from({ length: 12 }, () => signUp(t)));
    await Promise.all(residents.map((resident, i) => pledge(resident, need.id, { amountCents: 700 + i * 100 })));
    const rows = await t.db
      .selectFrom('initiative_pledges')
      .select('quantity')
      .where('need_id', '=', need.id)
      .execute();
    const total = rows.reduce((sum, row) => sum + row.quantity, 0);
    expect(total).toBeLessThanOrEqual(5_000);
    const after = (await organiser.get(`/api/v1/initiatives/${id}/needs?limit=100`))
      .json()
      .items.find((n: { id: string }) => n.id === need.id);
    expect(after.pledged).toBe(total);
  });
});
