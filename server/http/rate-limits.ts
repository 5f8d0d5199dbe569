import type { FastifyRequest } from 'fastify';

/**
 * Whom a per-route limit counts: the logged-in account (wherever it connects from), else the IP
 * address. Counts live in the database (rate-limit-store.ts), so every instance shares them; an
 * exceeded limit answers 429 problem+json with Retry-After.
 */
export function perCallerKey(request: FastifyRequest): string {
  return request.caller ? `account:${request.caller.accountId}` : `ip:${request.ip}`;
}

/** A per-route limit for `config.rateLimit`, counted per account (per IP address when anonymous). */
export function perCaller(max: number, timeWindow: number) {
  return { max, timeWindow, keyGenerator: perCallerKey };
}
