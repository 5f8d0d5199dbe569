import { describe, expect, test } from 'vitest';
import { classifyFailure, MAX_ATTEMPTS, retryDelayMs } from './mail-retry.ts';

describe('retries', () => {
  test('back off exponentially, at most six hours apart, for about three days', () => {
    expect([1, 2, 3, 4, 9, 10, 20].map(retryDelayMs)).toEqual([
      60_000,
      120_000,
      240_000,
      480_000,
      256 * 60_000,
      6 * 3_600_000,
      6 * 3_600_000,
    ]);
    let total = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) total += retryDelayMs(attempt);
    expect(total / 3_600_000).toBeGreaterThan(60);
    expect(total / 3_600_000).toBeLessThan(96);
  });

  test.each([
    ['a refused connection', { code: 'ECONNECTION', message: 'connect ECONNREFUSED' }, false, true],
    ['a timeout', { code: 'ETIMEDOUT', message: 'Greeting never received' }, false, true],
    ['a busy server (421)', { code: 'EENVELOPE', responseCode: 421, message: 'try later' }, false, true],
    ['a full mailbox (452)', { code: 'EENVELOPE', responseCode: 452, message: 'over quota' }, false, false],
    ['an unknown mailbox (550)', { code: 'EENVELOPE', responseCode: 550, message: 'no such user' }, true, false],
    ['wrong credentials (535)', { code: 'EAUTH', responseCode: 535, message: 'auth failed' }, false, true],
  ])('%s', (_name, error, permanent, serverDown) => {
    expect(classifyFailure(error)).toMatchObject({ permanent, serverDown });
  });
});
