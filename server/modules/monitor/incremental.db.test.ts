import { afterAll, beforeAll, expect, test } from 'vitest';
import { importAmstelveen } from '../../../test/support/areas.ts';
import { logRow, writeLog, type TestEvent } from '../../../test/support/monitor.ts';
import { testPlatform } from '../../../test/support/platform.ts';
import { createTestApp, type TestContext } from '../../../test/support/test-app.ts';
import { createRandom } from '../../platform/demo/random.ts';
import { startOfDayInAmsterdam, todayInAmsterdam } from '../../platform/dutch-time.ts';
import type { Platform } from '../../platform/module.ts';
import { createMonitorJobOf } from './monitor.parts.ts';
import { createMonitorRepository } from './monitor.repository.ts';
import { WindowMemory } from './window-memory.ts';

// The job folds in only what changed; a full rebuild starts from nothing. They must agree exactly,
// also when events arrive late (recorded now, happened days ago) or are backdated past a month end.
let t: TestContext;
let platform: Platform;
let buurten: string[];
const random = createRandom('incremental-equals-rebuild');

const VERBS = [
  'help.offered',
  'help.requested',
  'help.matched',
  'help.solved',
  'hours.booked',
  'initiative.created',
  'initiative.joined',
  'initiative.left',
  'initiative.stopped',
  'initiative.threshold-reached',
  'initiative.responded',
  'pledge.made',
  'pledge.delivered',
  'ballot.cast',
  'activity.signed-up',
] as const;

/**
 * Random events over `days` days before `until`, recorded when they happened unless `recordedAt`
 * says otherwise. `settled`: everyone acts in their own neighbourhood, which never changes (no fold
 * of a day again loses a tie or a resident's area).
 */
function randomEvents(count: number, until: Date, days: number, recordedAt?: string, settled = false) {
  return Array.from({ length: count }, () => {
    const verb = VERBS[random.int(0, VERBS.length)]!;
    const n = random.int(0, 300);
    const home = buurten[settled ? n % buurten.length : random.int(0, buurten.length)]!;
    const at = new Date(until.getTime() - random.next() * days * 86_400_000).toISOString();
    const actor = `resident-${n}`;
    const staff = verb === 'initiative.responded';
    const event: TestEvent = {
      actor: verb === 'initiative.threshold-reached' ? null : staff ? 'civil-servant' : actor,
      kind: staff ? 'staff' : undefined,
      home: staff ? null : home,
      area: home,
      subject: verb.startsWith('initiative')
        ? ['initiative', `i${random.int(0, 12)}`]
        : verb.startsWith('help')
          ? ['help_request', `q${random.int(0, 150)}`]
          : verb.startsWith('pledge')
            ? ['pledge', `p${random.int(0, 80)}`]
            : verb === 'ballot.cast'
              ? ['budget_round', 'r1']
              : ['activity', `act${random.int(0, 20)}`],
      counterpart: verb === 'help.matched' || verb === 'hours.booked' ? `resident-${random.int(0, 300)}` : null,
      hours: verb === 'hours.booked' ? 1 + random.int(0, 4) / 2 : undefined,
      at,
      recordedAt,
    };
    return logRow(verb, event);
  });
}

async function figures() {
  const values = await t.db
    .selectFrom('monitor_values')
    .selectAll()
    .orderBy('as_of')
    .orderBy('area_id')
    .orderBy('indicator')
    .execute();
  const networks = await t.db.selectFrom('monitor_networks').selectAll().orderBy('area_id').execute();
  return { values, networks };
}

/** The window totals (migration 0023), in a fixed order. */
async function windowTotals() {
  const residents = await t.db
    .selectFrom('monitor_window_residents')
    .selectAll()
    .orderBy('area_id')
    .orderBy('resident_id')
    .execute();
  const ties = await t.db
    .selectFrom('monitor_window_ties')
    .selectAll()
    .orderBy('area_id')
    .orderBy('from_node')
    .orderBy('to_node')
    .orderBy('to_area_id')
    .execute();
  return { residents, ties };
}

const byJson = <T>(rows: readonly T[]) => rows.map((row) => JSON.stringify(row)).sort();

