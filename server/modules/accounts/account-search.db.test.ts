import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importAmstelveen } from '../../../test/support/areas.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';

// The roles page in a large city (issue 13): searching accounts pages through them by name (the
// index on the lower-case name, migration 0022), never more than 100 at a time, within the
// administrator's scope.
let t: TestContext;
let cityAdmin: TestClient;
let westAdmin: TestClient;
let resident: TestClient;
const names = [
  'de Vries, Anna',
  'Bakker Bas',
  'bakker Carla',
  'Bakker Daan',
  'Eva Bakkerij',
  'Fleur Jansen',
  '50%_Bakker',
];
beforeAll(async () => {
  t = await createTestApp();
  const { idOf } = await importAmstelveen(t);
  cityAdmin = await signUp(t, { displayName: 'Zeta Beheer', roles: [{ role: 'administrator' }] });
  westAdmin = await signUp(t, {
    displayName: 'Zeta West',
    roles: [{ role: 'administrator', areaId: idOf('BU03620101') }],
  });
  resident = await signUp(t, { displayName: 'Zeta Bewoner' });
  for (const [index, displayName] of names.entries()) {
    const person = await signUp(t, { displayName });
    // Every other person lives in Randwijck West, the scoped administrator's buurt.
    if (index % 2 === 0)
      expect((await person.patch('/api/v1/me', { homeAreaId: idOf('BU03620101') })).statusCode).toBe(200);
  }
});
afterAll(async () => {
  await t.close();
});

type Page = { items: Array<{ displayName: string }>; nextCursor: string | null };
async function allPages(client: TestClient, query: string): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const response = await client.get(
      `/api/v1/accounts?${query}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const page: Page = response.json();
    pages.push(page.items.map((item) => item.displayName));
    cursor = page.nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

describe('searching accounts by name', () => {
  test('matches part of the name in any case, in order of name, page by page without repeats', async () => {
    expect(await allPages(cityAdmin, 'q=bakker')).toEqual([
      ['50%_Bakker', 'Bakker Bas'],
      ['bakker Carla', 'Bakker Daan'],
      ['Eva Bakkerij'],
    ]);
  });

  test('% and _ are taken literally', async () => {
    expect((await allPages(cityAdmin, 'q=%25_')).flat()).toEqual(['50%_Bakker']);
  });

  test('a scoped administrator finds only the people of its area', async () => {
    expect((await allPages(westAdmin, 'q=bakker')).flat()).toEqual(['50%_Bakker', 'bakker Carla', 'Eva Bakkerij']);
  });

  test('without a search, newest first as before', async () => {
    const items: Array<{ createdAt: string }> = (await cityAdmin.get('/api/v1/accounts?limit=100')).json().items;
    expect(items.length).toBe(names.length + 3);
    const times = items.map((item) => item.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  test('a page is at most 100 accounts; residents and visitors may not search', async () => {
    const tooMany = await cityAdmin.get('/api/v1/accounts?q=a&limit=101');
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await resident.get('/api/v1/accounts?q=bakker')).statusCode).toBe(403);
    expect((await new TestClient(t.app).get('/api/v1/accounts?q=bakker')).statusCode).toBe(401);
  });
});
