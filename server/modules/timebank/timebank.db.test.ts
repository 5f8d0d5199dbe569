import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { helpWorld, offerHelp, postRequest, type HelpWorld } from '../../../test/support/help.ts';
import { createTimebankRepository } from './timebank.repository.ts';

let t: TestContext;
let world: HelpWorld;
let giver: TestClient;
let receiver: TestClient;
beforeAll(async () => {
  t = await createTestApp({ help: { escalationHours: 48, balanceLimitHours: 5 } });
  world = await helpWorld(t);
  giver = await signUp(t, { displayName: 'Gerda Geeft' });
  receiver = await signUp(t, { displayName: 'Rob Ontvangt' });
  await earn(giver, 3);
});
afterAll(async () => {
  await t.close();
});

const offered = new Set<string>();

/** Hours are earned the one way there is: a neighbour asks, the helper accepts, the asker closes with hours. */
async function earn(helper: TestClient, hours: number): Promise<TestClient> {
  if (!offered.has(helper.accountId)) await offerHelp(helper, [world.west], { maxPerWeek: 7 });
  offered.add(helper.accountId);
  const asker = await signUp(t);
  const requestId = await postRequest(asker, world.west);
  const invitation = await asker.post(`/api/v1/help-requests/${requestId}/invitations`, { helperId: helper.accountId });
  expect(invitation.statusCode, invitation.body).toBe(201);
  const accepted = await helper.post(`/api/v1/help-invitations/${invitation.json().id}/answer`, { answer: 'accept' });
  expect(accepted.statusCode, accepted.body).toBe(200);
  const closed = await asker.post(`/api/v1/help-requests/${requestId}/closing`, { helped: 'yes', hours });
  expect(closed.statusCode, closed.body).toBe(200);
  return asker;
}

async function ledgerIsSound() {
  const { total, mismatched } = await createTimebankRepository(t.db).audit();
  expect(total).toBe(0);
  expect(mismatched).toEqual([]);
}