beforeAll(async () => {
  t = await createTestApp();
  const { idOf } = await importAmstelveen(t);
  buurten = ['BU03620101', 'BU03620102', 'BU03620201', 'BU03620202'].map(idOf);
  for (const id of buurten) await t.db.updateTable('areas').set({ population: 400 }).where('id', '=', id).execute();
  platform = await testPlatform(t);
});
afterAll(() => t.close());

test('incremental updates and a full rebuild give identical figures, with late and backdated events', async () => {
  // 1. A year of activity, and the first run (a rebuild, as there is no watermark yet).
  await writeLog(t.db, randomEvents(3_000, t.clock.now(), 365));
  await createMonitorJobOf(platform).run();
  const first = await figures();
  expect(first.values.length).toBeGreaterThan(0);

  // 2. Two days later: new events, a late one (recorded now, happened 20 days ago) and backdated
  //    ones from before the last two month ends.
  t.clock.advance(2 * 86_400_000);
  const now = t.clock.now().toISOString();
  await writeLog(t.db, [
    ...randomEvents(200, t.clock.now(), 2, now),
    ...randomEvents(50, new Date(t.clock.now().getTime() - 20 * 86_400_000), 1, now),
    ...randomEvents(50, new Date(t.clock.now().getTime() - 70 * 86_400_000), 10, now),
  ]);
  const report = await createMonitorJobOf(platform).run();
  expect(report.foldedDays).toBeLessThan(40); // only the days that received events, not the year
  const incremental = await figures();
  expect(incremental.values).not.toEqual(first.values);
  const totals = await windowTotals();
  expect(totals.residents.length).toBeGreaterThan(0);
  expect(totals.ties.length).toBeGreaterThan(0);

  // 3. Everything again from the log.
  await createMonitorJobOf(platform).rebuild();
  const rebuilt = await figures();
  expect(incremental.values.length).toBe(rebuilt.values.length);
  expect(incremental.values).toEqual(rebuilt.values);
  expect(incremental.networks).toEqual(rebuilt.networks);
  expect(await windowTotals()).toEqual(totals);

  // 4. A run with nothing new (past the margin within which late commits are read again) changes nothing.
  t.clock.advance(15 * 60_000);
  await createMonitorJobOf(platform).run();
  const idle = await createMonitorJobOf(platform).run();
  expect(idle).toMatchObject({ foldedDays: 0, computedDates: [] });
  expect(await figures()).toEqual(rebuilt);
}, 180_000); // three rebuilds and a year of dates on both databases: slow on a busy 2-core machine

test('a job kept between runs reads the latest window from memory, and from the tables after anyone else changed them', async () => {
  const memory = new WindowMemory();
  const kept = createMonitorJobOf(platform, memory);
  const newEvents = async (count: number) => {
    t.clock.advance(15 * 60_000);
    await writeLog(t.db, randomEvents(count, t.clock.now(), 0.01, t.clock.now().toISOString(), true));
  };

  // The first run reads the window from the tables; the next ones follow their own folds.
  await newEvents(40);
  await kept.run();
  expect(memory.reads).toEqual({ loads: 1, windows: 1 });
  await newEvents(40);
  // Late events for three days ago, recorded now: that day is folded again and merged in too.
  const now = t.clock.now();
  await writeLog(t.db, randomEvents(20, new Date(now.getTime() - 3 * 86_400_000), 0.5, now.toISOString(), true));
  expect((await kept.run()).foldedDays).toBeGreaterThanOrEqual(2);
  await newEvents(40);
  expect((await kept.run()).foldedDays).toBeGreaterThanOrEqual(1);
  expect(memory.reads).toEqual({ loads: 1, windows: 3 });
  const fromMemory = await figures();

  // The same figures as a full rebuild (which changes the totals: the kept job reads them again).
  await createMonitorJobOf(platform).rebuild();
  expect(await figures()).toEqual(fromMemory);
  await newEvents(40);
  await kept.run();
  expect(memory.reads).toEqual({ loads: 2, windows: 4 });

  // Another instance folds in between: the kept job's memory is no longer the tables'.
  await newEvents(40);
  await createMonitorJobOf(platform).run();
  await newEvents(40);
  await kept.run();
  expect(memory.reads).toEqual({ loads: 3, windows: 5 });
  const afterOther = await figures();
  await createMonitorJobOf(platform).rebuild();
  expect(await figures()).toEqual(afterOther);
}, 120_000);

