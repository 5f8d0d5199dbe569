import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';
import type { LoginProviderSettings } from '../../server/modules/accounts/login-providers/provider-settings.ts';

/** A person at the test provider: the claims it vouches for. `roles` is there to prove the app ignores it. */
export interface TestPerson {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  roles?: string[];
}

export interface TestProvider {
  issuer: string;
  /** The provider as the app is configured with it. */
  settings: LoginProviderSettings;
  /** Who logs in at the next interaction, at which level of assurance. */
  nextLogin(person: TestPerson, acr?: string): void;
  /** Lifetime of the next authorization codes, in seconds. */
  codeTtlSeconds: number;
  /** When on, the proxy in front of the provider changes the ID token in token responses. */
  tamperIdToken: boolean;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

/**
 * oidc-provider (panva, OpenID-certified) in this process, with one client registered for the
 * app, behind a small proxy on its issuer address that can tamper with ID tokens in transit. The
 * log-in and consent pages finish at once with the person set by `nextLogin`.
 */
export async function startTestProvider(options: {
  providerId: string;
  clientId: string;
  clientSecret: string;
  /** The app's PUBLIC_URL: the registered redirect URI is its callback for this provider. */
  appUrl: string;
}): Promise<TestProvider> {
  const people = new Map<string, TestPerson>();
  let next: { person: TestPerson; acr: string | undefined } | undefined;
  const front = createServer();
  const frontPort = await listen(front);
  const issuer = `http://127.0.0.1:${frontPort}`;

  const state: TestProvider = {
    issuer,
    settings: {
      id: options.providerId,
      name: 'Testprovider',
      issuer,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      scope: 'openid email profile',
      acrValues: undefined,
      clientAuth: 'basic',
    },
    nextLogin(person, acr) {
      people.set(person.sub, person);
      next = { person, acr };
    },
    codeTtlSeconds: 60,
    tamperIdToken: false,
    close: async () => {
      await new Promise((resolve) => front.close(resolve));
      await new Promise((resolve) => back.close(resolve));
    },
  };

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [`${options.appUrl}/api/v1/login-providers/${options.providerId}/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    cookies: { keys: ['test-only-cookie-key'] },
    acrValues: ['urn:test:level:low', 'urn:test:level:substantial', 'urn:test:level:high'],
    claims: {
      openid: ['sub', 'acr', 'roles'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AuthorizationCode: () => state.codeTtlSeconds,
      AccessToken: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    findAccount: (_ctx, id) => {
      const person = people.get(id);
      if (!person) return undefined;
      return { accountId: id, claims: () => ({ ...person }) };
    },
    pkce: { required: () => true },
  };
  const provider = new Provider(issuer, configuration);
  async function interaction(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      if (!next) throw new Error('the test did not say who logs in (nextLogin)');
      const login = { accountId: next.person.sub, ...(next.acr ? { acr: next.acr } : {}) };
      await provider.interactionFinished(req, res, { login }, { mergeWithLastSubmission: false });
      return;
    }
    const grant = new provider.Grant({
      accountId: details.session!.accountId,
      clientId: details.params.client_id as string,
    });
    const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  }

  const callback = provider.callback();
  const back = createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interaction(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    void callback(req, res);
  });
  const backPort = await listen(back);

  // The proxy: everything goes through unchanged, except an ID token when tampering is on.
  front.on('request', (req, res) => {
    const upstream = httpRequest(
      { host: '127.0.0.1', port: backPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const tamper = state.tamperIdToken && req.method === 'POST' && req.url === '/token';
        if (!tamper) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id_token?: string };
          if (body.id_token) body.id_token = tamperedIdToken(body.id_token);
          const text = JSON.stringify(body);
          const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(text)) };
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(text);
        });
      },
    );
    req.pipe(upstream);
  });
  return state;
}

/** The same token with another subject in its payload, under the provider's original signature. */
function tamperedIdToken(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  claims.sub = 'someone-else';
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}