describe('gifts', () => {
  test('hours go to a neighbour: one debited, the other credited, both see it', async () => {
    const gift = await giver.post('/api/v1/timebank/gifts', {
      toAccountId: receiver.accountId,
      hours: 1.25,
      memo: 'Bedankt voor de soep',
    });
    expect(gift.statusCode, gift.body).toBe(201);
    expect((await giver.get('/api/v1/timebank/balance')).json()).toMatchObject({
      hours: 1.75,
      limitHours: 5,
      giftableHours: 1.75,
    });
    expect((await receiver.get('/api/v1/timebank/balance')).json().hours).toBe(1.25);
    expect((await receiver.get('/api/v1/timebank/entries')).json().items[0]).toMatchObject({
      kind: 'gift',
      hours: 1.25,
      counterparty: 'Gerda Geeft',
      counterpartyKind: 'member',
      memo: 'Bedankt voor de soep',
    });
    await ledgerIsSound();
  });

  test('a gift between neighbours is logged where the giver lives, with the receiver as who benefited', async () => {
    const neighbour = await signUp(t, { displayName: 'Nel Naast' });
    const other = await signUp(t, { displayName: 'Otto Over' });
    await earn(neighbour, 1);
    await t.db
      .updateTable('accounts')
      .set({ home_area_id: world.west })
      .where('id', '=', neighbour.accountId)
      .execute();
    expect(
      (await neighbour.post('/api/v1/timebank/gifts', { toAccountId: other.accountId, hours: 0.25 })).statusCode,
    ).toBe(201);
    const logged = await t.db
      .selectFrom('activity_log')
      .select(['area_id', 'actor_area_id', 'counterpart_id', 'actor_kind'])
      .where('verb', '=', 'hours.gifted')
      .where('actor_id', '=', neighbour.accountId)
      .executeTakeFirstOrThrow();
    expect(logged).toEqual({
      area_id: world.west,
      actor_area_id: world.west,
      counterpart_id: other.accountId,
      actor_kind: 'resident',
    });
  });

  test('hours go to a community pot', async () => {
    expect((await receiver.post('/api/v1/timebank/gifts', { toPotAreaId: world.west, hours: 1 })).statusCode).toBe(201);
    expect((await receiver.get(`/api/v1/timebank/pots/${world.west}`)).json()).toEqual({
      areaId: world.west,
      hours: 1,
    });
    expect((await receiver.get('/api/v1/timebank/entries')).json().items[0]).toMatchObject({
      counterparty: world.west,
      counterpartyKind: 'pot',
    });
  });

  test.each([
    [{ toAccountId: 'x', toPotAreaId: 'y', hours: 1 }, 400],
    [{ hours: 1 }, 400],
    [{ toAccountId: 'nobody', hours: 1 }, 400],
    [{ toPotAreaId: 'nowhere', hours: 1 }, 400],
    [{ toAccountId: 'self', hours: 1 }, 400],
    [{ toAccountId: 'other', hours: 0.1 }, 400],
    [{ toAccountId: 'other', hours: 4 }, 409],
    [{ toPotAreaId: 'west', hours: 2 }, 409],
  ] as Array<[Record<string, unknown>, number]>)('%j is refused with %i', async (body, status) => {
    const stand = { self: giver.accountId, other: receiver.accountId, west: world.west } as Record<string, string>;
    const payload = {
      ...body,
      ...(typeof body.toAccountId === 'string' && stand[body.toAccountId]
        ? { toAccountId: stand[body.toAccountId] }
        : {}),
      ...(typeof body.toPotAreaId === 'string' && stand[body.toPotAreaId]
        ? { toPotAreaId: stand[body.toPotAreaId] }
        : {}),
    };
    const response = await giver.post('/api/v1/timebank/gifts', payload);
    expect(response.statusCode, response.body).toBe(status);
    if (status === 409)
      expect(response.json()).toMatchObject({
        type: 'https://wakkere-stad.nl/problems/gift-exceeds-earned',
        detail: 'A gift passes on hours you have earned by helping: you hold 1.75 hours to give.',
      });
  });

  test('history pages without overlap', async () => {
    await earn(receiver, 1);
    for (let i = 0; i < 4; i++)
      expect(
        (await receiver.post('/api/v1/timebank/gifts', { toAccountId: giver.accountId, hours: 0.25 })).statusCode,
      ).toBe(201);
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = (
        await giver.get(`/api/v1/timebank/entries?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      ids.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    // Earned by helping, given to Rob, four quarter hours back from him.
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });
});

describe('no hours from nothing', () => {
  const giftRefused = { type: 'https://wakkere-stad.nl/problems/gift-exceeds-earned', status: 409 };

  test('a freshly registered account cannot give hours it never earned, to a neighbour or a pot', async () => {
    const fresh = await signUp(t);
    const other = await signUp(t);
    const toNeighbour = await fresh.post('/api/v1/timebank/gifts', { toAccountId: other.accountId, hours: 20 });
    expect(toNeighbour.statusCode, toNeighbour.body).toBe(409);
    expect(toNeighbour.headers['content-type']).toContain('application/problem+json');
    expect(toNeighbour.json()).toMatchObject({
      ...giftRefused,
      detail: 'A gift passes on hours you have earned by helping: you hold 0 hours to give.',
    });
    const quarter = await fresh.post('/api/v1/timebank/gifts', { toPotAreaId: world.west, hours: 0.25 });
    expect(quarter.json()).toMatchObject(giftRefused);
    expect((await fresh.get('/api/v1/timebank/balance')).json()).toMatchObject({ hours: 0, giftableHours: 0 });
    expect((await other.get('/api/v1/timebank/balance')).json()).toMatchObject({ hours: 0 });
  });

  test('many fresh accounts giving to each other, all at once, create no hours at all', async () => {
    const accounts = await Promise.all([1, 2, 3, 4].map(() => signUp(t)));
    const attempts = accounts.flatMap((from) =>
      accounts
        .filter((to) => to !== from)
        .map((to) => from.post('/api/v1/timebank/gifts', { toAccountId: to.accountId, hours: 5 })),
    );
    const responses = await Promise.all(attempts);
    expect(responses.map((r) => r.json().type)).toEqual(responses.map(() => giftRefused.type));
    for (const account of accounts) expect((await account.get('/api/v1/timebank/balance')).json().hours).toBe(0);
    await ledgerIsSound();
  });

  test('help received may take a balance below zero; it cannot be given away', async () => {
    const helper = await signUp(t);
    const asker = await earn(helper, 2);
    expect((await asker.get('/api/v1/timebank/balance')).json()).toMatchObject({ hours: -2, giftableHours: 0 });
    const refused = await asker.post('/api/v1/timebank/gifts', { toAccountId: helper.accountId, hours: 0.25 });
    expect(refused.json()).toMatchObject(giftRefused);
    // The helper passes on exactly what was earned, and not a quarter hour more.
    expect((await helper.post('/api/v1/timebank/gifts', { toPotAreaId: world.west, hours: 2 })).statusCode).toBe(201);
    const more = await helper.post('/api/v1/timebank/gifts', { toPotAreaId: world.west, hours: 0.25 });
    expect(more.json()).toMatchObject(giftRefused);
    expect((await helper.get('/api/v1/timebank/balance')).json()).toMatchObject({ hours: 0, giftableHours: 0 });
    await ledgerIsSound();
  });
});

describe('corrections', () => {
  test('a reversal is a new entry, once; only an administrator or the area team', async () => {
    const gift = (await giver.post('/api/v1/timebank/gifts', { toAccountId: receiver.accountId, hours: 0.5 })).json();
    const admin = await signUp(t, { roles: [{ role: 'administrator' }] });
    const areaTeam = await signUp(t, { roles: [{ role: 'professional', areaId: world.district }] });
    expect(
      (await receiver.post(`/api/v1/timebank/transactions/${gift.id}/reversal`, { reason: 'Per ongeluk' })).statusCode,
    ).toBe(403);
    expect(
      (await areaTeam.post(`/api/v1/timebank/transactions/${gift.id}/reversal`, { reason: 'Per ongeluk' })).statusCode,
    ).toBe(404);
    const before = (await giver.get('/api/v1/timebank/balance')).json().hours;
    const reversed = await admin.post(`/api/v1/timebank/transactions/${gift.id}/reversal`, {
      reason: 'Per ongeluk dubbel',
    });
    expect(reversed.statusCode, reversed.body).toBe(201);
    expect((await giver.get('/api/v1/timebank/balance')).json().hours).toBe(before + 0.5);
    expect(
      (await admin.post(`/api/v1/timebank/transactions/${gift.id}/reversal`, { reason: 'Nog een keer' })).statusCode,
    ).toBe(409);
    expect(
      (await admin.post(`/api/v1/timebank/transactions/${reversed.json().id}/reversal`, { reason: 'Terug' }))
        .statusCode,
    ).toBe(409);
    const audit = (await admin.get('/api/v1/audit-log?action=hours.reversed')).json().items[0];
    expect(audit).toMatchObject({ subjectId: gift.id, reason: 'Per ongeluk dubbel' });
    await ledgerIsSound();
  });

  test('ledger rows cannot be changed or deleted, not even by the application', async () => {
    await expect(t.db.updateTable('timebank_entries').set({ amount_minutes: 999 }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.deleteFrom('timebank_entries').execute()).rejects.toThrow(/append-only/);
    await expect(t.db.updateTable('timebank_transactions').set({ memo: 'x' }).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('timebank_transactions').execute()).rejects.toThrow(/append-only/);
  });

  test('erasure may blank a memo, and that is the only change a transaction allows', async () => {
    const gift = await t.db
      .selectFrom('timebank_transactions')
      .select(['id', 'kind', 'created_by'])
      .where('memo', '=', 'Bedankt voor de soep')
      .executeTakeFirstOrThrow();
    const change = (set: { memo: string; kind?: 'exchange'; created_by?: null }) =>
      t.db.updateTable('timebank_transactions').set(set).where('id', '=', gift.id).execute();
    await expect(change({ memo: 'Iets anders' })).rejects.toThrow(/append-only/);
    await expect(change({ memo: '', kind: 'exchange' })).rejects.toThrow(/append-only/);
    await expect(change({ memo: '', created_by: null })).rejects.toThrow(/append-only/);
    await change({ memo: '' });
    expect(
      await t.db.selectFrom('timebank_transactions').selectAll().where('id', '=', gift.id).executeTakeFirstOrThrow(),
    ).toMatchObject({ id: gift.id, kind: gift.kind, created_by: gift.created_by, memo: '' });
    await expect(change({ memo: 'Terug' })).rejects.toThrow(/append-only/);
    await ledgerIsSound();
  });
});

describe('concurrency', () => {
  test('many bookings at once never break the limit or the zero sum', async () => {
    const spender = await signUp(t, { displayName: 'Snelle Sanne' });
    await earn(spender, 5);
    const others = await Promise.all([1, 2, 3].map(() => signUp(t)));
    // 5 hours earned to give, 24 attempts of half an hour from one account to three, all at the same time.
    const attempts = Array.from({ length: 24 }, (_, i) =>
      spender.post('/api/v1/timebank/gifts', { toAccountId: others[i % 3]!.accountId, hours: 0.5 }),
    );
    const statuses = (await Promise.all(attempts)).map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 409)).toBe(true);
    expect((await spender.get('/api/v1/timebank/balance')).json().hours).toBe(0);
    await ledgerIsSound();
  });

  test('crossing bookings between the same two people do not deadlock', async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    await earn(a, 2.5);
    await earn(b, 2.5);
    const attempts = Array.from({ length: 20 }, (_, i) =>
      // A quarter hour each: even if one side's ten gifts all land first, it gives only the 2.5 hours it earned.
      (i % 2 === 0 ? a : b).post('/api/v1/timebank/gifts', {
        toAccountId: (i % 2 === 0 ? b : a).accountId,
        hours: 0.25,
      }),
    );
    const statuses = (await Promise.all(attempts)).map((r) => r.statusCode);
    expect(statuses).toEqual(statuses.map(() => 201));
    await ledgerIsSound();
  });
});
