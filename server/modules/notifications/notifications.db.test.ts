import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeTestApp, createWorld, startInitiative, type World } from '../../../test/support/initiatives.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { createMigrator } from '../../db/migrator.ts';
import { createTestDatabase } from '../../../test/support/test-db.ts';

// The notification centre through the API: one list for every module, marking read, the choice
// per kind, and the outbox for administrators within their scope. Mail over SMTP: mail-delivery.db.test.ts.
let t: TestContext;
let world: World;
let organiser: TestClient;
let joiner: TestClient;
let outsider: TestClient;
let initiativeId: string;

beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://wakkerestad.example.nl' });
  world = await createWorld(t);
  organiser = await signUp(t, { displayName: 'Olga Organiseert' });
  joiner = await signUp(t, { displayName: 'Jan Joiner' });
  outsider = await signUp(t);
  initiativeId = (await startInitiative(world, organiser)).id;
  await organiser.patch('/api/v1/me', { homeAreaId: world.west });
  await joiner.post(`/api/v1/initiatives/${initiativeId}/members`, {});
});
afterAll(async () => {
  await closeTestApp(t);
});

describe('my notifications', () => {
  test('anonymous callers are refused; each account lists only its own, with the kind in both languages', async () => {
    expect((await new TestClient(t.app).get('/api/v1/notifications')).statusCode).toBe(401);
    expect((await outsider.get('/api/v1/notifications')).json().items).toEqual([]);
    const mine = (await organiser.get('/api/v1/notifications')).json();
    expect(mine).toEqual({
      items: [
        expect.objectContaining({
          kind: 'initiatives.member.requested',
          module: 'initiatives',
          title: { nl: 'Iemand wil meedoen', en: 'Someone wants to join' },
          subjectType: 'initiative',
          subjectId: initiativeId,
          message: 'Moestuin aan de Keizer Karelweg',
          read: false,
        }),
      ],
      nextCursor: null,
    });
    expect((await organiser.get('/api/v1/notifications?module=help')).json().items).toEqual([]);
    expect((await organiser.get('/api/v1/notifications?module=initiatives')).json().items).toHaveLength(1);
  });

  test('only its own account marks a notification read', async () => {
    const [note] = (await organiser.get('/api/v1/notifications')).json().items;
    expect((await outsider.patch(`/api/v1/notifications/${note.id}`, { read: true })).statusCode).toBe(404);
    expect((await new TestClient(t.app).patch(`/api/v1/notifications/${note.id}`, { read: true })).statusCode).toBe(
      401,
    );
    expect((await organiser.patch(`/api/v1/notifications/${note.id}`, { read: true })).json()).toMatchObject({
      id: note.id,
      read: true,
    });
    expect((await organiser.get('/api/v1/notifications?unread=true')).json().items).toEqual([]);
  });

  test('pages of notifications follow each other without gaps', async () => {
    for (let i = 0; i < 4; i++) {
      const another = await signUp(t);
      t.clock.advance(1_000);
      await another.post(`/api/v1/initiatives/${initiativeId}/members`, {});
    }
    const first = (await organiser.get('/api/v1/notifications?limit=3')).json();
    const second = (await organiser.get(`/api/v1/notifications?limit=3&cursor=${first.nextCursor}`)).json();
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((n: { id: string }) => n.id)).size).toBe(5);
  });
});

describe('the choice per kind', () => {
  test('every kind but mail-only ones, with its channel; an account changes only its own', async () => {
    expect((await new TestClient(t.app).get('/api/v1/notification-preferences')).statusCode).toBe(401);
    const items = (await outsider.get('/api/v1/notification-preferences')).json().items;
    const byKind = new Map(items.map((p: { kind: string }) => [p.kind, p]));
    expect(byKind.get('initiatives.member.requested')).toMatchObject({ delivery: 'choice', channel: 'app' });
    expect(byKind.get('initiatives.response.due_soon')).toMatchObject({ channel: 'email' });
    expect(byKind.get('help.invitation.new')).toMatchObject({ delivery: 'always-email', channel: 'email' });
    expect(byKind.has('accounts.password-reset')).toBe(false);

    const put = (client: TestClient, kind: string, channel: string) =>
      client.put(`/api/v1/notification-preferences/${kind}`, { channel });
    expect((await put(outsider, 'initiatives.member.requested', 'weekly')).json()).toMatchObject({ channel: 'weekly' });
    expect((await put(outsider, 'help.invitation.new', 'app')).statusCode).toBe(409);
    expect((await put(outsider, 'accounts.password-reset', 'app')).statusCode).toBe(404);
    expect((await put(outsider, 'nothing.like.this', 'app')).statusCode).toBe(404);
    expect((await put(outsider, 'initiatives.member.requested', 'sometimes')).statusCode).toBe(400);
    expect((await put(new TestClient(t.app), 'initiatives.member.requested', 'app')).statusCode).toBe(401);
    const organisers = (await organiser.get('/api/v1/notification-preferences')).json().items;
    expect(organisers).toContainEqual(
      expect.objectContaining({ kind: 'initiatives.member.requested', channel: 'app' }),
    );
  });

  test('a new choice moves what still waits for a mail: e-mail at once, or no mail at all', async () => {
    const resident = await signUp(t);
    const started = (await startInitiative(world, resident, { title: 'Buurtbank' })).id;
    await resident.put('/api/v1/notification-preferences/initiatives.member.requested', { channel: 'weekly' });
    await (await signUp(t)).post(`/api/v1/initiatives/${started}/members`, {});
    const pending = () =>
      t.db
        .selectFrom('notifications')
        .select(['channel', 'mail_due_at'])
        .where('account_id', '=', resident.accountId)
        .executeTakeFirstOrThrow();
    expect(await pending()).toMatchObject({ channel: 'weekly', mail_due_at: '2026-03-09T06:00:00.000Z' });
    await resident.put('/api/v1/notification-preferences/initiatives.member.requested', { channel: 'app' });
    expect(await pending()).toEqual({ channel: 'app', mail_due_at: null });
  });
});

