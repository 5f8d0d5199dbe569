import { describe, expect, onTestFinished, test } from 'vitest';
import { createTestApp } from '../../../test/support/test-app.ts';

// The session cookie is Secure whenever the request came over https (behind a trusted proxy, as
// X-Forwarded-Proto says), or when COOKIE_SECURE asks for it; plain http on localhost still works.
async function register(options: { trustProxy?: boolean; cookieSecure?: boolean }, headers: Record<string, string>) {
  const t = await createTestApp(options);
  onTestFinished(() => t.close());
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/accounts',
    headers,
    payload: { email: 'cookie@example.nl', password: 'a long enough password', displayName: 'Cookie' },
  });
  expect(response.statusCode).toBe(201);
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    headers,
    payload: { email: 'cookie@example.nl', password: 'a long enough password' },
  });
  expect(login.statusCode).toBe(201);
  return [response, login].map((r) => r.cookies.find((c) => c.name === 'ws_session')?.secure ?? false);
}

describe('Secure session cookie', () => {
  test('behind a trusted proxy, a request that came over https gets a Secure cookie', async () => {
    expect(await register({ trustProxy: true }, { 'x-forwarded-proto': 'https' })).toEqual([true, true]);
  });

  test('plain http gets no Secure flag unless COOKIE_SECURE is set', async () => {
    expect(await register({ trustProxy: true }, { 'x-forwarded-proto': 'http' })).toEqual([false, false]);
    expect(await register({ cookieSecure: true }, {})).toEqual([true, true]);
  });

  test('X-Forwarded-Proto is ignored when the proxy is not trusted', async () => {
    expect(await register({ trustProxy: false }, { 'x-forwarded-proto': 'https' })).toEqual([false, false]);
  });
});
