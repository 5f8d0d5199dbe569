import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { closeTestApp, createWorld, inDays, startInitiative, type World } from '../../../test/support/initiatives.ts';

// The audit log reads as words (issue 13): each entry names its actor, its subject (an account,
// an area, an initiative or its content) and its area, looked up for the page the caller may read.
let t: TestContext;
let world: World;
let cityAdmin: TestClient;
let districtAdmin: TestClient;
let rita: TestClient;
let initiativeId: string;
let needId: string;
beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t);
  cityAdmin = await signUp(t, { displayName: 'Beheerder Bram', roles: [{ role: 'administrator' }] });
  districtAdmin = await signUp(t, {
    displayName: 'Wijkbeheerder Wim',
    roles: [{ role: 'administrator', areaId: world.idOf('WK036201') }],
  });
  rita = await signUp(t, { displayName: 'Rita Rozendaal' });
  const author = await signUp(t, { displayName: 'Auteur Anna' });
  initiativeId = (await startInitiative(world, author, { title: 'Moestuin Randwijck' })).id;
  const need = await author.post(`/api/v1/initiatives/${initiativeId}/needs`, {
    kind: 'volunteers',
    title: 'Handen voor de moestuin',
    people: 2,
    startsAt: inDays(t, 3),
  });
  expect(need.statusCode, need.body).toBe(201);
  needId = need.json().id;

  const granted = await cityAdmin.post(`/api/v1/accounts/${rita.accountId}/roles`, {
    role: 'civil_servant',
    areaId: world.west,
  });
  expect(granted.statusCode, granted.body).toBe(201);
  for (const [type, id] of [
    ['initiative', initiativeId],
    ['need', needId],
  ] as const) {
    const hidden = await world.civilServant.put(`/api/v1/moderation/${type}/${id}`, { hidden: true, reason: 'Test' });
    expect(hidden.statusCode, hidden.body).toBe(200);
  }
});
afterAll(async () => {
  await closeTestApp(t);
});

type Entry = {
  action: string;
  actorName: string | null;
  subjectType: string;
  subjectName: string | null;
  subjectInitiative: { id: string; title: string } | null;
  areaName: string | null;
};
const entries = async (client: TestClient, query = ''): Promise<Entry[]> => {
  const response = await client.get(`/api/v1/audit-log?limit=100${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
};

describe('names in the audit log', () => {
  test('a role grant names who granted it, to whom, and for which area', async () => {
    const westName = (await cityAdmin.get(`/api/v1/areas/${world.west}`)).json().name as string;
    const [entry] = await entries(cityAdmin, '&action=role.granted');
    expect(entry).toMatchObject({
      actorName: 'Beheerder Bram',
      subjectType: 'account',
      subjectName: 'Rita Rozendaal',
      subjectInitiative: null,
      areaName: westName,
    });
  });

  test('hidden content is named by its title, and a need by the initiative it belongs to', async () => {
    const log = await entries(cityAdmin, '&action=content.hidden');
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorName: 'Ambtenaar Anouk',
          subjectType: 'initiative',
          subjectName: 'Moestuin Randwijck',
        }),
        expect.objectContaining({
          subjectType: 'need',
          subjectName: 'Handen voor de moestuin',
          subjectInitiative: { id: initiativeId, title: 'Moestuin Randwijck' },
        }),
      ]),
    );
  });

  test('an administrator for a district reads only the entries of its district, named too', async () => {
    const log = await entries(districtAdmin);
    expect(log.map((e) => e.action)).toEqual(['role.granted']);
    expect(log[0]).toMatchObject({ subjectName: 'Rita Rozendaal', actorName: 'Beheerder Bram' });
  });

  test('residents and visitors may not read it; a page is at most 100 entries', async () => {
    expect((await rita.get('/api/v1/audit-log')).statusCode).toBe(403);
    expect((await new TestClient(t.app).get('/api/v1/audit-log')).statusCode).toBe(401);
    const tooMany = await cityAdmin.get('/api/v1/audit-log?limit=101');
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
