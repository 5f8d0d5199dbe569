import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createTestApp,
  sessionCookieOf,
  signUp,
  TestClient,
  type TestContext,
} from '../../../test/support/test-app.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const anonymous = () => new TestClient(t.app);

async function login(email: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/sessions', payload: { email, password } });
}

describe('registration and sessions', () => {
  test('registering logs in with an HttpOnly session cookie and returns a CSRF token', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: { email: ' Anna@Example.NL ', password: 'a long enough password', displayName: 'Anna' },
    });
    expect(response.statusCode).toBe(201);
    const cookie = response.cookies.find((c) => c.name === 'ws_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    // Beside it a readable hint without a secret, so the web app asks GET /me only when someone may be logged in.
    const hint = response.cookies.find((c) => c.name === 'ws_signed_in');
    expect(hint).toMatchObject({ value: '1', sameSite: 'Lax', path: '/' });
    expect(hint?.httpOnly).toBeFalsy();
    expect(hint?.expires).toEqual(cookie?.expires);
    const me = response.json();
    expect(me).toMatchObject({ email: 'anna@example.nl', displayName: 'Anna', locale: 'nl', roles: [] });
    expect(me.csrfToken).toEqual(expect.any(String));
  });

  test('a second account with the same email is refused', async () => {
    const response = await anonymous().post('/api/v1/accounts', {
      email: 'anna@example.nl',
      password: 'another password!',
      displayName: 'Anna 2',
    });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  test('too short a password names the field', async () => {
    const response = await anonymous().post('/api/v1/accounts', {
      email: 'kort@example.nl',
      password: 'short',
      displayName: 'K',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams).toEqual([expect.objectContaining({ name: 'body.password' })]);
  });

  test('unknown email and wrong password get the very same answer', async () => {
    const unknown = await login('nobody@example.nl', 'whatever password');
    const wrong = await login('anna@example.nl', 'wrong password!!');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  test('logging in rotates the session: the old cookie stops working', async () => {
    const first = await login('anna@example.nl', 'a long enough password');
    const firstCookie = sessionCookieOf(first)!;
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: 'anna@example.nl', password: 'a long enough password' },
      headers: { cookie: `ws_session=${firstCookie}`, 'x-csrf-token': first.json().csrfToken },
    });
    expect(second.statusCode).toBe(201);
    expect(sessionCookieOf(second)).not.toBe(firstCookie);
    const old = await t.app.inject({ url: '/api/v1/me', headers: { cookie: `ws_session=${firstCookie}` } });
    expect(old.statusCode).toBe(401);
  });

  test('logging out ends the session', async () => {
    const client = await signUp(t);
    const logout = await client.delete('/api/v1/sessions/current');
    expect(logout.statusCode).toBe(204);
    // Both cookies go: the session and the web app's hint that someone is logged in.
    const cleared = logout.cookies.filter((c) => c.name === 'ws_session' || c.name === 'ws_signed_in');
    expect(cleared.map((c) => [c.name, c.value])).toEqual([
      ['ws_session', ''],
      ['ws_signed_in', ''],
    ]);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });

  test('sessions expire', async () => {
    const client = await signUp(t);
    t.clock.advance(15 * 86_400_000);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('CSRF and origin checks', () => {
  test('a cookie-authenticated write without the CSRF header is refused', async () => {
    const client = await signUp(t);
    const response = await client.request('PATCH', '/api/v1/me', { displayName: 'X' }, { 'x-csrf-token': 'wrong' });
    expect(response.statusCode).toBe(403);
    expect(response.json().type).toContain('csrf-token');
  });

  test('a write from another origin is refused', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: 'anna@example.nl', password: 'a long enough password' },
      headers: { origin: 'https://evil.example', host: 'localhost:80' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('profile and password', () => {
  test('a resident changes name and language', async () => {
    const client = await signUp(t);
    const response = await client.patch('/api/v1/me', { displayName: 'Bep', locale: 'en' });
    expect(response.json()).toMatchObject({ displayName: 'Bep', locale: 'en' });
  });

  test('changing the password needs the current one and ends other sessions', async () => {
    const client = await signUp(t, { email: 'piet@example.nl', password: 'old password 123' });
    const other = await login('piet@example.nl', 'old password 123');
    const wrong = await client.put('/api/v1/me/password', {
      currentPassword: 'nope nope nope',
      newPassword: 'new password 456',
    });
    expect(wrong.statusCode).toBe(400);
    const ok = await client.put('/api/v1/me/password', {
      currentPassword: 'old password 123',
      newPassword: 'new password 456',
    });
    expect(ok.statusCode).toBe(204);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    const otherMe = await t.app.inject({
      url: '/api/v1/me',
      headers: { cookie: `ws_session=${sessionCookieOf(other)}` },
    });
    expect(otherMe.statusCode).toBe(401);
    expect((await login('piet@example.nl', 'new password 456')).statusCode).toBe(201);
  });
});

describe('password reset', () => {
  test('the answer is the same for known and unknown addresses, and only a known one gets mail', async () => {
    await signUp(t, { email: 'reset@example.nl', password: 'forgotten password' });
    const before = (await t.mails()).length;
    const known = await anonymous().post('/api/v1/password-resets', { email: 'reset@example.nl' });
    const unknown = await anonymous().post('/api/v1/password-resets', { email: 'ghost@example.nl' });
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect((await t.mails()).length).toBe(before + 1);
  });

  test('the emailed token sets a new password once, and expires', async () => {
    const mail = (await t.mails()).at(-1)!;
    const token = /#([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1]!;
    const confirm = (newPassword: string) =>
      anonymous().post('/api/v1/password-resets/confirmations', { token, newPassword });
    expect((await confirm('brand new password')).statusCode).toBe(204);
    expect((await confirm('another new password')).statusCode).toBe(400);
    expect((await login('reset@example.nl', 'brand new password')).statusCode).toBe(201);

    await anonymous().post('/api/v1/password-resets', { email: 'reset@example.nl' });
    const late = /#([A-Za-z0-9_-]+)/.exec((await t.mails()).at(-1)!.text ?? '')![1]!;
    t.clock.advance(31 * 60_000);
    const expired = await anonymous().post('/api/v1/password-resets/confirmations', {
      token: late,
      newPassword: 'too late password',
    });
    expect(expired.statusCode).toBe(400);
  });
});

describe('own data: download and erasure', () => {
  test('a resident downloads their own data as a JSON attachment', async () => {
    const client = await signUp(t, { email: 'export@example.nl', displayName: 'Exporter' });
    const response = await client.get('/api/v1/me/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    expect(response.json().account).toMatchObject({ email: 'export@example.nl', displayName: 'Exporter' });
  });

  test('erasing needs the password, removes personal data, keeps the id anonymised, and is audited', async () => {
    const client = await signUp(t, { email: 'erase@example.nl', password: 'erase me please', displayName: 'Eraser' });
    expect((await client.delete('/api/v1/me', { password: 'wrong password' })).statusCode).toBe(400);
    expect((await client.delete('/api/v1/me', { password: 'erase me please' })).statusCode).toBe(204);
    expect((await login('erase@example.nl', 'erase me please')).statusCode).toBe(401);
    const row = await t.db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', client.accountId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email: null, password_hash: null, display_name: 'Verwijderd account' });
    expect(row.erased_at).not.toBeNull();
    const audit = await t.db.selectFrom('audit_log').selectAll().where('subject_id', '=', client.accountId).execute();
    expect(audit.map((a) => a.action)).toContain('account.erased');
    // The address is free again for a new account.
    expect(
      (
        await anonymous().post('/api/v1/accounts', {
          email: 'erase@example.nl',
          password: 'a fresh start!!',
          displayName: 'New',
        })
      ).statusCode,
    ).toBe(201);
  });
});
