import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../../test/support/test-app.ts';
import { createActivityRecorder } from '../../activity/activity.service.ts';
import { escalateDueRequests } from '../requests/escalation.service.ts';
import { helpWorld, offerHelp, postRequest, SECRET, team, type HelpWorld } from '../../../../test/support/help.ts';

let t: TestContext;
let world: HelpWorld;
let professional: TestClient;
let otherTeam: TestClient;
let helper: TestClient;
let daughter: TestClient;
let recipientId: string;
beforeAll(async () => {
  t = await createTestApp();
  world = await helpWorld(t);
  professional = await team(t, world.district, 'Wijkteam Willemijn');
  otherTeam = await team(t, world.idOf('WK036202'), 'Wijkteam Elders');
  helper = await signUp(t, { displayName: 'Henk Helpt' });
  daughter = await signUp(t, { displayName: 'Dochter Dana' });
});
afterAll(async () => {
  await t.close();
});

describe('a professional asks for a resident who is not online', () => {
  test('only the team for the area registers and reads such a resident', async () => {
    const body = { name: SECRET.name, areaId: world.west, address: SECRET.address, phone: SECRET.phone };
    expect((await helper.post('/api/v1/help-recipients', body)).statusCode).toBe(403);
    expect((await otherTeam.post('/api/v1/help-recipients', body)).statusCode).toBe(403);
    const created = await professional.post('/api/v1/help-recipients', body);
    expect(created.statusCode, created.body).toBe(201);
    recipientId = created.json().id;
    expect(created.json()).toMatchObject({ vulnerable: true, professionalId: professional.accountId });
    expect((await otherTeam.get(`/api/v1/help-recipients/${recipientId}`)).statusCode).toBe(404);
    expect((await otherTeam.get('/api/v1/help-recipients')).json().items).toEqual([]);
    expect((await professional.get('/api/v1/help-recipients')).json().items).toHaveLength(1);
  });

  test('the request is the professional’s; the resident stays private', async () => {
    expect(
      (
        await otherTeam.post('/api/v1/help-requests', {
          kind: 'company',
          title: 'Koffie drinken',
          areaId: world.west,
          when: { schedule: 'recurring', days: ['wed'], frequency: 'weekly' },
          recipientId,
        })
      ).statusCode,
    ).toBe(403);
    const requestId = await postRequest(professional, world.west, { kind: 'company', recipientId });
    const seen = await professional.get(`/api/v1/help-requests/${requestId}`);
    expect(seen.json()).toMatchObject({ onBehalf: true, vulnerable: true, mine: true });
    const contact = (await professional.get(`/api/v1/help-requests/${requestId}/contact`)).json();
    expect(contact).toMatchObject({ name: SECRET.name, address: SECRET.address, contactName: 'Wijkteam Willemijn' });
  });
});

describe('VOG', () => {
  test('recorded by the team or a civil servant, audit-logged, expiry shown', async () => {
    const body = { status: 'valid', issuedOn: '2025-01-01', expiresOn: '2026-01-01' };
    expect((await helper.put(`/api/v1/help-vog/${helper.accountId}`, body)).statusCode).toBe(403);
    // The helper is verified nowhere yet: not the district team's to record (safety-scope.db.test.ts), a
    // municipality-wide civil servant's.
    expect((await professional.put(`/api/v1/help-vog/${helper.accountId}`, body)).statusCode).toBe(404);
    const civilServant = await signUp(t, { roles: [{ role: 'civil_servant' }] });
    const recorded = await civilServant.put(`/api/v1/help-vog/${helper.accountId}`, body);
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({ status: 'expired', expiresOn: '2026-01-01' });
    expect(
      (await civilServant.put(`/api/v1/help-vog/${helper.accountId}`, { ...body, expiresOn: '2029-01-01' })).json()
        .status,
    ).toBe('valid');
    expect((await helper.get(`/api/v1/help-vog/${helper.accountId}`)).json().status).toBe('valid');
    expect((await daughter.get(`/api/v1/help-vog/${helper.accountId}`)).statusCode).toBe(403);
    expect(
      (await civilServant.put(`/api/v1/help-vog/${helper.accountId}`, { ...body, expiresOn: '2024-01-01' })).statusCode,
    ).toBe(400);
    const admin = await signUp(t, { roles: [{ role: 'administrator' }] });
    const log = (await admin.get('/api/v1/audit-log?action=help.vog.recorded')).json().items;
    expect(log[0]).toMatchObject({
      actorId: civilServant.accountId,
      subjectId: helper.accountId,
      before: { expiresOn: '2026-01-01' },
      after: { expiresOn: '2029-01-01' },
    });
  });
});

