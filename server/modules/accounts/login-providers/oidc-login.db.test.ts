import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importAmstelveen } from '../../../../test/support/areas.ts';
import { OidcBrowser } from '../../../../test/support/oidc-browser.ts';
import { startTestProvider, type TestProvider } from '../../../../test/support/oidc-provider.ts';
import { createTestApp, signUp, type TestContext } from '../../../../test/support/test-app.ts';

// Log-in through a real OpenID Connect provider (oidc-provider, in this process): a first log-in
// creates an account, a later one logs into it, a logged-in account links and unlinks identities,
// roles never come from the provider, and an accepted level of assurance verifies a resident.
const APP_URL = 'http://wakkerestad.localhost';
const P = 'testid';
let provider: TestProvider;
let t: TestContext;
let idOf: (code: string) => string;

beforeAll(async () => {
  provider = await startTestProvider({
    providerId: P,
    clientId: 'wakkere-stad',
    clientSecret: 'test-secret-0123456789',
    appUrl: APP_URL,
  });
  t = await createTestApp({ publicUrl: APP_URL, loginProviders: [provider.settings] });
  ({ idOf } = await importAmstelveen(t));
});
afterAll(async () => {
  await t.close();
  await provider.close();
});

const browser = () => new OidcBrowser(t, APP_URL);

describe('log-in through a provider', () => {
  test('the log-in page lists the configured providers', async () => {
    const response = await t.app.inject({ url: '/api/v1/login-providers' });
    expect(response.json()).toEqual({ items: [{ id: P, name: 'Testprovider' }] });
  });

  test('the authorization request uses PKCE (S256), state and nonce, and holds the state in a cookie', async () => {
    const b = browser();
    const url = new URL(await b.startLogin(P));
    expect(url.origin).toBe(provider.issuer);
    for (const name of ['state', 'nonce', 'code_challenge']) expect(url.searchParams.get(name)).toBeTruthy();
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(`${APP_URL}/api/v1/login-providers/${P}/callback`);
    expect(b.appCookies.get('ws_login_flow')).toBe(url.searchParams.get('state'));
  });

  test('a first log-in creates an account with what the provider gave, and never a role', async () => {
    provider.nextLogin(
      { sub: 'anna', email: 'Anna@Example.nl', email_verified: true, name: 'Anna de Vries', roles: ['administrator'] },
      'urn:test:level:substantial',
    );
    const b = browser();
    const response = await b.logIn(P);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/mijn-account?oidc=account-created');
    expect(b.session).toBeTruthy();
    const me = (await b.app('GET', '/api/v1/me')).json();
    expect(me).toMatchObject({ email: 'anna@example.nl', displayName: 'Anna de Vries', roles: [], hasPassword: false });
    const grants = await t.db.selectFrom('role_assignments').selectAll().where('account_id', '=', me.id).execute();
    expect(grants).toEqual([]);
    const identities = (await b.app('GET', '/api/v1/me/linked-identities')).json().items;
    expect(identities).toMatchObject([
      {
        providerId: P,
        providerName: 'Testprovider',
        email: 'anna@example.nl',
        assuranceLevel: 'urn:test:level:substantial',
      },
    ]);

    // The next log-in is into the same account, and lands where the resident was going.
    provider.nextLogin({ sub: 'anna', email: 'anna@example.nl', email_verified: true, name: 'Anna' });
    const again = browser();
    const second = await again.logIn(P, '?returnTo=/initiatieven%3Fwijk%3D1');
    expect(second.headers.location).toBe('/initiatieven?wijk=1&oidc=logged-in');
    expect((await again.app('GET', '/api/v1/me')).json().id).toBe(me.id);
  });

  test('a provider that gives neither name nor verified address: an account with a plain name and no address', async () => {
    provider.nextLogin({ sub: 'digid-123', email: 'unverified@example.nl', email_verified: false });
    const b = browser();
    expect((await b.logIn(P, '?locale=en')).headers.location).toBe('/mijn-account?oidc=account-created');
    expect((await b.app('GET', '/api/v1/me')).json()).toMatchObject({
      displayName: 'Resident',
      email: '',
      locale: 'en',
    });
  });

  test('an e-mail address an account already uses never opens that account: log in and link instead', async () => {
    await signUp(t, { email: 'taken@example.nl' });
    provider.nextLogin({ sub: 'impostor', email: 'taken@example.nl', email_verified: true });
    const b = browser();
    const response = await b.logIn(P);
    expect(response.headers.location).toBe('/inloggen?oidc-error=email-taken');
    expect(b.session).toBeUndefined();
  });
});

