import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CalendarPage, Follow, NewsItem } from '../../../contracts/calendar.ts';
import { createTestApp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { DEMO_ACCOUNTS } from '../../platform/demo/demo-accounts.ts';
import { generateDemo } from '../../platform/demo/generator.ts';
import { demoStepsOf, registry } from '../../platform/registry.ts';

/** Only the steps the calendar builds on: a small town is enough, and quick on both databases. */
const STEPS = new Set(['areas', 'demo accounts', 'residents', 'verifications', 'budgeting', 'initiatives', 'calendar']);

let t: TestContext;
let resident: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  const steps = (await demoStepsOf(registry)).filter((step) => STEPS.has(step.name));
  await generateDemo(t.db, { seed: 'calendar', residents: 2_000, asOf: t.clock.now() }, steps);
  const account = DEMO_ACCOUNTS.find((a) => a.key === 'verifiedResident')!;
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/sessions',
    payload: { email: account.email, password: account.password },
  });
  resident = new TestClient(t.app, {
    cookie: login.cookies.find((c) => c.name === 'ws_session')!.value,
    csrf: login.json().csrfToken,
    accountId: login.json().id,
  });
}, 120_000);
afterAll(async () => {
  await t.close();
});

test("the demo resident follows initiatives and rounds of their neighbourhood, and sees news on 'Wat ik volg'", async () => {
  const follows = (await resident.get('/api/v1/follows')).json<{ items: Follow[] }>().items;
  expect(follows.filter((f) => f.subjectType === 'initiative').length).toBeGreaterThan(0);
  expect(follows.filter((f) => f.subjectType === 'budget-round').length).toBeGreaterThan(0);
  expect(follows.every((f) => f.title !== '')).toBe(true);
  const news = (await resident.get('/api/v1/followed-news')).json<{ items: NewsItem[] }>().items;
  expect(news.length).toBeGreaterThan(0);
});

test("the demo neighbourhood's calendar has what is coming, and its feed parses", async () => {
  const initiativeId = (await resident.get('/api/v1/follows?subjectType=initiative')).json<{ items: Follow[] }>()
    .items[0]!.subjectId;
  const { areaIds } = (await resident.get(`/api/v1/initiatives/${initiativeId}`)).json<{ areaIds: string[] }>();
  const page = (await resident.get(`/api/v1/areas/${areaIds[0]}/calendar?limit=100`)).json<CalendarPage>();
  expect(page.items.length).toBeGreaterThan(0);
  const feed = await resident.get(`/api/v1/areas/${areaIds[0]}/calendar.ics`);
  const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent');
  expect(events.length).toBeGreaterThanOrEqual(page.items.length);
});
