import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { OpenAPIV3 } from 'openapi-types';
import type { Access } from '../contracts/roles.ts';
import type { Clock, IdGenerator } from './clock.ts';
import type { Db } from './db/database.ts';
import { registerAuth } from './http/auth.ts';
import { createDataVersionReader } from './http/data-versions.ts';
import { registerListCache } from './http/list-cache.ts';
import { databaseRateLimitStore } from './http/rate-limit-store.ts';
import { DEFAULT_WRITE_LIMITS, registerWriteLimits, type WriteLimits } from './http/rate-limits.ts';
import { API_PREFIX, finishOpenApi } from './http/openapi.ts';
import { registerProblemHandlers, sendProblem } from './http/problem.ts';
import { securityHeaders } from './http/security-headers.ts';
import type { MailSettings } from './mail.ts';
import { deleteExpiredRateLimits } from './http/rate-limit-store.ts';
import { composeModules } from './platform/compose.ts';
import type { Job, ModuleDefinition, ModuleParts } from './platform/module.ts';
import { registry as defaultRegistry } from './platform/registry.ts';
import { DEFAULT_SETTINGS, type PlatformSettings } from './platform/settings.ts';

export const API_VERSION: string =
  process.env.WAKKERE_STAD_VERSION ?? // set by scripts/build.mjs in dist/server; read from package.json from source
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface AppDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  logger?: FastifyServerOptions['logger'];
  cookieSecure?: boolean;
  trustProxy?: boolean;
  sessionDays?: number;
  publicUrl?: string | undefined;
  /** Attempts per IP per window on login, registration and password endpoints. */
  authRateLimit?: { max: number; timeWindow: number };
  /** Per-account limits on logged-in writes (http/rate-limits.ts). */
  writeLimits?: WriteLimits;
  /** Folder with the built web app; not served when absent (API-only tests). */
  webRoot?: string | undefined;
  demoCredentials?: boolean;
  /** Origin of optional base-map tiles, allowed by the CSP only when configured. */
  mapTileOrigin?: string | undefined;
  /** MAP_TILE_URL, for the web app's map (GET /map-settings). */
  mapTileUrl?: string | undefined;
  /** Neighbourhood help: hours before an unanswered request escalates; how far below zero a time balance may go. */
  help?: { escalationHours: number; balanceLimitHours: number };
  /** Initiatives: the support threshold, the response deadline and the reminder window. */
  initiatives?: PlatformSettings['initiatives'];
  monitor?: PlatformSettings['monitor'];
  /** The mail server and sender; without SMTP mails stay in the outbox. */
  mail?: MailSettings;
  /** OpenID Connect providers to log in with (OIDC_<n>_*); none by default. */
  loginProviders?: PlatformSettings['loginProviders'];
  /** Where pictures are kept and the largest upload; ./data/pictures and 10 MB by default. */
  pictures?: PlatformSettings['pictures'];
  /** The modules to build; every module of the platform by default. */
  modules?: readonly ModuleDefinition[];
}

