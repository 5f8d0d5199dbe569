import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeTestApp, createWorld, startInitiative, type World } from '../../../test/support/initiatives.ts';
import { startSmtpServer, type TestSmtpServer } from '../../../test/support/smtp.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { createApp } from '../../app.ts';
import { createJobRunner } from '../../platform/jobs/job-runner.ts';

// Mail through a real SMTP server started here: the messages as received (headers, both languages,
// the one-click unsubscribe), no loss while the server is down, and each mail once with two senders.
const PUBLIC_URL = 'https://wakkerestad.example.nl';
const FROM = 'Gemeente Amstelveen <noreply@wakkerestad.example.nl>';
const MINUTE = 60_000;

let smtp: TestSmtpServer;
let t: TestContext;
let world: World;
let organiser: TestClient;
let initiativeId: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ publicUrl: PUBLIC_URL, mail: { smtp: smtp.settings(), from: FROM } });
  world = await createWorld(t);
  organiser = await signUp(t, { displayName: 'Olga Organiseert', email: 'olga@example.nl' });
  initiativeId = (await startInitiative(world, organiser)).id;
});
afterAll(async () => {
  await closeTestApp(t);
  await smtp.stop();
});

const sendMail = () => t.runJob('notification-mail');
const mailsTo = (address: string) => smtp.received.filter((m) => m.envelope.to.includes(address));
/** A header as it came over the wire (unfolded). */
const header = (mail: (typeof smtp.received)[number], name: string) =>
  new RegExp(`^${name}:\\s*(.*)$`, 'im')
    .exec(mail.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' '))?.[1]
    ?.trim();

async function askToJoin(): Promise<void> {
  const joiner = await signUp(t);
  expect((await joiner.post(`/api/v1/initiatives/${initiativeId}/members`, {})).statusCode).toBe(201);
}

