import { describe, expect, test } from 'vitest';
import { attemptReachingCap, DEFAULT_LOGIN_THROTTLE, lockAfterAttempt } from './login-throttle.ts';

describe('log-in back-off', () => {
  test('free attempts, then one minute doubling to at most fifteen', () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50, 5000].map(
      (attempt) => lockAfterAttempt(DEFAULT_LOGIN_THROTTLE, attempt) / 60_000,
    );
    expect(minutes).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 15, 15, 15, 15]);
    expect(attemptReachingCap(DEFAULT_LOGIN_THROTTLE)).toBe(9);
  });
});
