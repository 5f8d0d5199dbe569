import { describe, expect, test } from 'vitest';
import { readUnsubscribeToken, unsubscribeToken } from './unsubscribe-token.ts';

const claim = { accountId: 'a-1', kinds: ['initiatives.pledge.made', 'help.request.closed'] };

describe('unsubscribe tokens', () => {
  test('read back what they carry', () => {
    expect(readUnsubscribeToken('secret', unsubscribeToken('secret', claim))).toEqual(claim);
  });

  test('refuse another key, a changed payload, a changed signature and garbage', () => {
    const token = unsubscribeToken('secret', claim);
    const [payload, signature] = token.split('.') as [string, string];
    const other = Buffer.from(JSON.stringify(['a-2', claim.kinds])).toString('base64url');
    expect(readUnsubscribeToken('another secret', token)).toBeUndefined();
    expect(readUnsubscribeToken('secret', `${other}.${signature}`)).toBeUndefined();
    expect(readUnsubscribeToken('secret', `${payload}.${signature.slice(1)}x`)).toBeUndefined();
    for (const garbage of ['', '.', 'abc', `${payload}.`, `${token}.x`])
      expect(readUnsubscribeToken('secret', garbage)).toBeUndefined();
  });
});
