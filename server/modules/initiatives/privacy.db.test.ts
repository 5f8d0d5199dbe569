import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';
import {
  closeTestApp,
  createWorld,
  inDays,
  startInitiative,
  verifiedResident,
  type World,
} from '../../../test/support/initiatives.ts';

let t: TestContext;
let world: World;
let organiser: TestClient;
let leaving: TestClient;
let waiting: TestClient;
let id: string;
let needId: string;
let activityId: string;
beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t);
  organiser = await signUp(t, { displayName: 'Organisator' });
  leaving = await verifiedResident(world, world.west, 'Vertrekker Vera');
  waiting = await signUp(t, { displayName: 'Wachtende Wim' });
  id = (await startInitiative(world, organiser)).id;
  const request = (
    await leaving.post(`/api/v1/initiatives/${id}/members`, { message: 'Ik help graag', contact: '06-99999999' })
  ).json();
  await organiser.patch(`/api/v1/initiatives/${id}/members/${request.id}`, { status: 'active' });
  needId = (
    await organiser.post(`/api/v1/initiatives/${id}/needs`, { kind: 'materials', title: 'Kruiwagens', items: 3 })
  ).json().id;
  await leaving.post(`/api/v1/initiatives/${id}/needs/${needId}/pledges`, {
    quantity: 1,
    note: 'Mijn adres is Keizer Karelweg 1',
  });
  await leaving.post(`/api/v1/initiatives/${id}/supports`);
  activityId = (
    await organiser.post(`/api/v1/initiatives/${id}/activities`, {
      title: 'Plantdag',
      place: 'De tuin',
      startsAt: inDays(t, 4),
      capacity: 1,
    })
  ).json().id;
  await leaving.post(`/api/v1/initiatives/${id}/activities/${activityId}/sign-ups`);
  await waiting.post(`/api/v1/initiatives/${id}/activities/${activityId}/sign-ups`);
});
afterAll(async () => {
  await closeTestApp(t);
});

test('download my data includes everything about me in initiatives', async () => {
  const data = (await leaving.get('/api/v1/me/export')).json().initiatives;
  expect(data.memberships).toEqual([
    expect.objectContaining({ initiativeId: id, contact: '06-99999999', message: 'Ik help graag', status: 'active' }),
  ]);
  expect(data.pledges).toEqual([
    expect.objectContaining({ needId, quantity: 1, note: 'Mijn adres is Keizer Karelweg 1' }),
  ]);
  expect(data.supports).toEqual([expect.objectContaining({ initiativeId: id, neighbourhoodId: world.west })]);
  expect(data.activitySignUps).toEqual([expect.objectContaining({ activityId, status: 'confirmed' })]);
  // Their notifications are in the notification centre's part of the download.
  expect(data.notifications).toBeUndefined();
});

test('deleting my account: personal details go, contributions stay counted, my place goes to the waiting list', async () => {
  expect((await leaving.delete('/api/v1/me', { password: 'correct horse battery' })).statusCode).toBe(204);
  const membership = await t.db
    .selectFrom('initiative_members')
    .selectAll()
    .where('account_id', '=', leaving.accountId)
    .executeTakeFirstOrThrow();
  expect(membership).toMatchObject({ status: 'left', contact: null, message: null });
  const pledge = await t.db
    .selectFrom('initiative_pledges')
    .selectAll()
    .where('account_id', '=', leaving.accountId)
    .executeTakeFirstOrThrow();
  expect(pledge).toMatchObject({ note: null, status: 'made', quantity: 1 });
  const shown = (await organiser.get(`/api/v1/initiatives/${id}`)).json();
  expect(shown).toMatchObject({ supportCount: 1, figures: { pledgesMade: 1 } });
  const activity = (await waiting.get(`/api/v1/initiatives/${id}/activities/${activityId}`)).json();
  expect(activity).toMatchObject({ seatsTaken: 1, waiting: 0, mySignUp: { status: 'confirmed' } });
  expect(
    await t.db.selectFrom('notifications').selectAll().where('account_id', '=', leaving.accountId).execute(),
  ).toEqual([]);
  const pledges = (await organiser.get(`/api/v1/initiatives/${id}/needs/${needId}/pledges`)).json().items;
  expect(pledges[0].by.displayName).not.toContain('Vera');
});
