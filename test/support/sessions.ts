import { randomBytes } from 'node:crypto';
import { newSessionToken } from '../../server/http/auth.ts';
import type { TestContext } from './test-app.ts';

/** A session straight in the database: cheap enough to make one per request in the role walk. */
export async function openTestSession(t: TestContext, accountId: string): Promise<{ cookie: string; csrf: string }> {
  const { token, sessionId } = newSessionToken();
  const csrf = randomBytes(12).toString('base64url');
  const now = t.clock.now();
  await t.db
    .insertInto('sessions')
    .values({
      id: sessionId,
      account_id: accountId,
      csrf_token: csrf,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + 86_400_000).toISOString(),
    })
    .execute();
  return { cookie: token, csrf };
}
