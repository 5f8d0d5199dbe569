import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildApp } from '../../../app.ts';
import { ManualClock, sequentialIds } from '../../../clock.ts';
import type { Db } from '../../../db/database.ts';
import { createTestDatabase } from '../../../../test/support/test-db.ts';
import { DEMO_ACCOUNTS } from '../../../platform/demo/demo-accounts.ts';
import { demoStepsOf, registry } from '../../../platform/registry.ts';

const demoSteps = await demoStepsOf(registry);
import { generateDemo } from '../../../platform/demo/generator.ts';
import { DEFAULT_SETTINGS } from '../initiatives.deps.ts';

const AS_OF = new Date('2026-01-01T00:00:00.000Z');
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await generateDemo(db, { seed: 'initiatives', residents: 6_000, asOf: AS_OF }, demoSteps);
}, 120_000);
afterAll(async () => {
  await database.close();
});

const accountOf = async (key: string) =>
  (
    await db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', DEMO_ACCOUNTS.find((a) => a.key === key)!.email)
      .executeTakeFirstOrThrow()
  ).id;

test('a year of initiatives in several themes, with history that starts as an idea', async () => {
  const initiatives = await db.selectFrom('initiatives').selectAll().execute();
  expect(initiatives.length).toBeGreaterThanOrEqual(8);
  expect(new Set(initiatives.map((i) => i.domain)).size).toBeGreaterThanOrEqual(4);
  expect(new Set(initiatives.map((i) => i.status))).toContain('active');
  const firstChanges = await db
    .selectFrom('initiative_status_changes')
    .selectAll()
    .where('from_status', 'is', null)
    .execute();
  expect(firstChanges.length).toBe(initiatives.length);
  expect(firstChanges.every((c) => c.to_status === 'idea')).toBe(true);
  expect(initiatives.every((i) => i.created_at < AS_OF.toISOString())).toBe(true);
});

test('counters agree with their rows and never over-fill', async () => {
  for (const need of await db.selectFrom('initiative_needs').selectAll().execute()) {
    const pledges = await db.selectFrom('initiative_pledges').selectAll().where('need_id', '=', need.id).execute();
    expect(need.quantity_pledged).toBe(
      pledges.filter((p) => p.status !== 'withdrawn').reduce((s, p) => s + p.quantity, 0),
    );
    expect(need.quantity_delivered).toBe(
      pledges.filter((p) => p.status === 'delivered').reduce((s, p) => s + p.quantity, 0),
    );
    expect(need.quantity_pledged).toBeLessThanOrEqual(need.quantity_needed);
  }
  for (const activity of await db.selectFrom('initiative_activities').selectAll().execute()) {
    const confirmed = await db
      .selectFrom('initiative_sign_ups')
      .selectAll()
      .where('activity_id', '=', activity.id)
      .where('status', '=', 'confirmed')
      .execute();
    expect(activity.seats_taken).toBe(confirmed.length);
    expect(activity.seats_taken).toBeLessThanOrEqual(activity.capacity);
  }
  for (const initiative of await db.selectFrom('initiatives').selectAll().execute()) {
    const supports = await db
      .selectFrom('initiative_supports')
      .selectAll()
      .where('initiative_id', '=', initiative.id)
      .execute();
    expect(initiative.support_count).toBe(supports.length);
    const duty = await db
      .selectFrom('initiative_response_duties')
      .selectAll()
      .where('initiative_id', '=', initiative.id)
      .executeTakeFirst();
    expect(duty !== undefined).toBe(supports.length >= DEFAULT_SETTINGS.supportThreshold);
  }
});

test('the demo accounts find themselves in it, and the API shows it', async () => {
  const first = await db
    .selectFrom('initiative_members')
    .selectAll()
    .where('account_id', '=', await accountOf('resident'))
    .executeTakeFirstOrThrow();
  expect(first).toMatchObject({ role: 'organiser', status: 'active' });
  const gerrit = await db
    .selectFrom('initiative_members')
    .selectAll()
    .where('account_id', '=', await accountOf('verifiedResident'))
    .where('initiative_id', '=', first.initiative_id)
    .executeTakeFirst();
  expect(gerrit?.status).toBe('active');
  const duties = await db
    .selectFrom('initiative_response_duties')
    .selectAll()
    .where('initiative_id', '=', first.initiative_id)
    .execute();
  expect(duties).toHaveLength(1);

  const app = await buildApp({ db, clock: new ManualClock(AS_OF), ids: sequentialIds('00000000-0000-4000-9000') });
  try {
    const page = (await app.inject({ url: '/api/v1/initiatives?limit=100' })).json();
    expect(page.items.length).toBeGreaterThanOrEqual(8);
    const shown = (await app.inject({ url: `/api/v1/initiatives/${first.initiative_id}` })).json();
    expect(shown.support.responseState).not.toBe('not_due');
    const stats = (await app.inject({ url: '/api/v1/response-statistics' })).json();
    expect(stats.items.length).toBeGreaterThanOrEqual(1);
    const logged = await db
      .selectFrom('activity_log')
      .select('verb')
      .where('verb', 'like', 'pledge.%')
      .limit(1)
      .execute();
    expect(logged).toHaveLength(1);
  } finally {
    await app.close();
  }
});