test('a new day drops the previous day’s figures and keeps the month ends', async () => {
  t.clock.advance(86_400_000);
  await createMonitorJobOf(platform).run();
  const dates = (await t.db.selectFrom('monitor_values').select('as_of').distinct().orderBy('as_of').execute()).map(
    (r) => r.as_of,
  );
  expect(dates).toHaveLength(13);
  expect(dates.at(-1)).toBe('2026-03-05');
});

test('another minimum number of residents computes every date again; facts of an older fold version fold again', async () => {
  const stricter = { ...platform.settings, monitor: { ...platform.settings.monitor, minResidents: 25 } };
  const recomputed = await createMonitorJobOf({ ...platform, settings: stricter }).run();
  expect(recomputed.foldedDays).toBe(0);
  expect(recomputed.computedDates).toHaveLength(13);
  expect(await createMonitorJobOf({ ...platform, settings: stricter }).run()).toMatchObject({
    foldedDays: 0,
    computedDates: [],
  });

  await t.db.updateTable('monitor_state').set({ value: '1' }).where('key', '=', 'fold_version').execute();
  const refolded = await createMonitorJobOf(platform).run();
  expect(refolded.foldedDays).toBeGreaterThan(0);
  expect(refolded.computedDates).toHaveLength(13);
}, 120_000);

test('window totals follow a refolded day that lost residents, kinds of activity and ties, as if refilled from all days', async () => {
  const memory = new WindowMemory();
  const repo = createMonitorRepository(t.db, memory);
  const day = (await repo.lastFoldedDay())!;
  const from = '2026-01-01';
  await repo.windowFacts(from, day);
  expect(memory.reads).toEqual({ loads: 1, windows: 1 });
  const residents = await t.db.selectFrom('monitor_resident_days').selectAll().where('day', '=', day).execute();
  const links = await t.db.selectFrom('monitor_links').selectAll().where('day', '=', day).execute();
  expect(residents.length).toBeGreaterThan(4);
  expect(links.length).toBeGreaterThan(4);
  // The day again with half its residents, none of them giving any more, and half its ties.
  await repo.replaceDay(
    day,
    {
      residents: residents.filter((_, i) => i % 2 === 0).map((row) => ({ ...row, gives: 0 })),
      counts: [],
      milestones: [],
      links: links.filter((_, i) => i % 2 === 0),
    },
    t.clock.now().toISOString(),
  );
  const kept = await windowTotals();
  await repo.refillWindowTotals(t.clock.now().toISOString());
  expect(await windowTotals()).toEqual(kept);

  // The latest date's window read from the totals (the memory forgot, as the day lost rows) is the
  // window grouped from the days.
  const fast = await repo.windowFacts(from, day);
  expect(memory.reads).toEqual({ loads: 2, windows: 2 });
  const slow = await repo.windowFacts(from, day, { fromDays: true });
  expect(byJson(fast.residents)).toEqual(byJson(slow.residents));
  expect(byJson(fast.ties)).toEqual(byJson(slow.ties));
  expect(fast.residents.some((row) => row.gives)).toBe(true);
});

test('an event just after midnight in Amsterdam (the UTC date before) folds only its own day', async () => {
  t.clock.advance(86_400_000);
  const today = todayInAmsterdam(t.clock.now());
  const justAfterMidnight = startOfDayInAmsterdam(t.clock.now()).getTime() + 30 * 60_000;
  const at = new Date(justAfterMidnight).toISOString();
  expect(at.slice(0, 10) < today).toBe(true); // UTC still says yesterday
  await writeLog(t.db, [
    logRow('help.offered', {
      actor: 'resident-1',
      home: buurten[0]!,
      area: buurten[0]!,
      subject: ['help_request', 'q-midnight'],
      at,
      recordedAt: t.clock.now().toISOString(),
    }),
  ]);
  const report = await createMonitorJobOf(platform).run();
  expect(report.foldedDays).toBe(1);
  expect(report.computedDates).toEqual([today]);
});
