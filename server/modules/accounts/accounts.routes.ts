import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  AcceptedSchema,
  AccountIdParams,
  AccountPageSchema,
  AccountQuerySchema,
  ChangePasswordSchema,
  EraseAccountSchema,
  GrantRoleSchema,
  LoginSchema,
  MeSchema,
  PasswordResetConfirmSchema,
  PasswordResetRequestSchema,
  RegisterSchema,
  RoleGrantParams,
  RoleGrantSchema,
  UpdateProfileSchema,
} from '../../../contracts/accounts.ts';
import { hashToken, requireCaller } from '../../http/auth.ts';

import { accountsAccess as access } from './accounts.policy.ts';
import { clearSessionCookies, setSessionCookie } from './session-cookie.ts';
import type { AccountsService, NewSession } from './accounts.service.ts';
import type { RolesService } from './roles.service.ts';

export interface AccountsRoutesDeps {
  accounts: AccountsService;
  roles: RolesService;
  cookieSecure: boolean;
  now: () => Date;
  authRateLimit: { max: number; timeWindow: number };
}

const NoContent = z.null().describe('No content');

export const accountsRoutes =
  (deps: AccountsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { accounts, roles } = deps;
    const rateLimit = { max: deps.authRateLimit.max, timeWindow: deps.authRateLimit.timeWindow };

    async function startSession(request: FastifyRequest, reply: FastifyReply, session: NewSession) {
      setSessionCookie(request, reply, session, deps.cookieSecure);
      const caller = await accounts.findCaller(hashToken(session.token), deps.now());
      return accounts.me(requireCaller(caller));
    }

    app.post('/accounts', {
      config: { access: access.register, rateLimit },
      schema: {
        tags: ['Accounts'],
        operationId: 'register',
        summary: 'Create an account and log in',
        body: RegisterSchema,
        response: { 201: MeSchema },
      },
      handler: async (request, reply) => {
        const me = await startSession(request, reply, await accounts.register(request.body));
        return reply.code(201).send(me);
      },
    });

    app.post('/sessions', {
      config: { access: access.login, rateLimit },
      schema: {
        tags: ['Accounts'],
        operationId: 'login',
        summary: 'Log in (starts a new session, ending the old one)',
        body: LoginSchema,
        response: { 201: MeSchema },
      },
      handler: async (request, reply) => {
        const session = await accounts.login(request.body, request.caller?.sessionId);
        return reply.code(201).send(await startSession(request, reply, session));
      },
    });

    app.delete('/sessions/current', {
      config: { access: access.logout },
      schema: { tags: ['Accounts'], operationId: 'logout', summary: 'Log out', response: { 204: NoContent } },
      handler: async (request, reply) => {
        await accounts.logout(requireCaller(request.caller).sessionId);
        return clearSessionCookies(reply).code(204).send(null);
      },
    });

    app.get('/me', {
      config: { access: access.me },
      schema: {
        tags: ['Accounts'],
        operationId: 'getMe',
        summary: 'My account, roles and CSRF token',
        response: { 200: MeSchema },
      },
      handler: async (request) => accounts.me(requireCaller(request.caller)),
    });

    app.patch('/me', {
      config: { access: access.updateProfile },
      schema: {
        tags: ['Accounts'],
        operationId: 'updateMe',
        summary: 'Change my display name, language or home neighbourhood',
        body: UpdateProfileSchema,
        response: { 200: MeSchema },
      },
      handler: async (request) => {
        const caller = requireCaller(request.caller);
        await accounts.updateProfile(caller, request.body);
        return accounts.me(caller);
      },
    });

    app.put('/me/password', {
      config: { access: access.changePassword, rateLimit },
      schema: {
        tags: ['Accounts'],
        operationId: 'changePassword',
        summary: 'Change my password (ends my other sessions)',
        body: ChangePasswordSchema,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await accounts.changePassword(requireCaller(request.caller), request.body);
        return reply.code(204).send(null);
      },
    });

    app.get('/me/export', {
      config: { access: access.exportData },
      schema: {
        tags: ['Accounts'],
        operationId: 'exportMyData',
        summary: 'Download all my personal data as JSON (AVG/GDPR art. 15 and 20)',
        response: { 200: z.record(z.string(), z.unknown()) },
      },
      handler: async (request, reply) => {
        const data = await accounts.exportData(requireCaller(request.caller));
        return reply.header('Content-Disposition', 'attachment; filename="wakkere-stad-mijn-gegevens.json"').send(data);
      },
    });

    app.delete('/me', {
      config: { access: access.erase, rateLimit },
      schema: {
        tags: ['Accounts'],
        operationId: 'eraseMe',
        summary: 'Delete my account: personal data erased, public contributions kept anonymously',
        body: EraseAccountSchema,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await accounts.erase(requireCaller(request.caller), request.body.password);
        return clearSessionCookies(reply).code(204).send(null);
      },
    });

    app.post('/password-resets', {
      config: { access: access.passwordReset, rateLimit },
      schema: {
        tags: ['Accounts'],
        operationId: 'requestPasswordReset',
        summary: 'Email a password-reset link (same answer whether or not the address is known)',
        body: PasswordResetRequestSchema,
        response: { 202: AcceptedSchema },
      },
      handler: async (request, reply) => {
        await accounts.requestPasswordReset(request.body.email);
        return reply.code(202).send({ message: 'If an account uses this address, a reset link is on its way.' });
      },
    });

    app.post('/password-resets/confirmations', {
      config: { access: access.passwordReset, rateLimit },
      schema: {
        tags: ['Accounts'],
        operationId: 'confirmPasswordReset',
        summary: 'Set a new password with the emailed token',
        body: PasswordResetConfirmSchema,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await accounts.confirmPasswordReset(request.body);
        return reply.code(204).send(null);
      },
    });

    app.get('/accounts', {
      config: { access: access.listAccounts },
      schema: {
        tags: ['Administration'],
        operationId: 'listAccounts',
        summary: 'Find accounts and their roles',
        description:
          'An administrator for an area finds only the accounts that live in that area or hold a role there, and only those roles.',
        querystring: AccountQuerySchema,
        response: { 200: AccountPageSchema },
      },
      handler: async (request) => {
        const { limit, cursor, ...filter } = request.query;
        return roles.listAccounts(requireCaller(request.caller), filter, limit, cursor);
      },
    });

    app.post('/accounts/:accountId/roles', {
      config: { access: access.grantRole },
      schema: {
        tags: ['Administration'],
        operationId: 'grantRole',
        summary: 'Give an account a role, optionally for one area',
        description:
          'Only within your own scope: a municipality-wide role only by a municipality-wide administrator; the administrator role only for an area inside your own; never to yourself.',
        params: AccountIdParams,
        body: GrantRoleSchema,
        response: { 201: RoleGrantSchema },
      },
      handler: async (request, reply) => {
        const grant = await roles.grant(requireCaller(request.caller), request.params.accountId, request.body);
        return reply.code(201).send(grant);
      },
    });

    app.delete('/accounts/:accountId/roles/:grantId', {
      config: { access: access.revokeRole },
      schema: {
        tags: ['Administration'],
        operationId: 'revokeRole',
        summary: 'Withdraw a role',
        description: 'Only a grant inside your own scope (the same rule as granting it); others are not found.',
        params: RoleGrantParams,
        response: { 204: NoContent },
      },
      handler: async (request, reply) => {
        await roles.revoke(requireCaller(request.caller), request.params.accountId, request.params.grantId);
        return reply.code(204).send(null);
      },
    });
  };