describe('a mail as it arrives', () => {
  test('a password reset, in Dutch: the one-time link, the municipality, no unsubscribe; the outbox forgets the text', async () => {
    await signUp(t, { email: 'lena@example.nl', displayName: 'Lena de Vries' });
    await new TestClient(t.app).post('/api/v1/password-resets', { email: 'lena@example.nl' });
    await sendMail();

    const [mail, ...more] = mailsTo('lena@example.nl');
    expect(more).toEqual([]);
    expect(mail!.envelope.from).toBe('noreply@wakkerestad.example.nl');
    expect(mail!.parsed.from?.value).toEqual([
      { name: 'Gemeente Amstelveen', address: 'noreply@wakkerestad.example.nl' },
    ]);
    expect(mail!.parsed.subject).toBe('Kies een nieuw wachtwoord · Wakkere Stad Amstelveen');
    expect(mail!.parsed.messageId).toMatch(/@wakkerestad\.example\.nl>$/);
    expect(header(mail!, 'auto-submitted')).toBe('auto-generated');
    expect(header(mail!, 'list-unsubscribe')).toBeUndefined();
    expect(mail!.parsed.text).toContain('Beste Lena de Vries,');
    expect(mail!.parsed.text).toMatch(/https:\/\/wakkerestad\.example\.nl\/wachtwoord-herstellen#[\w-]{40,}/);
    expect(mail!.parsed.text).toContain('30 minuten');
    expect(mail!.parsed.text).toContain('Dit bericht krijg je altijd per e-mail.');
    expect(mail!.parsed.html).toContain('<html lang="nl">');
    expect(mail!.parsed.html).toContain('href="https://wakkerestad.example.nl/wachtwoord-herstellen#');

    const token = /#([\w-]+)/.exec(mail!.parsed.text ?? '')![1]!;
    const reset = await new TestClient(t.app).post('/api/v1/password-resets/confirmations', {
      token,
      newPassword: 'een nieuw wachtwoord',
    });
    expect(reset.statusCode).toBe(204);
    expect(await t.mails()).toContainEqual(
      expect.objectContaining({ to: 'lena@example.nl', status: 'sent', text: null }),
    );
  });

  test('in English for a resident who reads English, with a one-click unsubscribe that works without logging in', async () => {
    await organiser.patch('/api/v1/me', { locale: 'en' });
    await organiser.put('/api/v1/notification-preferences/initiatives.member.requested', { channel: 'email' });
    await askToJoin();
    await sendMail();

    const [mail, ...more] = mailsTo('olga@example.nl');
    expect(more).toEqual([]);
    expect(mail!.parsed.subject).toBe('Someone wants to join · Wakkere Stad Amstelveen');
    expect(mail!.parsed.text).toContain('Dear Olga Organiseert,');
    expect(mail!.parsed.text).toContain('Moestuin aan de Keizer Karelweg');
    expect(mail!.parsed.text).toMatch(/See it on Wakkere Stad:\nhttps:\/\/wakkerestad\.example\.nl\/meldingen\/\S+/);
    expect(mail!.parsed.text).toContain(
      'Choose which notifications you get by e-mail: https://wakkerestad.example.nl/meldingen/instellingen',
    );
    expect(mail!.parsed.text).toMatch(/No more e-mail about “Someone wants to join”: https:\/\/\S+\/afmelden\?token=/);
    expect(mail!.parsed.html).toContain('<html lang="en">');
    expect(header(mail!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const listUnsubscribe = /^<([^>]+)>$/.exec(header(mail!, 'list-unsubscribe') ?? '')?.[1];
    expect(listUnsubscribe).toMatch(
      /^https:\/\/wakkerestad\.example\.nl\/api\/v1\/notification-unsubscriptions\?token=/,
    );

    // What a mail client does (RFC 8058): a form POST to that address, without cookies.
    const url = new URL(listUnsubscribe!);
    const oneClick = await t.app.inject({
      method: 'POST',
      url: `${url.pathname}${url.search}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode, oneClick.body).toBe(200);
    expect(oneClick.json().kinds).toEqual([
      expect.objectContaining({ kind: 'initiatives.member.requested', channel: 'app' }),
    ]);
    // The same as multipart/form-data, which RFC 8058 prefers; doing it twice changes nothing.
    const boundary = 'wakkere-stad-test';
    const multipart = await t.app.inject({
      method: 'POST',
      url: `${url.pathname}${url.search}`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    expect(multipart.statusCode, multipart.body).toBe(200);
    const preferences = (await organiser.get('/api/v1/notification-preferences')).json().items;
    expect(preferences).toContainEqual(
      expect.objectContaining({ kind: 'initiatives.member.requested', channel: 'app' }),
    );

    // From now on in the app only.
    await askToJoin();
    await sendMail();
    expect(mailsTo('olga@example.nl')).toHaveLength(1);
    const unread = (await organiser.get('/api/v1/notifications?unread=true')).json().items;
    expect(unread.filter((n: { kind: string }) => n.kind === 'initiatives.member.requested')).toHaveLength(2);

    // The link in the text leads to the web page, which reads the same token.
    const pageToken = /afmelden\?token=(\S+)/.exec(mail!.parsed.text ?? '')![1]!;
    const described = await new TestClient(t.app).get(`/api/v1/notification-unsubscriptions?token=${pageToken}`);
    expect(described.json().kinds[0]).toMatchObject({ title: { en: 'Someone wants to join' }, channel: 'app' });
    const forged = await new TestClient(t.app).post(`/api/v1/notification-unsubscriptions?token=${pageToken}x`, {});
    expect(forged.statusCode).toBe(400);
  });

  test('a daily digest: nothing at once, one mail with everything at 07:00 Amsterdam time', async () => {
    await organiser.patch('/api/v1/me', { locale: 'nl' });
    await organiser.put('/api/v1/notification-preferences/initiatives.member.requested', { channel: 'daily' });
    const before = mailsTo('olga@example.nl').length;
    await askToJoin();
    await askToJoin();
    await sendMail();
    expect(mailsTo('olga@example.nl')).toHaveLength(before);

    // The test clock stands at Monday 2 March 2026, 09:00 UTC; the digest goes out on Tuesday 07:00 (06:00 UTC).
    t.clock.set(new Date('2026-03-03T05:59:00.000Z'));
    await sendMail();
    expect(mailsTo('olga@example.nl')).toHaveLength(before);
    t.clock.set(new Date('2026-03-03T06:00:00.000Z'));
    await sendMail();
    await sendMail();
    const digests = mailsTo('olga@example.nl').slice(before);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.parsed.subject).toBe('Je dagelijkse overzicht: 2 meldingen · Wakkere Stad Amstelveen');
    expect(digests[0]!.parsed.text?.match(/\* Iemand wil meedoen/g)).toHaveLength(2);
    expect(header(digests[0]!, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  });
});

describe('a mail server that is down', () => {
  test('loses nothing: the mails wait, back off, and go out once when it is back', async () => {
    const addresses = ['down1@example.nl', 'down2@example.nl', 'down3@example.nl'];
    for (const email of addresses) await signUp(t, { email });
    await smtp.stop();
    for (const email of addresses) await new TestClient(t.app).post('/api/v1/password-resets', { email });
    await sendMail();
    await sendMail();
    const waiting = (await t.mails()).filter((m) => addresses.includes(m.to));
    expect(waiting.map((m) => m.status)).toEqual(['queued', 'queued', 'queued']);
    const rows = await t.db
      .selectFrom('mail_outbox')
      .select(['attempts', 'last_error', 'next_attempt_at'])
      .where('to_address', 'in', addresses)
      .orderBy('attempts')
      .execute();
    // One attempt found the server down; the run stopped there instead of spending every mail's attempts.
    expect(rows.map((row) => row.attempts)).toEqual([0, 0, 1]);
    expect(rows[2]!.last_error).toMatch(/ECONNREFUSED|ECONNECTION/);
    expect(rows[2]!.next_attempt_at).toBe(new Date(t.clock.now().getTime() + MINUTE).toISOString());

    await smtp.start();
    await sendMail(); // the sender waits the minute before it tries the server again
    expect(addresses.flatMap(mailsTo)).toEqual([]);
    t.clock.advance(MINUTE);
    await sendMail();
    await sendMail();
    expect(addresses.map((address) => mailsTo(address).length)).toEqual([1, 1, 1]);
    expect((await t.mails()).filter((m) => addresses.includes(m.to)).map((m) => m.status)).toEqual([
      'sent',
      'sent',
      'sent',
    ]);
  });

  test('a sender that died mid-send: its claim lapses after five minutes and the mail goes out once', async () => {
    await signUp(t, { email: 'crash@example.nl' });
    await new TestClient(t.app).post('/api/v1/password-resets', { email: 'crash@example.nl' });
    await t.runJob('notification-mail');
    const sent = mailsTo('crash@example.nl').length;
    expect(sent).toBe(1);
    // Put it back as a crashed process would leave it: claimed, never finished.
    const nowIso = t.clock.now().toISOString();
    await t.db
      .updateTable('mail_outbox')
      .set({
        status: 'sending',
        claim_token: 'dead',
        claimed_until: new Date(t.clock.now().getTime() + 5 * MINUTE).toISOString(),
        text_body: 'again',
        html_body: '<p>again</p>',
        expires_at: null,
      })
      .where('to_address', '=', 'crash@example.nl')
      .where('created_at', '<=', nowIso)
      .execute();
    await sendMail();
    expect(mailsTo('crash@example.nl')).toHaveLength(1);
    t.clock.advance(5 * MINUTE);
    await sendMail();
    await sendMail();
    expect(mailsTo('crash@example.nl')).toHaveLength(2);
  });
});

describe('two instances', () => {
  test('two senders at once, and two job runners, send each mail exactly once', async () => {
    const second = await createApp({
      db: t.db,
      clock: t.clock,
      ids: () => `b-${t.ids()}`,
      publicUrl: PUBLIC_URL,
      mail: { smtp: smtp.settings(), from: FROM },
    });
    try {
      const addresses = Array.from({ length: 12 }, (_, i) => `twice${i}@example.nl`);
      for (const email of addresses) await signUp(t, { email });
      for (const email of addresses) await new TestClient(t.app).post('/api/v1/password-resets', { email });
      const jobOf = (jobs: typeof t.jobs) => jobs.find((job) => job.name === 'notification-mail')!;
      // Straight at the job, past the lease: the outbox claims alone must keep them apart.
      await Promise.all([jobOf(t.jobs).run(t.clock.now()), jobOf(second.jobs).run(t.clock.now())]);
      expect(addresses.map((address) => mailsTo(address).length)).toEqual(addresses.map(() => 1));

      const more = Array.from({ length: 6 }, (_, i) => `runner${i}@example.nl`);
      for (const email of more) await signUp(t, { email });
      for (const email of more) await new TestClient(t.app).post('/api/v1/password-resets', { email });
      t.clock.advance(MINUTE);
      const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
      const a = createJobRunner(t.jobs, { db: t.db, clock: t.clock, log: quiet, instanceId: 'a' });
      const b = createJobRunner(second.jobs, { db: t.db, clock: t.clock, log: quiet, instanceId: 'b' });
      const outcomes = await Promise.all([a.tick('notification-mail'), b.tick('notification-mail')]);
      expect(outcomes.filter((o) => o === 'ran')).toHaveLength(1);
      expect(more.map((address) => mailsTo(address).length)).toEqual(more.map(() => 1));
    } finally {
      await second.app.close();
    }
  });
});
