import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeBatchCreated, Verification } from '../../../contracts/verification.ts';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { importAmstelveen } from '../../../test/support/areas.ts';
import { createActivityRecorder } from '../activity/activity.service.ts';
import { createAreasService } from '../areas/areas.service.ts';
import { createAuditWriter } from '../audit/audit.service.ts';
import { createVerificationService } from './verification.service.ts';

let t: TestContext;
let idOf: (code: string) => string;
let admin: TestClient;
const ORANJE = 'BU03620201';
const PATRIMONIUM = 'BU03620202';
const RANDWIJCK_WEST = 'BU03620101';

beforeAll(async () => {
  t = await createTestApp();
  ({ idOf } = await importAmstelveen(t));
  admin = await signUp(t, { displayName: 'Admin', roles: [{ role: 'administrator' }] });
});
afterAll(async () => {
  await t.close();
});

async function issue(client: TestClient, code: string, body: object = { count: 3 }): Promise<CodeBatchCreated> {
  const response = await client.post(`/api/v1/areas/${code}/verification-code-batches`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A request from a given IP address, as the resident's browser would make it. */
function from(client: TestClient, ip: string, code: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/me/verifications',
    remoteAddress: ip,
    headers: { cookie: `ws_session=${client.session!.cookie}`, 'x-csrf-token': client.session!.csrf },
    payload: { code },
  });
}

