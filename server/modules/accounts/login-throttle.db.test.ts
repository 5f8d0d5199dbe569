import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { loginThrottleKey } from './accounts.service.ts';
import { DEFAULT_LOGIN_THROTTLE } from './login-throttle.ts';
import { createLoginThrottleRepository } from './login-throttle.repository.ts';

// Per-account throttling: counted per e-mail address whatever the IP address, the same for unknown
// addresses, capped low, and ended by a successful log-in or a password reset.
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const PASSWORD = 'correct horse battery';
let address = 0;
const login = (email: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    payload: { email, password },
    remoteAddress: `10.0.${Math.floor(++address / 200)}.${address % 200}`, // a new IP address every time
  });

async function failTimes(email: string, n: number) {
  for (let i = 0; i < n; i++) expect((await login(email, 'a wrong password')).statusCode).toBe(401);
}

describe('per-account log-in throttling', () => {
  test('five wrong passwords from five addresses lock the account for a minute, even for the right password', async () => {
    await signUp(t, { email: 'target@example.nl', password: PASSWORD });
    await failTimes('target@example.nl', 5);

    const refused = await login('target@example.nl', PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.json()).toMatchObject({ status: 429, type: expect.stringContaining('too-many-login-attempts') });

    t.clock.advance(60_000);
    expect((await login('target@example.nl', PASSWORD)).statusCode).toBe(201);
    // The success started the count afresh: four wrong ones are free again.
    await failTimes('target@example.nl', 4);
    expect((await login('target@example.nl', PASSWORD)).statusCode).toBe(201);
  });

  test('the lock doubles after each further failure and stops at fifteen minutes', async () => {
    await signUp(t, { email: 'doubling@example.nl', password: PASSWORD });
    await failTimes('doubling@example.nl', 5);
    const waits: string[] = [];
    for (let i = 0; i < 6; i++) {
      const refused = await login('doubling@example.nl', 'a wrong password');
      expect(refused.statusCode).toBe(429);
      const seconds = String(refused.headers['retry-after']);
      waits.push(seconds);
      t.clock.advance(Number(seconds) * 1000);
      expect((await login('doubling@example.nl', 'a wrong password')).statusCode).toBe(401);
    }
    expect(waits).toEqual(['60', '120', '240', '480', '900', '900']);
  });

  test('attempts during a lock are not counted, so hammering does not lengthen it', async () => {
    await signUp(t, { email: 'hammered@example.nl', password: PASSWORD });
    await failTimes('hammered@example.nl', 5);
    for (let i = 0; i < 20; i++) expect((await login('hammered@example.nl', 'guess')).statusCode).toBe(429);
    t.clock.advance(60_000);
    expect((await login('hammered@example.nl', PASSWORD)).statusCode).toBe(201);
  });

  test('thirty wrong passwords sent at once get at most five checked', async () => {
    await signUp(t, { email: 'burst@example.nl', password: PASSWORD });
    const answers = await Promise.all(Array.from({ length: 30 }, () => login('burst@example.nl', 'a wrong password')));
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(25);
  });

  test('an unknown address is throttled exactly like a known one, so the answer tells nothing', async () => {
    await signUp(t, { email: 'known@example.nl', password: PASSWORD });
    const known: Array<[number, string | undefined]> = [];
    const unknown: Array<[number, string | undefined]> = [];
    for (let i = 0; i < 7; i++) {
      const a = await login('known@example.nl', 'a wrong password');
      const b = await login('nobody@example.nl', 'a wrong password');
      known.push([a.statusCode, a.headers['retry-after'] as string | undefined]);
      unknown.push([b.statusCode, b.headers['retry-after'] as string | undefined]);
      expect(a.json().detail).toBe(b.json().detail);
    }
    expect(known).toEqual(unknown);
  });

  test('the address is normalised: case and spaces do not give new attempts', async () => {
    await signUp(t, { email: 'casey@example.nl', password: PASSWORD });
    for (const email of [
      'casey@example.nl',
      'CASEY@example.nl',
      ' Casey@Example.NL ',
      'casey@EXAMPLE.nl',
      'Casey@example.nl',
    ])
      expect((await login(email, 'a wrong password')).statusCode).toBe(401);
    expect((await login('casey@example.nl', PASSWORD)).statusCode).toBe(429);
  });

  test('a password reset ends the lock at once', async () => {
    await signUp(t, { email: 'locked-out@example.nl', password: PASSWORD });
    await failTimes('locked-out@example.nl', 5);
    expect((await login('locked-out@example.nl', PASSWORD)).statusCode).toBe(429);

    const anonymous = new TestClient(t.app);
    await anonymous.post('/api/v1/password-resets', { email: 'locked-out@example.nl' });
    const token = /#([\w-]+)/.exec((await t.mails()).at(-1)?.text ?? '')?.[1];
    const confirmed = await anonymous.post('/api/v1/password-resets/confirmations', {
      token,
      newPassword: 'a brand new password',
    });
    expect(confirmed.statusCode).toBe(204);
    expect((await login('locked-out@example.nl', 'a brand new password')).statusCode).toBe(201);
  });

  test('counts are forgotten a day after the last attempt', async () => {
    await signUp(t, { email: 'forgotten@example.nl', password: PASSWORD });
    await failTimes('forgotten@example.nl', 4);
    t.clock.advance(24 * 3_600_000);
    await failTimes('forgotten@example.nl', 4);
    expect((await login('forgotten@example.nl', PASSWORD)).statusCode).toBe(201);
  });

  test('the periodic job deletes counts a day after their last attempt, and no sooner', async () => {
    await failTimes('cleanup@example.nl', 2);
    const row = () =>
      t.db
        .selectFrom('login_throttles')
        .select('attempts')
        .where('key', '=', loginThrottleKey('cleanup@example.nl'))
        .executeTakeFirst();
    const repo = createLoginThrottleRepository(t.db, DEFAULT_LOGIN_THROTTLE);
    t.clock.advance(24 * 3_600_000 - 1);
    await repo.deleteForgotten(t.clock.now());
    expect(await row()).toEqual({ attempts: 2 });
    t.clock.advance(1);
    await repo.deleteForgotten(t.clock.now());
    expect(await row()).toBeUndefined();
  });
});
