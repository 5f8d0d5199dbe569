/** One OpenID Connect provider, as the operator configured it (OIDC_<n>_* environment variables). */
export interface LoginProviderSettings {
  /** Stable id, part of the callback URL and stored with each linked identity: never change it. */
  id: string;
  /** What the button says: "Inloggen met <name>". */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Scopes asked for; `openid` is always among them. */
  scope: string;
  /** acr_values to ask the provider for (e.g. a DigiD level), if any. */
  acrValues: string | undefined;
  /** How the client secret goes to the token endpoint: HTTP Basic (the OIDC default) or in the form. */
  clientAuth: 'basic' | 'post';
}

const ID = /^[a-z0-9][a-z0-9-]{0,31}$/;
const REQUIRED = ['ID', 'NAME', 'ISSUER', 'CLIENT_ID', 'CLIENT_SECRET'] as const;

/** http is allowed only for an issuer on this computer (a provider in a test or on a developer's machine). */
export function isAllowedIssuer(issuer: string): boolean {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return url.protocol === 'http:' && (host === 'localhost' || host === '::1' || /^127\./.test(host));
}

/**
 * Reads OIDC_1_ID, OIDC_1_NAME, OIDC_1_ISSUER, OIDC_1_CLIENT_ID, OIDC_1_CLIENT_SECRET (and optional
 * OIDC_1_SCOPE, OIDC_1_ACR_VALUES, OIDC_1_CLIENT_AUTH), then OIDC_2_…, in number order. Returns the providers and a
 * readable problem per mistake; the server refuses to start on any.
 */
export function parseLoginProviders(env: NodeJS.ProcessEnv): {
  providers: LoginProviderSettings[];
  problems: string[];
} {
  const numbers = new Set<number>();
  for (const key of Object.keys(env)) {
    const match = /^OIDC_(\d+)_/.exec(key);
    if (match) numbers.add(Number(match[1]));
  }
  const providers: LoginProviderSettings[] = [];
  const problems: string[] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const read = (name: string) => env[`OIDC_${n}_${name}`]?.trim() || undefined;
    const missing = REQUIRED.filter((name) => !read(name));
    if (missing.length > 0) {
      problems.push(`OIDC_${n}_*: missing ${missing.map((name) => `OIDC_${n}_${name}`).join(', ')}`);
      continue;
    }
    const id = read('ID')!;
    const issuer = read('ISSUER')!;
    if (!ID.test(id)) problems.push(`OIDC_${n}_ID: lower-case letters, digits and dashes only (at most 32)`);
    if (!isAllowedIssuer(issuer))
      problems.push(`OIDC_${n}_ISSUER: an https URL (http only for localhost), got ${issuer}`);
    if (providers.some((p) => p.id === id)) problems.push(`OIDC_${n}_ID: "${id}" is used by another provider`);
    const clientAuth = read('CLIENT_AUTH') ?? 'basic';
    if (clientAuth !== 'basic' && clientAuth !== 'post') problems.push(`OIDC_${n}_CLIENT_AUTH: basic or post`);
    const scopes = new Set(['openid', ...(read('SCOPE') ?? 'openid email profile').split(/\s+/)]);
    providers.push({
      id,
      name: read('NAME')!,
      issuer,
      clientId: read('CLIENT_ID')!,
      clientSecret: read('CLIENT_SECRET')!,
      scope: [...scopes].join(' '),
      acrValues: read('ACR_VALUES'),
      clientAuth: clientAuth === 'post' ? 'post' : 'basic',
    });
  }
  return { providers, problems };
}
