import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { closeTestApp, createWorld, startInitiative, type World } from '../../../test/support/initiatives.ts';

// The moderation queue and the work done on behalf of residents stay inside the caller's areas.
// docs/SECURITY.md, "Scoped power".
let t: TestContext;
let world: World;
let cityAdmin: TestClient;
let randwijckServant: TestClient;
let patrimoniumServant: TestClient;
let patrimoniumAdmin: TestClient;
let westInitiative: string;
let otherInitiative: string;
let organisation: string;
beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t);
  cityAdmin = await signUp(t, { roles: [{ role: 'administrator' }] });
  randwijckServant = await signUp(t, { roles: [{ role: 'civil_servant', areaId: world.idOf('WK036201') }] });
  patrimoniumServant = await signUp(t, { roles: [{ role: 'civil_servant', areaId: world.idOf('WK036202') }] });
  patrimoniumAdmin = await signUp(t, { roles: [{ role: 'administrator', areaId: world.idOf('WK036202') }] });
  const author = await signUp(t);
  westInitiative = (await startInitiative(world, author, { title: 'Reclame in West' })).id;
  otherInitiative = (await startInitiative(world, author, { title: 'Reclame in Oranjebuurt', areaIds: [world.other] }))
    .id;
  const created = await author.post('/api/v1/organisations', { name: 'Stichting Nergens', kind: 'foundation' });
  expect(created.statusCode, created.body).toBe(201);
  organisation = created.json().id;
  const reporter = await signUp(t);
  for (const [subjectType, subjectId] of [
    ['initiative', westInitiative],
    ['initiative', otherInitiative],
    ['organisation', organisation],
  ]) {
    const report = await reporter.post('/api/v1/content-reports', {
      subjectType,
      subjectId,
      reason: 'spam',
      explanation: `Geheime toelichting over ${subjectId}`,
    });
    expect(report.statusCode, report.body).toBe(201);
  }
});
afterAll(async () => {
  await closeTestApp(t);
});

const queueOf = async (client: TestClient): Promise<string[]> =>
  ((await client.get('/api/v1/content-reports?limit=100')).json().items as Array<{ subjectId: string }>)
    .map((r) => r.subjectId)
    .sort();

describe('the moderation queue', () => {
  test('a civil servant of a district sees the reports about content in its district only', async () => {
    expect(await queueOf(randwijckServant)).toEqual([westInitiative]);
    expect(await queueOf(patrimoniumServant)).toEqual([otherInitiative]);
    expect(await queueOf(patrimoniumAdmin)).toEqual([otherInitiative]);
  });

  test('content without an area (an organisation based nowhere) is for municipality-wide moderators', async () => {
    expect(await queueOf(world.civilServant)).toEqual([westInitiative, otherInitiative, organisation].sort());
    expect(await queueOf(cityAdmin)).toEqual([westInitiative, otherInitiative, organisation].sort());
  });

  test('hiding is audit-logged with the scope of the moderator', async () => {
    const reportId = ((await randwijckServant.get('/api/v1/content-reports')).json().items[0] as { id: string }).id;
    expect(
      (
        await patrimoniumServant.post(`/api/v1/content-reports/${reportId}/resolution`, {
          action: 'hide',
          reason: 'Reclame',
        })
      ).statusCode,
    ).toBe(403);
    const resolved = await randwijckServant.post(`/api/v1/content-reports/${reportId}/resolution`, {
      action: 'hide',
      reason: 'Reclame hoort hier niet.',
    });
    expect(resolved.statusCode, resolved.body).toBe(201);
    const log = (await cityAdmin.get(`/api/v1/audit-log?action=content.hidden&subjectId=${westInitiative}`)).json();
    expect(log.items[0]).toMatchObject({
      actorId: randwijckServant.accountId,
      scope: { role: 'civil_servant', areaId: world.idOf('WK036201') },
    });
  });
});

describe('on behalf of a resident', () => {
  const onBehalf = (areaIds: string[]) => ({
    title: 'Namens een bewoner',
    summary: 'Geregistreerd voor iemand zonder internet.',
    domain: 'care_and_wellbeing',
    areaIds,
    onBehalfOf: { name: 'Meneer Bakker' },
  });

  test('a professional registers an initiative on behalf of a resident only in its own areas', async () => {
    const professional = await signUp(t, { roles: [{ role: 'professional', areaId: world.idOf('WK036201') }] });
    const outside = await professional.post('/api/v1/initiatives', onBehalf([world.other]));
    expect(outside.statusCode, outside.body).toBe(403);
    const partly = await professional.post('/api/v1/initiatives', onBehalf([world.west, world.other]));
    expect(partly.statusCode, partly.body).toBe(403);
    expect((await professional.post('/api/v1/initiatives', onBehalf([world.west, world.oost]))).statusCode).toBe(201);
  });
});
