import { sql } from 'kysely';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

interface RouteParams {
  routeInfo?: { method?: string | string[]; url?: string };
  timeWindow?: unknown;
}

/**
 * A @fastify/rate-limit store kept in the database, so that several app instances behind a load
 * balancer share one count per client (a per-process count would multiply the allowance).
 * One atomic upsert per request: a window restarts when its reset time has passed.
 */
export function databaseRateLimitStore(db: Db, clock: Clock) {
  return class DatabaseRateLimitStore {
    constructor(
      _options?: unknown,
      private readonly namespace = 'global',
      private readonly windowMs = 60_000,
    ) {}

    /** The plugin passes the window as a third argument at run time; its types do not say so. */
    incr(key: string, callback: Callback, timeWindow: number = this.windowMs): void {
      const now = clock.now();
      const nowIso = now.toISOString();
      const resetIso = new Date(now.getTime() + timeWindow).toISOString();
      db.insertInto('rate_limits')
        .values({ key: `${this.namespace}|${key}`, hits: 1, reset_at: resetIso })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet({
            hits: sql<number>`CASE WHEN rate_limits.reset_at <= ${nowIso} THEN 1 ELSE rate_limits.hits + 1 END`,
            reset_at: sql<string>`CASE WHEN rate_limits.reset_at <= ${nowIso} THEN ${resetIso} ELSE rate_limits.reset_at END`,
          }),
        )
        .returning(['hits', 'reset_at'])
        .executeTakeFirstOrThrow()
        .then((row) =>
          callback(null, { current: Number(row.hits), ttl: Math.max(0, Date.parse(row.reset_at) - now.getTime()) }),
        )
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    }

    /** At run time the plugin passes its merged route parameters, not the route options its types name. */
    child(options: object): DatabaseRateLimitStore {
      const params = options as RouteParams;
      const method = params.routeInfo?.method;
      const route = `${Array.isArray(method) ? method.join(',') : (method ?? '')} ${params.routeInfo?.url ?? ''}`;
      const windowMs = typeof params.timeWindow === 'number' ? params.timeWindow : 60_000;
      return new DatabaseRateLimitStore(undefined, route, windowMs);
    }
  };
}

/** Old windows are only clutter; the periodic job removes them. */
export async function deleteExpiredRateLimits(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('rate_limits').where('reset_at', '<=', now.toISOString()).execute();
}
