import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../../test/support/test-app.ts';
import {
  closeTestApp,
  createWorld,
  inDays,
  startInitiative,
  type World,
} from '../../../../test/support/initiatives.ts';

let t: TestContext;
let world: World;
let author: TestClient;
let reporter: TestClient;
let resident: TestClient;
let otherDistrict: TestClient;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t);
  author = await signUp(t, { displayName: 'Auteur' });
  reporter = await signUp(t, { displayName: 'Melder' });
  resident = await signUp(t, { displayName: 'Bewoner' });
  otherDistrict = await signUp(t, { roles: [{ role: 'civil_servant', areaId: world.idOf('WK036202') }] });
  id = (await startInitiative(world, author, { title: 'Buurtbarbecue met reclame' })).id;
});
afterAll(async () => {
  await closeTestApp(t);
});

const anonymous = () => new TestClient(t.app);

describe('reporting', () => {
  test('anyone logged in reports content with a reason; bad or unknown subjects are refused', async () => {
    expect(
      (await anonymous().post('/api/v1/content-reports', { subjectType: 'initiative', subjectId: id, reason: 'spam' }))
        .statusCode,
    ).toBe(401);
    expect(
      (
        await reporter.post('/api/v1/content-reports', { subjectType: 'initiative', subjectId: id, reason: 'boring' })
      ).json().invalidParams[0].name,
    ).toBe('body.reason');
    expect(
      (await reporter.post('/api/v1/content-reports', { subjectType: 'initiative', subjectId: 'nope', reason: 'spam' }))
        .statusCode,
    ).toBe(404);
    const report = await reporter.post('/api/v1/content-reports', {
      subjectType: 'initiative',
      subjectId: id,
      reason: 'spam',
      explanation: 'Het is reclame voor een slager.',
    });
    expect(report.statusCode).toBe(201);
    expect(report.json()).toMatchObject({ status: 'open', reason: 'spam' });
  });

  test('only moderators see the queue', async () => {
    expect((await resident.get('/api/v1/content-reports')).statusCode).toBe(403);
    expect((await world.civilServant.get('/api/v1/content-reports')).json().items).toEqual([
      expect.objectContaining({ subjectId: id, explanation: 'Het is reclame voor een slager.' }),
    ]);
  });
});

