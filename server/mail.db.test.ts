import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../test/support/test-app.ts';
import { maskAddress, parseMailSettings } from './mail.ts';

// Without SMTP every mail stays in the outbox (administrators see it there); the server log never
// gets a mail's text, which can hold a live password-reset token.
const lines: string[] = [];
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({
    logger: { level: 'trace', stream: { write: (line: string) => void lines.push(line) } },
  });
});
afterAll(async () => {
  await t.close();
});

describe('mail without SMTP', () => {
  test('a password-reset mail stays in the outbox; the log has neither the link nor the address', async () => {
    await signUp(t, { email: 'lena.de.vries@example.nl' });
    lines.length = 0;
    const response = await new TestClient(t.app).post('/api/v1/password-resets', { email: 'lena.de.vries@example.nl' });
    expect(response.statusCode).toBe(202);

    const mails = await t.mails();
    expect(mails).toEqual([
      expect.objectContaining({
        to: 'lena.de.vries@example.nl',
        kind: 'accounts.password-reset',
        status: 'queued',
        text: expect.stringContaining('/wachtwoord-herstellen#'),
      }),
    ]);
    const log = lines.join('');
    expect(log).not.toContain('wachtwoord-herstellen');
    expect(log).not.toContain('lena.de.vries');
  });

  test('addresses are masked', () => {
    expect(maskAddress('jan@example.nl')).toBe('j***@example.nl');
    expect(maskAddress('@example.nl')).toBe('***');
    expect(maskAddress('not an address')).toBe('***');
  });
});

describe('mail settings', () => {
  const parse = (env: Record<string, string>, publicUrl = 'https://wakkerestad.example.nl') =>
    parseMailSettings(env, publicUrl);

  test('none by default; the sender from the public address', () => {
    expect(parse({})).toEqual({
      mail: { smtp: null, from: 'Wakkere Stad <noreply@wakkerestad.example.nl>' },
      problems: [],
    });
  });

  test('SMTP_URL: smtp:// requires STARTTLS on 587, smtps:// is TLS on 465; SMTP_TLS overrides', () => {
    expect(parse({ SMTP_URL: 'smtp://mail%40gemeente.nl:geheim@relay.gemeente.nl' }).mail.smtp).toEqual({
      host: 'relay.gemeente.nl',
      port: 587,
      tls: 'starttls',
      user: 'mail@gemeente.nl',
      password: 'geheim',
    });
    expect(parse({ SMTP_URL: 'smtps://relay.gemeente.nl' }).mail.smtp).toMatchObject({ port: 465, tls: 'implicit' });
    expect(parse({ SMTP_URL: 'smtp://localhost:25', SMTP_TLS: 'none' }).mail.smtp).toMatchObject({
      port: 25,
      tls: 'none',
      user: undefined,
    });
  });

  test('SMTP_HOST with port, user, password and TLS; MAIL_FROM', () => {
    expect(
      parse({
        SMTP_HOST: 'relay.gemeente.nl',
        SMTP_PORT: '465',
        SMTP_USER: 'u',
        SMTP_PASSWORD: 'p',
        MAIL_FROM: 'Gemeente Wakkerdam <noreply@wakkerdam.nl>',
      }).mail,
    ).toEqual({
      smtp: { host: 'relay.gemeente.nl', port: 465, tls: 'implicit', user: 'u', password: 'p' },
      from: 'Gemeente Wakkerdam <noreply@wakkerdam.nl>',
    });
  });

  test('mistakes are named, all at once', () => {
    expect(
      parse({ SMTP_URL: 'http://x', SMTP_TLS: 'maybe', MAIL_FROM: 'nobody' }).problems.map((p) => p.split(':')[0]),
    ).toEqual(['SMTP_TLS', 'SMTP_URL', 'MAIL_FROM']);
    expect(parse({ SMTP_HOST: 'h', SMTP_USER: 'u' }).problems).toEqual([
      'SMTP_USER and SMTP_PASSWORD: set both or neither',
    ]);
    expect(parse({ SMTP_HOST: 'h', SMTP_URL: 'smtp://h' }).problems).toHaveLength(1);
    expect(parse({ SMTP_HOST: 'h', SMTP_PORT: '70000' }).problems).toHaveLength(1);
  });
});
