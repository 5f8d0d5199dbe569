import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createTestApp,
  sessionCookieOf,
  signUp,
  TestClient,
  type TestContext,
} from '../../../test/support/test-app.ts';
import { createAuditWriter } from '../audit/audit.service.ts';
import { createFirstAdministrator } from './first-admin.service.ts';

// `accounts create-admin EMAIL`: without any administrator (demo off) nobody could assign roles.
let t: TestContext;
let run: (email: string, displayName?: string) => ReturnType<typeof createFirstAdministrator>;
beforeAll(async () => {
  t = await createTestApp();
  const deps = { db: t.db, clock: t.clock, ids: t.ids, audit: createAuditWriter({ clock: t.clock, ids: t.ids }) };
  run = (email, displayName) => createFirstAdministrator(deps, { email, displayName });
});
afterAll(async () => {
  await t.close();
});

const anonymous = () => new TestClient(t.app);
const login = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password } });

describe('the first administrator', () => {
  test('a new address gets an account with the administrator role and a one-time link to set its password', async () => {
    const result = await run('beheer@gemeente.example', 'Functioneel beheer');
    expect(result.outcome).toBe('created');
    expect(result.passwordToken).toEqual(expect.any(String));
    expect(result.passwordTokenExpiresAt?.getTime()).toBe(t.clock.now().getTime() + 24 * 3_600_000);

    // No password until the link is used.
    expect((await login('beheer@gemeente.example', 'anything at all')).statusCode).toBe(401);
    const set = await anonymous().post('/api/v1/password-resets/confirmations', {
      token: result.passwordToken,
      newPassword: 'een lang wachtwoord voor beheer',
    });
    expect(set.statusCode).toBe(204);
    const again = await anonymous().post('/api/v1/password-resets/confirmations', {
      token: result.passwordToken,
      newPassword: 'nog een ander wachtwoord',
    });
    expect(again.statusCode).toBe(400); // the link works once

    const session = await login('beheer@gemeente.example', 'een lang wachtwoord voor beheer');
    expect(session.statusCode).toBe(201);
    const me = session.json<{ id: string; csrfToken: string; displayName: string; roles: unknown[] }>();
    expect(me.displayName).toBe('Functioneel beheer');
    expect(me.roles).toEqual([{ id: expect.any(String), role: 'administrator', areaId: null }]);

    // And it can do what only an administrator can: assign roles.
    const admin = new TestClient(t.app, { cookie: sessionCookieOf(session)!, csrf: me.csrfToken, accountId: me.id });
    const colleague = await signUp(t);
    const granted = await admin.post(`/api/v1/accounts/${colleague.accountId}/roles`, {
      role: 'civil_servant',
      areaId: null,
    });
    expect(granted.statusCode, granted.body).toBe(201);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'reason'])
      .where('subject_id', '=', me.id)
      .orderBy('occurred_at')
      .execute();
    expect(audit).toEqual([
      { action: 'account.created', actor_id: null, reason: 'command line: accounts create-admin' },
      { action: 'role.granted', actor_id: null, reason: 'command line: accounts create-admin' },
    ]);
  });

  test('running it again changes nothing and, with the password set, prints no link', async () => {
    const result = await run('beheer@gemeente.example');
    expect(result).toMatchObject({ outcome: 'already-administrator', passwordToken: null });
    const grants = await t.db
      .selectFrom('role_assignments')
      .select('role')
      .where('account_id', '=', result.accountId)
      .execute();
    expect(grants).toEqual([{ role: 'administrator' }]);
  });

  test('an existing account is given the role and keeps its password', async () => {
    const resident = await signUp(t, { email: 'ria@example.nl', password: 'haar eigen wachtwoord' });
    const result = await run('ria@example.nl');
    expect(result).toMatchObject({ outcome: 'granted', accountId: resident.accountId, passwordToken: null });
    const session = await login('ria@example.nl', 'haar eigen wachtwoord');
    expect(session.json<{ roles: Array<{ role: string }> }>().roles.map((r) => r.role)).toEqual(['administrator']);
  });

  test('an account whose link was never used gets a new one', async () => {
    const first = await run('later@gemeente.example');
    t.clock.advance(25 * 3_600_000);
    expect(
      (
        await anonymous().post('/api/v1/password-resets/confirmations', {
          token: first.passwordToken,
          newPassword: 'te laat gekozen wachtwoord',
        })
      ).statusCode,
    ).toBe(400);
    const second = await run('later@gemeente.example');
    expect(second.outcome).toBe('already-administrator');
    expect(second.passwordToken).not.toBe(first.passwordToken);
    const set = await anonymous().post('/api/v1/password-resets/confirmations', {
      token: second.passwordToken,
      newPassword: 'op tijd gekozen wachtwoord',
    });
    expect(set.statusCode).toBe(204);
  });
});
