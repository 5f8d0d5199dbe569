import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_ACCOUNTS } from '../../../platform/demo/demo-accounts.ts';
import { generateDemo } from '../../../platform/demo/generator.ts';
import { demoStepsOf, registry } from '../../../platform/registry.ts';
import { openTestSession } from '../../../../test/support/sessions.ts';
import { createTestApp, TestClient, type TestContext } from '../../../../test/support/test-app.ts';
import { BUDGET_PER_RESIDENT_CENTS } from './demo-register.ts';

// The demo municipality's steering, generated the way a first start does: a register that adds up,
// challenges and decisions in every stage, advice with a history, and work on the officer's list.
const AS_OF = new Date('2026-03-02T09:00:00.000Z');
const RESIDENTS = 4_000;
let t: TestContext;
let officer: TestClient;
const anonymous = () => new TestClient(t.app);

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(AS_OF);
  await generateDemo(t.db, { seed: 'steering', residents: RESIDENTS, asOf: AS_OF }, await demoStepsOf(registry));
  const email = DEMO_ACCOUNTS.find((a) => a.role === 'steering_officer')!.email;
  const account = await t.db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  officer = new TestClient(t.app, { ...(await openTestSession(t, account.id)), accountId: account.id });
}, 300_000);
afterAll(async () => {
  await t.close();
});

test('the register adds up to a plausible budget for the size of the town, at every level', async () => {
  const tasks = await t.db
    .selectFrom('public_tasks')
    .select(['yearly_budget_cents', 'provider', 'exclusive'])
    .execute();
  expect(tasks.length).toBeGreaterThan(30);
  // Handed-over tasks run for their (lower) proposed cost; everything else adds up to € 2,700 a resident.
  const total = tasks.reduce((s, task) => s + Number(task.yearly_budget_cents), 0);
  expect(total).toBeLessThanOrEqual(RESIDENTS * BUDGET_PER_RESIDENT_CENTS);
  expect(total).toBeGreaterThan(RESIDENTS * BUDGET_PER_RESIDENT_CENTS * 0.99);
  expect(new Set(tasks.map((task) => task.provider))).toEqual(
    new Set(['municipality', 'market', 'community', 'co_production']),
  );
  expect(tasks.every((task) => task.exclusive === 0 || task.provider === 'municipality')).toBe(true);
  const municipality = await t.db
    .selectFrom('areas')
    .select('id')
    .where('kind', '=', 'municipality')
    .executeTakeFirstOrThrow();
  const picture = (await anonymous().get(`/api/v1/steering/pictures/${municipality.id}`)).json();
  expect(picture.now.budgetCents).toBe(total);
  expect(picture.now.tasks).toBe(tasks.length);
  expect(
    picture.history.some(
      (h: { providers: { provider: string; tasks: number }[] }) =>
        h.providers.find((p) => p.provider === 'community')!.tasks > 0,
    ),
  ).toBe(true);
});

test('challenges and decisions in every stage, all public', async () => {
  const challenges = (await anonymous().get('/api/v1/challenges?limit=100')).json().items;
  expect(new Set(challenges.map((c: { status: string }) => c.status))).toEqual(
    new Set(['submitted', 'accepted', 'refused', 'withdrawn']),
  );
  expect(
    new Set(
      challenges
        .filter((c: { status: string }) => c.status === 'submitted')
        .map((c: { assessmentState: string }) => c.assessmentState),
    ),
  ).toEqual(new Set(['open', 'due_soon', 'overdue']));
  const decisions = (await anonymous().get('/api/v1/steering/decisions?limit=100')).json().items;
  expect(new Set(decisions.map((d: { layer: string }) => d.layer))).toEqual(
    new Set(['facilitate', 'frameworks', 'compel', 'take_over']),
  );
  for (const decision of decisions) expect(decision.followsAdvice || decision.deviationReason !== null).toBe(true);
  const grants = (await anonymous().get('/api/v1/steering/grants')).json().items;
  expect(new Set(grants.map((g: { state: string }) => g.state))).toEqual(
    new Set(['paying', 'report_due', 'report_overdue', 'settled', 'clawed_back']),
  );
});

test('every task has advice with a timeline; the failing handover shows slow leadership', async () => {
  const advice = (await anonymous().get('/api/v1/steering/advice?subjectType=task&limit=100')).json().items;
  const tasks = await t.db.selectFrom('public_tasks').select('id').execute();
  expect(advice).toHaveLength(tasks.length);
  expect(new Set(advice.map((a: { layer: string }) => a.layer)).size).toBeGreaterThanOrEqual(3);
  const failing = advice.find((a: { subject: { title: string }; rule: string }) => a.rule === 'milestones_failing');
  expect(failing).toBeDefined();
  const timeline = (await anonymous().get(`/api/v1/steering/advice/task/${failing.subject.id}/timeline`)).json().items;
  expect(timeline.length).toBeGreaterThan(1);
  // The area's community power comes from the monitor's figures, computed by the step before.
  const detail = (await anonymous().get(`/api/v1/steering/advice/task/${failing.subject.id}`)).json();
  expect(detail.inputs.find((i: { key: string }) => i.key === 'areaIndex').value).toEqual(expect.any(Number));
});

test('the demo officer has work on the list: reviews, responses, assessments, a grant report, milestones', async () => {
  const items = (await officer.get('/api/v1/steering/worklist?limit=100')).json().items;
  expect(new Set(items.map((i: { kind: string }) => i.kind))).toEqual(
    new Set(['review', 'response', 'challenge_assessment', 'grant_report', 'milestone']),
  );
});
