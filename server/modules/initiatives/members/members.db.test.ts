import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../../test/support/test-app.ts';
import { closeTestApp, createWorld, startInitiative, type World } from '../../../../test/support/initiatives.ts';

let t: TestContext;
let world: World;
let initiator: TestClient;
let joiner: TestClient;
let outsider: TestClient;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t);
  initiator = await signUp(t, { displayName: 'Ilse' });
  joiner = await signUp(t, { displayName: 'Joost' });
  outsider = await signUp(t, { displayName: 'Olga' });
  id = (await startInitiative(world, initiator)).id;
});
afterAll(async () => {
  await closeTestApp(t);
});

const members = (client: TestClient, query = '') => client.get(`/api/v1/initiatives/${id}/members${query}`);
const memberOf = async (accountId: string) =>
  (await members(initiator, '?status=requested'))
    .json()
    .items.find((m: { accountId: string }) => m.accountId === accountId);

describe('joining', () => {
  test('a resident asks to join with a note and contact details; asking twice is a conflict', async () => {
    const asked = await joiner.post(`/api/v1/initiatives/${id}/members`, {
      message: 'Ik heb een groene vinger',
      contact: '06-12345678',
    });
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({ status: 'requested', role: 'member', displayName: 'Joost' });
    expect((await joiner.post(`/api/v1/initiatives/${id}/members`, {})).statusCode).toBe(409);
    const notified = await t.db
      .selectFrom('notifications')
      .selectAll()
      .where('account_id', '=', initiator.accountId)
      .where('kind', '=', 'initiatives.member.requested')
      .execute();
    expect(notified).toHaveLength(1);
  });

  test('only organisers see join requests, with the note', async () => {
    expect((await members(outsider, '?status=requested')).statusCode).toBe(403);
    expect((await members(new TestClient(t.app), '?status=requested')).statusCode).toBe(403);
    expect(await memberOf(joiner.accountId)).toMatchObject({ message: 'Ik heb een groene vinger' });
  });

  test('only organisers accept; accepting records initiative.joined and tells the resident', async () => {
    const request = await memberOf(joiner.accountId);
    expect(
      (await outsider.patch(`/api/v1/initiatives/${id}/members/${request.id}`, { status: 'active' })).statusCode,
    ).toBe(403);
    expect(
      (await joiner.patch(`/api/v1/initiatives/${id}/members/${request.id}`, { status: 'active' })).statusCode,
    ).toBe(403);
    const accepted = await initiator.patch(`/api/v1/initiatives/${id}/members/${request.id}`, { status: 'active' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'active' });
    expect(
      (await initiator.patch(`/api/v1/initiatives/${id}/members/${request.id}`, { status: 'declined' })).statusCode,
    ).toBe(409);
    const joined = await t.db
      .selectFrom('activity_log')
      .selectAll()
      .where('verb', '=', 'initiative.joined')
      .where('subject_id', '=', id)
      .execute();
    expect(joined).toEqual([expect.objectContaining({ actor_id: joiner.accountId, area_id: world.west })]);
    const mine = (await joiner.get('/api/v1/notifications')).json().items;
    expect(mine).toEqual([expect.objectContaining({ kind: 'initiatives.member.accepted', read: false })]);
    expect((await joiner.patch(`/api/v1/notifications/${mine[0].id}`, { read: true })).json().read).toBe(true);
    expect((await outsider.patch(`/api/v1/notifications/${mine[0].id}`, { read: true })).statusCode).toBe(404);
  });

  test('a declined resident can ask again', async () => {
    const again = await signUp(t, { displayName: 'Dirk' });
    await again.post(`/api/v1/initiatives/${id}/members`, {});
    const request = await memberOf(again.accountId);
    expect(
      (await initiator.patch(`/api/v1/initiatives/${id}/members/${request.id}`, { status: 'declined' })).json().status,
    ).toBe('declined');
    expect((await again.post(`/api/v1/initiatives/${id}/members`, {})).json()).toMatchObject({
      id: request.id,
      status: 'requested',
    });
  });
});

