import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Access, Role } from '../../contracts/roles.ts';
import { sendProblem, unauthorized } from './problem.ts';

export const SESSION_COOKIE = 'ws_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface RoleGrant {
  role: Role;
  /** Null: the whole municipality. */
  areaId: string | null;
}

/** Who is calling: set on every request by the session hook, null when anonymous. */
export interface Caller {
  accountId: string;
  sessionId: string;
  csrfToken: string;
  grants: RoleGrant[];
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
  interface FastifyContextConfig {
    /** Who may call this route; every /api/v1 route must declare it. */
    access?: Access;
  }
}

export interface SessionLookup {
  findCaller(sessionId: string, now: Date): Promise<Caller | null>;
}

export function newSessionToken(): { token: string; sessionId: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, sessionId: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Routes declared `authenticated` or role-bound always have a caller; this narrows the type (401 otherwise). */
export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw unauthorized();
  return caller;
}

export function hasRole(caller: Caller | null, allowed: readonly Role[]): boolean {
  if (!caller) return false;
  return caller.grants.some((grant) => allowed.includes(grant.role));
}

/** A role counts for an area when granted municipality-wide or for that exact area or one of its parents. */
export function hasRoleFor(caller: Caller | null, allowed: readonly Role[], areaIds: readonly string[]): boolean {
  if (!caller) return false;
  return caller.grants.some(
    (grant) => allowed.includes(grant.role) && (grant.areaId === null || areaIds.includes(grant.areaId)),
  );
}

export function accessAllows(access: Access, caller: Caller | null): boolean {
  if (access === 'public') return true;
  if (!caller) return false;
  if (access === 'authenticated') return true;
  return hasRole(caller, access);
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface AuthOptions {
  sessions: SessionLookup;
  now: () => Date;
}

/**
 * Loads the caller from the session cookie, then applies the route's declared access before
 * the body is even validated, so a denied caller learns nothing about the input rules.
 */
export function registerAuth(app: FastifyInstance, options: AuthOptions): void {
  app.decorateRequest('caller', null);

  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    if (!url.startsWith('/api/v1')) return;
    if (route.config?.access === undefined) {
      throw new Error(`Route ${String(route.method)} ${url} does not declare config.access`);
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.caller = await options.sessions.findCaller(hashToken(token), options.now());

    if (UNSAFE.has(request.method) && !sameOrigin(request)) {
      return sendProblem(reply, request, 403, 'Cross-site requests are not accepted.', 'cross-site-request');
    }
    // Cookie-authenticated writes must echo the session's CSRF token (synchronizer token pattern).
    if (UNSAFE.has(request.method) && request.caller && request.headers[CSRF_HEADER] !== request.caller.csrfToken) {
      return sendProblem(reply, request, 403, `Missing or wrong ${CSRF_HEADER} header.`, 'csrf-token');
    }

    const access = request.routeOptions.config.access;
    if (access === undefined || accessAllows(access, request.caller)) return;
    if (!request.caller) return sendProblem(reply, request, 401, 'Log in to do this.', 'not-logged-in');
    return sendProblem(reply, request, 403, 'Your role does not allow this.', 'role-not-allowed');
  });
}

function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}
