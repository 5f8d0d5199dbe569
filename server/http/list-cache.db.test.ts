import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeTestApp, createWorld, startInitiative, type World } from '../../test/support/initiatives.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../test/support/test-app.ts';
import { secondInstance } from '../../test/support/second-instance.ts';

// The public lists are answered from memory (http/list-cache.ts), and must never be stale: a write
// through the API, on this instance or on a second one sharing the database, or straight into the
// database (as a command-line tool writes), shows in the very next answer. On PostgreSQL the second
// instance has its own connection pool, as a second process would; SQLite serves one instance in
// production, so there both share one handle.

let t: TestContext;
let world: World;
let organiser: TestClient;
let second: Awaited<ReturnType<typeof secondInstance>>;
const anonymous = () => new TestClient(t.app);
const onSecond = (client?: TestClient) => new TestClient(second.app, client?.session);

beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t);
  organiser = await signUp(t, { displayName: 'Olivier' });
  second = await secondInstance(t);
});

afterAll(async () => {
  await second?.close();
  await closeTestApp(t);
});

async function titles(client: TestClient, url: string): Promise<string[]> {
  const response = await client.get(url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Array<{ title: string }> }>().items.map((item) => item.title);
}

describe('never stale', () => {
  test('a new initiative shows at once, on the instance that wrote it and on a second one', async () => {
    // Both instances keep the list before the write.
    expect(await titles(anonymous(), '/api/v1/initiatives')).toEqual([]);
    expect(await titles(onSecond(), '/api/v1/initiatives')).toEqual([]);
    expect(await titles(onSecond(), '/api/v1/initiatives')).toEqual([]);

    await startInitiative(world, organiser, { title: 'Moestuin' });
    expect(await titles(anonymous(), '/api/v1/initiatives')).toEqual(['Moestuin']);
    expect(await titles(onSecond(), '/api/v1/initiatives')).toEqual(['Moestuin']);

    // Written through the second instance, read on the first.
    await startInitiative(world, onSecond(organiser), { title: 'Buurtbieb' });
    expect(await titles(anonymous(), '/api/v1/initiatives')).toEqual(['Buurtbieb', 'Moestuin']);
    expect(await titles(onSecond(), '/api/v1/initiatives')).toEqual(['Buurtbieb', 'Moestuin']);
  });

  test('open needs follow a new need and a pledge that covers it, on both instances', async () => {
    const { id } = await startInitiative(world, organiser, { title: 'Speeltuin' });
    expect(await titles(anonymous(), '/api/v1/open-needs')).toEqual([]);
    expect(await titles(onSecond(), '/api/v1/open-needs')).toEqual([]);

    const need = await onSecond(organiser).post(`/api/v1/initiatives/${id}/needs`, {
      kind: 'money',
      title: 'Een glijbaan',
      amountCents: 500,
    });
    expect(need.statusCode, need.body).toBe(201);
    expect(await titles(anonymous(), '/api/v1/open-needs')).toEqual(['Een glijbaan']);
    expect(await titles(onSecond(), '/api/v1/open-needs')).toEqual(['Een glijbaan']);

    const helper = await signUp(t, { displayName: 'Hanna' });
    const pledge = await helper.post(`/api/v1/initiatives/${id}/needs/${need.json<{ id: string }>().id}/pledges`, {
      amountCents: 500,
    });
    expect(pledge.statusCode, pledge.body).toBe(201);
    expect(await titles(anonymous(), '/api/v1/open-needs')).toEqual([]);
    expect(await titles(onSecond(), '/api/v1/open-needs')).toEqual([]);
  });

  test('a write straight into the database (as a command-line tool makes one) shows too', async () => {
    const names = async (client: TestClient) =>
      (await client.get('/api/v1/areas?kind=neighbourhood')).json<{ items: Array<{ name: string }> }>().items;
    const before = await names(anonymous());
    await names(onSecond());
    await t.db.updateTable('areas').set({ name: 'Randwijck Nieuw' }).where('id', '=', world.west).execute();
    const after = (await names(anonymous())).map((area) => area.name);
    expect(after).toContain('Randwijck Nieuw');
    expect(after).toHaveLength(before.length);
    expect((await names(onSecond())).map((area) => area.name)).toContain('Randwijck Nieuw');
  });

  test('a budget round shows at once, and its phase moves on with the clock alone', async () => {
    const at = (days: number) => new Date(t.clock.now().getTime() + days * 86_400_000).toISOString();
    const phases = async (client: TestClient) =>
      (await client.get('/api/v1/budget-rounds')).json<{ items: Array<{ phase: string }> }>().items.map((r) => r.phase);
    expect(await phases(anonymous())).toEqual([]);
    expect(await phases(onSecond())).toEqual([]);
    const round = await world.civilServant.post('/api/v1/budget-rounds', {
      title: 'Buurtbudget Randwijck',
      description: 'Wat maken we samen mooier?',
      areaIds: [world.west],
      budgetCents: 1_000_000,
      schedule: { proposalsOpenAt: at(1), reviewOpenAt: at(2), votingOpenAt: at(3), votingCloseAt: at(4) },
      ballot: { type: 'knapsack', maxProjects: null, minProjects: 1, minSpendCents: null },
      counting: { rule: 'greedy', utility: 'cost', completion: 'none', exhaustiveStop: true, tieBreak: ['min-cost'] },
      eligibility: { minimumAge: null },
    });
    expect(round.statusCode, round.body).toBe(201);
    expect(await phases(anonymous())).toEqual(['upcoming']);
    expect(await phases(onSecond())).toEqual(['upcoming']);
    t.clock.advance(86_400_000);
    expect(await phases(anonymous())).toEqual(['proposals']);
    expect(await phases(onSecond())).toEqual(['proposals']);
  });
});