describe('unsubscribe links', () => {
  test('anyone may present one; a link this platform did not sign is refused', async () => {
    const garbage = await new TestClient(t.app).get('/api/v1/notification-unsubscriptions?token=not-a-real-token');
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().type).toMatch(/unsubscribe-token-invalid$/);
    expect((await new TestClient(t.app).post('/api/v1/notification-unsubscriptions', {})).statusCode).toBe(400);
  });
});

describe('the outbox, for administrators', () => {
  test('only administrators; a scoped one sees the mails to residents of its areas; one-time links never show', async () => {
    await organiser.put('/api/v1/notification-preferences/initiatives.member.requested', { channel: 'email' });
    await (await signUp(t)).post(`/api/v1/initiatives/${initiativeId}/members`, {});
    await new TestClient(t.app).post('/api/v1/password-resets', { email: 'person-outbox@example.nl' });
    const homeless = await signUp(t, { email: 'person-outbox@example.nl' });
    await new TestClient(t.app).post('/api/v1/password-resets', { email: 'person-outbox@example.nl' });
    await t.runJob('notification-mail');

    const admin = await signUp(t, { roles: [{ role: 'administrator' }] });
    const westAdmin = await signUp(t, { roles: [{ role: 'administrator', areaId: world.west }] });
    const otherAdmin = await signUp(t, { roles: [{ role: 'administrator', areaId: world.other }] });
    const servant = await signUp(t, { roles: [{ role: 'civil_servant' }] });
    for (const refused of [outsider, servant, organiser]) {
      expect((await refused.get('/api/v1/mail-outbox')).statusCode).toBe(403);
      expect((await refused.get('/api/v1/mail-status')).statusCode).toBe(403);
    }
    expect((await new TestClient(t.app).get('/api/v1/mail-outbox')).statusCode).toBe(401);

    const all = (await admin.get('/api/v1/mail-outbox')).json().items;
    expect(all.map((m: { kind: string }) => m.kind).sort()).toEqual([
      'accounts.password-reset',
      'initiatives.member.requested',
    ]);
    const reset = all.find((m: { kind: string }) => m.kind === 'accounts.password-reset');
    expect(reset).toMatchObject({ to: 'person-outbox@example.nl', status: 'queued', secret: true, text: null });
    expect(JSON.stringify(all)).not.toContain('wachtwoord-herstellen');
    expect(all.find((m: { kind: string }) => m.kind === 'initiatives.member.requested')).toMatchObject({
      status: 'queued',
      secret: false,
      text: expect.stringContaining('Moestuin aan de Keizer Karelweg'),
    });
    expect(homeless.accountId).toBeTruthy();

    // Olga lives in Randwijck West; the resident who asked for a new password has no neighbourhood.
    expect((await westAdmin.get('/api/v1/mail-outbox')).json().items.map((m: { to: string }) => m.to)).toEqual([
      expect.stringMatching(/@example\.nl$/),
    ]);
    expect((await otherAdmin.get('/api/v1/mail-outbox')).json().items).toEqual([]);
    expect((await admin.get('/api/v1/mail-outbox?status=sent')).json().items).toEqual([]);
    expect((await admin.get('/api/v1/mail-status')).json()).toEqual({
      smtpConfigured: false,
      from: 'Wakkere Stad <noreply@localhost>',
    });
  });
});

