import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, signUp, type TestContext } from '../../../test/support/test-app.ts';
import { helpWorld, offerHelp, postRequest, SECRET, type HelpWorld } from '../../../test/support/help.ts';

let t: TestContext;
let world: HelpWorld;
beforeAll(async () => {
  t = await createTestApp();
  world = await helpWorld(t);
});
afterAll(async () => {
  await t.close();
});

test('download my data includes help and the time bank; erasure removes what locates me and keeps the ledger whole', async () => {
  const resident = await signUp(t, { password: 'correct horse battery' });
  const helper = await signUp(t);
  const requestId = await postRequest(resident, world.west, { address: SECRET.address, phone: SECRET.phone });
  await offerHelp(resident, [world.east]);
  await offerHelp(helper, [world.west]);
  const invitation = await resident.post(`/api/v1/help-requests/${requestId}/invitations`, {
    helperId: helper.accountId,
  });
  await helper.post(`/api/v1/help-invitations/${invitation.json().id}/answer`, { answer: 'accept' });
  await resident.post(`/api/v1/help-requests/${requestId}/closing`, { helped: 'yes', hours: 2 });

  const exported = (await resident.get('/api/v1/me/export')).json();
  expect(exported.help.requests[0]).toMatchObject({ id: requestId, private: { address: SECRET.address } });
  expect(exported.help.offers).toHaveLength(1);
  expect(exported.timebank).toMatchObject({
    balanceHours: -2,
    entries: [expect.objectContaining({ kind: 'exchange', hours: -2 })],
  });

  expect((await resident.delete('/api/v1/me', { password: 'correct horse battery' })).statusCode).toBe(204);
  const privateRow = await t.db
    .selectFrom('help_request_private')
    .selectAll()
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  expect(privateRow).toMatchObject({ address: null, phone: null });
  expect(
    await t.db.selectFrom('help_offers').selectAll().where('helper_id', '=', resident.accountId).execute(),
  ).toEqual([]);
  // The helper's contact view no longer shows the erased address; the hours stay booked.
  expect((await helper.get(`/api/v1/help-requests/${requestId}/contact`)).json()).toMatchObject({
    address: null,
    phone: null,
  });
  expect((await helper.get('/api/v1/timebank/balance')).json().hours).toBe(2);
});
