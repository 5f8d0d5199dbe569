import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  AuthorizationQuerySchema,
  CallbackQuerySchema,
  IdentityParams,
  LinkedIdentityListSchema,
  LinkRequestSchema,
  LinkStartSchema,
  LoginProviderListSchema,
  ProviderParams,
  VerificationPolicySchema,
  VerificationPolicyUpdateSchema,
} from '../../../../contracts/login-providers.ts';
import { requireCaller } from '../../../http/auth.ts';
import { API_PREFIX } from '../../../http/openapi.ts';
import { setSessionCookie } from '../session-cookie.ts';
import { loginProvidersAccess as access } from './login-providers.policy.ts';
import { FLOW_MINUTES, FlowRefused, type FlowResult, type LoginProvidersService } from './login-providers.service.ts';

export interface LoginProvidersRoutesDeps {
  service: LoginProvidersService;
  cookieSecure: boolean;
  authRateLimit: { max: number; timeWindow: number };
}

/** Holds the flow's `state` in the browser that started it, so an answer brought by another browser is refused. */
export const FLOW_COOKIE = 'ws_login_flow';
const FLOW_COOKIE_PATH = `${API_PREFIX}/login-providers`;

/** The web app's pages (web/modules/accounts/accounts.paths.ts). */
const WEB = { login: '/inloggen', account: '/mijn-account' } as const;

const NoContent = z.null().describe('No content');
const Redirect = (where: string) => z.null().describe(`Redirect: ${where} (Location header)`);

function withParam(path: string, name: string, value: string): string {
  const url = new URL(path, 'http://web.invalid');
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Where the browser goes after the provider's answer: the web app says what happened. */
export function webTarget(result: FlowResult | FlowRefused): string {
  if (result instanceof FlowRefused)
    return withParam(result.purpose === 'link' ? WEB.account : WEB.login, 'oidc-error', result.code);
  if (result.outcome === 'account-created') return withParam(WEB.account, 'oidc', result.outcome);
  return withParam(result.returnTo ?? WEB.account, 'oidc', result.outcome);
}

export const loginProvidersRoutes =
  (deps: LoginProvidersRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { service } = deps;
    const rateLimit = { max: deps.authRateLimit.max, timeWindow: deps.authRateLimit.timeWindow };

    function holdState(request: FastifyRequest, reply: FastifyReply, state: string) {
      reply.setCookie(FLOW_COOKIE, state, {
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level GET, which brings the cookie along.
        sameSite: 'lax',
        secure: deps.cookieSecure || request.protocol === 'https',
        path: FLOW_COOKIE_PATH,
        maxAge: FLOW_MINUTES * 60,
      });
    }

    app.get('/login-providers', {
      config: { access: access.listProviders },
      schema: {
        tags: ['Accounts'],
        operationId: 'listLoginProviders',
        summary: 'The OpenID Connect providers one can log in with',
        response: { 200: LoginProviderListSchema },
      },
      handler: async () => ({ items: service.list() }),
    });

    app.get('/login-providers/:providerId/authorization', {
      config: { access: access.authorize, rateLimit },
      schema: {
        tags: ['Accounts'],
        operationId: 'startProviderLogin',
        summary: 'Log in through a provider: redirects the browser there',
        description:
          'Starts the authorization code flow with PKCE, state and nonce; the provider sends the browser back to the callback. An account the provider has not seen before is created then.',
        params: ProviderParams,
        querystring: AuthorizationQuerySchema,
        response: { 302: Redirect("the provider's log-in page") },
      },
      handler: async (request, reply) => {
        const flow = await service.startLogin(request.params.providerId, request.query);
        holdState(request, reply, flow.state);
        return reply.redirect(flow.authorizationUrl, 302);
      },
    });

    app.get('/login-providers/:providerId/callback', {
      config: { access: access.callback, rateLimit },
      schema: {
        tags: ['Accounts'],
        operationId: 'completeProviderLogin',
        summary: "The provider's answer: logs in, creates an account or links the identity",
        description:
          'Not called directly: the provider redirects the browser here. Sends the browser on to the web app, with `oidc=<outcome>` or `oidc-error=<reason>`; a refused answer never logs anyone in.',
        params: ProviderParams,
        querystring: CallbackQuerySchema,
        response: { 303: Redirect('the web app') },
      },
      handler: async (request, reply) => {
        const cookieState = request.cookies[FLOW_COOKIE];
        reply.clearCookie(FLOW_COOKIE, { path: FLOW_COOKIE_PATH });
        try {
          const result = await service.complete(request.params.providerId, request.query, cookieState, request.caller);
          if (result.purpose === 'login') setSessionCookie(request, reply, result.session, deps.cookieSecure);
          return reply.redirect(webTarget(result), 303);
        } catch (error) {
          if (error instanceof FlowRefused) return reply.redirect(webTarget(error), 303);
          throw error;
        }
      },
    });

    app.post('/me/identity-link-requests', {
      config: { access: access.startLink, rateLimit },
      schema: {
        tags: ['Accounts'],
        operationId: 'startIdentityLink',
        summary: 'Link a provider identity to my account: where to send the browser',
        body: LinkRequestSchema,
        response: { 201: LinkStartSchema },
      },
      handler: async (request, reply) => {
        const flow = await service.startLink(requireCaller(request.caller), request.body.providerId);
        holdState(request, reply, flow.state);
        return reply.code(201).send({ authorizationUrl: flow.authorizationUrl });
      },
    });

    app.get('/me/linked-identities', {
      config: { access: access.listIdentities },
      schema: {
        tags: ['Accounts'],
        operationId: 'listLinkedIdentities',
        summary: 'The provider identities linked to my account',
        response: { 200: LinkedIdentityListSchema },
      },
      handler: async (request) => ({ items: await service.listIdentities(requireCaller(request.caller)) }),
    });

    app.delete('/me/linked-identities/:identityId', {
      config: { access: access.unlink },
      schema: {
        tags: ['Accounts'],
        operationId: 'unlinkIdentity',
        summary: 'Unlink a provider identity (not the last way to log in)',
        params: IdentityParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await service.unlink(requireCaller(request.caller), request.params.identityId);
        return reply.code(204).send(null);
      },
    });

    app.get('/login-providers/:providerId/verification-policy', {
      config: { access: access.readPolicy },
      schema: {
        tags: ['Administration'],
        operationId: 'getProviderVerificationPolicy',
        summary: "Which of the provider's levels of assurance count as verification",
        params: ProviderParams,
        response: { 200: VerificationPolicySchema },
      },
      handler: async (request) => service.policy(request.params.providerId),
    });

    app.put('/login-providers/:providerId/verification-policy', {
      config: { access: access.changePolicy },
      schema: {
        tags: ['Administration'],
        operationId: 'setProviderVerificationPolicy',
        summary: "Choose which of the provider's levels of assurance count as verification",
        description:
          'Only a municipality-wide administrator. A log-in at an accepted level verifies the resident for the home neighbourhood they chose (the provider proves who, not where); never over a verification by letter or in person, and one identity verifies one account. Audit-logged.',
        params: ProviderParams,
        body: VerificationPolicyUpdateSchema,
        response: { 200: VerificationPolicySchema },
      },
      handler: async (request) =>
        service.changePolicy(requireCaller(request.caller), request.params.providerId, request.body),
    });
  };