describe('erasure', () => {
  test("removes an account's notifications, choices and queued mails, and its name from others' queued mails", async () => {
    const leaving = await signUp(t, {
      displayName: 'Vera Vertrekt',
      email: 'vera@example.nl',
      password: 'vera password 1',
    });
    const started = (await startInitiative(world, leaving, { title: 'Vera haar tuin' })).id;
    await leaving.put('/api/v1/notification-preferences/initiatives.member.requested', { channel: 'email' });
    await (await signUp(t)).post(`/api/v1/initiatives/${started}/members`, {});
    // A mail to someone else that names her (the title of her initiative names her).
    await organiser.put('/api/v1/notification-preferences/initiatives.member.requested', { channel: 'email' });
    await leaving.post(`/api/v1/initiatives/${initiativeId}/members`, {});
    await t.runJob('notification-mail');
    expect((await t.mails()).some((m) => m.to === 'vera@example.nl')).toBe(true);
    // As a help mail would name her (“Vera Vertrekt will help with …”).
    await t.db
      .updateTable('mail_outbox')
      .set({ text_body: 'Vera Vertrekt will help with it.', html_body: '<p>Vera Vertrekt will help with it.</p>' })
      .where('account_id', '=', organiser.accountId)
      .where('status', '=', 'queued')
      .execute();

    expect((await leaving.request('DELETE', '/api/v1/me', { password: 'vera password 1' })).statusCode).toBe(204);
    expect(
      await t.db.selectFrom('notifications').where('account_id', '=', leaving.accountId).selectAll().execute(),
    ).toEqual([]);
    expect(
      await t.db
        .selectFrom('notification_preferences')
        .where('account_id', '=', leaving.accountId)
        .selectAll()
        .execute(),
    ).toEqual([]);
    const mails = await t.mails();
    expect(mails.some((m) => m.to === 'vera@example.nl')).toBe(false);
    expect(JSON.stringify(mails)).not.toContain('Vera Vertrekt');
    expect(mails.filter((m) => m.text?.includes('Verwijderd account will help'))).not.toEqual([]);
  });
});

describe('migration 0015', () => {
  test("moves the initiatives' and help's notifications into the centre, kinds prefixed with their module", async () => {
    const database = await createTestDatabase();
    try {
      const db = database.db;
      const migrator = createMigrator(db);
      const down = await migrator.migrateTo('0014-data-versions');
      expect(down.error).toBeUndefined();
      await db
        .insertInto('accounts' as never)
        .values({
          id: 'acc-1',
          email: 'a@example.nl',
          password_hash: null,
          display_name: 'A',
          locale: 'nl',
          created_at: '2026-01-01T00:00:00.000Z',
          password_changed_at: null,
          erased_at: null,
          home_area_id: null,
        } as never)
        .execute();
      const old = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await old
        .insertInto('initiative_notifications')
        .values({
          id: 'in-1',
          account_id: 'acc-1',
          kind: 'response.due_soon',
          subject_type: 'initiative',
          subject_id: 'i-1',
          message: 'Moestuin — 2026-04-01',
          dedupe_key: 'response.due_soon:i-1:acc-1',
          created_at: '2026-01-02T00:00:00.000Z',
          read_at: null,
        })
        .execute();
      await old
        .insertInto('help_notifications')
        .values([
          {
            id: 'hn-1',
            account_id: 'acc-1',
            kind: 'invitation.new',
            request_id: 'r-1',
            text: 'You are asked to help',
            created_at: '2026-01-03T00:00:00.000Z',
            read_at: '2026-01-04T00:00:00.000Z',
          },
          {
            id: 'hn-2',
            account_id: 'acc-1',
            kind: 'guardian.linked',
            request_id: null,
            text: 'You are now the guardian',
            created_at: '2026-01-05T00:00:00.000Z',
            read_at: null,
          },
        ])
        .execute();
      const up = await migrator.migrateToLatest();
      expect(up.error).toBeUndefined();
      const moved = await db.selectFrom('notifications').selectAll().orderBy('created_at').execute();
      expect(moved).toEqual([
        expect.objectContaining({
          id: 'in-1',
          kind: 'initiatives.response.due_soon',
          subject_type: 'initiative',
          subject_id: 'i-1',
          dedupe_key: 'response.due_soon:i-1:acc-1',
          channel: 'app',
          in_app: 1,
          mail_due_at: null,
        }),
        expect.objectContaining({
          id: 'hn-1',
          kind: 'help.invitation.new',
          subject_type: 'help_request',
          subject_id: 'r-1',
          message: 'You are asked to help',
          read_at: '2026-01-04T00:00:00.000Z',
        }),
        expect.objectContaining({ id: 'hn-2', kind: 'help.guardian.linked', subject_type: null, subject_id: null }),
      ]);
      const keys = await db.selectFrom('notification_keys').selectAll().execute();
      expect(keys).toEqual([{ name: 'unsubscribe', secret: expect.stringMatching(/^[\w-]{43}$/) }]);
    } finally {
      await database.close();
    }
  });
});
