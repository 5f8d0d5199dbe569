import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../../test/support/test-app.ts';
import { testPlatform } from '../../../../test/support/platform.ts';
import type { InitiativesSettings } from '../initiatives.deps.ts';
import { initiativesDepsOf } from '../initiatives.parts.ts';
import { createReminderJob } from './reminders.ts';

async function runInitiativeReminders(ctx: Parameters<typeof testPlatform>[0], initiatives: InitiativesSettings) {
  return createReminderJob(initiativesDepsOf(await testPlatform(ctx, { initiatives })))();
}
import {
  closeTestApp,
  createWorld,
  startInitiative,
  verifiedResident,
  type World,
} from '../../../../test/support/initiatives.ts';

const settings = { supportThreshold: 3, responseDeadlineDays: 42, responseDueSoonDays: 7 };
const DAY = 86_400_000;
const HOUR = 3_600_000;

let t: TestContext;
let world: World;
let organiser: TestClient;
let id: string;
beforeAll(async () => {
  // The clock jumps weeks ahead to reach the deadline: sessions must outlast it.
  t = await createTestApp({ initiatives: settings, sessionDays: 365 });
  world = await createWorld(t);
  organiser = await signUp(t, { displayName: 'Organisator' });
  id = (await startInitiative(world, organiser, { areaIds: [world.west, world.oost] })).id;
});
afterAll(async () => {
  await closeTestApp(t);
});

const support = (client: TestClient, initiativeId = id) => client.post(`/api/v1/initiatives/${initiativeId}/supports`);
const remind = () => runInitiativeReminders(t, settings);
const page = (initiativeId = id) => new TestClient(t.app).get(`/api/v1/initiatives/${initiativeId}`);

describe('support from verified residents', () => {
  test('not verified, or verified for a neighbourhood the initiative is not about: refused', async () => {
    const unverified = await signUp(t);
    const notVerified = await support(unverified);
    expect(notVerified.statusCode).toBe(403);
    expect(notVerified.json().type).toContain('not-verified');
    expect((await support(await verifiedResident(world, world.other))).statusCode).toBe(403);
    expect((await support(new TestClient(t.app))).statusCode).toBe(401);
  });

  test('one support per verified resident of one of its neighbourhoods', async () => {
    const resident = await verifiedResident(world, world.oost);
    const first = await support(resident);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      count: 1,
      threshold: 3,
      supportedByMe: true,
      reachedAt: null,
      responseDueAt: null,
    });
    expect((await support(resident)).statusCode).toBe(409);
    expect((await resident.get(`/api/v1/initiatives/${id}`)).json().support).toMatchObject({
      count: 1,
      supportedByMe: true,
      responseState: 'not_due',
    });
    const logged = await t.db
      .selectFrom('activity_log')
      .selectAll()
      .where('verb', '=', 'initiative.supported')
      .execute();
    expect(logged).toEqual([
      expect.objectContaining({ actor_id: resident.accountId, area_id: world.oost, subject_id: id }),
    ]);
  });

  test('a response cannot be claimed or published before the threshold', async () => {
    expect(
      (
        await world.civilServant.post(`/api/v1/initiatives/${id}/municipal-response`, {
          text: 'Wij vinden dit een mooi plan en helpen graag.',
          department: 'Wijkzaken',
        })
      ).statusCode,
    ).toBe(409);
  });

  test('residents supporting at the same moment cross the threshold once: one duty, one deadline', async () => {
    const residents = await Promise.all(
      Array.from({ length: 4 }, (_, i) => verifiedResident(world, i % 2 ? world.west : world.oost)),
    );
    const responses = await Promise.all(residents.map((resident) => support(resident)));
    expect(responses.every((r) => r.statusCode === 201)).toBe(true);
    const duties = await t.db.selectFrom('initiative_response_duties').selectAll().execute();
    expect(duties).toHaveLength(1);
    const shown = (await page()).json();
    expect(shown.support).toMatchObject({
      count: 5,
      // 10:00 on 2 March + 42 calendar days is 10:00 on 13 April in Amsterdam: an hour short of 42 × 24 h,
      // because the clocks went forward on 29 March.
      reachedAt: '2026-03-02T09:00:00.000Z',
      responseDueAt: '2026-04-13T08:00:00.000Z',
      responseState: 'open',
    });
    const reached = await t.db
      .selectFrom('activity_log')
      .selectAll()
      .where('verb', '=', 'initiative.threshold-reached')
      .execute();
    expect(reached).toHaveLength(1);
    expect((await organiser.get('/api/v1/notifications')).json().items.map((n: { kind: string }) => n.kind)).toContain(
      'initiatives.response.owed',
    );
  });

  test('withdrawing support lowers the count; the duty stays', async () => {
    const resident = await verifiedResident(world, world.west);
    await support(resident);
    expect((await resident.delete(`/api/v1/initiatives/${id}/supports/mine`)).statusCode).toBe(204);
    expect((await resident.delete(`/api/v1/initiatives/${id}/supports/mine`)).statusCode).toBe(404);
    expect((await page()).json().support).toMatchObject({ count: 5, responseState: 'open' });
  });
});

