import type { LightMyRequestResponse } from 'fastify';
import { SESSION_COOKIE } from '../../server/http/auth.ts';
import type { TestContext } from './test-app.ts';

/**
 * A browser between the app (reached with inject) and the test provider (reached over real HTTP):
 * it keeps each side's cookies and follows the provider's redirects until they lead back to the app.
 */
export class OidcBrowser {
  readonly appCookies = new Map<string, string>();
  private readonly providerCookies = new Map<string, string>();

  constructor(
    private readonly t: TestContext,
    private readonly appUrl: string,
  ) {}

  get session(): string | undefined {
    return this.appCookies.get(SESSION_COOKIE);
  }

  /** Ends the session at the provider, so the next log-in there is a new one (with a new level of assurance). */
  forgetProviderSession(): void {
    this.providerCookies.clear();
  }

  /** A request to the app with this browser's cookies (and its CSRF token for a write). */
  async app(method: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH', url: string, payload?: object, csrf?: string) {
    const headers: Record<string, string> = { cookie: [...this.appCookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (csrf) headers['x-csrf-token'] = csrf;
    const response = await this.t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    // Only a cleared cookie goes (the tests' clock is not the machine's, so expiry dates are not compared).
    for (const cookie of response.cookies as Array<{ name: string; value: string }>) {
      if (cookie.value === '') this.appCookies.delete(cookie.name);
      else this.appCookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  /** The CSRF token of the current session, from /me. */
  async csrf(): Promise<string> {
    return (await this.app('GET', '/api/v1/me')).json<{ csrfToken: string }>().csrfToken;
  }

  /** GET the app's authorization endpoint: the provider URL it redirects to. */
  async startLogin(providerId: string, query = ''): Promise<string> {
    const response = await this.app('GET', `/api/v1/login-providers/${providerId}/authorization${query}`);
    if (response.statusCode !== 302) throw new Error(`start: ${response.statusCode} ${response.body}`);
    return String(response.headers.location);
  }

  /** At the provider: follow its redirects (log-in and consent finish at once) to the app's callback URL. */
  async atProvider(url: string): Promise<string> {
    let next = url;
    for (let hop = 0; hop < 10; hop++) {
      if (next.startsWith(this.appUrl)) return next;
      const response = await fetch(next, {
        redirect: 'manual',
        headers: { cookie: [...this.providerCookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const [name, ...value] = pair!.split('=');
        if (/expires=Thu, 01 Jan 1970/i.test(line) || value.join('=') === '') this.providerCookies.delete(name!.trim());
        else this.providerCookies.set(name!.trim(), value.join('='));
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`the provider stopped at ${next}: ${response.status} ${await response.text()}`);
      next = new URL(location, next).href;
    }
    throw new Error('too many redirects at the provider');
  }

  /** The provider's redirect back, handled by the app. */
  callback(callbackUrl: string): Promise<LightMyRequestResponse> {
    const url = new URL(callbackUrl);
    return this.app('GET', `${url.pathname}${url.search}`);
  }

  /** The whole log-in: start, provider, callback. */
  async logIn(providerId: string, query = ''): Promise<LightMyRequestResponse> {
    return this.callback(await this.atProvider(await this.startLogin(providerId, query)));
  }
}
