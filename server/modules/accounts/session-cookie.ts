import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../../http/auth.ts';
import type { NewSession } from './accounts.service.ts';

/** Secure whenever configured (COOKIE_SECURE) or the request came over https (behind a proxy: TRUST_PROXY). */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: NewSession,
  cookieSecure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure || request.protocol === 'https',
    path: '/',
    expires: session.expiresAt,
  });
}
