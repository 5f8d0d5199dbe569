import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../http/auth.ts';
import type { NewSession } from './accounts.service.ts';

/**
 * A cookie the web app can read (the session cookie it cannot): "someone may be logged in here".
 * It holds no secret and grants nothing; without it the app does not ask GET /me, so an anonymous
 * visit logs no 401 in the browser's console. It lapses with the session and goes at log-out.
 */
export const SIGNED_IN_COOKIE = 'ws_signed_in';

/** Secure whenever configured (COOKIE_SECURE) or the request came over https (behind a proxy: TRUST_PROXY). */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: NewSession,
  cookieSecure: boolean,
): void {
  const options = {
    sameSite: 'lax',
    secure: cookieSecure || request.protocol === 'https',
    path: '/',
    expires: session.expiresAt,
  } as const;
  reply.setCookie(SESSION_COOKIE, session.token, { ...options, httpOnly: true });
  reply.setCookie(SIGNED_IN_COOKIE, '1', { ...options, httpOnly: false });
}

/** At log-out and erasure: both cookies go. */
export function clearSessionCookies(reply: FastifyReply): FastifyReply {
  return reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(SIGNED_IN_COOKIE, { path: '/' });
}
