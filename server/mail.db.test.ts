import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../test/support/test-app.ts';
import { maskAddress } from './mail.ts';

// Without SMTP the default mailer writes to the server log: that a mail was kept unsent, to whom
// (masked) and its subject, never its text, which can hold a live password-reset token.
const lines: string[] = [];
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({
    mailer: undefined,
    logger: { level: 'trace', stream: { write: (line: string) => void lines.push(line) } },
  });
});
afterAll(async () => {
  await t.close();
});

describe('mail without SMTP', () => {
  test('a password-reset mail is logged as kept unsent, without the link or the token', async () => {
    await signUp(t, { email: 'lena.de.vries@example.nl' });
    lines.length = 0;
    const response = await new TestClient(t.app).post('/api/v1/password-resets', { email: 'lena.de.vries@example.nl' });
    expect(response.statusCode).toBe(202);

    const row = await t.db.selectFrom('password_resets').select('id').executeTakeFirstOrThrow();
    expect(row.id).toBeTruthy();
    const log = lines.join('');
    const entry = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((e) => 'mail' in e);
    expect(entry).toMatchObject({
      msg: 'mail kept unsent: no SMTP configured',
      mail: { to: 'l***@example.nl', subject: expect.stringContaining('wachtwoord') },
    });
    expect(log).not.toContain('wachtwoord-herstellen');
    expect(log).not.toContain('#');
    expect(log).not.toContain('lena.de.vries');
  });

  test('addresses are masked', () => {
    expect(maskAddress('jan@example.nl')).toBe('j***@example.nl');
    expect(maskAddress('@example.nl')).toBe('***');
    expect(maskAddress('not an address')).toBe('***');
  });
});
