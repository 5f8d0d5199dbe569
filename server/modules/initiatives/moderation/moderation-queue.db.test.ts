import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../../test/support/test-app.ts';
import {
  closeTestApp,
  createWorld,
  inDays,
  startInitiative,
  type World,
} from '../../../../test/support/initiatives.ts';

// The moderation queue shows what was reported (title, the start of its text, where to read it),
// who reported it and why — not ids (issue 13) — and only within the moderator's area.
let t: TestContext;
let world: World;
let author: TestClient;
let reporter: TestClient;
let districtModerator: TestClient;
let otherDistrictModerator: TestClient;
let initiativeId: string;
let needId: string;
beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t);
  author = await signUp(t, { displayName: 'Auteur Anna' });
  reporter = await signUp(t, { displayName: 'Melder Max' });
  districtModerator = await signUp(t, { roles: [{ role: 'civil_servant', areaId: world.idOf('WK036201') }] });
  otherDistrictModerator = await signUp(t, { roles: [{ role: 'civil_servant', areaId: world.idOf('WK036202') }] });
  initiativeId = (
    await startInitiative(world, author, {
      title: 'Buurtbarbecue met reclame',
      summary: 'Kom naar de barbecue en koop vlees bij slagerij De Beste.',
    })
  ).id;
  const need = await author.post(`/api/v1/initiatives/${initiativeId}/needs`, {
    kind: 'volunteers',
    title: 'Barbecuehulp',
    description: 'x'.repeat(400),
    people: 2,
    startsAt: inDays(t, 3),
  });
  expect(need.statusCode, need.body).toBe(201);
  needId = need.json().id;
  for (const [subjectType, subjectId, reason] of [
    ['initiative', initiativeId, 'spam'],
    ['need', needId, 'other'],
  ] as const) {
    const report = await reporter.post('/api/v1/content-reports', {
      subjectType,
      subjectId,
      reason,
      explanation: 'Dit is reclame.',
    });
    expect(report.statusCode, report.body).toBe(201);
  }
});
afterAll(async () => {
  await closeTestApp(t);
});

describe('the moderation queue', () => {
  test('shows the reported content, where it is, who reported it and why', async () => {
    const response = await districtModerator.get('/api/v1/content-reports');
    expect(response.statusCode, response.body).toBe(200);
    const [first, second] = response.json().items;
    expect(first).toMatchObject({
      subjectType: 'initiative',
      subjectId: initiativeId,
      reason: 'spam',
      explanation: 'Dit is reclame.',
      reporterName: 'Melder Max',
      content: {
        title: 'Buurtbarbecue met reclame',
        excerpt: 'Kom naar de barbecue en koop vlees bij slagerij De Beste.',
        initiativeId,
        initiativeTitle: 'Buurtbarbecue met reclame',
        hidden: false,
      },
    });
    expect(second).toMatchObject({
      subjectType: 'need',
      content: { title: 'Barbecuehulp', initiativeId, initiativeTitle: 'Buurtbarbecue met reclame' },
    });
    expect(second.content.excerpt).toHaveLength(300);
    expect(second.content.excerpt.endsWith('…')).toBe(true);
  });

  test('a hidden subject is still shown to the moderator, marked hidden', async () => {
    const hide = await world.civilServant.put(`/api/v1/moderation/need/${needId}`, {
      hidden: true,
      reason: 'Reclame',
    });
    expect(hide.statusCode, hide.body).toBe(200);
    const items = (await districtModerator.get('/api/v1/content-reports')).json().items;
    expect(items.find((r: { subjectId: string }) => r.subjectId === needId).content).toMatchObject({
      title: 'Barbecuehulp',
      hidden: true,
    });
  });

  test('a moderator for another district sees none of it; residents and visitors are refused', async () => {
    expect((await otherDistrictModerator.get('/api/v1/content-reports')).json().items).toEqual([]);
    expect((await reporter.get('/api/v1/content-reports')).statusCode).toBe(403);
    expect((await new TestClient(t.app).get('/api/v1/content-reports')).statusCode).toBe(401);
  });

  test('the page size is bounded', async () => {
    const response = await districtModerator.get('/api/v1/content-reports?limit=1000');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
