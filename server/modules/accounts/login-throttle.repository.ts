import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { attemptReachingCap, lockAfterAttempt, type LoginThrottlePolicy } from './login-throttle.ts';

export type AttemptOutcome = { allowed: true; attempt: number } | { allowed: false; retryAfterMs: number };

/** The SQL of log-in throttling (login-throttle.ts); one atomic statement decides each attempt. */
export function createLoginThrottleRepository(db: Db, policy: LoginThrottlePolicy) {
  const capAt = attemptReachingCap(policy);

  /** The lock an attempt sets, as a CASE over its number, so counting and locking are one statement. */
  function lockFor(attempt: RawBuilder<number>, now: Date): RawBuilder<string | null> {
    const until = (n: number) => new Date(now.getTime() + lockAfterAttempt(policy, n)).toISOString();
    const steps = [];
    for (let n = capAt - 1; n >= policy.freeAttempts; n -= 1) steps.push(sql`WHEN ${attempt} = ${n} THEN ${until(n)}`);
    return sql<
      string | null
    >`CASE WHEN ${attempt} >= ${capAt} THEN ${until(capAt)} ${sql.join(steps, sql` `)} ELSE NULL END`;
  }

  return {
    /**
     * Counts an attempt unless the address is locked. Several instances and parallel requests are
     * counted exactly: a burst gets at most the free attempts through before the lock holds.
     */
    async attempt(key: string, now: Date): Promise<AttemptOutcome> {
      const nowIso = now.toISOString();
      const forgetBefore = new Date(now.getTime() - policy.forgetAfterMs).toISOString();
      const next = sql<number>`CASE WHEN login_throttles.last_attempt_at <= ${forgetBefore} THEN 1 ELSE login_throttles.attempts + 1 END`;
      const counted = await db
        .insertInto('login_throttles')
        .values({ key, attempts: 1, last_attempt_at: nowIso, locked_until: lockFor(sql<number>`1`, now) })
        .onConflict((conflict) =>
          conflict
            .column('key')
            .doUpdateSet({ attempts: next, last_attempt_at: nowIso, locked_until: lockFor(next, now) })
            .where((eb) =>
              eb.or([eb('login_throttles.locked_until', 'is', null), eb('login_throttles.locked_until', '<=', nowIso)]),
            ),
        )
        .returning('attempts')
        .executeTakeFirst();
      if (counted) return { allowed: true, attempt: Number(counted.attempts) };
      const row = await db
        .selectFrom('login_throttles')
        .select('locked_until')
        .where('key', '=', key)
        .executeTakeFirst();
      const until = row?.locked_until ? Date.parse(row.locked_until) : now.getTime();
      return { allowed: false, retryAfterMs: Math.max(1000, until - now.getTime()) };
    },

    /** A successful log-in or password reset: the address starts afresh. */
    async reset(key: string): Promise<void> {
      await db.deleteFrom('login_throttles').where('key', '=', key).execute();
    },

    /** Counts nobody added to for a while are forgotten (the periodic job). */
    async deleteForgotten(now: Date): Promise<void> {
      const forgetBefore = new Date(now.getTime() - policy.forgetAfterMs).toISOString();
      await db
        .deleteFrom('login_throttles')
        .where('last_attempt_at', '<=', forgetBefore)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now.toISOString())]))
        .execute();
    },
  };
}
export type LoginThrottleRepository = ReturnType<typeof createLoginThrottleRepository>;
