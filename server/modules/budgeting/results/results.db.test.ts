import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Round } from '../../../../contracts/budgeting.ts';
import type { ProjectOutcome } from '../../../../contracts/budgeting-results.ts';
import { createTestApp, signUp, type TestContext } from '../../../../test/support/test-app.ts';
import { countVotes } from '../counting/count-votes.ts';
import { toApprovalElection } from '../pabulib/pabulib-election.ts';
import { parsePabulib } from '../pabulib/pabulib-parse.ts';
import { createActivityRecorder } from '../../activity/activity.service.ts';
import { runBudgetCounts } from './count.jobs.ts';
import { budgetWorld, DAY, type BudgetWorld } from '../../../../test/support/budgeting.ts';

const run = promisify(execFile);
const ASSEN = new URL('../../../../test/fixtures/pabulib/Netherlands_Assen_2024.pb', import.meta.url);
const REPO = new URL('../../../../', import.meta.url).pathname;

let t: TestContext;
let w: BudgetWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await budgetWorld(t);
});
afterAll(async () => {
  await t.close();
});

describe('a knapsack round counted greedily', () => {
  let round: Round;
  let a: string, b: string, c: string, d: string;
  beforeAll(async () => {
    round = await w.openRound();
    [a, b, c, d] = (await w.acceptedProjects(round.id, [6_000_00, 5_000_00, 3_000_00, 1_000_00])) as [
      string,
      string,
      string,
      string,
    ];
    await w.startPhase(round.id, 'review');
    await w.startPhase(round.id, 'voting');
    for (const choice of [[a, d], [a, c], [a], [b, c]]) {
      const voter = await w.resident();
      expect((await voter.post(`/api/v1/budget-rounds/${round.id}/ballots`, { projectIds: choice })).statusCode).toBe(
        201,
      );
    }
    expect(
      (
        await w.officer.post(`/api/v1/budget-rounds/${round.id}/paper-ballots`, {
          projectIds: [b],
          location: 'Buurthuis',
        })
      ).statusCode,
    ).toBe(201);
  });

  test('there is no result and no audit count before voting closes; the export lists projects only', async () => {
    expect((await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}/result` })).json()).toMatchObject({
      status: 'not-counted',
      outcome: null,
    });
    expect((await w.officer.post(`/api/v1/budget-rounds/${round.id}/counts`)).statusCode).toBe(409);
    expect((await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}/count` })).statusCode).toBe(404);
    const file = parsePabulib((await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}/pabulib` })).body);
    expect(file.projects).toHaveLength(4);
    expect(file.votes).toHaveLength(0);
  });

  test('closing the vote counts it off the request thread; every project says why it won or lost', async () => {
    await w.startPhase(round.id, 'results');
    const result = await w.countedResult(round.id);
    expect(result.status).toBe('done');
    const outcome = result.outcome!;
    expect(outcome).toMatchObject({
      rule: 'greedy',
      budgetCents: 10_000_00,
      usedCents: 10_000_00,
      ballotCount: 5,
      paperBallotCount: 1,
    });
    expect(outcome.funded.map((p) => p.projectId)).toEqual([a, c, d]);
    const byId = new Map(outcome.projects.map((p: ProjectOutcome) => [p.projectId, p]));
    expect(byId.get(a)).toMatchObject({
      votes: 3,
      funded: true,
      decision: { kind: 'funded', step: 1, budgetLeftBeforeCents: 10_000_00 },
    });
    expect(byId.get(c)).toMatchObject({
      votes: 2,
      funded: true,
      wonTie: { rulesUsed: ['min-cost'], changesOutcome: false },
    });
    expect(byId.get(b)).toMatchObject({
      votes: 2,
      funded: false,
      decision: { kind: 'did-not-fit', budgetLeftBeforeCents: 1_000_00 },
    });
    expect(byId.get(d)).toMatchObject({
      votes: 1,
      funded: true,
      decision: { kind: 'funded', budgetLeftBeforeCents: 1_000_00 },
    });
    expect(outcome.ties).toHaveLength(1);
    expect(outcome.recountCommand).toBe(
      `npm run -s cli -- budget count budget-round-${round.id}.pb --rule greedy --tie-break min-cost,max-votes,file-order --json`,
    );
    const activity = await t.db
      .selectFrom('activity_log')
      .selectAll()
      .where('verb', '=', 'round.counted')
      .where('subject_id', '=', round.id)
      .execute();
    expect(activity).toHaveLength(1);
    expect(activity[0]).toMatchObject({ area_id: w.wijk, amount_cents: 10_000_00 });
  });

  // Runs the printed command through the real CLI entry point, once `budget count` is registered there.
  const cliHasBudget = readFileSync(join(REPO, 'server/cli/main.ts'), 'utf8').includes('registerBudgetCommands');
  test.runIf(cliHasBudget)(
    'anyone can recount the audit file with the CLI and get the same result',
    { timeout: 60_000 },
    async () => {
      const exported = await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}/pabulib` });
      expect(exported.headers['content-type']).toContain('text/plain');
      expect(exported.headers['content-disposition']).toContain(`budget-round-${round.id}.pb`);
      const file = parsePabulib(exported.body);
      expect(file.votes).toHaveLength(5);
      expect(file.votes.map((v) => v.voterId).sort()).toEqual(['1', '2', '3', '4', '5']);
      expect(file.votes.map((v) => v.fields['voting_method']).sort()).toEqual([
        'internet',
        'internet',
        'internet',
        'internet',
        'paper',
      ]);
      expect(file.projects.filter((p) => p.fields['selected'] === '1').map((p) => p.id)).toEqual(['1', '3', '4']);

      const stored = (await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}/count` })).json<{
        selected: string[];
        cost: number;
      }>();
      expect(stored).toMatchObject({ selected: ['1', '3', '4'], cost: 10_000 });

      const dir = mkdtempSync(join(tmpdir(), 'ws-recount-'));
      try {
        writeFileSync(join(dir, `budget-round-${round.id}.pb`), exported.body);
        const outcome = (await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}/result` })).json().outcome;
        // The command as the results page prints it, run from the folder the file was saved in.
        const args = (outcome.recountCommand as string).replace('npm run -s cli -- ', '').split(' ');
        const { stdout } = await run(join(REPO, 'node_modules/.bin/tsx'), [join(REPO, 'server/cli/main.ts'), ...args], {
          cwd: dir,
        });
        expect(JSON.parse(stdout)).toEqual(stored);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

