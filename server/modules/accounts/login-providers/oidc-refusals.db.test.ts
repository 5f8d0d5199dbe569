import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { OidcBrowser } from '../../../../test/support/oidc-browser.ts';
import { startTestProvider, type TestProvider } from '../../../../test/support/oidc-provider.ts';
import { createTestApp, type TestContext } from '../../../../test/support/test-app.ts';

// Every answer that must not log anyone in, from a real provider (oidc-provider, in this process):
// each is refused with a redirect to the web app naming the reason, never a session and never a 500.
const APP_URL = 'http://wakkerestad.localhost';
const P = 'testid';
let provider: TestProvider;
let t: TestContext;

beforeAll(async () => {
  provider = await startTestProvider({
    providerId: P,
    clientId: 'wakkere-stad',
    clientSecret: 'test-secret-0123456789',
    appUrl: APP_URL,
  });
  t = await createTestApp({ publicUrl: APP_URL, loginProviders: [provider.settings] });
});
afterAll(async () => {
  await t.close();
  await provider.close();
});
afterEach(() => {
  provider.tamperIdToken = false;
  provider.codeTtlSeconds = 60;
});

const browser = () => new OidcBrowser(t, APP_URL);

async function accountCount(): Promise<number> {
  return (await t.db.selectFrom('accounts').select('id').execute()).length;
}

/** Refused: a redirect to the log-in page with the reason, no session, no account made. */
async function expectRefused(
  response: Awaited<ReturnType<OidcBrowser['callback']>>,
  b: OidcBrowser,
  reason: string,
  accountsBefore: number,
) {
  expect(response.statusCode).toBe(303);
  expect(response.headers.location).toBe(`/inloggen?oidc-error=${reason}`);
  expect(b.session).toBeUndefined();
  expect(await accountCount()).toBe(accountsBefore);
}

test('an ID token changed on its way (the signature no longer matches the provider’s keys)', async () => {
  const before = await accountCount();
  provider.nextLogin({ sub: 'tampered' });
  provider.tamperIdToken = true;
  const b = browser();
  await expectRefused(await b.logIn(P), b, 'id-token-invalid', before);
});

test('an ID token for another nonce (the authorization request was changed on its way)', async () => {
  const before = await accountCount();
  provider.nextLogin({ sub: 'wrong-nonce' });
  const b = browser();
  const url = new URL(await b.startLogin(P));
  url.searchParams.set('nonce', 'a-nonce-the-app-never-made');
  await expectRefused(await b.callback(await b.atProvider(url.href)), b, 'id-token-invalid', before);
});

test('a wrong state, and an answer brought by a browser that did not start the log-in', async () => {
  const before = await accountCount();
  provider.nextLogin({ sub: 'wrong-state' });
  const b = browser();
  const callback = new URL(await b.atProvider(await b.startLogin(P)));
  const wrong = new URL(callback);
  wrong.searchParams.set('state', 'not-the-state');
  await expectRefused(await b.callback(wrong.href), b, 'state-invalid', before);

  // Login CSRF: the same valid answer, delivered to someone else's browser.
  provider.nextLogin({ sub: 'wrong-state' });
  const attacker = browser();
  const planted = await attacker.atProvider(await attacker.startLogin(P));
  const victim = browser();
  await expectRefused(await victim.callback(planted), victim, 'state-invalid', before);
});

test('an expired code', async () => {
  const before = await accountCount();
  provider.codeTtlSeconds = 1;
  provider.nextLogin({ sub: 'slow' });
  const b = browser();
  const callback = await b.atProvider(await b.startLogin(P));
  await new Promise((resolve) => setTimeout(resolve, 2_100));
  await expectRefused(await b.callback(callback), b, 'code-invalid', before);
});

test('a code used twice: the replayed answer, and the old code under a new state', async () => {
  provider.nextLogin({ sub: 'replay' });
  const b = browser();
  const flowCookie = () => b.appCookies.get('ws_login_flow')!;
  const first = await b.atProvider(await b.startLogin(P));
  const state = flowCookie();
  expect((await b.callback(first)).headers.location).toBe('/mijn-account?oidc=account-created');
  const before = await accountCount();

  const replay = browser();
  replay.appCookies.set('ws_login_flow', state);
  await expectRefused(await replay.callback(first), replay, 'state-invalid', before);

  // A fresh flow, answered with the code that was already exchanged: the provider refuses it.
  const again = browser();
  const fresh = new URL(await again.startLogin(P));
  const reused = new URL(first);
  reused.searchParams.set('state', fresh.searchParams.get('state')!);
  await expectRefused(await again.callback(reused.href), again, 'code-invalid', before);
});

test('a flow that took longer than ten minutes', async () => {
  const before = await accountCount();
  provider.nextLogin({ sub: 'late' });
  const b = browser();
  const callback = await b.atProvider(await b.startLogin(P));
  t.clock.advance(11 * 60_000);
  await expectRefused(await b.callback(callback), b, 'state-invalid', before);
});

test('the provider’s own refusal, an unknown provider, and nothing at all', async () => {
  const before = await accountCount();
  const b = browser();
  const url = new URL(await b.startLogin(P));
  const denied = `/api/v1/login-providers/${P}/callback?error=access_denied&state=${url.searchParams.get('state')}`;
  await expectRefused(await b.app('GET', denied), b, 'provider-refused', before);
  await expectRefused(
    await b.app('GET', '/api/v1/login-providers/nope/callback?code=x&state=y'),
    b,
    'provider-unknown',
    before,
  );
  await expectRefused(await b.app('GET', `/api/v1/login-providers/${P}/callback`), b, 'state-invalid', before);

  const unknown = await b.app('GET', '/api/v1/login-providers/nope/authorization');
  expect(unknown.statusCode).toBe(404);
  expect(unknown.headers['content-type']).toContain('application/problem+json');
  const crafted = await b.app('GET', `/api/v1/login-providers/${P}/authorization?returnTo=//evil.example`);
  expect(crafted.statusCode).toBe(400);
  expect(crafted.headers['content-type']).toContain('application/problem+json');
});

test('a provider that cannot be reached: 503 problem, not a 500', async () => {
  const down = await createTestApp({
    publicUrl: APP_URL,
    loginProviders: [{ ...provider.settings, id: 'down', issuer: 'http://127.0.0.1:9' }],
  });
  try {
    const response = await down.app.inject({ url: '/api/v1/login-providers/down/authorization' });
    expect(response.statusCode).toBe(503);
    expect(response.json().type).toMatch(/provider-unavailable$/);
  } finally {
    await down.close();
  }
});
