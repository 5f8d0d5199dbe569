import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importAmstelveen } from '../../../test/support/areas.ts';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';

// An administrator limited to one area stays inside it: grants, revocations, the account list
// (with its e-mail addresses) and the audit log. docs/SECURITY.md, "Scoped power".
let t: TestContext;
let idOf: (code: string) => string;
let cityAdmin: TestClient;
/** Administrator for district Randwijck (WK036201: buurten West and Oost). */
let districtAdmin: TestClient;
/** Administrator for buurt Randwijck West only. */
let westAdmin: TestClient;
let liveWest: TestClient;
let liveElsewhere: TestClient;
let homeless: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  ({ idOf } = await importAmstelveen(t));
  cityAdmin = await signUp(t, { email: 'city-admin@example.nl', roles: [{ role: 'administrator' }] });
  districtAdmin = await signUp(t, {
    email: 'district-admin@example.nl',
    roles: [{ role: 'administrator', areaId: idOf('WK036201') }],
  });
  westAdmin = await signUp(t, {
    email: 'west-admin@example.nl',
    roles: [{ role: 'administrator', areaId: idOf('BU03620101') }],
  });
  liveWest = await signUp(t, { email: 'lives-west@example.nl' });
  liveElsewhere = await signUp(t, { email: 'lives-elsewhere@example.nl' });
  homeless = await signUp(t, { email: 'no-home@example.nl' });
  expect((await liveWest.patch('/api/v1/me', { homeAreaId: idOf('BU03620101') })).statusCode).toBe(200);
  expect((await liveElsewhere.patch('/api/v1/me', { homeAreaId: idOf('BU03620201') })).statusCode).toBe(200);
});
afterAll(async () => {
  await t.close();
});

const grant = (by: TestClient, to: TestClient, role: string, areaId: string | null) =>
  by.post(`/api/v1/accounts/${to.accountId}/roles`, { role, areaId });
const grantsOf = async (client: TestClient): Promise<Array<{ id: string; role: string; areaId: string | null }>> =>
  (await client.get('/api/v1/me')).json().roles;

describe('granting', () => {
  test('a district administrator grants roles for its district and the buurten in it', async () => {
    expect((await grant(districtAdmin, liveWest, 'civil_servant', idOf('WK036201'))).statusCode).toBe(201);
    expect((await grant(districtAdmin, liveWest, 'professional', idOf('BU03620102'))).statusCode).toBe(201);
  });

  test.each([
    ['a municipality-wide role', 'civil_servant', null],
    ['a role in another district', 'civil_servant', 'WK036202'],
    ['a role in a buurt of another district', 'professional', 'BU03620201'],
    ['the municipality area itself', 'professional', 'GM0362'],
    ['the administrator role municipality-wide', 'administrator', null],
    ['the administrator role for its own district (a peer)', 'administrator', 'WK036201'],
  ])('a district administrator may not grant %s', async (_what, role, code) => {
    const response = await grant(districtAdmin, homeless, role, code === null ? null : idOf(code));
    expect(response.statusCode, response.body).toBe(403);
    expect(response.json().type).toMatch(/\/outside-your-scope$/);
    expect(await grantsOf(homeless)).toEqual([]);
  });

  test('a district administrator may name an administrator for a buurt inside it', async () => {
    const response = await grant(districtAdmin, homeless, 'administrator', idOf('BU03620102'));
    expect(response.statusCode, response.body).toBe(201);
    const grantId = response.json().id as string;
    expect((await districtAdmin.delete(`/api/v1/accounts/${homeless.accountId}/roles/${grantId}`)).statusCode).toBe(
      204,
    );
  });

  test('a buurt administrator may not name another administrator for its own buurt', async () => {
    const colleague = await signUp(t);
    expect((await grant(westAdmin, colleague, 'administrator', idOf('BU03620101'))).statusCode).toBe(403);
    expect((await grant(westAdmin, colleague, 'professional', idOf('BU03620101'))).statusCode).toBe(201);
  });

  test('nobody grants themselves a role, not even a municipality-wide administrator', async () => {
    for (const [self, areaId] of [
      [districtAdmin, idOf('BU03620101')],
      [districtAdmin, null],
      [cityAdmin, null],
      [cityAdmin, idOf('WK036202')],
    ] as const) {
      const response = await grant(self, self, 'civil_servant', areaId);
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().type).toMatch(/\/self-grant$/);
    }
    expect((await grantsOf(districtAdmin)).map((g) => g.role)).toEqual(['administrator']);
    expect((await grantsOf(cityAdmin)).map((g) => g.role)).toEqual(['administrator']);
  });

  test('a municipality-wide administrator grants anything to someone else', async () => {
    expect((await grant(cityAdmin, liveElsewhere, 'civil_servant', idOf('WK036202'))).statusCode).toBe(201);
    expect((await grant(cityAdmin, liveElsewhere, 'steering_officer', null)).statusCode).toBe(201);
  });
});