describe('letter codes', () => {
  test('an administrator generates a batch; the codes are shown once and only their hashes are stored', async () => {
    const batch = await issue(admin, ORANJE, { count: 5 });
    expect(batch).toMatchObject({ areaId: idOf(ORANJE), count: 5, usedCount: 0, createdBy: admin.accountId });
    expect(new Set(batch.codes).size).toBe(5);
    for (const code of batch.codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    const stored = JSON.stringify(await t.db.selectFrom('verification_codes').selectAll().execute());
    for (const code of batch.codes) expect(stored).not.toContain(code.replace(/-/g, ''));
    const log = (await admin.get('/api/v1/audit-log?action=verification.codes_issued')).json();
    expect(log.items[0]).toMatchObject({
      actorId: admin.accountId,
      areaId: idOf(ORANJE),
      after: { batchId: batch.id, count: 5 },
    });
    const list = (await admin.get(`/api/v1/areas/${ORANJE}/verification-code-batches`)).json();
    expect(list.items[0]).toMatchObject({ id: batch.id, count: 5, usedCount: 0 });
    expect(list.items[0]).not.toHaveProperty('codes');
  });

  test('the same batch comes as CSV for printing when asked for', async () => {
    const response = await admin.request(
      'POST',
      `/api/v1/areas/${ORANJE}/verification-code-batches`,
      { count: 2, validDays: 30 },
      { accept: 'text/csv' },
    );
    expect(response.statusCode).toBe(201);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="brievencodes-BU03620201-2026-03-02\.csv"/,
    );
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('code;buurtcode;buurtnaam;geldig_tot');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^[A-Z0-9-]{14};BU03620201;Oranjebuurt;2026-04-01$/);
  });

  test('only an administrator whose grant covers the neighbourhood may issue codes', async () => {
    const resident = await signUp(t);
    expect((await resident.post(`/api/v1/areas/${ORANJE}/verification-code-batches`, { count: 1 })).statusCode).toBe(
      403,
    );
    const professional = await signUp(t, { roles: [{ role: 'professional' }] });
    expect(
      (await professional.post(`/api/v1/areas/${ORANJE}/verification-code-batches`, { count: 1 })).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/areas/${ORANJE}/verification-code-batches`,
          payload: { count: 1 },
        })
      ).statusCode,
    ).toBe(401);
    const randwijckAdmin = await signUp(t, { roles: [{ role: 'administrator', areaId: idOf('WK036201') }] });
    const elsewhere = await randwijckAdmin.post(`/api/v1/areas/${ORANJE}/verification-code-batches`, { count: 1 });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().type).toMatch(/forbidden$/);
    expect((await randwijckAdmin.get(`/api/v1/areas/${ORANJE}/verification-code-batches`)).statusCode).toBe(403);
    await issue(randwijckAdmin, RANDWIJCK_WEST, { count: 1 });
  });

  test('codes are for a neighbourhood, in sensible numbers', async () => {
    expect((await admin.post('/api/v1/areas/WK036202/verification-code-batches', { count: 1 })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/areas/BU99999999/verification-code-batches', { count: 1 })).statusCode).toBe(404);
    expect((await admin.post(`/api/v1/areas/${ORANJE}/verification-code-batches`, { count: 0 })).statusCode).toBe(400);
    expect((await admin.post(`/api/v1/areas/${ORANJE}/verification-code-batches`, { count: 5001 })).statusCode).toBe(
      400,
    );
    expect(
      (await admin.post(`/api/v1/areas/${ORANJE}/verification-code-batches`, { count: 1, validDays: 0 })).statusCode,
    ).toBe(400);
  });

  test('a code works once: it verifies the resident, sets their neighbourhood and is audit-logged', async () => {
    const [code] = (await issue(admin, ORANJE, { count: 1 })).codes;
    const resident = await signUp(t);
    const typed = ` ${code!.toLowerCase().replace(/-/g, ' ')} `;
    const first = await resident.post('/api/v1/me/verifications', { code: typed });
    expect(first.statusCode).toBe(201);
    const verification: Verification = first.json();
    expect(verification).toMatchObject({
      accountId: resident.accountId,
      areaId: idOf(ORANJE),
      areaCode: ORANJE,
      areaName: 'Oranjebuurt',
      method: 'letter_code',
      verifiedBy: null,
      current: true,
    });
    expect((await resident.get('/api/v1/me')).json().homeAreaId).toBe(idOf(ORANJE));
    const verified = await t.db
      .selectFrom('activity_log')
      .select(['actor_id', 'area_id', 'actor_kind', 'actor_area_id'])
      .where('verb', '=', 'resident.verified')
      .execute();
    // Verified by the resident: the event comes from their (new) home neighbourhood.
    expect(verified).toEqual([
      { actor_id: resident.accountId, area_id: idOf(ORANJE), actor_kind: 'resident', actor_area_id: idOf(ORANJE) },
    ]);
    const log = (await admin.get('/api/v1/audit-log?action=verification.code_redeemed')).json();
    expect(log.items[0]).toMatchObject({
      actorId: resident.accountId,
      subjectId: resident.accountId,
      areaId: idOf(ORANJE),
    });

    const again = await resident.post('/api/v1/me/verifications', { code: code! });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(verification.id);
    const someoneElse = await signUp(t);
    const taken = await someoneElse.post('/api/v1/me/verifications', { code: code! });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().type).toMatch(/verification-code-used$/);
  });

  test('a code expires', async () => {
    const [code] = (await issue(admin, PATRIMONIUM, { count: 1, validDays: 1 })).codes;
    const resident = await signUp(t);
    t.clock.advance(25 * 3_600_000);
    const late = await resident.post('/api/v1/me/verifications', { code: code! });
    expect(late.statusCode).toBe(400);
    expect(late.json().type).toMatch(/verification-code-expired$/);
    expect(late.json().invalidParams[0].name).toBe('body.code');
  });

  test('wrong guesses are limited per account: after 5 in an hour even the right code waits', async () => {
    const [code] = (await issue(admin, ORANJE, { count: 1 })).codes;
    const guesser = await signUp(t);
    for (let i = 0; i < 5; i++) {
      const wrong = await from(guesser, '10.0.0.1', 'AAAA-BBBB-CCCC');
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().type).toMatch(/verification-code-invalid$/);
      t.clock.advance(60_000);
    }
    const blocked = await from(guesser, '10.0.0.1', code!);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(Number(blocked.headers['retry-after'])).toBe(55 * 60);
    // Another IP does not help: the count belongs to the account, in the database.
    expect((await from(guesser, '10.0.0.2', code!)).statusCode).toBe(429);
    t.clock.advance(55 * 60_000);
    expect((await from(guesser, '10.0.0.1', code!)).statusCode).toBe(201);
  });

  test('wrong guesses are limited per IP address across accounts', async () => {
    t.clock.advance(2 * 3_600_000);
    const [code] = (await issue(admin, ORANJE, { count: 1 })).codes;
    for (let i = 0; i < 5; i++) {
      const guesser = await signUp(t);
      for (let j = 0; j < 4; j++) expect((await from(guesser, '192.0.2.7', 'WRONG-CODE-1')).statusCode).toBe(400);
    }
    const fresh = await signUp(t);
    expect((await from(fresh, '192.0.2.7', code!)).statusCode).toBe(429);
    expect((await from(fresh, '192.0.2.8', code!)).statusCode).toBe(201);
  });
});

describe('in person', () => {
  test('a professional for the district verifies a resident at the desk, by email', async () => {
    const professional = await signUp(t, {
      displayName: 'Wijkteam Wil',
      roles: [{ role: 'professional', areaId: idOf('WK036202') }],
    });
    const resident = await signUp(t, { email: 'desk@example.nl' });
    const response = await professional.post(`/api/v1/areas/${PATRIMONIUM}/verifications`, {
      email: 'Desk@Example.nl',
      note: 'ID and rental contract',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      accountId: resident.accountId,
      areaCode: PATRIMONIUM,
      method: 'in_person',
      verifiedBy: 'Wijkteam Wil',
      current: true,
    });
    const log = (await admin.get('/api/v1/audit-log?action=verification.in_person')).json();
    expect(log.items[0]).toMatchObject({
      actorId: professional.accountId,
      subjectId: resident.accountId,
      reason: 'ID and rental contract',
    });
    expect((await resident.get('/api/v1/me')).json().homeAreaId).toBe(idOf(PATRIMONIUM));
  });

  test('only a professional or civil servant whose role covers the neighbourhood', async () => {
    const resident = await signUp(t);
    const body = { accountId: resident.accountId };
    const patrimoniumPro = await signUp(t, { roles: [{ role: 'professional', areaId: idOf('WK036202') }] });
    const outside = await patrimoniumPro.post(`/api/v1/areas/${RANDWIJCK_WEST}/verifications`, body);
    expect(outside.statusCode).toBe(403);
    const civilServant = await signUp(t, { roles: [{ role: 'civil_servant' }] });
    expect((await civilServant.post(`/api/v1/areas/${RANDWIJCK_WEST}/verifications`, body)).statusCode).toBe(201);
    const buurtPro = await signUp(t, { roles: [{ role: 'professional', areaId: idOf(RANDWIJCK_WEST) }] });
    expect((await buurtPro.post(`/api/v1/areas/${RANDWIJCK_WEST}/verifications`, body)).statusCode).toBe(201);
    expect((await admin.post(`/api/v1/areas/${RANDWIJCK_WEST}/verifications`, body)).statusCode).toBe(403);
    expect((await resident.post(`/api/v1/areas/${RANDWIJCK_WEST}/verifications`, body)).statusCode).toBe(403);
    const steering = await signUp(t, { roles: [{ role: 'steering_officer' }] });
    expect((await steering.post(`/api/v1/areas/${RANDWIJCK_WEST}/verifications`, body)).statusCode).toBe(403);
  });

  test('no verifying oneself, unknown people or two ways of naming someone', async () => {
    const civilServant = await signUp(t, { roles: [{ role: 'civil_servant' }] });
    const self = await civilServant.post(`/api/v1/areas/${ORANJE}/verifications`, {
      accountId: civilServant.accountId,
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().type).toMatch(/cannot-verify-self$/);
    expect(
      (await civilServant.post(`/api/v1/areas/${ORANJE}/verifications`, { email: 'nobody@example.nl' })).statusCode,
    ).toBe(404);
    const both = await civilServant.post(`/api/v1/areas/${ORANJE}/verifications`, {
      email: 'a@example.nl',
      accountId: 'x',
    });
    expect(both.statusCode).toBe(400);
    expect((await civilServant.post(`/api/v1/areas/${ORANJE}/verifications`, {})).statusCode).toBe(400);
    expect(
      (await civilServant.post('/api/v1/areas/WK036202/verifications', { accountId: admin.accountId })).statusCode,
    ).toBe(400);
  });
});

describe('the resident’s own view, export and erasure', () => {
  test('a resident sees how and when they were verified, newest first, and which one counts', async () => {
    const resident = await signUp(t, { email: 'moved@example.nl', password: 'correct horse battery' });
    const [code] = (await issue(admin, ORANJE, { count: 1 })).codes;
    expect((await resident.post('/api/v1/me/verifications', { code: code! })).statusCode).toBe(201);
    t.clock.advance(86_400_000);
    const civilServant = await signUp(t, { displayName: 'Balie Bea', roles: [{ role: 'civil_servant' }] });
    expect(
      (await civilServant.post(`/api/v1/areas/${RANDWIJCK_WEST}/verifications`, { email: 'moved@example.nl' }))
        .statusCode,
    ).toBe(201);

    const page1 = (await resident.get('/api/v1/me/verifications?limit=1')).json();
    expect(page1.items).toEqual([
      expect.objectContaining({
        areaCode: RANDWIJCK_WEST,
        method: 'in_person',
        verifiedBy: 'Balie Bea',
        current: true,
      }),
    ]);
    const page2 = (await resident.get(`/api/v1/me/verifications?limit=1&cursor=${page1.nextCursor}`)).json();
    expect(page2.items).toEqual([expect.objectContaining({ areaCode: ORANJE, method: 'letter_code', current: false })]);
    expect(page2.nextCursor).toBeNull();

    const service = createVerificationService({
      db: t.db,
      clock: t.clock,
      ids: t.ids,
      audit: createAuditWriter(t),
      activity: createActivityRecorder(t),
      areas: createAreasService(t.db),
      accounts: {
        findActive: async () => undefined,
        displayNames: async () => new Map(),
        setHomeArea: async () => {},
        homeAreaOf: async () => null,
      },
    });
    expect(await service.verifiedAreas(resident.accountId)).toEqual([idOf(RANDWIJCK_WEST)]);
    expect(await service.isVerifiedFor(resident.accountId, idOf(RANDWIJCK_WEST))).toBe(true);
    expect(await service.isVerifiedFor(resident.accountId, idOf('WK036201'))).toBe(true);
    expect(await service.isVerifiedFor(resident.accountId, idOf('GM0362'))).toBe(true);
    expect(await service.isVerifiedFor(resident.accountId, idOf(ORANJE))).toBe(false);

    const exported = (await resident.get('/api/v1/me/export')).json();
    expect(exported.verification.verifications).toHaveLength(2);
    expect(exported.verification.verifications[0]).not.toHaveProperty('accountId');

    expect((await resident.delete('/api/v1/me', { password: 'correct horse battery' })).statusCode).toBe(204);
    expect(
      await t.db.selectFrom('verifications').selectAll().where('account_id', '=', resident.accountId).execute(),
    ).toEqual([]);
    expect(
      await t.db.selectFrom('verification_codes').selectAll().where('used_by', '=', resident.accountId).execute(),
    ).toEqual([]);
  });
});