describe('linking', () => {
  test('a logged-in account links an identity, logs in with it, and unlinks it', async () => {
    const owner = await signUp(t, { email: 'bram@example.nl', roles: [{ role: 'civil_servant' }] });
    const b = browser();
    b.appCookies.set('ws_session', owner.session!.cookie);
    const start = await b.app('POST', '/api/v1/me/identity-link-requests', { providerId: P }, owner.session!.csrf);
    expect(start.statusCode).toBe(201);
    provider.nextLogin({ sub: 'bram', email: 'bram@example.nl', email_verified: true, roles: ['administrator'] });
    const linked = await b.callback(await b.atProvider(start.json().authorizationUrl));
    expect(linked.headers.location).toBe('/mijn-account?oidc=linked');
    const [identity] = (await b.app('GET', '/api/v1/me/linked-identities')).json().items;
    expect(identity).toMatchObject({ providerId: P, email: 'bram@example.nl' });

    // Logging in through the provider opens the linked account, with the roles an administrator gave it only.
    provider.nextLogin({ sub: 'bram', email: 'bram@example.nl', email_verified: true, roles: ['administrator'] });
    const elsewhere = browser();
    await elsewhere.logIn(P);
    const me = (await elsewhere.app('GET', '/api/v1/me')).json();
    expect(me.id).toBe(owner.accountId);
    expect(me.roles.map((r: { role: string }) => r.role)).toEqual(['civil_servant']);

    const unlinked = await owner.delete(`/api/v1/me/linked-identities/${identity.id}`);
    expect(unlinked.statusCode).toBe(204);
    expect((await owner.get('/api/v1/me/linked-identities')).json().items).toEqual([]);
  });

  test('an identity linked to another account is refused, and the last way in is never unlinked', async () => {
    provider.nextLogin({ sub: 'carla' });
    const carla = browser();
    await carla.logIn(P);
    const other = await signUp(t);
    const b = browser();
    b.appCookies.set('ws_session', other.session!.cookie);
    const start = await b.app('POST', '/api/v1/me/identity-link-requests', { providerId: P }, other.session!.csrf);
    provider.nextLogin({ sub: 'carla' });
    expect((await b.callback(await b.atProvider(start.json().authorizationUrl))).headers.location).toBe(
      '/mijn-account?oidc-error=identity-linked-elsewhere',
    );

    const [only] = (await carla.app('GET', '/api/v1/me/linked-identities')).json().items;
    const refused = await carla.app('DELETE', `/api/v1/me/linked-identities/${only.id}`, undefined, await carla.csrf());
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().type).toMatch(/last-login-method$/);
    const notMine = await other.delete(`/api/v1/me/linked-identities/${only.id}`);
    expect(notMine.statusCode).toBe(404);
  });

  test('an account made through a provider downloads its identities and is erased without a password', async () => {
    provider.nextLogin({ sub: 'dirk', name: 'Dirk' });
    const b = browser();
    await b.logIn(P);
    const exported = (await b.app('GET', '/api/v1/me/export')).json();
    expect(exported.loginIdentities).toMatchObject([{ provider: P, subject: 'dirk' }]);
    const csrf = await b.csrf();
    expect((await b.app('DELETE', '/api/v1/me', {}, csrf)).statusCode).toBe(204);
    expect(await t.db.selectFrom('login_identities').selectAll().where('subject', '=', 'dirk').execute()).toEqual([]);
  });

  test('who may call what', async () => {
    const anonymous = browser();
    expect((await anonymous.app('GET', '/api/v1/me/linked-identities')).statusCode).toBe(401);
    expect((await anonymous.app('POST', '/api/v1/me/identity-link-requests', { providerId: P })).statusCode).toBe(401);
    const resident = await signUp(t);
    expect((await resident.get(`/api/v1/login-providers/${P}/verification-policy`)).statusCode).toBe(403);
    expect(
      (await resident.put(`/api/v1/login-providers/${P}/verification-policy`, { acceptedLevels: [] })).statusCode,
    ).toBe(403);
    expect((await resident.post('/api/v1/me/identity-link-requests', { providerId: 'nope' })).statusCode).toBe(404);
  });
});