describe('who sees whom', () => {
  test('only members see contact details; outsiders see only the organisers', async () => {
    const asMember = (await members(joiner)).json().items;
    expect(asMember.find((m: { accountId: string }) => m.accountId === joiner.accountId)).toMatchObject({
      contact: '06-12345678',
      message: null,
    });
    const asOutsider = (await members(outsider)).json().items;
    expect(asOutsider).toEqual([expect.objectContaining({ displayName: 'Ilse', role: 'initiator', contact: null })]);
    const anonymous = (await members(new TestClient(t.app))).json().items;
    expect(anonymous.every((m: { contact: string | null }) => m.contact === null)).toBe(true);
  });

  test('a member changes what they share; nobody else can', async () => {
    const me = (await members(joiner))
      .json()
      .items.find((m: { accountId: string }) => m.accountId === joiner.accountId);
    expect(
      (await initiator.patch(`/api/v1/initiatives/${id}/members/${me.id}`, { contact: 'hacked' })).statusCode,
    ).toBe(403);
    expect(
      (await joiner.patch(`/api/v1/initiatives/${id}/members/${me.id}`, { contact: 'joost@example.nl' })).json()
        .contact,
    ).toBe('joost@example.nl');
  });

  test('organisers add a resident without an account: name only, visible only to organisers', async () => {
    expect((await joiner.post(`/api/v1/initiatives/${id}/offline-members`, { name: 'Opa Henk' })).statusCode).toBe(403);
    const added = await initiator.post(`/api/v1/initiatives/${id}/offline-members`, { name: 'Opa Henk' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ displayName: 'Opa Henk', offline: true, accountId: null, status: 'active' });
    expect((await members(initiator)).json().items.map((m: { displayName: string }) => m.displayName)).toContain(
      'Opa Henk',
    );
    expect((await members(joiner)).json().items.map((m: { displayName: string }) => m.displayName)).not.toContain(
      'Opa Henk',
    );
    const logged = await t.db
      .selectFrom('activity_log')
      .selectAll()
      .where('verb', '=', 'initiative.joined')
      .where('on_behalf_of_id', '=', added.json().id)
      .execute();
    expect(logged).toEqual([expect.objectContaining({ actor_id: initiator.accountId })]);
    expect((await initiator.post(`/api/v1/initiatives/${id}/offline-members`, { name: 'X' })).statusCode).toBe(400);
  });
});

describe('roles and leaving', () => {
  test('organisers give roles; the last organiser cannot step down or leave', async () => {
    const self = (await members(initiator))
      .json()
      .items.find((m: { accountId: string }) => m.accountId === initiator.accountId);
    expect((await initiator.patch(`/api/v1/initiatives/${id}/members/${self.id}`, { role: 'member' })).statusCode).toBe(
      409,
    );
    expect((await initiator.delete(`/api/v1/initiatives/${id}/members/${self.id}`)).statusCode).toBe(409);
    const joost = (await members(initiator))
      .json()
      .items.find((m: { accountId: string }) => m.accountId === joiner.accountId);
    expect(
      (await joiner.patch(`/api/v1/initiatives/${id}/members/${joost.id}`, { role: 'organiser' })).statusCode,
    ).toBe(403);
    expect(
      (await initiator.patch(`/api/v1/initiatives/${id}/members/${joost.id}`, { role: 'organiser' })).json().role,
    ).toBe('organiser');
    expect((await joiner.get(`/api/v1/initiatives/${id}`)).json().viewer.canEdit).toBe(true);
    expect(
      (await initiator.patch(`/api/v1/initiatives/${id}/members/${self.id}`, { role: 'member' })).json().role,
    ).toBe('member');
    expect((await initiator.get(`/api/v1/initiatives/${id}`)).json().viewer.canEdit).toBe(false);
    expect((await initiator.patch(`/api/v1/initiatives/${id}`, { title: 'Niet meer van mij' })).statusCode).toBe(403);
  });

  test('a member leaves; an outsider cannot remove anyone', async () => {
    const self = (await members(initiator))
      .json()
      .items.find((m: { accountId: string }) => m.accountId === initiator.accountId);
    expect((await outsider.delete(`/api/v1/initiatives/${id}/members/${self.id}`)).statusCode).toBe(403);
    expect((await initiator.delete(`/api/v1/initiatives/${id}/members/${self.id}`)).statusCode).toBe(204);
    expect((await members(joiner)).json().items.map((m: { accountId: string | null }) => m.accountId)).not.toContain(
      initiator.accountId,
    );
    const left = await t.db.selectFrom('activity_log').selectAll().where('verb', '=', 'initiative.left').execute();
    expect(left).toEqual([expect.objectContaining({ actor_id: initiator.accountId })]);
  });

  test('member lists are paginated', async () => {
    expect((await members(joiner, '?limit=1')).json()).toMatchObject({
      items: [expect.any(Object)],
      nextCursor: expect.any(String),
    });
    expect((await members(joiner, '?limit=0')).statusCode).toBe(400);
  });
});