describe('the municipality’s response', () => {
  let districtServant: TestClient;
  let otherDistrictServant: TestClient;
  beforeAll(async () => {
    districtServant = await signUp(t, {
      displayName: 'Ambtenaar Randwijck',
      roles: [{ role: 'civil_servant', areaId: world.idOf('WK036201') }],
    });
    otherDistrictServant = await signUp(t, {
      displayName: 'Ambtenaar Elders',
      roles: [{ role: 'civil_servant', areaId: world.idOf('WK036202') }],
    });
  });

  test('the worklist shows what is owed, for the civil servants of its area', async () => {
    const items = (await districtServant.get('/api/v1/response-worklist')).json().items;
    expect(items).toEqual([
      expect.objectContaining({
        initiativeId: id,
        state: 'open',
        daysLeft: 42,
        department: null,
        responsible: null,
        supportCount: 5,
      }),
    ]);
    expect((await otherDistrictServant.get('/api/v1/response-worklist')).json().items).toEqual([]);
    expect((await organiser.get('/api/v1/response-worklist')).statusCode).toBe(403);
    expect((await world.civilServant.get('/api/v1/response-worklist?state=overdue')).json().items).toEqual([]);
  });

  test('a civil servant of the area claims it for a department; others may not', async () => {
    expect(
      (await organiser.put(`/api/v1/initiatives/${id}/response-duty`, { department: 'Wijkzaken' })).statusCode,
    ).toBe(403);
    expect(
      (await otherDistrictServant.put(`/api/v1/initiatives/${id}/response-duty`, { department: 'Wijkzaken' }))
        .statusCode,
    ).toBe(403);
    const claimed = await districtServant.put(`/api/v1/initiatives/${id}/response-duty`, {
      department: 'Groen en Wijkbeheer',
    });
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json().viewer.canRespond).toBe(true);
    const mine = (await districtServant.get('/api/v1/response-worklist?mine=true')).json().items;
    expect(mine).toEqual([
      expect.objectContaining({
        department: 'Groen en Wijkbeheer',
        responsible: { id: districtServant.accountId, displayName: 'Ambtenaar Randwijck' },
      }),
    ]);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'response.assigned').execute();
    expect(audit).toHaveLength(1);
  });

  test('the reminder job: due soon, then overdue, each once, to the responsible civil servant', async () => {
    await remind();
    const kinds = async () =>
      (await districtServant.get('/api/v1/notifications'))
        .json()
        .items.map((n: { kind: string }) => n.kind)
        .sort();
    expect(
      (await kinds()).filter(
        (k: string) => k.startsWith('initiatives.response.due') || k === 'initiatives.response.overdue',
      ),
    ).toEqual([]);
    t.clock.advance(36 * DAY);
    expect((await remind()).notificationsSent).toBeGreaterThanOrEqual(1);
    expect((await remind()).notificationsSent).toBe(0);
    expect(await kinds()).toContain('initiatives.response.due_soon');
    expect((await districtServant.get('/api/v1/response-worklist?state=due_soon')).json().items).toHaveLength(1);
    // One day past the deadline on the Amsterdam clock (the clocks went forward an hour on 29 March).
    t.clock.advance(7 * DAY - HOUR);
    await remind();
    await remind();
    const overdue = (await districtServant.get('/api/v1/notifications'))
      .json()
      .items.filter((n: { kind: string }) => n.kind === 'initiatives.response.overdue');
    expect(overdue).toHaveLength(1);
    expect((await districtServant.get('/api/v1/response-worklist?state=overdue')).json().items).toEqual([
      expect.objectContaining({ state: 'overdue', daysLeft: -1 }),
    ]);
    expect((await page()).json().support.responseState).toBe('overdue');
  });

  test('the response is published once on the page; this one was late, and the department’s figures say so', async () => {
    const tooShort = await districtServant.post(`/api/v1/initiatives/${id}/municipal-response`, { text: 'Ja.' });
    expect(tooShort.json().invalidParams[0].name).toBe('body.text');
    const published = await districtServant.post(`/api/v1/initiatives/${id}/municipal-response`, {
      text: 'De gemeente stelt de grond twee jaar om niet beschikbaar en regelt de vergunning.',
    });
    expect(published.statusCode).toBe(201);
    expect(published.json().response).toMatchObject({
      department: 'Groen en Wijkbeheer',
      late: true,
      text: expect.stringContaining('om niet'),
    });
    expect((await page()).json()).toMatchObject({ support: { responseState: 'answered' }, response: { late: true } });
    expect(
      (
        await districtServant.post(`/api/v1/initiatives/${id}/municipal-response`, {
          text: 'Nog een antwoord, maar dat mag niet meer.',
        })
      ).statusCode,
    ).toBe(409);
    expect((await districtServant.get('/api/v1/response-worklist')).json().items).toEqual([]);
    const stats = (await new TestClient(t.app).get('/api/v1/response-statistics')).json().items;
    expect(stats).toEqual([
      expect.objectContaining({
        department: 'Groen en Wijkbeheer',
        responded: 1,
        respondedLate: 1,
        open: 0,
        overdue: 0,
        averageDaysToRespond: 43,
      }),
    ]);
    const told = await t.db
      .selectFrom('notifications')
      .select('account_id')
      .where('kind', '=', 'initiatives.response.published')
      .execute();
    expect(told.length).toBe(6);
    const logged = await t.db
      .selectFrom('activity_log')
      .selectAll()
      .where('verb', '=', 'initiative.responded')
      .execute();
    expect(logged).toEqual([expect.objectContaining({ actor_id: districtServant.accountId, area_id: world.west })]);
  });

  test('an unclaimed duty reminds the area’s civil servants and needs a department when answered; on time is not late', async () => {
    const second = (
      await startInitiative(world, organiser, { title: 'Speeltuin opknappen', areaIds: [world.other], domain: 'youth' })
    ).id;
    for (let i = 0; i < 3; i++) await support(await verifiedResident(world, world.other), second);
    await remind();
    const unassigned = await t.db
      .selectFrom('notifications')
      .select('account_id')
      .where('kind', '=', 'initiatives.response.unassigned')
      .execute();
    expect(unassigned.map((n) => n.account_id).sort()).toEqual(
      [world.civilServant.accountId, otherDistrictServant.accountId].sort(),
    );
    const noDepartment = await otherDistrictServant.post(`/api/v1/initiatives/${second}/municipal-response`, {
      text: 'We komen graag langs om de plannen te bespreken.',
    });
    expect(noDepartment.json().invalidParams[0].name).toBe('body.department');
    t.clock.advance(10 * DAY);
    const answered = await otherDistrictServant.post(`/api/v1/initiatives/${second}/municipal-response`, {
      text: 'We komen graag langs om de plannen te bespreken.',
      department: 'Jeugd',
    });
    expect(answered.json().response).toMatchObject({ late: false, department: 'Jeugd' });
    const stats = (await new TestClient(t.app).get('/api/v1/response-statistics?limit=1')).json();
    expect(stats.items).toEqual([expect.objectContaining({ department: 'Groen en Wijkbeheer' })]);
    const next = (
      await new TestClient(t.app).get(`/api/v1/response-statistics?limit=1&cursor=${stats.nextCursor}`)
    ).json();
    expect(next.items).toEqual([
      expect.objectContaining({ department: 'Jeugd', responded: 1, respondedLate: 0, averageDaysToRespond: 10 }),
    ]);
  });

  test('a lowered threshold: the job opens the duties now owed', async () => {
    const third = (await startInitiative(world, organiser, { title: 'Bankjes in het park', areaIds: [world.west] })).id;
    await support(await verifiedResident(world, world.west), third);
    expect((await page(third)).json().support.responseState).toBe('not_due');
    const run = await runInitiativeReminders(t, { ...settings, supportThreshold: 1 });
    expect(run.dutiesOpened).toBe(1);
    expect((await runInitiativeReminders(t, { ...settings, supportThreshold: 1 })).dutiesOpened).toBe(0);
    expect((await page(third)).json().support.responseState).toBe('open');
  });
});
