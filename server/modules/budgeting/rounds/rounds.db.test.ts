import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Round } from '../../../../contracts/budgeting.ts';
import { createTestApp, signUp, type TestContext } from '../../../../test/support/test-app.ts';
import { budgetWorld, DAY, type BudgetWorld } from '../../../../test/support/budgeting.ts';

let t: TestContext;
let w: BudgetWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await budgetWorld(t);
});
afterAll(async () => {
  await t.close();
});

describe('opening a round', () => {
  test('a budget officer opens a round; anyone reads it, with its phase and areas', async () => {
    const round = await w.openRound();
    expect(round).toMatchObject({
      phase: 'proposals',
      budgetCents: 1_000_000,
      source: 'platform',
      projectCount: 0,
      ballotCount: 0,
    });
    expect(round.areas.map((a) => a.code)).toEqual(['WK036201']);
    const anonymous = await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}` });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json<Round>().counting.tieBreak).toEqual(['min-cost', 'max-votes']);
  });

  test('roles: residents, professionals and steering officers may not; an officer for another area may not; one for the wijk may', async () => {
    const input = w.roundInput();
    for (const role of [undefined, 'professional', 'steering_officer', 'administrator'] as const) {
      const client = await signUp(t, { roles: role ? [{ role }] : [] });
      const refused = await client.post('/api/v1/budget-rounds', input);
      expect(refused.statusCode).toBe(403);
    }
    const elsewhere = await signUp(t, { roles: [{ role: 'civil_servant', areaId: w.idOf('WK036202') }] });
    const denied = await elsewhere.post('/api/v1/budget-rounds', input);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().detail).toMatch(/every area/);
    const wijkOfficer = await signUp(t, { roles: [{ role: 'civil_servant', areaId: w.wijk }] });
    expect((await wijkOfficer.post('/api/v1/budget-rounds', input)).statusCode).toBe(201);
    const buurtOfficer = await signUp(t, { roles: [{ role: 'civil_servant', areaId: w.buurt }] });
    expect((await buurtOfficer.post('/api/v1/budget-rounds', input)).statusCode).toBe(403);
    expect((await buurtOfficer.post('/api/v1/budget-rounds', w.roundInput({ areaIds: [w.buurt] }))).statusCode).toBe(
      201,
    );
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/budget-rounds', payload: input })).statusCode).toBe(401);
  });

  test('bad input names the field', async () => {
    const cases: Array<[object, string]> = [
      [
        w.roundInput({ ballot: { type: 'approval', maxProjects: null, minProjects: 1, minSpendCents: null } }),
        'body.ballot.maxProjects',
      ],
      [{ ...w.roundInput(), areaIds: ['nowhere'] }, 'body.areaIds'],
      [{ ...w.roundInput(), budgetCents: -5 }, 'body.budgetCents'],
      [{ ...w.roundInput(), counting: { rule: 'lottery' } }, 'body.counting.rule'],
      [
        {
          ...w.roundInput(),
          schedule: { ...w.roundInput().schedule, votingCloseAt: w.roundInput().schedule.votingOpenAt },
        },
        'body.schedule.votingCloseAt',
      ],
      [{ ...w.roundInput(), surprise: true }, 'body'],
      [
        w.roundInput({ ballot: { type: 'knapsack', maxProjects: null, minProjects: 1, minSpendCents: 99_999_999 } }),
        'body.ballot.minSpendCents',
      ],
    ];
    for (const [body, field] of cases) {
      const response = await w.officer.post('/api/v1/budget-rounds', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().invalidParams.map((p: { name: string }) => p.name)).toContain(field);
    }
  });
});

describe('phases', () => {
  test('phases follow the dates; an officer starts only the next one; the rules lock when voting opens', async () => {
    const round = await w.openRound();
    const to = (phase: string) => w.officer.post(`/api/v1/budget-rounds/${round.id}/phase-changes`, { phase });
    expect((await to('voting')).statusCode).toBe(409);
    expect((await to('review')).json<Round>().phase).toBe('review');
    const moved = await w.officer.patch(`/api/v1/budget-rounds/${round.id}`, {
      budgetCents: 2_000_000,
      title: 'Nieuwe titel',
    });
    expect(moved.json<Round>()).toMatchObject({ budgetCents: 2_000_000, title: 'Nieuwe titel' });
    expect((await to('voting')).json<Round>().phase).toBe('voting');
    const locked = await w.officer.patch(`/api/v1/budget-rounds/${round.id}`, { budgetCents: 5_000_000 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().type).toMatch(/round-settings-locked/);
    const resident = await w.resident();
    expect(
      (await resident.post(`/api/v1/budget-rounds/${round.id}/phase-changes`, { phase: 'results' })).statusCode,
    ).toBe(403);
  });

  test('a date that has passed cannot move; later ones can', async () => {
    const round = await w.openRound();
    t.clock.advance(DAY / 2);
    const schedule = {
      ...round.schedule,
      votingCloseAt: new Date(Date.parse(round.schedule.votingCloseAt) + DAY).toISOString(),
    };
    const changed = await w.officer.patch(`/api/v1/budget-rounds/${round.id}`, { schedule });
    expect(changed.statusCode, changed.body).toBe(200);
    const rewrite = { ...schedule, proposalsOpenAt: new Date(t.clock.now().getTime() - 3 * DAY).toISOString() };
    const refused = await w.officer.patch(`/api/v1/budget-rounds/${round.id}`, { schedule: rewrite });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().type).toMatch(/schedule-date-passed/);
  });
});

test('rounds are listed newest first, by area, in pages without overlap', async () => {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: Round[]; nextCursor: string | null } = (
      await t.app.inject({ url: `/api/v1/budget-rounds?areaId=${w.wijk}&limit=2${cursor ? `&cursor=${cursor}` : ''}` })
    ).json<{ items: Round[]; nextCursor: string | null }>();
    seen.push(...page.items.map((r) => r.id));
    cursor = page.nextCursor;
  } while (cursor);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.length).toBeGreaterThanOrEqual(4);
  expect((await t.app.inject({ url: '/api/v1/budget-rounds?limit=101' })).statusCode).toBe(400);
  expect((await t.app.inject({ url: `/api/v1/budget-rounds?areaId=${w.otherBuurt}` })).json().items).toEqual([]);
});
