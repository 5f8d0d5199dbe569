import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { helpWorld, offerHelp, postRequest, type HelpWorld } from '../../../test/support/help.ts';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';

// A correction of the time bank is limited to the scope of whoever makes it: the booking's area
// (the help request's buurt, or the pot's) must lie inside the corrector's grant, and nobody
// corrects a booking of their own hours. docs/SECURITY.md, "Scoped power".
let t: TestContext;
let world: HelpWorld;
let cityAdmin: TestClient;
let randwijckAdmin: TestClient;
let patrimoniumAdmin: TestClient;
let randwijckTeam: TestClient;
let patrimoniumTeam: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  world = await helpWorld(t);
  cityAdmin = await signUp(t, { roles: [{ role: 'administrator' }] });
  randwijckAdmin = await signUp(t, { roles: [{ role: 'administrator', areaId: world.district }] });
  patrimoniumAdmin = await signUp(t, { roles: [{ role: 'administrator', areaId: world.idOf('WK036202') }] });
  randwijckTeam = await signUp(t, { roles: [{ role: 'professional', areaId: world.district }] });
  patrimoniumTeam = await signUp(t, { roles: [{ role: 'professional', areaId: world.idOf('WK036202') }] });
});
afterAll(async () => {
  await t.close();
});

/** A request in this buurt, helped and closed with an hour booked; the booking's transaction id. */
async function exchangeIn(areaId: string, helper?: TestClient): Promise<string> {
  const asker = await signUp(t);
  const helping = helper ?? (await signUp(t));
  await offerHelp(helping, [areaId]);
  const requestId = await postRequest(asker, areaId);
  const invitation = await asker.post(`/api/v1/help-requests/${requestId}/invitations`, {
    helperId: helping.accountId,
  });
  expect(invitation.statusCode, invitation.body).toBe(201);
  await helping.post(`/api/v1/help-invitations/${invitation.json().id}/answer`, { answer: 'accept' });
  expect((await asker.post(`/api/v1/help-requests/${requestId}/closing`, { helped: 'yes', hours: 1 })).statusCode).toBe(
    200,
  );
  return (await asker.get('/api/v1/timebank/entries')).json().items[0].transactionId;
}

/** Someone who earned an hour by helping in this buurt, so they have hours to give. */
async function earnedAnHour(areaId: string, who?: TestClient): Promise<TestClient> {
  const helper = who ?? (await signUp(t));
  await exchangeIn(areaId, helper);
  return helper;
}

const reverse = (client: TestClient, transactionId: string) =>
  client.post(`/api/v1/timebank/transactions/${transactionId}/reversal`, { reason: 'Dubbel geboekt' });

async function auditScopeOf(transactionId: string): Promise<unknown> {
  const log = await cityAdmin.get(`/api/v1/audit-log?action=hours.reversed&subjectId=${transactionId}`);
  return log.json().items[0]?.scope;
}

describe('an exchange is corrected only within the scope of its buurt', () => {
  test('an administrator or team of another district: not found; of its own district: corrected', async () => {
    const transactionId = await exchangeIn(world.west);
    expect((await reverse(patrimoniumAdmin, transactionId)).statusCode).toBe(404);
    expect((await reverse(patrimoniumTeam, transactionId)).statusCode).toBe(404);
    const reversed = await reverse(randwijckAdmin, transactionId);
    expect(reversed.statusCode, reversed.body).toBe(201);
    expect(await auditScopeOf(transactionId)).toEqual({ role: 'administrator', areaId: world.district });
  });

  test('the team of the district corrects it too', async () => {
    const transactionId = await exchangeIn(world.east);
    const reversed = await reverse(randwijckTeam, transactionId);
    expect(reversed.statusCode, reversed.body).toBe(201);
    expect(await auditScopeOf(transactionId)).toEqual({ role: 'professional', areaId: world.district });
  });

  test('a municipality-wide administrator corrects any exchange', async () => {
    const transactionId = await exchangeIn(world.far);
    expect((await reverse(randwijckAdmin, transactionId)).statusCode).toBe(404);
    expect((await reverse(cityAdmin, transactionId)).statusCode).toBe(201);
    expect(await auditScopeOf(transactionId)).toEqual({ role: 'administrator', areaId: null });
  });
});

describe('gifts', () => {
  test('a gift to a pot is in the pot’s buurt', async () => {
    const giver = await earnedAnHour(world.west);
    const gift = await giver.post('/api/v1/timebank/gifts', { toPotAreaId: world.west, hours: 1 });
    expect(gift.statusCode, gift.body).toBe(201);
    expect((await reverse(patrimoniumAdmin, gift.json().id)).statusCode).toBe(404);
    expect((await reverse(randwijckAdmin, gift.json().id)).statusCode).toBe(201);
  });

  test('a gift between two residents has no area: only a municipality-wide administrator corrects it', async () => {
    const giver = await earnedAnHour(world.far);
    const receiver = await signUp(t);
    const gift = await giver.post('/api/v1/timebank/gifts', { toAccountId: receiver.accountId, hours: 1 });
    expect(gift.statusCode, gift.body).toBe(201);
    expect((await reverse(randwijckAdmin, gift.json().id)).statusCode).toBe(404);
    expect((await reverse(randwijckTeam, gift.json().id)).statusCode).toBe(404);
    expect((await reverse(cityAdmin, gift.json().id)).statusCode).toBe(201);
    expect(await auditScopeOf(gift.json().id)).toEqual({ role: 'administrator', areaId: null });
  });
});

describe('nobody corrects a booking of their own hours', () => {
  test('an administrator who gave hours cannot take them back', async () => {
    await earnedAnHour(world.far, cityAdmin);
    const receiver = await signUp(t);
    const gift = await cityAdmin.post('/api/v1/timebank/gifts', { toAccountId: receiver.accountId, hours: 1 });
    expect(gift.statusCode, gift.body).toBe(201);
    const response = await reverse(cityAdmin, gift.json().id);
    expect(response.statusCode, response.body).toBe(403);
    expect(response.json().type).toMatch(/\/own-booking$/);
  });

  test('a professional who helped cannot undo or redo the hours of that exchange', async () => {
    const transactionId = await exchangeIn(world.west, randwijckTeam);
    expect((await reverse(randwijckTeam, transactionId)).statusCode).toBe(403);
    expect((await reverse(randwijckAdmin, transactionId)).statusCode).toBe(201);
  });
});