test('a round whose voting closes by its date is counted by the periodic job', async () => {
  const round = await w.openRound({
    ballot: { type: 'approval', maxProjects: 2, minProjects: 1, minSpendCents: null },
    counting: {
      rule: 'equal-shares',
      utility: 'approval',
      completion: 'greedy',
      exhaustiveStop: true,
      tieBreak: ['max-votes'],
    },
  });
  const [x, y] = await w.acceptedProjects(round.id, [7_000_00, 4_000_00]);
  t.clock.advance(2 * DAY);
  const voter = await w.resident();
  expect((await voter.post(`/api/v1/budget-rounds/${round.id}/ballots`, { projectIds: [x!, y!] })).statusCode).toBe(
    201,
  );
  t.clock.advance(DAY);
  expect((await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}` })).json<Round>().phase).toBe('results');
  await runBudgetCounts({ db: t.db, activity: createActivityRecorder({ clock: t.clock, ids: t.ids }) }, t.clock.now());
  // The app's own runner may have claimed it first; either way it gets counted.
  const result = await w.countedResult(round.id);
  expect(result.status).toBe('done');
  // Approval utility: each project is worth the same to the voter, so the cheaper one goes first.
  expect(result.outcome!.funded.map((p) => p.projectId)).toEqual([y]);
  expect(result.outcome!.projects[1]).toMatchObject({ projectId: x, funded: false });
  expect(result.outcome!.recountCommand).toContain(
    '--rule equal-shares --utility approval --complete greedy --tie-break max-votes,file-order',
  );
});

describe('import and export in the Pabulib format', () => {
  test('Assen 2024 imports as a closed round and counts to its published outcome by equal shares with add1', async () => {
    const imported = await w.officer.post('/api/v1/budget-round-imports', {
      pabulib: readFileSync(ASSEN, 'utf8'),
      areaIds: [w.wijk],
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const round = imported.json<Round>();
    expect(round).toMatchObject({
      title: 'Assen Top Idee',
      phase: 'results',
      source: 'pabulib-import',
      projectCount: 14,
      ballotCount: 84,
      budgetCents: 100_000_00,
    });
    expect(round.counting.rule).toBe('equal-shares-add1');
    const result = await w.countedResult(round.id);
    expect(result.status, result.error ?? '').toBe('done');
    expect(result.outcome!.funded.map((p) => p.code).sort((x, y) => Number(x) - Number(y))).toEqual([
      '2',
      '3',
      '5',
      '6',
      '9',
      '11',
      '12',
      '13',
      '14',
    ]);
    expect(result.outcome!.usedCents).toBe(76_700_00);
    expect(result.outcome!.equalShares).not.toBeNull();
    const lost = result.outcome!.projects.find((p) => p.code === '8')!;
    expect(lost.funded).toBe(false);
    expect(lost.supportersBudgetCents).not.toBeNull();

    const exported = parsePabulib((await t.app.inject({ url: `/api/v1/budget-rounds/${round.id}/pabulib` })).body);
    const original = parsePabulib(readFileSync(ASSEN, 'utf8'));
    expect(exported.projects.map((p) => [p.id, p.cost])).toEqual(original.projects.map((p) => [p.id, p.cost]));
    expect(exported.votes.map((v) => [...v.projectIds].sort().join(',')).sort()).toEqual(
      original.votes.map((v) => [...v.projectIds].sort().join(',')).sort(),
    );
    const recount = countVotes(toApprovalElection(exported), {
      rule: 'equal-shares-add1',
      tieBreak: ['min-cost', 'max-votes'],
    });
    expect(recount.selected).toEqual(exported.projects.filter((p) => p.fields['selected'] === '1').map((p) => p.id));
  });

  test('a malformed file is refused with the line and the reason; only budget officers import', async () => {
    const broken =
      'META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;50\n1;60\nVOTES\nvoter_id;vote\n';
    const refused = await w.officer.post('/api/v1/budget-round-imports', { pabulib: broken, areaIds: [w.wijk] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams[0]).toEqual({
      name: 'body.pabulib',
      reason: 'line 8: duplicate project_id "1"',
    });
    const cents =
      'META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;50.125\nVOTES\nvoter_id;vote\n';
    expect(
      (await w.officer.post('/api/v1/budget-round-imports', { pabulib: cents, areaIds: [w.wijk] })).json().detail,
    ).toMatch(/more than two decimals/);
    const resident = await signUp(t);
    expect(
      (await resident.post('/api/v1/budget-round-imports', { pabulib: broken, areaIds: [w.wijk] })).statusCode,
    ).toBe(403);
  });
});
