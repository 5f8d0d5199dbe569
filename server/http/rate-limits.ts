import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * How a logged-in write is limited per account (see `registerWriteLimits`): `content` for
     * creating things others see or act on (initiatives, pledges, reports, help requests, gifts …);
     * any other write that is not public gets the general limit. A route's own `rateLimit` wins.
     */
    writeLimit?: 'content';
  }
}

export interface Limit {
  max: number;
  timeWindow: number;
}

export interface WriteLimits {
  /** Per account and route: creating initiatives, pledges, reports, help requests, gifts, proposals … */
  content: Limit;
  /** Per account and route: every other write that needs a log-in (generous: staff enter in bulk). */
  general: Limit;
}

export const DEFAULT_WRITE_LIMITS: WriteLimits = {
  content: { max: 60, timeWindow: 60 * 60_000 },
  general: { max: 300, timeWindow: 10 * 60_000 },
};

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

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Gives every write under /api/v1 that needs a log-in a per-account limit, unless it declares its
 * own `rateLimit`. Must be added before @fastify/rate-limit, whose own onRoute hook reads the result.
 */
export function registerWriteLimits(app: FastifyInstance, limits: WriteLimits): void {
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const config = route.config;
    if (!config || !route.url.startsWith('/api/v1/') || !methods.some((m) => WRITES.has(m))) return;
    if (config.access === undefined || config.access === 'public' || config.rateLimit !== undefined) return;
    const limit = config.writeLimit === 'content' ? limits.content : limits.general;
    config.rateLimit = perCaller(limit.max, limit.timeWindow);
  });
}