/** Builds the whole application from its dependencies; main.ts and every test call this. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  return (await createApp(deps)).app;
}

/** The application and the periodic jobs of its modules (main.ts runs them). */
export async function createApp(deps: AppDeps): Promise<{ app: FastifyInstance; jobs: Job[] }> {
  const app = Fastify({
    logger: deps.logger ?? false,
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: 1_048_576,
    genReqId: () => deps.ids(),
    requestIdHeader: false,
    routerOptions: { ignoreTrailingSlash: false },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);

  const accessByRoute = new Map<string, Access>();
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      if (route.config?.access) accessByRoute.set(`${method} ${route.url}`, route.config.access);
  });

  await app.register(cookie);
  const staticHeaders = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', ...(deps.mapTileOrigin ? [deps.mapTileOrigin] : [])],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(staticHeaders).header('X-Request-Id', request.id);
    if (request.url.startsWith(API_PREFIX)) reply.header('API-Version', API_VERSION);
    done();
  });
  registerWriteLimits(app, deps.writeLimits ?? DEFAULT_WRITE_LIMITS);
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(deps.db, deps.clock) });

  const settings: PlatformSettings = {
    cookieSecure: deps.cookieSecure ?? DEFAULT_SETTINGS.cookieSecure,
    sessionDays: deps.sessionDays ?? DEFAULT_SETTINGS.sessionDays,
    publicUrl: deps.publicUrl,
    authRateLimit: deps.authRateLimit ?? DEFAULT_SETTINGS.authRateLimit,
    demoCredentials: deps.demoCredentials ?? DEFAULT_SETTINGS.demoCredentials,
    mapTileUrl: deps.mapTileUrl,
    help: deps.help ?? DEFAULT_SETTINGS.help,
    initiatives: deps.initiatives ?? DEFAULT_SETTINGS.initiatives,
    monitor: deps.monitor ?? DEFAULT_SETTINGS.monitor,
    mail: deps.mail ?? DEFAULT_SETTINGS.mail,
    loginProviders: deps.loginProviders ?? DEFAULT_SETTINGS.loginProviders,
    pictures: deps.pictures ?? DEFAULT_SETTINGS.pictures,
  };
  const { platform, modules } = await composeModules(
    {
      db: deps.db,
      clock: deps.clock,
      ids: deps.ids,
      log: app.log,
      settings,
    },
    deps.modules ?? defaultRegistry,
  );
  for (const { parts } of modules) {
    const onClose = parts.onClose;
    if (onClose) app.addHook('onClose', () => onClose());
  }
  registerAuth(app, { sessions: platform.ports.accounts, now: () => deps.clock.now() });
  registerListCache(app, { versions: createDataVersionReader(deps.db), now: () => deps.clock.now() });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Wakkere Stad API',
        description:
          'The API of Wakkere Stad: initiatives, neighbourhood help, layered steering, neighbourhood budgets and the community-power monitor. Errors are application/problem+json (RFC 9457).',
        version: API_VERSION,
        contact: { name: 'Wakkere Stad maintainers', email: 'api@wakkere-stad.nl', url: 'https://wakkere-stad.nl' },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ws_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => {
      const document = jsonSchemaTransformObject(input) as OpenAPIV3.Document;
      return finishOpenApi(document, {
        version: API_VERSION,
        serverUrl: `${deps.publicUrl ?? ''}${API_PREFIX}`,
        accessOf: (method, url) => accessByRoute.get(`${method} ${url}`),
      });
    },
  });

  for (const { parts } of modules) if (parts.unversionedRoutes) await app.register(parts.unversionedRoutes);
  await app.register(
    async (api) => {
      api.get('/openapi.json', {
        config: { access: 'public' },
        schema: { hide: true },
        handler: async () => app.swagger(),
      });
      for (const { parts } of modules) if (parts.routes) await api.register(parts.routes);
    },
    { prefix: API_PREFIX },
  );
  // The API reference is a page of the web app (web/modules/developers); the document is also here.
  app.get('/api-docs/json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  registerWeb(
    app,
    deps.webRoot,
    modules.flatMap(({ parts }) => (parts.indexHtml ? [parts.indexHtml.bind(parts)] : [])),
  );
  const platformJobs: Job[] = [
    { name: 'expired-rate-limits', everyMs: 10 * 60_000, run: (now) => deleteExpiredRateLimits(deps.db, now) },
  ];
  return { app, jobs: [...platformJobs, ...modules.flatMap(({ parts }) => parts.jobs ?? [])] };
}

type IndexHtmlRewrite = NonNullable<ModuleParts['indexHtml']>;

/**
 * The built React app; any other non-API GET gets index.html so client-side routes work, rewritten
 * for the page by the modules that do so (the site module: identity and share preview).
 */
function registerWeb(app: FastifyInstance, webRoot: string | undefined, rewrites: readonly IndexHtmlRewrite[]): void {
  const root = webRoot ? resolve(webRoot) : undefined;
  const hasWeb = root !== undefined && existsSync(join(root, 'index.html'));
  // Read once: a new build means a new start.
  const indexHtml = hasWeb ? readFileSync(join(root, 'index.html'), 'utf8') : '';
  if (hasWeb)
    app.register(fastifyStatic, {
      root,
      // One route that looks a file up when asked (not a route per file: globbing ~500 built files
      // and compressed twins at start-up cost a tenth of it). Not there: our not-found handler below.
      wildcard: true,
      index: false,
      // Only names of files (with an extension): "/" and the app's own paths go to the page below,
      // never to the directory listing's 403.
      allowedPath: (pathName) => /\.[A-Za-z0-9]+$/.test(pathName),
      // The build writes .br and .gz beside each asset; they are sent as they are to browsers that accept them.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, path) => {
        // Files under assets/ carry a content hash in their name: they never change, so caches keep them.
        const fingerprinted = path.includes(`${sep}assets${sep}`);
        res.setHeader('Cache-Control', fingerprinted ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  app.setNotFoundHandler(async (request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !/^\/api(\/|\?|$)/.test(request.url) &&
      (request.headers.accept ?? '').includes('text/html');
    if (hasWeb && wantsPage) {
      if (rewrites.length === 0) return reply.type('text/html').sendFile('index.html');
      let html = indexHtml;
      for (const rewrite of rewrites) html = await rewrite(html, request);
      return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(html);
    }
    return sendProblem(
      reply,
      request,
      404,
      `There is no ${request.method} ${request.url.split('?')[0]}.`,
      'route-not-found',
    );
  });
}
