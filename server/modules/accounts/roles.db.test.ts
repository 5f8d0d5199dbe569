import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';

let t: TestContext;
let admin: TestClient;
let resident: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t, { displayName: 'Admin', roles: [{ role: 'administrator' }] });
  resident = await signUp(t, { email: 'res@example.nl', displayName: 'Resident Rita' });
});
afterAll(async () => {
  await t.close();
});

describe('roles and the audit log', () => {
  test('an administrator grants a role; it shows on the account and in the audit log', async () => {
    const granted = await admin.post(`/api/v1/accounts/${resident.accountId}/roles`, { role: 'civil_servant' });
    expect(granted.statusCode).toBe(201);
    expect(granted.json()).toMatchObject({ role: 'civil_servant', areaId: null });
    expect((await resident.get('/api/v1/me')).json().roles).toEqual([
      expect.objectContaining({ role: 'civil_servant' }),
    ]);
    const log = await admin.get('/api/v1/audit-log?action=role.granted');
    expect(log.json().items[0]).toMatchObject({
      actorId: admin.accountId,
      subjectId: resident.accountId,
      after: { role: 'civil_servant', areaId: null },
    });
  });

  test('the same role twice is a conflict; an unknown area is refused', async () => {
    expect(
      (await admin.post(`/api/v1/accounts/${resident.accountId}/roles`, { role: 'civil_servant' })).statusCode,
    ).toBe(409);
    const unknownArea = await admin.post(`/api/v1/accounts/${resident.accountId}/roles`, {
      role: 'professional',
      areaId: 'no-such-area',
    });
    expect(unknownArea.statusCode).toBe(400);
    expect(unknownArea.json().invalidParams[0].name).toBe('body.areaId');
  });

  test('resident is not a grantable role; unknown roles are refused', async () => {
    expect((await admin.post(`/api/v1/accounts/${resident.accountId}/roles`, { role: 'resident' })).statusCode).toBe(
      400,
    );
    expect((await admin.post(`/api/v1/accounts/${resident.accountId}/roles`, { role: 'king' })).statusCode).toBe(400);
  });

  test('withdrawing a role is audited with what was there before', async () => {
    const grantId = (await resident.get('/api/v1/me')).json().roles[0].id;
    expect((await admin.delete(`/api/v1/accounts/${resident.accountId}/roles/${grantId}`)).statusCode).toBe(204);
    const log = await admin.get('/api/v1/audit-log?action=role.revoked');
    expect(log.json().items[0]).toMatchObject({ before: { role: 'civil_servant' } });
  });

  test('the last administrator cannot be removed', async () => {
    const grantId = (await admin.get('/api/v1/me')).json().roles[0].id;
    expect((await admin.delete(`/api/v1/accounts/${admin.accountId}/roles/${grantId}`)).statusCode).toBe(409);
  });

  test('a non-administrator cannot grant roles or read the log', async () => {
    expect(
      (await resident.post(`/api/v1/accounts/${resident.accountId}/roles`, { role: 'administrator' })).statusCode,
    ).toBe(403);
    expect((await resident.get('/api/v1/audit-log')).statusCode).toBe(403);
  });

  test('accounts are searchable and paginated without overlap', async () => {
    for (let i = 0; i < 5; i++) await signUp(t, { email: `page${i}@example.nl` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await admin.get(`/api/v1/accounts?q=page&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const body = response.json();
      seen.push(...body.items.map((a: { email: string }) => a.email));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([
      'page0@example.nl',
      'page1@example.nl',
      'page2@example.nl',
      'page3@example.nl',
      'page4@example.nl',
    ]);
    expect((await admin.get('/api/v1/accounts?limit=101')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/accounts?cursor=garbage')).statusCode).toBe(400);
  });

  test('the audit log is append-only in the database itself', async () => {
    await expect(t.db.updateTable('audit_log').set({ action: 'tampered' }).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });
});