describe('conditional requests', () => {
  test('a matching If-None-Match gets 304 without a body, until a write changes the list', async () => {
    const first = await anonymous().get('/api/v1/initiatives');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');

    const unchanged = await anonymous().request('GET', '/api/v1/initiatives', undefined, { 'if-none-match': etag });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');
    expect(unchanged.headers.etag).toBe(etag);
    // The same bytes give the same ETag on the other instance (a load balancer may send the next request there).
    const elsewhere = await onSecond().request('GET', '/api/v1/initiatives', undefined, {
      'if-none-match': `W/"other", ${etag}`,
    });
    expect(elsewhere.statusCode).toBe(304);

    await startInitiative(world, organiser, { title: 'Repair café' });
    const changed = await anonymous().request('GET', '/api/v1/initiatives', undefined, { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.json<{ items: Array<{ title: string }> }>().items[0]?.title).toBe('Repair café');
  });

  test('a problem is never kept: a bad cursor answers 400 problem+json each time', async () => {
    for (let i = 0; i < 2; i++) {
      const response = await anonymous().get('/api/v1/initiatives?cursor=nonsense');
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.headers.etag).toBeUndefined();
    }
  });
});

describe('cache keys', () => {
  test('pages, page sizes and filters each keep their own answer; the order of the query does not matter', async () => {
    const ask = async (url: string) => {
      await anonymous().get(url); // kept
      const response = await anonymous().get(url); // from the cache
      expect(response.statusCode, response.body).toBe(200);
      return response;
    };
    const all = (await ask('/api/v1/initiatives?limit=100')).json<{ items: Array<{ id: string; domain: string }> }>();
    expect(all.items.length).toBeGreaterThanOrEqual(4);

    const one = (await ask('/api/v1/initiatives?limit=1')).json<{ items: Array<{ id: string }>; nextCursor: string }>();
    expect(one.items.map((i) => i.id)).toEqual([all.items[0]?.id]);
    const two = (await ask('/api/v1/initiatives?limit=2')).json<{ items: Array<{ id: string }> }>();
    expect(two.items.map((i) => i.id)).toEqual(all.items.slice(0, 2).map((i) => i.id));
    const next = (await ask(`/api/v1/initiatives?limit=1&cursor=${one.nextCursor}`)).json<{
      items: Array<{ id: string }>;
    }>();
    expect(next.items.map((i) => i.id)).toEqual([all.items[1]?.id]);

    await startInitiative(world, organiser, { title: 'Zwerfvuil', domain: 'care_and_wellbeing' });
    const care = (await ask('/api/v1/initiatives?domain=care_and_wellbeing&limit=5')).json<{
      items: Array<{ title: string }>;
    }>();
    expect(care.items.map((i) => i.title)).toEqual(['Zwerfvuil']);
    const reordered = await anonymous().get('/api/v1/initiatives?limit=5&domain=care_and_wellbeing');
    const inOrder = await anonymous().get('/api/v1/initiatives?domain=care_and_wellbeing&limit=5');
    expect(reordered.headers.etag).toBe(inOrder.headers.etag);
    expect((await anonymous().get('/api/v1/initiatives?limit=5')).headers.etag).not.toBe(inOrder.headers.etag);
  });

  test('anonymous and logged-in callers, in Dutch or English, get the same public bytes; "mine" is never kept', async () => {
    const url = '/api/v1/initiatives?limit=3';
    const asAnonymous = await anonymous().get(url);
    const asOrganiser = await organiser.get(url);
    const inEnglish = await anonymous().request('GET', url, undefined, { 'accept-language': 'en' });
    expect(asOrganiser.body).toBe(asAnonymous.body);
    expect(inEnglish.body).toBe(asAnonymous.body);
    expect(asOrganiser.headers.etag).toBe(asAnonymous.headers.etag);

    const stranger = await signUp(t, { displayName: 'Stefan' });
    const mine = await organiser.get('/api/v1/initiatives?mine=true&limit=100');
    expect(mine.headers.etag).toBeUndefined();
    expect(mine.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
    expect((await stranger.get('/api/v1/initiatives?mine=true&limit=100')).json<{ items: unknown[] }>().items).toEqual(
      [],
    );
    expect((await anonymous().get('/api/v1/initiatives?mine=true')).statusCode).toBe(401);
  });
});
