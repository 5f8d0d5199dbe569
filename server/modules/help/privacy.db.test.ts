import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { helpWorld, offerHelp, postRequest, SECRET, team, type HelpWorld } from '../../../test/support/help.ts';

// Proves that the private details of a request (name, address, phone) reach only the accepted
// helper, a guardian, the asking side and the neighbourhood team for the area — by walking every
// help and time-bank operation in the OpenAPI document as everyone else, with every real id.
let t: TestContext;
let world: HelpWorld;
const ids: Record<string, string[]> = {};
const insiders: Record<string, TestClient> = {};
const outsiders: Record<string, TestClient> = {};
let requests: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  world = await helpWorld(t);
  const professional = await team(t, world.district);
  const asker = await signUp(t, { displayName: SECRET.name });
  const helper = await signUp(t, { displayName: 'Henk Helpt' });
  const guardian = await signUp(t, { displayName: 'Dochter Dana' });
  const declined = await signUp(t, { displayName: 'Dirk Declines' });
  const pending = await signUp(t, { displayName: 'Petra Pending' });

  const recipient = (
    await professional.post('/api/v1/help-recipients', {
      name: SECRET.name,
      areaId: world.west,
      address: SECRET.address,
      phone: SECRET.phone,
      vulnerable: false,
    })
  ).json();
  await professional.post('/api/v1/help-guardians', {
    guardianId: guardian.accountId,
    wardRecipientId: recipient.id,
    relation: 'dochter',
  });
  const forRecipient = await postRequest(professional, world.west, { recipientId: recipient.id });
  const ownRequest = await postRequest(asker, world.west, {
    address: SECRET.address,
    phone: SECRET.phone,
    description: 'Graag op dinsdag.',
  });
  const pendingRequest = await postRequest(asker, world.west, { address: SECRET.address, phone: SECRET.phone });
  requests = [forRecipient, ownRequest, pendingRequest];
  for (const h of [helper, declined, pending]) await offerHelp(h, [world.west]);

  const invite = async (by: TestClient, requestId: string, who: TestClient) =>
    (await by.post(`/api/v1/help-requests/${requestId}/invitations`, { helperId: who.accountId })).json().id as string;
  const invitations = [await invite(professional, forRecipient, declined)];
  await declined.post(`/api/v1/help-invitations/${invitations[0]}/answer`, { answer: 'decline' });
  invitations.push(await invite(professional, forRecipient, helper));
  await helper.post(`/api/v1/help-invitations/${invitations[1]}/answer`, { answer: 'accept' });
  invitations.push(await invite(asker, ownRequest, helper));
  await helper.post(`/api/v1/help-invitations/${invitations[2]}/answer`, { answer: 'accept' });
  invitations.push(await invite(asker, pendingRequest, pending));
  await asker.post(`/api/v1/help-requests/${ownRequest}/closing`, { helped: 'yes', hours: 1 });
  await asker.post('/api/v1/help-reports', {
    accountId: declined.accountId,
    requestId: ownRequest,
    reason: 'Reageerde niet.',
  });

  const entries = (await helper.get('/api/v1/timebank/entries')).json().items as Array<{ transactionId: string }>;
  Object.assign(ids, {
    requestId: requests,
    invitationId: invitations,
    offerId: ((await helper.get('/api/v1/help-offers?mine=true')).json().items as Array<{ id: string }>).map(
      (o) => o.id,
    ),
    recipientId: [recipient.id],
    accountId: [asker.accountId, helper.accountId, guardian.accountId],
    guardianLinkId: (
      (await professional.get(`/api/v1/help-guardians?wardRecipientId=${recipient.id}`)).json().items as Array<{
        id: string;
      }>
    ).map((g) => g.id),
    transactionId: entries.map((e) => e.transactionId),
    areaId: [world.west],
  });
  Object.assign(insiders, { professional, asker, helper, guardian });
  Object.assign(outsiders, {
    neighbour: await signUp(t, { displayName: 'Nieuwsgierige Nel' }),
    declined,
    pending,
    otherTeam: await team(t, world.idOf('WK036202')),
    civilServant: await signUp(t, { roles: [{ role: 'civil_servant' }] }),
    steering: await signUp(t, { roles: [{ role: 'steering_officer' }] }),
    administrator: await signUp(t, { roles: [{ role: 'administrator' }] }),
  });
});
afterAll(async () => {
  await t.close();
});

const SECRETS = [SECRET.address, SECRET.phone, SECRET.name, 'Geheim', '1234 5678'];
const HELP_TAGS = ['Neighbourhood help', 'Neighbourhood help: safety', 'Time bank'];

async function helpOperations(): Promise<Array<{ method: string; path: string }>> {
  const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{
    paths: Record<string, Record<string, { tags?: string[] }>>;
  }>();
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([, op]) => op.tags?.some((tag) => HELP_TAGS.includes(tag)))
      .map(([method]) => ({ method: method.toUpperCase(), path })),
  );
}

function urlsFor(path: string): string[] {
  let urls = [`/api/v1${path}`];
  for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
    const values = ids[name!] ?? ['unknown-id'];
    urls = urls.flatMap((url) => values.map((value) => url.replace(`{${name}}`, value)));
  }
  return urls.flatMap((url) => (url.includes('?') ? [url] : [url, `${url}?areaId=${world.west}`, `${url}?mine=true`]));
}

test('no endpoint shows a requester’s private details to anyone but those who need them', async () => {
  const operations = await helpOperations();
  expect(operations.length).toBeGreaterThan(25);
  const leaks: string[] = [];
  let calls = 0;
  for (const [who, client] of Object.entries(outsiders)) {
    for (const { method, path } of operations) {
      for (const url of urlsFor(path)) {
        if (method !== 'GET' && url.includes('?')) continue;
        // Writes are tried with an empty body: a refusal must not echo private details either.
        const response = method === 'GET' ? await client.get(url) : await client.request(method as 'POST', url, {});
        calls += 1;
        if (response.statusCode >= 500) leaks.push(`${who} ${method} ${url}: ${response.statusCode}`);
        for (const secret of SECRETS)
          if (response.body.includes(secret)) leaks.push(`${who} ${method} ${url} shows “${secret}”`);
      }
    }
  }
  expect(leaks).toEqual([]);
  expect(calls).toBeGreaterThan(500);
});

test('those who need the details get them: asking side, accepted helper, guardian, team', async () => {
  const [forRecipient, ownRequest] = requests;
  for (const who of ['professional', 'helper', 'guardian']) {
    const response = await insiders[who]!.get(`/api/v1/help-requests/${forRecipient}/contact`);
    expect(response.statusCode, who).toBe(200);
    expect(response.json()).toMatchObject({ name: SECRET.name, address: SECRET.address, phone: SECRET.phone });
  }
  for (const who of ['asker', 'helper', 'professional']) {
    expect((await insiders[who]!.get(`/api/v1/help-requests/${ownRequest}/contact`)).json().address, who).toBe(
      SECRET.address,
    );
  }
  // The guardian of one resident has no business with another resident's request.
  expect((await insiders.guardian!.get(`/api/v1/help-requests/${ownRequest}/contact`)).statusCode).toBe(403);
});