describe('verification through a provider', () => {
  test('off by default; an administrator for the whole municipality accepts levels; a scoped one may not', async () => {
    const scoped = await signUp(t, { roles: [{ role: 'administrator', areaId: idOf('WK036202') }] });
    const admin = await signUp(t, { roles: [{ role: 'administrator' }] });
    expect((await admin.get(`/api/v1/login-providers/${P}/verification-policy`)).json()).toMatchObject({
      acceptedLevels: [],
    });
    const refused = await scoped.put(`/api/v1/login-providers/${P}/verification-policy`, { acceptedLevels: ['x'] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().type).toMatch(/outside-your-scope$/);
    const set = await admin.put(`/api/v1/login-providers/${P}/verification-policy`, {
      acceptedLevels: ['urn:test:level:substantial', 'urn:test:level:high'],
      reason: 'DigiD Substantieel is enough for neighbourhood budgets',
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      acceptedLevels: ['urn:test:level:substantial', 'urn:test:level:high'],
      updatedBy: admin.accountId,
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'login_provider.verification_policy_changed')
      .execute();
    expect(audit).toHaveLength(1);
  });

  test('an accepted level verifies the chosen home neighbourhood; a lower one does not; one identity verifies one account', async () => {
    provider.nextLogin({ sub: 'eva' }, 'urn:test:level:low');
    const eva = browser();
    await eva.logIn(P);
    const csrf = await eva.csrf();
    expect((await eva.app('PATCH', '/api/v1/me', { homeAreaId: idOf('BU03620201') }, csrf)).statusCode).toBe(200);
    provider.nextLogin({ sub: 'eva' }, 'urn:test:level:low');
    await eva.logIn(P);
    expect((await eva.app('GET', '/api/v1/me/verifications')).json().items).toEqual([]);

    provider.nextLogin({ sub: 'eva' }, 'urn:test:level:substantial');
    eva.forgetProviderSession();
    await eva.logIn(P);
    const [verification] = (await eva.app('GET', '/api/v1/me/verifications')).json().items;
    expect(verification).toMatchObject({ method: 'provider', areaId: idOf('BU03620201'), current: true });

    // The same identity, unlinked and linked to a second account, does not verify that one too.
    const [identity] = (await eva.app('GET', '/api/v1/me/linked-identities')).json().items;
    await t.db.updateTable('accounts').set({ password_hash: 'x' }).where('id', '=', verification.accountId).execute();
    expect(
      (await eva.app('DELETE', `/api/v1/me/linked-identities/${identity.id}`, undefined, await eva.csrf())).statusCode,
    ).toBe(204);
    const second = await signUp(t);
    await second.patch('/api/v1/me', { homeAreaId: idOf('BU03620202') });
    const b = browser();
    b.appCookies.set('ws_session', second.session!.cookie);
    const start = await b.app('POST', '/api/v1/me/identity-link-requests', { providerId: P }, second.session!.csrf);
    provider.nextLogin({ sub: 'eva' }, 'urn:test:level:substantial');
    expect((await b.callback(await b.atProvider(start.json().authorizationUrl))).headers.location).toBe(
      '/mijn-account?oidc=linked',
    );
    expect((await second.get('/api/v1/me/verifications')).json().items).toEqual([]);
  });
});
