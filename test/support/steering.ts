import { expect } from 'vitest';
import { createSteeringServices, steeringDepsOf } from '../../server/modules/steering/steering.parts.ts';
import { createWorld, startInitiative, type World } from './initiatives.ts';
import { testPlatform } from './platform.ts';
import { openTestSession } from './sessions.ts';
import { signUp, type TestClient, type TestContext } from './test-app.ts';

/**
 * Test world for steering: the four Amstelveen buurten in two districts, a steering officer for each
 * district and one for the whole municipality, an administrator, and an initiative in Randwijck West
 * run by an organiser, strong enough (eight active members, 25 supporters, active for seven months)
 * that the advice for work it carries starts at facilitate.
 */
export interface SteeringWorld extends World {
  /** District WK036201 (Randwijck West and Oost) and WK036202. */
  district: string;
  otherDistrict: string;
  officer: TestClient;
  otherOfficer: TestClient;
  cityOfficer: TestClient;
  admin: TestClient;
  organiser: TestClient;
  resident: TestClient;
  initiativeId: string;
}

export async function createSteeringWorld(t: TestContext): Promise<SteeringWorld> {
  const world = await createWorld(t);
  const district = (
    await t.db.selectFrom('areas').select('id').where('code', '=', 'WK036201').executeTakeFirstOrThrow()
  ).id;
  const otherDistrict = (
    await t.db.selectFrom('areas').select('id').where('code', '=', 'WK036202').executeTakeFirstOrThrow()
  ).id;
  const officer = await signUp(t, {
    displayName: 'Regisseur West',
    roles: [{ role: 'steering_officer', areaId: district }],
  });
  const otherOfficer = await signUp(t, {
    displayName: 'Regisseur Zuid',
    roles: [{ role: 'steering_officer', areaId: otherDistrict }],
  });
  const cityOfficer = await signUp(t, { displayName: 'Regisseur Stad', roles: [{ role: 'steering_officer' }] });
  const admin = await signUp(t, { displayName: 'Beheerder', roles: [{ role: 'administrator' }] });
  const organiser = await signUp(t, { displayName: 'Olga Organisator' });
  const resident = await signUp(t, { displayName: 'Rik Reageerder' });
  const initiative = await startInitiative(world, organiser, { title: 'Groen Randwijck' });
  await makeStrong(t, initiative.id, organiser.accountId);
  return {
    ...world,
    district,
    otherDistrict,
    officer,
    otherOfficer,
    cityOfficer,
    admin,
    organiser,
    resident,
    initiativeId: initiative.id,
  };
}

/** Seven more active members, 25 supporters, active since seven months ago (straight in the database). */
export async function makeStrong(t: TestContext, initiativeId: string, by: string): Promise<void> {
  const at = t.clock.now().toISOString();
  for (let i = 0; i < 7; i++)
    await t.db
      .insertInto('initiative_members')
      .values({
        id: t.ids(),
        initiative_id: initiativeId,
        account_id: null,
        offline_name: `Lid ${i + 1}`,
        role: 'member',
        status: 'active',
        message: null,
        contact: null,
        added_by: null,
        requested_at: at,
        decided_at: at,
        decided_by: null,
      })
      .execute();
  await t.db
    .updateTable('initiatives')
    .set({ support_count: 25, status: 'active' })
    .where('id', '=', initiativeId)
    .execute();
  await t.db
    .insertInto('initiative_status_changes')
    .values({
      id: t.ids(),
      initiative_id: initiativeId,
      from_status: 'idea',
      to_status: 'active',
      reason: null,
      changed_by: by,
      changed_at: new Date(t.clock.now().getTime() - 210 * 86_400_000).toISOString(),
    })
    .execute();
}

export const DAY = 86_400_000;

/** A calendar date `days` from the test clock's today (UTC date; the test clock runs at 09:00 UTC). */
export const dateIn = (t: TestContext, days: number) =>
  new Date(t.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);

export async function createTask(
  world: SteeringWorld,
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const response = await client.post('/api/v1/public-tasks', {
    areaId: world.west,
    title: 'Groenonderhoud Randwijck West',
    domain: 'green_and_public_space',
    description: 'Maaien, snoeien en onkruid wieden in de openbare ruimte van de buurt.',
    legalBasis: null,
    statutory: false,
    exclusive: false,
    risk: 'low',
    yearlyBudgetCents: 12_000_000,
    department: 'Beheer Openbare Ruimte',
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export const MOTIVATION = 'De gemeente kiest deze laag omdat het initiatief sterk is en de risico’s klein zijn.';

/** Computes every advice now, as the hourly job does. */
export async function runAdviceJob(t: TestContext): Promise<void> {
  const platform = await testPlatform(t);
  await createSteeringServices(steeringDepsOf(platform)).advice.recomputeAll(t.clock.now());
}

export async function runGrantJob(t: TestContext): Promise<number> {
  const platform = await testPlatform(t);
  return createSteeringServices(steeringDepsOf(platform)).grants.markOverdueReports(t.clock.now());
}

/** Moves the clock and gives everyone in the world a fresh session (sessions end after 14 days). */
export async function advanceDays(t: TestContext, world: SteeringWorld, days: number): Promise<void> {
  t.clock.advance(days * DAY);
  for (const client of [
    world.officer,
    world.otherOfficer,
    world.cityOfficer,
    world.admin,
    world.organiser,
    world.resident,
    world.civilServant,
  ])
    client.session = { ...(await openTestSession(t, client.accountId)), accountId: client.accountId };
}
