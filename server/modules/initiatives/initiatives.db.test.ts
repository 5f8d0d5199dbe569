import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { closeTestApp, createWorld, startInitiative, type World } from '../../../test/support/initiatives.ts';

let t: TestContext;
let world: World;
let initiator: TestClient;
let stranger: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t);
  initiator = await signUp(t, { displayName: 'Initiatiefnemer Ilse' });
  stranger = await signUp(t, { displayName: 'Buitenstaander Bas' });
});
afterAll(async () => {
  await closeTestApp(t);
});

const anonymous = () => new TestClient(t.app);

describe('starting an initiative', () => {
  test('a resident starts one as an idea; they are its initiator and the start is in the history and activity log', async () => {
    const created = await startInitiative(world, initiator);
    expect(created).toMatchObject({
      status: 'idea',
      domain: 'green_and_public_space',
      areaIds: [world.west],
      supportCount: 0,
      registeredOnBehalf: false,
      viewer: { membership: { role: 'initiator', status: 'active' }, canEdit: true },
      support: { threshold: 50, count: 0, responseState: 'not_due', responseDueAt: null },
      response: null,
    });
    const history = (await anonymous().get(`/api/v1/initiatives/${created.id}/status-changes`)).json();
    expect(history.items).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'idea',
        changedBy: { id: initiator.accountId, displayName: 'Initiatiefnemer Ilse' },
      }),
    ]);
    const logged = await t.db.selectFrom('activity_log').selectAll().where('subject_id', '=', created.id).execute();
    expect(logged).toEqual([
      expect.objectContaining({
        verb: 'initiative.created',
        actor_id: initiator.accountId,
        area_id: world.west,
        domain: 'green_and_public_space',
      }),
    ]);
  });

  test('bad input names every field: short title, unknown domain, no neighbourhood', async () => {
    const response = await initiator.post('/api/v1/initiatives', {
      title: 'x',
      summary: 'short',
      domain: 'space',
      areaIds: [],
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const fields = response
      .json()
      .invalidParams.map((p: { name: string }) => p.name)
      .sort();
    expect(fields).toEqual(['body.areaIds', 'body.domain', 'body.summary', 'body.title']);
  });

  test('only neighbourhoods (buurten) of the municipality will do', async () => {
    for (const areaIds of [[world.idOf('WK036201')], ['no-such-area'], [world.west, world.west]]) {
      const response = await initiator.post('/api/v1/initiatives', {
        title: 'Buurtfeest',
        summary: 'Een feest voor de hele buurt.',
        domain: 'culture',
        areaIds,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().invalidParams[0].name).toBe('body.areaIds');
    }
  });

  test('anonymous callers cannot start one', async () => {
    expect((await anonymous().post('/api/v1/initiatives', {})).statusCode).toBe(401);
  });

  test('a professional registers one for a resident who is not online: she is the initiator by name, visible only to organisers', async () => {
    const professional = await signUp(t, { displayName: 'Wijkwerker Wim', roles: [{ role: 'professional' }] });
    const created = await startInitiative(world, professional, {
      title: 'Koffieochtend bij mevrouw Jansen',
      onBehalfOf: { name: 'Mevrouw Jansen' },
    });
    expect(created).toMatchObject({ registeredOnBehalf: true, viewer: { membership: { role: 'organiser' } } });
    const asOrganiser = (await professional.get(`/api/v1/initiatives/${created.id}/members`)).json();
    expect(asOrganiser.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ displayName: 'Mevrouw Jansen', role: 'initiator', offline: true, accountId: null }),
        expect.objectContaining({ displayName: 'Wijkwerker Wim', role: 'organiser', offline: false }),
      ]),
    );
    const asOutsider = (await anonymous().get(`/api/v1/initiatives/${created.id}/members`)).json();
    expect(asOutsider.items.map((m: { displayName: string }) => m.displayName)).toEqual(['Wijkwerker Wim']);
    const logged = await t.db
      .selectFrom('activity_log')
      .selectAll()
      .where('subject_id', '=', created.id)
      .where('verb', '=', 'initiative.created')
      .executeTakeFirstOrThrow();
    expect(logged.on_behalf_of_id).toBe(asOrganiser.items.find((m: { offline: boolean }) => m.offline).id);
  });

  test('a resident cannot register on behalf of someone else', async () => {
    const response = await initiator.post('/api/v1/initiatives', {
      title: 'Namens iemand',
      summary: 'Dit mag alleen een professional doen.',
      domain: 'care_and_wellbeing',
      areaIds: [world.west],
      onBehalfOf: { name: 'Meneer de Vries' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('editing and the lifecycle', () => {
  let id: string;
  beforeAll(async () => {
    id = (await startInitiative(world, initiator, { title: 'Repair Café Randwijck' })).id;
  });

  test('only organisers edit', async () => {
    expect((await stranger.patch(`/api/v1/initiatives/${id}`, { title: 'Overgenomen!' })).statusCode).toBe(403);
    expect((await world.civilServant.patch(`/api/v1/initiatives/${id}`, { title: 'Ambtelijk' })).statusCode).toBe(403);
    const edited = await initiator.patch(`/api/v1/initiatives/${id}`, {
      summary: 'Kapotte spullen samen repareren, elke eerste zaterdag.',
      areaIds: [world.oost, world.west],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      areaIds: expect.arrayContaining([world.oost, world.west]),
      summary: expect.stringContaining('repareren'),
    });
    expect((await initiator.patch(`/api/v1/initiatives/${id}`, {})).statusCode).toBe(400);
  });

  test('idea → active → sustained → stopped with a reason; each step kept with who and when', async () => {
    expect((await stranger.post(`/api/v1/initiatives/${id}/status-changes`, { status: 'active' })).statusCode).toBe(
      403,
    );
    expect((await initiator.post(`/api/v1/initiatives/${id}/status-changes`, { status: 'sustained' })).statusCode).toBe(
      400,
    );
    expect((await initiator.post(`/api/v1/initiatives/${id}/status-changes`, { status: 'active' })).json().status).toBe(
      'active',
    );
    t.clock.advance(3_600_000);
    expect(
      (await initiator.post(`/api/v1/initiatives/${id}/status-changes`, { status: 'sustained' })).json().status,
    ).toBe('sustained');
    const noReason = await initiator.post(`/api/v1/initiatives/${id}/status-changes`, { status: 'stopped' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().invalidParams[0].name).toBe('body.reason');
    const stopped = await initiator.post(`/api/v1/initiatives/${id}/status-changes`, {
      status: 'stopped',
      reason: 'De ruimte is verkocht.',
    });
    expect(stopped.json()).toMatchObject({ status: 'stopped', stopReason: 'De ruimte is verkocht.' });
    const history = (await anonymous().get(`/api/v1/initiatives/${id}/status-changes?limit=2`)).json();
    expect(history.items.map((c: { toStatus: string }) => c.toStatus)).toEqual(['idea', 'active']);
    const rest = (
      await anonymous().get(`/api/v1/initiatives/${id}/status-changes?cursor=${history.nextCursor}`)
    ).json();
    expect(rest.items.map((c: { toStatus: string; reason: string | null }) => [c.toStatus, c.reason])).toEqual([
      ['sustained', null],
      ['stopped', 'De ruimte is verkocht.'],
    ]);
    const verbs = (
      await t.db.selectFrom('activity_log').select('verb').where('subject_id', '=', id).orderBy('occurred_at').execute()
    ).map((r) => r.verb);
    expect(verbs).toEqual(['initiative.created', 'initiative.activated', 'initiative.sustained', 'initiative.stopped']);
  });

  test('a stopped initiative can be restarted', async () => {
    expect(
      (await initiator.post(`/api/v1/initiatives/${id}/status-changes`, { status: 'active' })).json(),
    ).toMatchObject({ status: 'active', stopReason: null });
  });
});

describe('browsing and searching', () => {
  beforeAll(async () => {
    await startInitiative(world, initiator, {
      title: 'Energiecoöperatie Zonnedak',
      summary: 'Zonnepanelen op het dak van de sporthal.',
      domain: 'energy_and_climate',
      areaIds: [world.other],
    });
    await startInitiative(world, initiator, {
      title: 'Jongerenpodium',
      summary: 'Een podium voor jonge muzikanten uit de wijk.',
      domain: 'youth',
      areaIds: [world.oost],
    });
  });

  test('newest first, keyset-paginated without overlap, bounded page size', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = (
        await anonymous().get(`/api/v1/initiatives?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect((await anonymous().get('/api/v1/initiatives?limit=101')).statusCode).toBe(400);
    expect((await anonymous().get('/api/v1/initiatives?cursor=nonsense')).statusCode).toBe(400);
  });

  test('by domain, status, neighbourhood or district, and by words (accents and case do not matter)', async () => {
    const titles = async (query: string) =>
      (await anonymous().get(`/api/v1/initiatives?${query}`)).json().items.map((i: { title: string }) => i.title);
    expect(await titles('domain=energy_and_climate')).toEqual(['Energiecoöperatie Zonnedak']);
    expect(await titles(`areaId=${world.other}`)).toEqual(['Energiecoöperatie Zonnedak']);
    expect(await titles(`areaId=${world.idOf('WK036202')}`)).toEqual(['Energiecoöperatie Zonnedak']);
    expect(await titles(`areaId=${world.idOf('WK036201')}&domain=youth`)).toEqual(['Jongerenpodium']);
    expect(await titles(`q=${encodeURIComponent('ENERGIECOÖP zon')}`)).toEqual(['Energiecoöperatie Zonnedak']);
    expect(await titles('q=muzik')).toEqual(['Jongerenpodium']);
    expect(await titles(`q=${encodeURIComponent('muzik zonne')}`)).toEqual([]);
    expect(await titles('status=active')).toEqual(['Repair Café Randwijck']);
    expect((await anonymous().get('/api/v1/initiatives?domain=nonsense')).statusCode).toBe(400);
  });

  test('my own initiatives need a log-in', async () => {
    expect((await anonymous().get('/api/v1/initiatives?mine=true')).statusCode).toBe(401);
    expect((await stranger.get('/api/v1/initiatives?mine=true')).json().items).toEqual([]);
    expect((await initiator.get('/api/v1/initiatives?mine=true')).json().items.length).toBeGreaterThanOrEqual(4);
  });

  test('counts per neighbourhood for the map', async () => {
    const counts = (await anonymous().get('/api/v1/initiative-area-counts')).json().items;
    expect(counts).toEqual(
      expect.arrayContaining([expect.objectContaining({ areaId: world.other, initiatives: 1, withOpenNeeds: 0 })]),
    );
  });

  test('an unknown initiative is a 404 problem', async () => {
    const response = await anonymous().get('/api/v1/initiatives/does-not-exist');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
