import { afterAll, beforeAll, expect, test } from 'vitest';
import { importAmstelveen } from '../../../test/support/areas.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';

// Forms name a person by searching their name, never by account id (issue 13). Who can be found
// depends on who searches: a resident finds neighbours of their own buurt; staff, the people in
// the areas of their grants.
let t: TestContext;
let area: (code: string) => string;
const WEST = 'BU03620101';
const OOST = 'BU03620102';
const ORANJE = 'BU03620201';

async function resident(name: string, home: string | null): Promise<TestClient> {
  const client = await signUp(t, { displayName: name });
  if (home)
    await t.db
      .updateTable('accounts')
      .set({ home_area_id: area(home) })
      .where('id', '=', client.accountId)
      .execute();
  return client;
}

const names = async (client: TestClient, q: string) => {
  const response = await client.get(`/api/v1/people?q=${encodeURIComponent(q)}&limit=50`);
  expect(response.statusCode, response.body).toBe(200);
  return response
    .json()
    .items.map((p: { displayName: string; neighbourhood: string | null }) => `${p.displayName} (${p.neighbourhood})`);
};

let anna: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  area = (await importAmstelveen(t)).idOf;
  anna = await resident('Anna de Vries', WEST);
  await resident('Annelies Bakker', WEST);
  await resident('Hannah Jansen', OOST);
  await resident('Johanna Smit', ORANJE);
  await resident('Anouk 100%_echt', WEST);
});
afterAll(() => t.close());

test('a resident finds neighbours of their own buurt, by any part of the name, case-insensitive', async () => {
  expect(await names(anna, 'ANN')).toEqual(['Anna de Vries (Randwijck West)', 'Annelies Bakker (Randwijck West)']);
  const homeless = await resident('Zonder Buurt', null);
  expect(await names(homeless, 'ann')).toEqual([]);
});

test('staff find the people in the areas of their grants', async () => {
  const districtTeam = await signUp(t, { roles: [{ role: 'professional', areaId: area('WK036201') }] });
  expect(await names(districtTeam, 'ann')).toEqual([
    'Anna de Vries (Randwijck West)',
    'Annelies Bakker (Randwijck West)',
    'Hannah Jansen (Randwijck Oost)',
  ]);
  const admin = await signUp(t, { roles: [{ role: 'administrator' }] });
  expect(await names(admin, 'ann')).toContain('Johanna Smit (Oranjebuurt)');
});

test('% and _ are letters, not wildcards', async () => {
  expect(await names(anna, '%_')).toEqual(['Anouk 100%_echt (Randwijck West)']);
});

test('pages, and the refusals', async () => {
  const first = (await anna.get('/api/v1/people?q=an&limit=1')).json();
  expect(first.items).toHaveLength(1);
  const second = (await anna.get(`/api/v1/people?q=an&limit=1&cursor=${first.nextCursor}`)).json();
  expect(second.items[0].id).not.toBe(first.items[0].id);
  expect((await new TestClient(t.app).get('/api/v1/people?q=ann')).statusCode).toBe(401);
  const short = await anna.get('/api/v1/people?q=a');
  expect(short.statusCode).toBe(400);
  expect(short.json().invalidParams[0].name).toBe('querystring.q');
});