describe('hiding with a reason', () => {
  test('a civil servant of another district may not; one for the area hides it, and the content is kept', async () => {
    const reportId = (await world.civilServant.get('/api/v1/content-reports')).json().items[0].id;
    expect(
      (
        await otherDistrict.post(`/api/v1/content-reports/${reportId}/resolution`, {
          action: 'hide',
          reason: 'Reclame',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await world.civilServant.post(`/api/v1/content-reports/${reportId}/resolution`, { action: 'hide' })).json()
        .invalidParams[0].name,
    ).toBe('body.reason');
    const resolved = await world.civilServant.post(`/api/v1/content-reports/${reportId}/resolution`, {
      action: 'hide',
      reason: 'Commerciële reclame hoort niet op het platform.',
    });
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      resolutionNote: 'Commerciële reclame hoort niet op het platform.',
    });
    expect(
      (
        await world.civilServant.post(`/api/v1/content-reports/${reportId}/resolution`, {
          action: 'dismiss',
          reason: 'Toch niet',
        })
      ).statusCode,
    ).toBe(409);
    const row = await t.db.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      title: 'Buurtbarbecue met reclame',
      hidden_reason: 'Commerciële reclame hoort niet op het platform.',
    });
  });

  test('the public no longer sees it; its author sees it with the reason and is told', async () => {
    expect((await anonymous().get(`/api/v1/initiatives/${id}`)).statusCode).toBe(404);
    expect((await resident.get(`/api/v1/initiatives/${id}`)).statusCode).toBe(404);
    expect((await anonymous().get('/api/v1/initiatives')).json().items.map((i: { id: string }) => i.id)).not.toContain(
      id,
    );
    const asAuthor = (await author.get(`/api/v1/initiatives/${id}`)).json();
    expect(asAuthor.moderation).toEqual({
      hiddenAt: expect.any(String),
      reason: 'Commerciële reclame hoort niet op het platform.',
    });
    expect((await author.get('/api/v1/initiatives?mine=true')).json().items[0].moderation).not.toBeNull();
    expect((await world.civilServant.get(`/api/v1/initiatives/${id}`)).statusCode).toBe(200);
    const told = (await author.get('/api/v1/notifications')).json().items;
    expect(told).toEqual([
      expect.objectContaining({
        kind: 'initiatives.content.hidden',
        message: expect.stringContaining('Commerciële reclame'),
      }),
    ]);
    expect((await resident.post(`/api/v1/initiatives/${id}/members`, {})).statusCode).toBe(404);
  });

  test('hiding and restoring are audit-logged with the reason', async () => {
    expect(
      (await world.civilServant.put(`/api/v1/moderation/initiative/${id}`, { hidden: true, reason: 'Nogmaals' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await resident.put(`/api/v1/moderation/initiative/${id}`, { hidden: false, reason: 'Terug' })).statusCode,
    ).toBe(403);
    const restored = await world.civilServant.put(`/api/v1/moderation/initiative/${id}`, {
      hidden: false,
      reason: 'De reclame is eruit gehaald.',
    });
    expect(restored.json()).toMatchObject({ hidden: false, hiddenAt: null });
    expect((await anonymous().get(`/api/v1/initiatives/${id}`)).statusCode).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', id)
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => [a.action, a.reason, a.actor_id])).toEqual([
      ['content.hidden', 'Commerciële reclame hoort niet op het platform.', world.civilServant.accountId],
      ['content.restored', 'De reclame is eruit gehaald.', world.civilServant.accountId],
    ]);
  });

  test('a hidden update disappears for the public and stays for its author with the reason', async () => {
    const update = (
      await author.post(`/api/v1/initiatives/${id}/updates`, { title: 'Aanbieding', body: 'Worst voor 1 euro' })
    ).json();
    await world.civilServant.put(`/api/v1/moderation/update/${update.id}`, { hidden: true, reason: 'Reclame' });
    expect((await anonymous().get(`/api/v1/initiatives/${id}/updates`)).json().items).toEqual([]);
    expect((await author.get(`/api/v1/initiatives/${id}/updates`)).json().items).toEqual([
      expect.objectContaining({ id: update.id, moderation: expect.objectContaining({ reason: 'Reclame' }) }),
    ]);
  });

  test('a hidden need takes no pledges and is gone for others; a dismissed report is logged', async () => {
    const need = (
      await author.post(`/api/v1/initiatives/${id}/needs`, {
        kind: 'volunteers',
        title: 'Barbecuehulp',
        people: 2,
        startsAt: inDays(t, 3),
      })
    ).json();
    const report = (
      await reporter.post('/api/v1/content-reports', { subjectType: 'need', subjectId: need.id, reason: 'other' })
    ).json();
    expect(
      (
        await world.civilServant.post(`/api/v1/content-reports/${report.id}/resolution`, {
          action: 'dismiss',
          reason: 'Niets mis mee',
        })
      ).json().status,
    ).toBe('dismissed');
    expect(
      await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'report.dismissed').execute(),
    ).toHaveLength(1);
    await world.civilServant.put(`/api/v1/moderation/need/${need.id}`, { hidden: true, reason: 'Dubbel geplaatst' });
    expect((await resident.post(`/api/v1/initiatives/${id}/needs/${need.id}/pledges`, { hours: 2 })).statusCode).toBe(
      404,
    );
    expect((await anonymous().get(`/api/v1/initiatives/${id}/needs`)).json().items).toEqual([]);
    expect((await author.get(`/api/v1/initiatives/${id}/needs`)).json().items).toEqual([
      expect.objectContaining({ moderation: expect.objectContaining({ reason: 'Dubbel geplaatst' }) }),
    ]);
  });

  test('organisations can be hidden too', async () => {
    const organisation = (
      await author.post('/api/v1/organisations', { name: 'Slagerij Spek', kind: 'company' })
    ).json();
    await world.civilServant.put(`/api/v1/moderation/organisation/${organisation.id}`, {
      hidden: true,
      reason: 'Geen maatschappelijk doel',
    });
    expect((await anonymous().get(`/api/v1/organisations/${organisation.id}`)).statusCode).toBe(404);
    expect((await author.get(`/api/v1/organisations/${organisation.id}`)).json().moderation.reason).toBe(
      'Geen maatschappelijk doel',
    );
  });
});