describe('guardians', () => {
  test('a guardian is told when a helper will contact the resident, and may read the contact', async () => {
    expect(
      (
        await helper.post('/api/v1/help-guardians', {
          guardianId: daughter.accountId,
          wardRecipientId: recipientId,
          relation: 'dochter',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await professional.post('/api/v1/help-guardians', {
          guardianId: daughter.accountId,
          wardAccountId: helper.accountId,
          relation: 'dochter',
        })
      ).statusCode,
    ).toBe(403);
    const linked = await professional.post('/api/v1/help-guardians', {
      guardianId: daughter.accountId,
      wardRecipientId: recipientId,
      relation: 'dochter',
    });
    expect(linked.statusCode, linked.body).toBe(201);
    const requestId = await postRequest(professional, world.west, { kind: 'errands', recipientId });
    expect((await daughter.get(`/api/v1/help-requests/${requestId}/contact`)).json().address).toBe(SECRET.address);
    await offerHelp(helper, [world.west]);
    // Vulnerable: without verification the helper cannot be invited yet.
    const refused = await professional.post(`/api/v1/help-requests/${requestId}/invitations`, {
      helperId: helper.accountId,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Not verified');
    expect((await professional.get(`/api/v1/help-requests/${requestId}/proposals`)).json()).toEqual({
      items: [],
      notProposed: [{ code: 'not-verified', count: 1 }],
    });
    const notes = (await daughter.get('/api/v1/notifications')).json().items;
    expect(notes[0]).toMatchObject({ kind: 'help.guardian.linked' });

    // Verified in person for this neighbourhood, with the valid VOG recorded above: now proposed and invited.
    expect(
      (
        await professional.post(`/api/v1/areas/${world.west}/verifications`, {
          accountId: helper.accountId,
          note: 'ID en huurcontract',
        })
      ).statusCode,
    ).toBe(201);
    const proposals = (await professional.get(`/api/v1/help-requests/${requestId}/proposals`)).json().items;
    expect(proposals.map((p: { helperId: string }) => p.helperId)).toEqual([helper.accountId]);
    const invitation = await professional.post(`/api/v1/help-requests/${requestId}/invitations`, {
      helperId: helper.accountId,
    });
    expect(invitation.statusCode, invitation.body).toBe(201);
    await helper.post(`/api/v1/help-invitations/${invitation.json().id}/answer`, { answer: 'accept' });
    const told = (await daughter.get('/api/v1/notifications')).json().items[0];
    expect(told).toMatchObject({
      kind: 'help.guardian.contact',
      subjectId: requestId,
      // The kind says what happens, in the reader's language; the message is the request's title.
      message: 'Boodschappen doen',
    });
    expect((await helper.get(`/api/v1/help-requests/${requestId}/contact`)).json().address).toBe(SECRET.address);
  });

  test('a municipality-wide team member links a guardian to a resident with an account', async () => {
    const cityTeam = await team(t, null, 'Stadsbreed Team');
    const grandma = await signUp(t, { displayName: 'Oma Online' });
    const grandson = await signUp(t, { displayName: 'Kleinzoon Kees' });
    const requestId = await postRequest(grandma, world.east, { address: SECRET.address });
    expect((await grandson.get(`/api/v1/help-requests/${requestId}/contact`)).statusCode).toBe(403);
    expect(
      (
        await cityTeam.post('/api/v1/help-guardians', {
          guardianId: grandson.accountId,
          wardAccountId: grandma.accountId,
          relation: 'kleinzoon',
        })
      ).statusCode,
    ).toBe(201);
    expect((await grandson.get(`/api/v1/help-requests/${requestId}/contact`)).json().address).toBe(SECRET.address);
  });

  test('an expired VOG excludes a helper from vulnerable requests again', async () => {
    await professional.put(`/api/v1/help-vog/${helper.accountId}`, {
      status: 'valid',
      issuedOn: '2023-01-01',
      expiresOn: '2026-03-05',
    });
    const requestId = await postRequest(professional, world.west, {
      kind: 'errands',
      recipientId,
      when: { schedule: 'once', date: '2026-03-10', dayParts: [] },
    });
    const refused = await professional.post(`/api/v1/help-requests/${requestId}/invitations`, {
      helperId: helper.accountId,
    });
    expect(refused.json().detail).toContain('expired on 2026-03-05');
    await professional.put(`/api/v1/help-vog/${helper.accountId}`, {
      status: 'valid',
      issuedOn: '2025-01-01',
      expiresOn: '2029-01-01',
    });
  });
});

describe('block and report', () => {
  test('a blocked helper is never proposed or invited', async () => {
    const asker = await signUp(t, { displayName: 'Bea Blokt' });
    const requestId = await postRequest(asker, world.west);
    const proposed = async () =>
      (await asker.get(`/api/v1/help-requests/${requestId}/proposals`))
        .json()
        .items.map((p: { helperId: string }) => p.helperId);
    expect(await proposed()).toContain(helper.accountId);
    expect((await asker.post('/api/v1/help-blocks', { accountId: helper.accountId })).statusCode).toBe(201);
    expect(await proposed()).not.toContain(helper.accountId);
    expect(
      (await asker.post(`/api/v1/help-requests/${requestId}/invitations`, { helperId: helper.accountId })).json()
        .detail,
    ).toContain('blocked');
    expect((await asker.get('/api/v1/help-blocks')).json().items).toEqual([
      expect.objectContaining({ accountId: helper.accountId }),
    ]);
    expect((await asker.post('/api/v1/help-blocks', { accountId: asker.accountId })).statusCode).toBe(400);
    // Blocking works both ways: when the helper blocks, the asker's requests skip them too.
    expect((await asker.delete(`/api/v1/help-blocks/${helper.accountId}`)).statusCode).toBe(204);
    expect(await proposed()).toContain(helper.accountId);
    await helper.post('/api/v1/help-blocks', { accountId: asker.accountId });
    expect(await proposed()).not.toContain(helper.accountId);
  });

  test('a report reaches the team of the area and the audit log, nobody else', async () => {
    const asker = await signUp(t);
    const requestId = await postRequest(asker, world.west);
    const report = await asker.post('/api/v1/help-reports', {
      accountId: helper.accountId,
      requestId,
      reason: 'Kwam niet opdagen en was onbeleefd.',
    });
    expect(report.statusCode, report.body).toBe(201);
    expect((await professional.get('/api/v1/help-reports')).json().items[0]).toMatchObject({
      accountId: helper.accountId,
      areaId: world.west,
    });
    expect((await otherTeam.get('/api/v1/help-reports')).json().items).toEqual([]);
    expect((await otherTeam.get(`/api/v1/help-reports?areaId=${world.west}`)).statusCode).toBe(403);
    expect((await helper.get('/api/v1/help-reports')).statusCode).toBe(403);
    const admin = await signUp(t, { roles: [{ role: 'administrator' }] });
    expect((await admin.get('/api/v1/audit-log?action=help.reported')).json().items[0]).toMatchObject({
      actorId: asker.accountId,
      subjectId: helper.accountId,
    });
  });
});

describe('escalation', () => {
  test('unanswered requests reach the team worklist once, however often the job runs', async () => {
    const asker = await signUp(t);
    const requestId = await postRequest(asker, world.east);
    const job = {
      db: t.db,
      clock: t.clock,
      escalationHours: 48,
      activity: createActivityRecorder({ clock: t.clock, ids: t.ids }),
    };
    t.clock.advance(47 * 3_600_000);
    await escalateDueRequests(job);
    expect(
      (await professional.get('/api/v1/help-worklist')).json().items.map((r: { id: string }) => r.id),
    ).not.toContain(requestId);
    t.clock.advance(2 * 3_600_000);
    const [first, second] = await Promise.all([escalateDueRequests(job), escalateDueRequests(job)]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    await escalateDueRequests(job);
    const worklist = (await professional.get('/api/v1/help-worklist')).json().items;
    expect(worklist.map((r: { id: string }) => r.id)).toContain(requestId);
    expect((await otherTeam.get('/api/v1/help-worklist')).json().items.map((r: { id: string }) => r.id)).not.toContain(
      requestId,
    );
    const events = await t.db
      .selectFrom('activity_log')
      .select('verb')
      .where('subject_id', '=', requestId)
      .where('verb', '=', 'help.escalated')
      .execute();
    expect(events).toHaveLength(1);
    expect((await asker.get('/api/v1/help-worklist')).statusCode).toBe(403);
  });
});
