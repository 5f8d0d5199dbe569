import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { helpWorld, SECRET, team, type HelpWorld } from '../../../../test/support/help.ts';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../../test/support/test-app.ts';

// VOG records and guardian links stay inside the area of whoever handles them, and nobody records
// their own VOG. docs/SECURITY.md, "Scoped power" and "Self-certification".
let t: TestContext;
let world: HelpWorld;
let cityAdmin: TestClient;
/** Professional for district Randwijck (West and Oost). */
let randwijckTeam: TestClient;
/** Professional for district Patrimonium. */
let patrimoniumTeam: TestClient;
let cityServant: TestClient;
let cityTeam: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  world = await helpWorld(t);
  cityAdmin = await signUp(t, { roles: [{ role: 'administrator' }] });
  randwijckTeam = await team(t, world.district, 'Wijkteam Randwijck');
  patrimoniumTeam = await team(t, world.idOf('WK036202'), 'Wijkteam Patrimonium');
  cityServant = await signUp(t, { roles: [{ role: 'civil_servant' }] });
  cityTeam = await team(t, null, 'Stadsbreed Team');
});
afterAll(async () => {
  await t.close();
});

const valid = { status: 'valid', issuedOn: '2025-06-01', expiresOn: '2028-06-01' };

/** A resident verified in person for this buurt by the municipality-wide civil servant. */
async function verifiedIn(areaId: string): Promise<TestClient> {
  const resident = await signUp(t);
  const response = await cityServant.post(`/api/v1/areas/${areaId}/verifications`, {
    accountId: resident.accountId,
  });
  expect(response.statusCode, response.body).toBe(201);
  return resident;
}

describe('VOG: never for oneself', () => {
  test.each([
    ['a buurt team member', () => randwijckTeam],
    ['a municipality-wide civil servant', () => cityServant],
    ['a municipality-wide team member', () => cityTeam],
  ])('%s cannot record a VOG for itself', async (_who, who) => {
    const self = who();
    const response = await self.put(`/api/v1/help-vog/${self.accountId}`, valid);
    expect(response.statusCode, response.body).toBe(403);
    expect(response.json().type).toMatch(/\/own-vog$/);
    expect((await self.get(`/api/v1/help-vog/${self.accountId}`)).json().status).toBe('none');
  });

  test('a team member verified for its own buurt still cannot', async () => {
    const self = await team(t, world.district, 'Wijkteam Woont Hier');
    await cityServant.post(`/api/v1/areas/${world.west}/verifications`, { accountId: self.accountId });
    expect((await self.put(`/api/v1/help-vog/${self.accountId}`, valid)).statusCode).toBe(403);
  });
});

