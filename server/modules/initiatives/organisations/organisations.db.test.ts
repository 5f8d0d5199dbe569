import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../../test/support/test-app.ts';
import { closeTestApp, createWorld, startInitiative, type World } from '../../../../test/support/initiatives.ts';

async function logged(verb: string): Promise<Array<{ actor_id: string | null; subject_id: string }>> {
  return t.db.selectFrom('activity_log').select(['actor_id', 'subject_id']).where('verb', '=', verb).execute();
}

let t: TestContext;
let world: World;
let admin: TestClient;
let staffer: TestClient;
let organiser: TestClient;
let outsider: TestClient;
let organisationId: string;
let initiativeId: string;
beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t);
  admin = await signUp(t, { displayName: 'Directeur Dora' });
  staffer = await signUp(t, { displayName: 'Medewerker Mo' });
  organiser = await signUp(t, { displayName: 'Organisator Otto' });
  outsider = await signUp(t, { displayName: 'Buitenstaander' });
  initiativeId = (await startInitiative(world, organiser)).id;
});
afterAll(async () => {
  await closeTestApp(t);
});

const anonymous = () => new TestClient(t.app);

describe('an organisation and its page', () => {
  test('anyone logged in registers one of the seven kinds and becomes its administrator', async () => {
    expect(
      (await admin.post('/api/v1/organisations', { name: 'Woonstichting Amstel', kind: 'bank' })).json()
        .invalidParams[0].name,
    ).toBe('body.kind');
    expect((await admin.post('/api/v1/organisations', { name: 'W', kind: 'housing_corporation' })).statusCode).toBe(
      400,
    );
    expect(
      (
        await admin.post('/api/v1/organisations', {
          name: 'Woonstichting Amstel',
          kind: 'housing_corporation',
          website: 'javascript:alert(1)',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await admin.post('/api/v1/organisations', {
          name: 'Woonstichting Amstel',
          kind: 'housing_corporation',
          areaId: 'nowhere',
        })
      ).json().invalidParams[0].name,
    ).toBe('body.areaId');
    const created = await admin.post('/api/v1/organisations', {
      name: 'Woonstichting Amstel',
      kind: 'housing_corporation',
      description: 'Sociale huurwoningen in Randwijck.',
      website: 'https://woonstichting-amstel.example.nl',
      areaId: world.idOf('WK036201'),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'housing_corporation',
      viewer: { canEdit: true, membership: { role: 'admin' } },
      figures: { members: 1 },
    });
    organisationId = created.json().id;
    for (const kind of ['association', 'foundation', 'social_enterprise', 'care_provider', 'school', 'company']) {
      expect((await outsider.post('/api/v1/organisations', { name: `Een ${kind}`, kind })).statusCode).toBe(201);
    }
  });

  test('browse by kind and by name; the page is public', async () => {
    const names = async (query: string) =>
      (await anonymous().get(`/api/v1/organisations?${query}`)).json().items.map((o: { name: string }) => o.name);
    expect(await names('kind=housing_corporation')).toEqual(['Woonstichting Amstel']);
    expect(await names('q=woonst')).toEqual(['Woonstichting Amstel']);
    expect((await anonymous().get(`/api/v1/organisations/${organisationId}`)).json()).toMatchObject({
      name: 'Woonstichting Amstel',
      viewer: { canEdit: false, membership: null },
    });
  });

  test('only its administrators edit it', async () => {
    expect((await outsider.patch(`/api/v1/organisations/${organisationId}`, { name: 'Gekaapt' })).statusCode).toBe(403);
    expect(
      (await admin.patch(`/api/v1/organisations/${organisationId}`, { description: 'Betaalbaar wonen.' })).json()
        .description,
    ).toBe('Betaalbaar wonen.');
  });

  test('people ask to join; administrators accept; outsiders see only the administrators', async () => {
    const asked = await staffer.post(`/api/v1/organisations/${organisationId}/members`);
    expect(asked.json()).toMatchObject({ status: 'requested' });
    expect((await staffer.post(`/api/v1/organisations/${organisationId}/members`)).statusCode).toBe(409);
    expect((await outsider.get(`/api/v1/organisations/${organisationId}/members?status=requested`)).statusCode).toBe(
      403,
    );
    expect(
      (await staffer.patch(`/api/v1/organisations/${organisationId}/members/${asked.json().id}`, { status: 'active' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await admin.patch(`/api/v1/organisations/${organisationId}/members/${asked.json().id}`, { status: 'active' })
      ).json().status,
    ).toBe('active');
    expect((await logged('organisation.member-joined')).map((e) => e.subject_id)).toEqual([organisationId]);
    expect(
      (await anonymous().get(`/api/v1/organisations/${organisationId}/members`))
        .json()
        .items.map((m: { displayName: string }) => m.displayName),
    ).toEqual(['Directeur Dora']);
    expect(
      (await staffer.get(`/api/v1/organisations/${organisationId}/members`))
        .json()
        .items.map((m: { displayName: string }) => m.displayName),
    ).toEqual(['Directeur Dora', 'Medewerker Mo']);
  });

  test('the last administrator stays', async () => {
    const me = (await admin.get(`/api/v1/organisations/${organisationId}/members`))
      .json()
      .items.find((m: { displayName: string }) => m.displayName === 'Directeur Dora');
    expect((await admin.delete(`/api/v1/organisations/${organisationId}/members/${me.id}`)).statusCode).toBe(409);
    expect(
      (await admin.patch(`/api/v1/organisations/${organisationId}/members/${me.id}`, { role: 'member' })).statusCode,
    ).toBe(409);
  });
});

describe('partnering in initiatives', () => {
  test('an organisation proposes, the initiative’s organiser confirms; outsiders can do neither', async () => {
    expect(
      (await outsider.post(`/api/v1/initiatives/${initiativeId}/partnerships`, { organisationId })).statusCode,
    ).toBe(403);
    const proposed = await admin.post(`/api/v1/initiatives/${initiativeId}/partnerships`, { organisationId });
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json()).toMatchObject({
      status: 'proposed_by_organisation',
      organisation: { name: 'Woonstichting Amstel' },
    });
    expect((await admin.post(`/api/v1/initiatives/${initiativeId}/partnerships`, { organisationId })).statusCode).toBe(
      409,
    );
    expect((await anonymous().get(`/api/v1/initiatives/${initiativeId}/partnerships`)).json().items).toEqual([]);
    expect(
      (await anonymous().get(`/api/v1/initiatives/${initiativeId}/partnerships?status=proposed_by_organisation`))
        .statusCode,
    ).toBe(403);
    expect(
      (await organiser.get(`/api/v1/initiatives/${initiativeId}/partnerships?status=proposed_by_organisation`)).json()
        .items,
    ).toHaveLength(1);
    expect(
      (await admin.patch(`/api/v1/initiatives/${initiativeId}/partnerships/${organisationId}`, { status: 'confirmed' }))
        .statusCode,
    ).toBe(403);
    const confirmed = await organiser.patch(`/api/v1/initiatives/${initiativeId}/partnerships/${organisationId}`, {
      status: 'confirmed',
    });
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', confirmedAt: expect.any(String) });
    expect((await anonymous().get(`/api/v1/organisations/${organisationId}/partnerships`)).json().items).toEqual([
      expect.objectContaining({ initiativeId, initiativeTitle: expect.any(String) }),
    ]);
    const logged = await t.db
      .selectFrom('activity_log')
      .selectAll()
      .where('verb', '=', 'initiative.partnered')
      .execute();
    expect(logged).toEqual([
      expect.objectContaining({ organisation_id: organisationId, subject_id: initiativeId, area_id: world.west }),
    ]);
  });

  test('either side ends it', async () => {
    expect(
      (
        await admin.patch(`/api/v1/initiatives/${initiativeId}/partnerships/${organisationId}`, { status: 'ended' })
      ).json().status,
    ).toBe('ended');
    expect((await anonymous().get(`/api/v1/initiatives/${initiativeId}/partnerships`)).json().items).toEqual([]);
    const ended = await t.db
      .selectFrom('activity_log')
      .select('subject_id')
      .where('verb', '=', 'partnership.ended')
      .execute();
    expect(ended).toEqual([{ subject_id: initiativeId }]);
  });

  test('partners named when starting an initiative are invited; an administrator of that organisation confirms at once', async () => {
    const started = await startInitiative(world, admin, {
      title: 'Geveltuintjes',
      partnerOrganisationIds: [organisationId],
    });
    expect((await anonymous().get(`/api/v1/initiatives/${started.id}/partnerships`)).json().items).toEqual([
      expect.objectContaining({ status: 'confirmed' }),
    ]);
    const invited = await startInitiative(world, outsider, {
      title: 'Buurtkamer',
      partnerOrganisationIds: [organisationId],
    });
    expect(
      (await outsider.get(`/api/v1/initiatives/${invited.id}/partnerships?status=proposed_by_initiative`)).json().items,
    ).toHaveLength(1);
    expect(
      (
        await admin.patch(`/api/v1/initiatives/${invited.id}/partnerships/${organisationId}`, { status: 'confirmed' })
      ).json().status,
    ).toBe('confirmed');
    const unknown = await outsider.post('/api/v1/initiatives', {
      title: 'Onbekende partner',
      summary: 'Met een partner die niet bestaat.',
      domain: 'culture',
      areaIds: [world.west],
      partnerOrganisationIds: ['nope'],
    });
    expect(unknown.json().invalidParams[0].name).toBe('body.partnerOrganisationIds');
  });
});
