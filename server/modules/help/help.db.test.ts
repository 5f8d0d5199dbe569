import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';
import {
  helpWorld,
  offerHelp,
  onceNextWeek,
  postRequest,
  SECRET,
  team,
  type HelpWorld,
} from '../../../test/support/help.ts';

let t: TestContext;
let world: HelpWorld;
let asker: TestClient;
let helper: TestClient;
let neighbour: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  world = await helpWorld(t);
  asker = await signUp(t, { displayName: 'Anna Vraagt' });
  helper = await signUp(t, { displayName: 'Henk Helpt' });
  neighbour = await signUp(t, { displayName: 'Nadia Nearby' });
});
afterAll(async () => {
  await t.close();
});

async function verbs(subjectId: string): Promise<string[]> {
  const rows = await t.db
    .selectFrom('activity_log')
    .select('verb')
    .where('subject_id', '=', subjectId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.verb);
}

describe('a request from ask to solved', () => {
  let requestId: string;

  test('a resident asks; the public face has the neighbourhood, never the address', async () => {
    requestId = await postRequest(asker, world.west, { address: SECRET.address, phone: SECRET.phone, urgency: 'high' });
    const listed = await neighbour.get(`/api/v1/help-requests?areaId=${world.west}`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items[0]).toMatchObject({
      id: requestId,
      areaId: world.west,
      urgency: 'high',
      status: 'open',
      mine: false,
      onBehalf: false,
    });
    expect(listed.body).not.toContain('Geheimstraat');
    expect(listed.body).not.toContain(asker.accountId);
    expect((await asker.get('/api/v1/help-requests?mine=true')).json().items.map((r: { id: string }) => r.id)).toEqual([
      requestId,
    ]);
  });

  test('helpers offer; proposals are ranked and each says why', async () => {
    await offerHelp(helper, [world.west]);
    await offerHelp(neighbour, [world.east], { availability: [] });
    const proposals = await asker.get(`/api/v1/help-requests/${requestId}/proposals`);
    expect(proposals.statusCode).toBe(200);
    const items = proposals.json().items as Array<{
      helperId: string;
      helperName: string;
      score: number;
      reasons: Array<{ code: string; text: string }>;
    }>;
    expect(items.map((p) => p.helperName)).toEqual(['Henk Helpt', 'Nadia Nearby']);
    expect(items[0]!.reasons.map((r) => r.code)).toEqual(['same-area', 'kind', 'availability-full', 'load-free']);
    expect(items[1]!.reasons.map((r) => r.text)).toContain('Helps in a neighbouring neighbourhood.');
    expect(items[0]!.score).toBeGreaterThan(items[1]!.score);
  });

  test('only the asking side and the team see proposals', async () => {
    expect((await neighbour.get(`/api/v1/help-requests/${requestId}/proposals`)).statusCode).toBe(403);
    expect((await (await team(t, world.district)).get(`/api/v1/help-requests/${requestId}/proposals`)).statusCode).toBe(
      200,
    );
    expect(
      (await (await team(t, world.idOf('WK036202'))).get(`/api/v1/help-requests/${requestId}/proposals`)).statusCode,
    ).toBe(403);
  });

  test('invited is not agreed: the helper cannot see the contact yet', async () => {
    const invited = await asker.post(`/api/v1/help-requests/${requestId}/invitations`, { helperId: helper.accountId });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json().reasons.length).toBeGreaterThan(0);
    expect((await helper.get(`/api/v1/help-requests/${requestId}/contact`)).statusCode).toBe(403);
    // The request says so beforehand, so a page asks for the contact only when it may (no 403 in the console).
    expect((await helper.get(`/api/v1/help-requests/${requestId}`)).json().maySeeContact).toBe(false);
    expect((await asker.get(`/api/v1/help-requests/${requestId}`)).json().maySeeContact).toBe(true);
    expect(
      (await asker.post(`/api/v1/help-requests/${requestId}/invitations`, { helperId: neighbour.accountId }))
        .statusCode,
    ).toBe(409);
    const mine = await helper.get('/api/v1/help-invitations?status=pending');
    expect(mine.json().items[0]).toMatchObject({
      requestId,
      status: 'pending',
      request: { id: requestId, helpingMe: false },
    });
    expect(mine.body).not.toContain('Geheimstraat');
    const notes = await helper.get('/api/v1/notifications');
    expect(notes.json().items[0]).toMatchObject({ kind: 'help.invitation.new', subjectId: requestId });
  });

  test('someone else cannot answer the invitation', async () => {
    const invitationId = (await helper.get('/api/v1/help-invitations')).json().items[0].id;
    expect(
      (await neighbour.post(`/api/v1/help-invitations/${invitationId}/answer`, { answer: 'accept' })).statusCode,
    ).toBe(404);
    expect((await asker.post(`/api/v1/help-invitations/${invitationId}/answer`, { answer: 'accept' })).statusCode).toBe(
      404,
    );
  });

  test('once the helper accepts, exactly that helper sees the address and phone', async () => {
    const invitationId = (await helper.get('/api/v1/help-invitations')).json().items[0].id;
    const accepted = await helper.post(`/api/v1/help-invitations/${invitationId}/answer`, { answer: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', request: { status: 'matched', helpingMe: true } });
    const contact = await helper.get(`/api/v1/help-requests/${requestId}/contact`);
    expect(contact.json()).toEqual({
      requestId,
      name: 'Anna Vraagt',
      address: SECRET.address,
      phone: SECRET.phone,
      contactName: 'Anna Vraagt',
      contactAccountId: asker.accountId,
    });
    expect((await neighbour.get(`/api/v1/help-requests/${requestId}/contact`)).statusCode).toBe(403);
    expect((await helper.get(`/api/v1/help-requests/${requestId}`)).json().maySeeContact).toBe(true);
    expect((await neighbour.get(`/api/v1/help-requests/${requestId}`)).json().maySeeContact).toBe(false);
    expect((await (await asker.get('/api/v1/notifications')).json()).items[0]).toMatchObject({
      kind: 'help.invitation.accepted',
    });
    expect(
      (await helper.post(`/api/v1/help-invitations/${invitationId}/answer`, { answer: 'decline' })).statusCode,
    ).toBe(409);
  });

  test('closing keeps whether the resident was helped and books the hours', async () => {
    expect(
      (await helper.post(`/api/v1/help-requests/${requestId}/closing`, { helped: 'yes', hours: 2 })).statusCode,
    ).toBe(403);
    const closed = await asker.post(`/api/v1/help-requests/${requestId}/closing`, {
      helped: 'partly',
      hours: 1.5,
      comment: 'Fijn, volgende keer ook de apotheek.',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', helped: 'partly' });
    expect((await helper.get('/api/v1/timebank/balance')).json()).toMatchObject({ hours: 1.5, limitHours: 20 });
    expect((await asker.get('/api/v1/timebank/balance')).json()).toMatchObject({ hours: -1.5 });
    const history = (await helper.get('/api/v1/timebank/entries')).json().items;
    expect(history[0]).toMatchObject({ kind: 'exchange', hours: 1.5, counterparty: 'Anna Vraagt', requestId });
    expect(await verbs(requestId)).toEqual(['help.requested', 'help.invited', 'help.matched', 'help.closed']);
    expect((await asker.post(`/api/v1/help-requests/${requestId}/closing`, { helped: 'yes' })).statusCode).toBe(409);
  });

  test('the accepted helper keeps access after closing; the log has ids only', async () => {
    expect((await helper.get(`/api/v1/help-requests/${requestId}/contact`)).statusCode).toBe(200);
    const rows = await t.db.selectFrom('activity_log').selectAll().execute();
    expect(JSON.stringify(rows)).not.toMatch(/Geheim|Anna|1234/);
  });
});

describe('declines, withdrawals, cancellations', () => {
  test('a decline reopens the request and that helper is not proposed again', async () => {
    const requestId = await postRequest(asker, world.west);
    await asker.post(`/api/v1/help-requests/${requestId}/invitations`, { helperId: helper.accountId });
    const invitationId = (await helper.get('/api/v1/help-invitations?status=pending')).json().items[0].id;
    expect(
      (await helper.post(`/api/v1/help-invitations/${invitationId}/answer`, { answer: 'decline' })).json().request
        .status,
    ).toBe('open');
    const proposals = (await asker.get(`/api/v1/help-requests/${requestId}/proposals`)).json().items;
    expect(proposals.map((p: { helperId: string }) => p.helperId)).not.toContain(helper.accountId);
    const again = await asker.post(`/api/v1/help-requests/${requestId}/invitations`, { helperId: helper.accountId });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('Already declined this request.');
  });

  test('a withdrawn invitation reopens; a cancelled request cannot be closed with hours', async () => {
    const requestId = await postRequest(asker, world.west);
    const invitation = await asker.post(`/api/v1/help-requests/${requestId}/invitations`, {
      helperId: neighbour.accountId,
    });
    expect((await neighbour.delete(`/api/v1/help-invitations/${invitation.json().id}`)).statusCode).toBe(403);
    expect((await asker.delete(`/api/v1/help-invitations/${invitation.json().id}`)).statusCode).toBe(204);
    expect((await asker.get(`/api/v1/help-requests/${requestId}`)).json().status).toBe('open');
    expect(
      (await asker.post(`/api/v1/help-requests/${requestId}/closing`, { helped: 'no', hours: 1 })).statusCode,
    ).toBe(400);
    expect((await asker.post(`/api/v1/help-requests/${requestId}/cancellation`, {})).json().status).toBe('cancelled');
    expect((await asker.post(`/api/v1/help-requests/${requestId}/cancellation`, {})).statusCode).toBe(409);
    expect((await verbs(requestId)).filter((verb) => verb === 'help.cancelled')).toHaveLength(1);
  });
});

describe('races', () => {
  test('two closings at once book the hours once; two invitations at once invite one helper', async () => {
    const requestId = await postRequest(asker, world.west);
    const [first, second] = await Promise.all([
      asker.post(`/api/v1/help-requests/${requestId}/invitations`, { helperId: helper.accountId }),
      asker.post(`/api/v1/help-requests/${requestId}/invitations`, { helperId: neighbour.accountId }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409]);
    const winner =
      first.statusCode === 201 ? { client: helper, id: first.json().id } : { client: neighbour, id: second.json().id };
    await winner.client.post(`/api/v1/help-invitations/${winner.id}/answer`, { answer: 'accept' });
    const before = (await winner.client.get('/api/v1/timebank/balance')).json().hours;
    const closings = await Promise.all(
      [1, 2, 3].map(() => asker.post(`/api/v1/help-requests/${requestId}/closing`, { helped: 'yes', hours: 1 })),
    );
    expect(closings.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    expect((await winner.client.get('/api/v1/timebank/balance')).json().hours).toBe(before + 1);
    const bookings = await t.db
      .selectFrom('timebank_transactions')
      .select('id')
      .where('request_id', '=', requestId)
      .execute();
    expect(bookings).toHaveLength(1);
  });
});

describe('bad input is a 4xx naming the field', () => {
  test.each([
    [{ kind: 'gardening' }, 'body.kind'],
    [{ areaId: 'nowhere' }, 'body.areaId'],
    [{ when: { schedule: 'once', date: '2026-03-01' } }, 'body.when.date'],
    [{ when: { schedule: 'recurring', days: [], frequency: 'weekly' } }, 'body.when.days'],
    [{ title: 'x' }, 'body.title'],
    [{ estimatedHours: 0.3 }, 'body.estimatedHours'],
    [{ recipientId: 'someone' }, null],
    [{ isAdmin: true }, 'body'],
  ])('%j', async (change, field) => {
    const response = await asker.post('/api/v1/help-requests', {
      kind: 'errands',
      title: 'Boodschappen',
      areaId: world.west,
      when: onceNextWeek,
      ...change,
    });
    if (field === null) {
      expect(response.statusCode).toBe(403);
      return;
    }
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().invalidParams.map((p: { name: string }) => p.name)).toContain(field);
  });

  test('offers in an unknown neighbourhood and bad cursors are refused', async () => {
    const response = await helper.post('/api/v1/help-offers', {
      kinds: ['digital'],
      areaIds: [world.west, 'nowhere'],
      availability: [],
      maxPerWeek: 2,
    });
    expect(response.json().invalidParams[0].name).toBe('body.areaIds.1');
    expect((await helper.get('/api/v1/help-requests?cursor=nonsense')).statusCode).toBe(400);
    expect((await helper.get('/api/v1/help-requests?limit=1000')).statusCode).toBe(400);
  });
});

describe('offers', () => {
  test('only the helper changes or withdraws an offer; lists page without overlap', async () => {
    const offerId = await offerHelp(helper, [world.east], { kinds: ['digital'] });
    expect(
      (
        await neighbour.put(`/api/v1/help-offers/${offerId}`, {
          kinds: ['meal'],
          areaIds: [world.east],
          availability: [],
          maxPerWeek: 1,
        })
      ).statusCode,
    ).toBe(404);
    const changed = await helper.put(`/api/v1/help-offers/${offerId}`, {
      kinds: ['meal'],
      areaIds: [world.east, world.far],
      availability: [],
      maxPerWeek: 1,
    });
    expect(changed.json()).toMatchObject({ kinds: ['meal'], areaIds: [world.east, world.far].sort(), maxPerWeek: 1 });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = (
        await neighbour.get(`/api/v1/help-offers?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(offerId);
    expect((await neighbour.delete(`/api/v1/help-offers/${offerId}`)).statusCode).toBe(404);
    expect((await helper.delete(`/api/v1/help-offers/${offerId}`)).statusCode).toBe(204);
  });
});
