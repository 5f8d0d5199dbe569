import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
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
import { databaseRateLimitStore } from './http/rate-limit-store.ts';
import { API_PREFIX, finishOpenApi } from './http/openapi.ts';
import { registerProblemHandlers, sendProblem } from './http/problem.ts';
import type { Mailer } from './mail.ts';
import { accountsRoutes } from './modules/accounts/accounts.routes.ts';
import { createAccountsService } from './modules/accounts/accounts.service.ts';
import type { PersonalDataSource } from './modules/accounts/privacy.ts';
import { createRolesService } from './modules/accounts/roles.service.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { createAuditService, createAuditWriter } from './modules/audit/audit.service.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { createActivityRecorder } from './modules/activity/activity.service.ts';
import { createBudgeting } from './modules/budgeting/budgeting.module.ts';
import { budgetingPersonalData } from './modules/budgeting/budgeting.privacy.ts';
import { budgetingRoutes } from './modules/budgeting/budgeting.routes.ts';
import { createHelpModule } from './modules/help/help.module.ts';
import {
  DEFAULT_SETTINGS as INITIATIVE_DEFAULTS,
  type InitiativesSettings,
} from './modules/initiatives/initiatives.deps.ts';
import { createInitiativesModule } from './modules/initiatives/initiatives.module.ts';
import { initiativesDepsFrom } from './modules/initiatives/initiatives.wiring.ts';
import { createAreaImportService } from './modules/areas/area-import.service.ts';
import { areasRoutes } from './modules/areas/areas.routes.ts';
import { createAreasService } from './modules/areas/areas.service.ts';
import { verificationPersonalData } from './modules/verification/verification.privacy.ts';
import { verificationRoutes } from './modules/verification/verification.routes.ts';
import { createVerificationService } from './modules/verification/verification.service.ts';
import { demoRoutes } from './modules/demo/demo.routes.ts';

export const API_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export interface AppDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  mailer?: Mailer;
  logger?: FastifyServerOptions['logger'];
  cookieSecure?: boolean;
  trustProxy?: boolean;
  sessionDays?: number;
  publicUrl?: string | undefined;
  /** Attempts per IP per window on login, registration and password endpoints. */
  authRateLimit?: { max: number; timeWindow: number };
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
  initiatives?: InitiativesSettings;
}

/** Builds the whole application from its dependencies; main.ts and every test call this. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
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
  await app.register(helmet, {
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
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(deps.db, deps.clock) });
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
    if (request.url.startsWith(API_PREFIX)) reply.header('API-Version', API_VERSION);
  });

  const audit = createAuditWriter(deps);
  const personalData: PersonalDataSource[] = [];
  const areas = createAreasService(deps.db);
  const accounts = createAccountsService({
    db: deps.db,
    clock: deps.clock,
    ids: deps.ids,
    audit,
    mailer: deps.mailer ?? {
      send: async (mail) =>
        app.log.info({ to: mail.to, subject: mail.subject, text: mail.text }, 'mail (no SMTP configured)'),
    },
    sessionDays: deps.sessionDays ?? 14,
    publicUrl: deps.publicUrl,
    personalData,
    neighbourhoodExists: areas.isNeighbourhood,
  });
  const roles = createRolesService({
    db: deps.db,
    clock: deps.clock,
    ids: deps.ids,
    audit,
    resolveAreaId: async (idOrCode) => (await areas.lineage(idOrCode))?.area.id,
  });
  const verification = createVerificationService({
    db: deps.db,
    clock: deps.clock,
    ids: deps.ids,
    audit,
    areas,
    accounts,
  });
  personalData.push(verificationPersonalData(verification));
  const help = createHelpModule({
    db: deps.db,
    clock: deps.clock,
    ids: deps.ids,
    audit,
    areas: {
      exists: areas.exists,
      nearby: areas.nearby,
      within: areas.within,
      lineage: async (areaId) => (await areas.lineage(areaId))?.ids ?? [],
      verifiedAreasOf: verification.verifiedAreasOf,
    },
    escalationHours: deps.help?.escalationHours ?? 48,
    balanceLimitHours: deps.help?.balanceLimitHours ?? 20,
  });
  personalData.push(...help.personalData);
  const initiatives = createInitiativesModule(
    initiativesDepsFrom(
      { db: deps.db, clock: deps.clock, ids: deps.ids, audit, settings: deps.initiatives ?? INITIATIVE_DEFAULTS },
      { areas, verifiedAreas: verification.verifiedAreas, roles, accounts },
    ),
  );
  personalData.push(initiatives.personalData);
  const budgeting = createBudgeting({
    db: deps.db,
    clock: deps.clock,
    ids: deps.ids,
    audit,
    activity: createActivityRecorder({ clock: deps.clock, ids: deps.ids }),
    areas,
    residents: { verifiedAreaIds: verification.verifiedAreas },
    log: app.log,
  });
  personalData.push(budgetingPersonalData);
  // A count runs in a worker thread; let it finish before the database closes.
  app.addHook('onClose', () => budgeting.runner.idle());
  registerAuth(app, { sessions: accounts, now: () => deps.clock.now() });

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

  await app.register(healthRoutes({ db: deps.db }));
  await app.register(
    async (api) => {
      api.get('/openapi.json', {
        config: { access: 'public' },
        schema: { hide: true },
        handler: async () => app.swagger(),
      });
      await api.register(
        accountsRoutes({
          accounts,
          roles,
          cookieSecure: deps.cookieSecure ?? false,
          now: () => deps.clock.now(),
          authRateLimit: deps.authRateLimit ?? { max: 10, timeWindow: 60_000 },
        }),
      );
      await api.register(auditRoutes({ audit: createAuditService(deps.db) }));
      await api.register(help.routes);
      await api.register(initiatives.routes);
      await api.register(
        areasRoutes({
          areas,
          importer: createAreaImportService({ db: deps.db, clock: deps.clock, ids: deps.ids, audit }),
          mapTileUrl: deps.mapTileUrl,
        }),
      );
      await api.register(budgetingRoutes(budgeting.services));
      await api.register(
        verificationRoutes({ verification, rateLimit: deps.authRateLimit ?? { max: 10, timeWindow: 60_000 } }),
      );
      await api.register(demoRoutes({ enabled: deps.demoCredentials ?? false, accounts, areas, verification }));
    },
    { prefix: API_PREFIX },
  );
  await app.register(swaggerUi, { routePrefix: '/api-docs', uiConfig: { docExpansion: 'list' }, staticCSP: true });

  registerWeb(app, deps.webRoot);
  return app;
}

/** The built React app; any other non-API GET gets index.html so client-side routes work. */
function registerWeb(app: FastifyInstance, webRoot: string | undefined): void {
  const root = webRoot ? resolve(webRoot) : undefined;
  const hasWeb = root !== undefined && existsSync(join(root, 'index.html'));
  if (hasWeb) app.register(fastifyStatic, { root, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api') &&
      (request.headers.accept ?? '').includes('text/html');
    if (hasWeb && wantsPage) return reply.type('text/html').sendFile('index.html');
    return sendProblem(
      reply,
      request,
      404,
      `There is no ${request.method} ${request.url.split('?')[0]}.`,
      'route-not-found',
    );
  });
}
