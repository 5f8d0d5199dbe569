/**
 * Per-account log-in throttling, on top of the per-IP limit: guessing one account's password from
 * many addresses is slowed down, and nobody can lock a resident out for long.
 *
 * Every attempt for an e-mail address is counted (whether or not an account uses it, so the answer
 * never tells). The first `freeAttempts` are free; the attempt that reaches that number starts a
 * lock of `firstLockMs`, and each further attempt after a lock doubles it, up to `maxLockMs`.
 * During a lock every attempt is refused with 429 and Retry-After, even with the right password, and
 * is not counted (so hammering does not lengthen it). A successful log-in or password reset ends
 * the count; without attempts it is forgotten after `forgetAfterMs`.
 */
export interface LoginThrottlePolicy {
  freeAttempts: number;
  firstLockMs: number;
  maxLockMs: number;
  forgetAfterMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  freeAttempts: 5,
  firstLockMs: 60_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 24 * 3_600_000,
};

/** How long attempt number `attempt` (1, 2, 3 …) locks the address: 0 while attempts are free. */
export function lockAfterAttempt(policy: LoginThrottlePolicy, attempt: number): number {
  if (attempt < policy.freeAttempts) return 0;
  const doublings = attempt - policy.freeAttempts;
  // Past ~30 doublings the number is far beyond any cap; stop before it overflows.
  return Math.min(policy.maxLockMs, policy.firstLockMs * 2 ** Math.min(doublings, 30));
}

/** The smallest attempt number whose lock is the cap: from there on every attempt locks for maxLockMs. */
export function attemptReachingCap(policy: LoginThrottlePolicy): number {
  let attempt = Math.max(1, policy.freeAttempts);
  while (lockAfterAttempt(policy, attempt) < policy.maxLockMs) attempt += 1;
  return attempt;
}
