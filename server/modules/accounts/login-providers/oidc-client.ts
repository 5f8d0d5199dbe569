import type * as Client from 'openid-client';
import type { LoginProviderError } from '../../../../contracts/login-providers.ts';
import { isAllowedIssuer, type LoginProviderSettings } from './provider-settings.ts';

/** What a provider vouched for, from the validated ID token (and its userinfo, when it has one). */
export interface ProviderClaims {
  subject: string;
  /** Only an address the provider says it verified. */
  email: string | null;
  name: string | null;
  /** The level of assurance (`acr`) of this log-in, e.g. a DigiD or eIDAS level. */
  acr: string | null;
}

/** The secrets of one flow: `state` goes to the provider, the browser (cookie) and, hashed, the database. */
export interface FlowSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** A refusal the web app can explain; the library's own message goes to the log only. */
export class ProviderAnswerRefused extends Error {
  constructor(
    readonly code: LoginProviderError,
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}

const DISCOVERY_TIMEOUT_SECONDS = 10;

/**
 * The relying party, through openid-client (certified): discovery, the authorization URL with
 * PKCE (S256), state and nonce, and the code exchange, which validates the ID token's signature
 * against the provider's JWKS, its issuer, audience, expiry, nonce and the `iss` of the response.
 * Each provider's metadata is fetched once, when first used; a failed fetch is tried again next time.
 * openid-client itself loads with the first log-in through a provider, not at start-up.
 */
export function createOidcClient(options: { redirectUri: (provider: LoginProviderSettings) => string }) {
  const configurations = new Map<string, Promise<Client.Configuration>>();
  let library: Promise<typeof Client> | undefined;
  const load = (): Promise<typeof Client> => (library ??= import('openid-client'));

  async function configurationOf(provider: LoginProviderSettings): Promise<Client.Configuration> {
    const client = await load();
    let found = configurations.get(provider.id);
    if (!found) {
      const insecure = new URL(provider.issuer).protocol === 'http:' && isAllowedIssuer(provider.issuer);
      const auth =
        provider.clientAuth === 'post'
          ? client.ClientSecretPost(provider.clientSecret)
          : client.ClientSecretBasic(provider.clientSecret);
      found = client.discovery(new URL(provider.issuer), provider.clientId, undefined, auth, {
        timeout: DISCOVERY_TIMEOUT_SECONDS,
        ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
      });
      found.catch(() => configurations.delete(provider.id));
      configurations.set(provider.id, found);
    }
    return found;
  }

  return {
    async newSecrets(): Promise<FlowSecrets> {
      const client = await load();
      return {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
    },

    async authorizationUrl(provider: LoginProviderSettings, secrets: FlowSecrets): Promise<URL> {
      const client = await load();
      const configuration = await configurationOf(provider).catch((error: unknown) => {
        throw new ProviderAnswerRefused('provider-unavailable', { cause: error });
      });
      const parameters: Record<string, string> = {
        redirect_uri: options.redirectUri(provider),
        scope: provider.scope,
        state: secrets.state,
        nonce: secrets.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(secrets.codeVerifier),
        code_challenge_method: 'S256',
      };
      if (provider.acrValues) parameters.acr_values = provider.acrValues;
      return client.buildAuthorizationUrl(configuration, parameters);
    },

    /** Exchanges the code and validates everything; throws ProviderAnswerRefused with the reason. */
    async exchange(
      provider: LoginProviderSettings,
      query: Record<string, string | undefined>,
      secrets: FlowSecrets,
    ): Promise<ProviderClaims> {
      const client = await load();
      const configuration = await configurationOf(provider).catch((error: unknown) => {
        throw new ProviderAnswerRefused('provider-unavailable', { cause: error });
      });
      const current = new URL(options.redirectUri(provider));
      for (const [key, value] of Object.entries(query)) if (value !== undefined) current.searchParams.set(key, value);
      try {
        const tokens = await client.authorizationCodeGrant(configuration, current, {
          expectedState: secrets.state,
          expectedNonce: secrets.nonce,
          pkceCodeVerifier: secrets.codeVerifier,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        if (!idToken) throw new ProviderAnswerRefused('id-token-invalid');
        let claims: Record<string, unknown> = { ...idToken };
        if (configuration.serverMetadata().userinfo_endpoint && tokens.access_token) {
          // The subject must be the ID token's (openid-client checks); the ID token's own claims win.
          claims = { ...(await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub)), ...idToken };
        }
        return {
          subject: idToken.sub,
          email: typeof claims.email === 'string' && claims.email_verified === true ? claims.email.toLowerCase() : null,
          name: nameOf(claims),
          acr: typeof idToken.acr === 'string' ? idToken.acr : null,
        };
      } catch (error) {
        throw classify(client, error);
      }
    },
  };
}
export type OidcClient = ReturnType<typeof createOidcClient>;

function nameOf(claims: Record<string, unknown>): string | null {
  if (typeof claims.name === 'string' && claims.name.trim()) return claims.name;
  const parts = [claims.given_name, claims.family_name].filter((p): p is string => typeof p === 'string' && !!p.trim());
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Why the provider's answer was not accepted, in the terms the web app explains. */
function classify(client: typeof Client, error: unknown): ProviderAnswerRefused {
  if (error instanceof ProviderAnswerRefused) return error;
  if (error instanceof client.AuthorizationResponseError)
    return new ProviderAnswerRefused('provider-refused', { cause: error });
  if (error instanceof client.ResponseBodyError) {
    const code = error.error === 'invalid_grant' ? 'code-invalid' : 'provider-refused';
    return new ProviderAnswerRefused(code, { cause: error });
  }
  // fetch() fails with a TypeError when the provider cannot be reached; a time-out is an AbortError.
  if (error instanceof TypeError || (error instanceof Error && /abort|timeout/i.test(error.name))) {
    return new ProviderAnswerRefused('provider-unavailable', { cause: error });
  }
  // Everything else failed a check on the answer: signature, issuer, audience, expiry, nonce, state.
  return new ProviderAnswerRefused('id-token-invalid', { cause: error });
}