describe('VOG: only for residents verified inside the caller’s area', () => {
  test('the team of the district records it; the team of another district does not find the resident', async () => {
    const helper = await verifiedIn(world.west);
    const elsewhere = await patrimoniumTeam.put(`/api/v1/help-vog/${helper.accountId}`, valid);
    expect(elsewhere.statusCode, elsewhere.body).toBe(404);
    expect((await helper.get(`/api/v1/help-vog/${helper.accountId}`)).json().status).toBe('none');
    const recorded = await randwijckTeam.put(`/api/v1/help-vog/${helper.accountId}`, valid);
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().status).toBe('valid');
    const log = (
      await cityAdmin.get(`/api/v1/audit-log?action=help.vog.recorded&subjectId=${helper.accountId}`)
    ).json();
    expect(log.items[0]).toMatchObject({
      actorId: randwijckTeam.accountId,
      areaId: world.west,
      scope: { role: 'professional', areaId: world.district },
    });
  });

  test('the team of another district does not read it either', async () => {
    const helper = await verifiedIn(world.east);
    await randwijckTeam.put(`/api/v1/help-vog/${helper.accountId}`, valid);
    expect((await patrimoniumTeam.get(`/api/v1/help-vog/${helper.accountId}`)).statusCode).toBe(403);
    expect((await randwijckTeam.get(`/api/v1/help-vog/${helper.accountId}`)).json().status).toBe('valid');
    expect((await cityServant.get(`/api/v1/help-vog/${helper.accountId}`)).json().status).toBe('valid');
  });

  test('a resident verified nowhere: only municipality-wide staff records a VOG', async () => {
    const helper = await signUp(t);
    expect((await randwijckTeam.put(`/api/v1/help-vog/${helper.accountId}`, valid)).statusCode).toBe(404);
    const recorded = await cityServant.put(`/api/v1/help-vog/${helper.accountId}`, valid);
    expect(recorded.statusCode, recorded.body).toBe(200);
    const log = (
      await cityAdmin.get(`/api/v1/audit-log?action=help.vog.recorded&subjectId=${helper.accountId}`)
    ).json();
    expect(log.items[0].scope).toEqual({ role: 'civil_servant', areaId: null });
  });

  test('a civil servant for a buurt records VOGs for residents verified in that buurt only', async () => {
    const westServant = await signUp(t, { roles: [{ role: 'civil_servant', areaId: world.west }] });
    expect(
      (await westServant.put(`/api/v1/help-vog/${(await verifiedIn(world.west)).accountId}`, valid)).statusCode,
    ).toBe(200);
    expect(
      (await westServant.put(`/api/v1/help-vog/${(await verifiedIn(world.east)).accountId}`, valid)).statusCode,
    ).toBe(404);
  });
});

describe('guardian links stay inside the team’s area', () => {
  test('a team of a district does not list the guardians of a resident with an account', async () => {
    const grandma = await signUp(t);
    const grandson = await signUp(t);
    const linked = await cityTeam.post('/api/v1/help-guardians', {
      guardianId: grandson.accountId,
      wardAccountId: grandma.accountId,
      relation: 'kleinzoon',
    });
    expect(linked.statusCode, linked.body).toBe(201);
    expect((await randwijckTeam.get(`/api/v1/help-guardians?wardAccountId=${grandma.accountId}`)).json().items).toEqual(
      [],
    );
    expect((await cityTeam.get(`/api/v1/help-guardians?wardAccountId=${grandma.accountId}`)).json().items).toHaveLength(
      1,
    );
    expect((await randwijckTeam.delete(`/api/v1/help-guardians/${linked.json().id}`)).statusCode).toBe(404);
  });

  test('whoever made a link cannot remove it once the resident is outside their area', async () => {
    const mover = await signUp(t, {
      roles: [
        { role: 'professional', areaId: world.west },
        { role: 'professional', areaId: world.far },
      ],
    });
    const recipient = (
      await mover.post('/api/v1/help-recipients', { name: SECRET.name, areaId: world.west, vulnerable: true })
    ).json();
    const daughter = await signUp(t);
    const linked = await mover.post('/api/v1/help-guardians', {
      guardianId: daughter.accountId,
      wardRecipientId: recipient.id,
      relation: 'dochter',
    });
    expect(linked.statusCode, linked.body).toBe(201);
    // The grant for West ends; the one for another buurt stays.
    await t.db
      .deleteFrom('role_assignments')
      .where('account_id', '=', mover.accountId)
      .where('area_id', '=', world.west)
      .execute();
    expect((await mover.delete(`/api/v1/help-guardians/${linked.json().id}`)).statusCode).toBe(404);
    expect((await patrimoniumTeam.delete(`/api/v1/help-guardians/${linked.json().id}`)).statusCode).toBe(404);
    expect((await randwijckTeam.delete(`/api/v1/help-guardians/${linked.json().id}`)).statusCode).toBe(204);
    const log = (await cityAdmin.get('/api/v1/audit-log?action=help.guardian.unlinked')).json();
    expect(log.items[0]).toMatchObject({
      actorId: randwijckTeam.accountId,
      areaId: world.west,
      scope: { role: 'professional', areaId: world.district },
    });
  });
});
