import { createHmac, timingSafeEqual } from 'node:crypto';

/** Who unsubscribes from which kinds: what an unsubscribe link carries. */
export interface UnsubscribeClaim {
  accountId: string;
  kinds: string[];
}

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/**
 * `<payload>.<HMAC-SHA256>`: works without logging in and never expires (RFC 8058 asks that an
 * unsubscribe link keep working), but nobody can make one for another account or kind.
 */
export function unsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  const payload = Buffer.from(JSON.stringify([claim.accountId, claim.kinds])).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

export function readUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | undefined {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return undefined;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      Array.isArray(value[1]) &&
      value[1].every((kind) => typeof kind === 'string')
    )
      return { accountId: value[0], kinds: value[1] as string[] };
  } catch {
    // not ours: refused below
  }
  return undefined;
}