describe('revoking', () => {
  test('grants outside the scope are not found; inside they are withdrawn', async () => {
    const elsewhere = (await grantsOf(liveElsewhere)).find((g) => g.areaId === idOf('WK036202'));
    const wide = (await grantsOf(liveElsewhere)).find((g) => g.areaId === null);
    const cityAdminGrant = (await grantsOf(cityAdmin))[0];
    for (const [accountId, grantId] of [
      [liveElsewhere.accountId, elsewhere?.id],
      [liveElsewhere.accountId, wide?.id],
      [cityAdmin.accountId, cityAdminGrant?.id],
    ]) {
      expect(grantId).toBeDefined();
      const response = await districtAdmin.delete(`/api/v1/accounts/${accountId}/roles/${grantId}`);
      expect(response.statusCode, response.body).toBe(404);
    }
    expect(await grantsOf(liveElsewhere)).toHaveLength(2);
    const inside = (await grantsOf(liveWest)).find((g) => g.areaId === idOf('BU03620102'));
    expect((await districtAdmin.delete(`/api/v1/accounts/${liveWest.accountId}/roles/${inside?.id}`)).statusCode).toBe(
      204,
    );
  });

  test('a buurt administrator cannot remove the district administrator above it, nor itself', async () => {
    const district = (await grantsOf(districtAdmin))[0];
    expect(
      (await westAdmin.delete(`/api/v1/accounts/${districtAdmin.accountId}/roles/${district?.id}`)).statusCode,
    ).toBe(404);
    const own = (await grantsOf(westAdmin))[0];
    expect((await westAdmin.delete(`/api/v1/accounts/${westAdmin.accountId}/roles/${own?.id}`)).statusCode).toBe(404);
    expect(await grantsOf(districtAdmin)).toHaveLength(1);
  });

  test('the district administrator removes the buurt administrator inside its district', async () => {
    const other = await signUp(t, { roles: [{ role: 'administrator', areaId: idOf('BU03620102') }] });
    const own = (await grantsOf(other))[0];
    expect((await districtAdmin.delete(`/api/v1/accounts/${other.accountId}/roles/${own?.id}`)).statusCode).toBe(204);
    const log = (await cityAdmin.get(`/api/v1/audit-log?action=role.revoked&subjectId=${other.accountId}`)).json();
    expect(log.items[0]).toMatchObject({
      actorId: districtAdmin.accountId,
      scope: { role: 'administrator', areaId: idOf('WK036201') },
    });
  });
});

describe('reading accounts and e-mail addresses', () => {
  const emailsSeenBy = async (client: TestClient, query = ''): Promise<string[]> =>
    (await client.get(`/api/v1/accounts?limit=100${query}`)).json().items.map((a: { email: string }) => a.email);

  test('a district administrator sees only accounts that live or hold a role in its district', async () => {
    const seen = await emailsSeenBy(districtAdmin);
    expect(seen).toContain('lives-west@example.nl');
    expect(seen).toContain('west-admin@example.nl');
    expect(seen).toContain('district-admin@example.nl');
    expect(seen).not.toContain('lives-elsewhere@example.nl');
    expect(seen).not.toContain('no-home@example.nl');
    expect(seen).not.toContain('city-admin@example.nl');
    expect(await emailsSeenBy(districtAdmin, '&q=elsewhere')).toEqual([]);
    expect(await emailsSeenBy(districtAdmin, '&role=steering_officer')).toEqual([]);
  });

  test('roles outside the scope are not shown on an account it does see', async () => {
    await grant(cityAdmin, liveWest, 'professional', idOf('WK036202'));
    const account = (await districtAdmin.get('/api/v1/accounts?q=lives-west')).json().items[0];
    expect(account.roles.map((r: { areaId: string | null }) => r.areaId)).toEqual([idOf('WK036201')]);
  });

  test('a buurt administrator sees less than its district administrator', async () => {
    const seen = await emailsSeenBy(westAdmin);
    expect(seen).toContain('lives-west@example.nl');
    expect(seen).not.toContain('district-admin@example.nl');
  });

  test('a municipality-wide administrator sees every account', async () => {
    const seen = await emailsSeenBy(cityAdmin);
    for (const email of ['lives-elsewhere@example.nl', 'no-home@example.nl', 'lives-west@example.nl'])
      expect(seen).toContain(email);
  });
});

describe('the audit log', () => {
  test('every entry says in which scope it was done', async () => {
    const log = (await cityAdmin.get('/api/v1/audit-log?action=role.granted&limit=100')).json().items as Array<{
      actorId: string;
      scope: unknown;
    }>;
    expect(log.find((e) => e.actorId === districtAdmin.accountId)?.scope).toEqual({
      role: 'administrator',
      areaId: idOf('WK036201'),
    });
    expect(log.find((e) => e.actorId === cityAdmin.accountId)?.scope).toEqual({ role: 'administrator', areaId: null });
  });

  test('a district administrator reads only what happened in its district', async () => {
    const entries = (await districtAdmin.get('/api/v1/audit-log?limit=100')).json().items as Array<{
      areaId: string | null;
      scope: { areaId: string | null } | null;
    }>;
    expect(entries.length).toBeGreaterThan(0);
    const district = [idOf('WK036201'), idOf('BU03620101'), idOf('BU03620102')];
    for (const entry of entries)
      expect(district.includes(entry.areaId ?? '') || district.includes(entry.scope?.areaId ?? '')).toBe(true);
    const all = (await cityAdmin.get('/api/v1/audit-log?limit=100')).json().items;
    expect(all.length).toBeGreaterThan(entries.length);
  });
});
