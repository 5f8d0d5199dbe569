import { createHash } from 'node:crypto';
import argon2 from 'argon2';

/**
 * The same hash for the same seed and password, so generated data is reproducible. Parameters as
 * in accounts/password.ts (OWASP: argon2id, 19 MiB, 2 iterations); only the salt is derived,
 * which is acceptable for demo accounts whose passwords are published anyway.
 */
export async function demoPasswordHash(seed: string, password: string): Promise<string> {
  const salt = createHash('sha256').update(`${seed}/salt/${password}`).digest().subarray(0, 16);
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1, salt });
}
