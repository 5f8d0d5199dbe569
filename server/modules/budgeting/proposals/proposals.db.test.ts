import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Proposal } from '../../../../contracts/budgeting.ts';
import { createTestApp, signUp, type TestContext } from '../../../../test/support/test-app.ts';
import { budgetWorld, type BudgetWorld } from '../../../../test/support/budgeting.ts';

let t: TestContext;
let w: BudgetWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await budgetWorld(t);
});
afterAll(async () => {
  await t.close();
});

const idea = (areaId: string) => ({
  title: 'Bankjes bij de speeltuin',
  description: 'Drie bankjes zodat ouders kunnen zitten.',
  estimatedCostCents: 2_500_00,
  areaId,
  location: 'Speeltuin Randwijck',
});

test('a resident proposes; everyone sees it without its author; only the author sees it as theirs', async () => {
  const round = await w.openRound();
  const author = await signUp(t);
  const submitted = await author.post(`/api/v1/budget-rounds/${round.id}/proposals`, idea(w.buurt));
  expect(submitted.statusCode).toBe(201);
  expect(submitted.json<Proposal>()).toMatchObject({
    code: '1',
    status: 'submitted',
    mine: true,
    costCents: null,
    review: null,
  });
  const publicView = await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}/proposals` });
  expect(publicView.json().items[0]).toMatchObject({ title: 'Bankjes bij de speeltuin', mine: false });
  expect(publicView.body).not.toContain(author.accountId);
  const second = await author.post(`/api/v1/budget-rounds/${round.id}/proposals`, {
    ...idea(w.buurt),
    title: 'Boom planten',
  });
  expect(second.json<Proposal>().code).toBe('2');
});

test('a proposal must be in one of the round’s areas and only during the proposals phase', async () => {
  const round = await w.openRound();
  const author = await signUp(t);
  const outside = await author.post(`/api/v1/budget-rounds/${round.id}/proposals`, idea(w.otherBuurt));
  expect(outside.statusCode).toBe(400);
  expect(outside.json().invalidParams[0].name).toBe('body.areaId');
  expect(
    (await author.post(`/api/v1/budget-rounds/${round.id}/proposals`, { ...idea(w.buurt), estimatedCostCents: 0 }))
      .statusCode,
  ).toBe(400);
  await w.startPhase(round.id, 'review');
  const late = await author.post(`/api/v1/budget-rounds/${round.id}/proposals`, idea(w.buurt));
  expect(late.statusCode).toBe(409);
  expect(late.json().type).toMatch(/phase-closed/);
});

test('review: an officer accepts with a cost or rejects with a published reason; others may not', async () => {
  const round = await w.openRound();
  const author = await signUp(t);
  const [a, b] = await Promise.all([
    author.post(`/api/v1/budget-rounds/${round.id}/proposals`, idea(w.buurt)).then((r) => r.json<Proposal>().id),
    author
      .post(`/api/v1/budget-rounds/${round.id}/proposals`, { ...idea(w.buurt), title: 'Zwembad in het park' })
      .then((r) => r.json<Proposal>().id),
  ]);
  const url = (id: string) => `/api/v1/budget-rounds/${round.id}/proposals/${id}/review`;
  expect(
    (await author.put(url(a!), { decision: 'accepted', costCents: 3_000_00, reason: 'Ik vind het goed.' })).statusCode,
  ).toBe(403);
  const outsider = await signUp(t, { roles: [{ role: 'civil_servant', areaId: w.idOf('WK036202') }] });
  expect(
    (await outsider.put(url(a!), { decision: 'accepted', costCents: 3_000_00, reason: 'Haalbaar.' })).statusCode,
  ).toBe(403);
  const noCost = await w.officer.put(url(a!), { decision: 'accepted', reason: 'Haalbaar.' });
  expect(noCost.json().invalidParams[0].name).toBe('body.costCents');
  const tooDear = await w.officer.put(url(b!), { decision: 'accepted', costCents: 50_000_00, reason: 'Haalbaar.' });
  expect(tooDear.json().invalidParams[0].name).toBe('body.costCents');
  const accepted = await w.officer.put(url(a!), {
    decision: 'accepted',
    costCents: 3_000_00,
    reason: 'Haalbaar; de gemeente schat de kosten iets hoger.',
  });
  expect(accepted.json<Proposal>()).toMatchObject({
    status: 'accepted',
    costCents: 3_000_00,
    estimatedCostCents: 2_500_00,
    review: { decision: 'accepted' },
  });
  const rejected = await w.officer.put(url(b!), {
    decision: 'rejected',
    reason: 'Past niet in het budget en vraagt een vergunning.',
  });
  expect(rejected.json<Proposal>()).toMatchObject({
    status: 'rejected',
    costCents: null,
    review: { reason: 'Past niet in het budget en vraagt een vergunning.' },
  });
  const onBallot = await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}/proposals?status=accepted` });
  expect(onBallot.json().items.map((p: Proposal) => p.id)).toEqual([a]);
  const log = await t.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'budget_proposal.reviewed')
    .where('subject_id', '=', b!)
    .execute();
  expect(log[0]).toMatchObject({
    actor_id: w.officer.accountId,
    reason: 'Past niet in het budget en vraagt een vergunning.',
  });
  await w.startPhase(round.id, 'review');
  await w.startPhase(round.id, 'voting');
  expect(
    (await w.officer.put(url(b!), { decision: 'accepted', costCents: 1_00, reason: 'Toch wel.' })).json().type,
  ).toMatch(/phase-closed/);
});

test('the author edits before review and withdraws before voting; nobody else can', async () => {
  const round = await w.openRound();
  const author = await signUp(t);
  const id = (await author.post(`/api/v1/budget-rounds/${round.id}/proposals`, idea(w.buurt))).json<Proposal>().id;
  const url = `/api/v1/budget-rounds/${round.id}/proposals/${id}`;
  const other = await signUp(t);
  expect((await other.patch(url, { title: 'Gekaapt voorstel' })).statusCode).toBe(403);
  expect((await author.patch(url, { title: 'Vier bankjes' })).json<Proposal>().title).toBe('Vier bankjes');
  expect((await other.delete(url)).statusCode).toBe(403);
  expect((await author.delete(url)).statusCode).toBe(204);
  const withdrawn = await t.db
    .selectFrom('activity_log')
    .select(['verb', 'actor_id'])
    .where('verb', '=', 'proposal.withdrawn')
    .execute();
  expect(withdrawn).toEqual([{ verb: 'proposal.withdrawn', actor_id: author.accountId }]);
  expect((await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}/proposals` })).json().items).toEqual([]);
  expect(
    (await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}/proposals?status=withdrawn` })).json().items,
  ).toHaveLength(1);
  expect(
    (await w.officer.put(`${url}/review`, { decision: 'accepted', costCents: 1_00, reason: 'Haalbaar.' })).statusCode,
  ).toBe(409);
});

test('proposals page by submission order without overlap', async () => {
  const round = await w.openRound();
  const author = await signUp(t);
  for (let i = 0; i < 5; i++)
    await author.post(`/api/v1/budget-rounds/${round.id}/proposals`, { ...idea(w.buurt), title: `Idee nummer ${i}` });
  const codes: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: Proposal[]; nextCursor: string | null } = (
      await t.app.inject({
        url: `/api/v1/budget-rounds/${round.id}/proposals?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      })
    ).json<{ items: Proposal[]; nextCursor: string | null }>();
    codes.push(...page.items.map((p) => p.code));
    cursor = page.nextCursor;
  } while (cursor);
  expect(codes).toEqual(['1', '2', '3', '4', '5']);
});
