import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { copySqliteToPostgres } from './copy-to-postgres.ts';
import { postgresTarget } from './targets.ts';
import { sql } from 'kysely';
import { buildApp } from '../server/app.ts';
import { randomIds, type Clock } from '../server/clock.ts';
import { parseDatabaseUrl } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import { createActivityReader } from '../server/modules/activity/activity.port.ts';
import { createAreasService } from '../server/modules/areas/areas.service.ts';
import { createInitiativesPort } from '../server/modules/initiatives/initiatives.port.ts';
import { createMonitorJob, nextDate, startOfDay } from '../server/modules/monitor/monitor.jobs.ts';
import { generateDemo, type DemoOptions } from '../server/platform/demo/generator.ts';
import { todayInAmsterdam } from '../server/platform/dutch-time.ts';
import { demoStepsOf, registry } from '../server/platform/registry.ts';
import { DEFAULT_SETTINGS } from '../server/platform/settings.ts';

// The community-power monitor on a big city (issue 11): by default 500,000 residents with the
// demo's year of activity (5.4 million events; docs/areas.md). Prints how long generating and the
// full rebuild took, the dashboard of the municipality, a district and a neighbourhood, the whole
// municipality's map, and folding in one more day of activity.
//
//   npm run bench -- monitor                                     SQLite file, kept in /tmp for the next run
//   BENCH_RESIDENTS=100000 BENCH_ACTIVITY=2 npm run bench -- monitor
//   BENCH_DATABASE_URL=postgres://… npm run bench -- monitor      a PostgreSQL database: generated when empty, else reused
//   BENCH_FROM_SQLITE=/tmp/ws-bench-monitor-500000-x1.sqlite npm run bench -- monitor --postgres
//                                 the city a SQLite run generated, copied into a throwaway PostgreSQL cluster
const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 500_000);
const MULTIPLIER = Number(process.env.BENCH_ACTIVITY ?? 1);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const AS_OF = new Date('2026-06-01T10:00:00Z');

// With `--postgres` (BENCH_POSTGRES_URL) and BENCH_FROM_SQLITE: a new database on that server, filled by copying.
const postgresServer = process.env.BENCH_FROM_SQLITE ? process.env.BENCH_POSTGRES_URL : undefined;
const url =
  process.env.BENCH_DATABASE_URL ??
  (postgresServer
    ? (await postgresTarget(postgresServer)).url
    : `sqlite:///tmp/ws-bench-monitor-${RESIDENTS}-x${MULTIPLIER}.sqlite`);
const target = parseDatabaseUrl(url);
const copyFrom = target.dialect === 'postgres' ? process.env.BENCH_FROM_SQLITE : undefined;
const sqliteFile = target.dialect === 'sqlite' && existsSync(target.file);
const database = openDatabase(target);
await migrateToLatest(database.db);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = async (table: 'activity_log' | 'accounts') =>
  Number(
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

if (copyFrom) {
  const started = performance.now();
  const rows = await copySqliteToPostgres(copyFrom, url, (table, n) =>
    console.log(`  copied ${table}: ${n.toLocaleString('en')} rows (${seconds(performance.now() - started)})`),
  );
  console.log(`Copied ${rows.toLocaleString('en')} rows of ${copyFrom} in ${seconds(performance.now() - started)}`);
} else if (!sqliteFile && (await count('accounts')) === 0) {
  // As `demo generate` does: a 256 MB page cache for the bulk inserts.
  if (database.dialect === 'sqlite') await sql`PRAGMA cache_size = -262144`.execute(database.db);
  const started = performance.now();
  // `activityMultiplier` (docs/demo.md) repeats the year's activity for benchmarks.
  const options: DemoOptions & { activityMultiplier?: number } = {
    seed: 'bench-monitor',
    residents: RESIDENTS,
    asOf: AS_OF,
    activityMultiplier: MULTIPLIER,
  };
  const summary = await generateDemo(database.db, options, await demoStepsOf(registry));
  const rebuild = summary.steps.find((step) => step.name === 'community-power figures');
  console.log(
    `Generated ${RESIDENTS.toLocaleString('en')} residents (activity × ${MULTIPLIER}) in ${seconds(performance.now() - started)}; ` +
      `the monitor's full rebuild inside it took ${seconds(rebuild?.milliseconds ?? 0)}`,
  );
} else console.log(`Reusing ${target.dialect === 'sqlite' ? target.file : 'the city in that database'}`);
console.log(
  `${(await count('accounts')).toLocaleString('en')} accounts, ${(await count('activity_log')).toLocaleString('en')} events in the activity log (${database.dialect})`,
);

const clock: Clock = { now: () => AS_OF };
const app = await buildApp({ db: database.db, clock, ids: randomIds });
const areas = await createAreasService(database.db).hierarchy();
const municipality = areas.find((a) => a.kind === 'municipality')!;
const district = areas.find((a) => a.kind === 'district')!;
const neighbourhood = areas.find((a) => a.kind === 'neighbourhood')!;

async function measure(label: string, url: string): Promise<void> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < REQUESTS + 3; i++) {
    const started = performance.now();
    const response = await app.inject({ method: 'GET', url });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    if (i >= 3) times.push(performance.now() - started);
    bytes = response.body.length;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(
    `${label.padEnd(44)} p50 ${at(0.5).padStart(6)} ms   p95 ${at(0.95).padStart(6)} ms   ${(bytes / 1024).toFixed(0)} KB`,
  );
}

console.log(
  `\nIn process (app.inject), ${REQUESTS} requests each after 3 warm-ups (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs):`,
);
await measure(`dashboard, municipality ${municipality.code}`, `/api/v1/monitor/areas/${municipality.id}`);
await measure(`dashboard, district ${district.code}`, `/api/v1/monitor/areas/${district.id}`);
await measure(`dashboard, neighbourhood ${neighbourhood.code}`, `/api/v1/monitor/areas/${neighbourhood.id}`);
await measure('network picture, municipality', `/api/v1/monitor/areas/${municipality.id}/network`);
await measure('map of the municipality (all buurten)', '/api/v1/monitor/map?indicator=participation&limit=500');
await measure('open data, 100 figures', '/api/v1/monitor/figures?limit=100');
await app.close();

// One more day, never folded before: yesterday's events again on the day after the last one
// measured (the day after AS_OF on a new city; a reused city gains a day per run, so that every run
// folds a new day), recorded just before the job runs at the end of that day.
const reader = createActivityReader(database.db);
const yesterday = todayInAmsterdam(new Date(AS_OF.getTime() - 86_400_000));
const events = await reader.eventsBetween(startOfDay(yesterday), startOfDay(nextDate(yesterday)));
const lastMeasured = await database.db
  .selectFrom('activity_log')
  .select((eb) => eb.fn.max('occurred_at').as('at'))
  .where('id', 'like', 'bench-day-%')
  .executeTakeFirst();
const measuredDay = nextDate(todayInAmsterdam(lastMeasured?.at ? new Date(lastMeasured.at) : AS_OF));
const shiftMs = Date.parse(startOfDay(measuredDay)) - Date.parse(startOfDay(yesterday));
const jobTime = new Date(Date.parse(startOfDay(nextDate(measuredDay))) - 60_000);
const recordedAt = new Date(jobTime.getTime() - 60_000).toISOString();
const job = createMonitorJob({
  db: database.db,
  clock: { now: () => jobTime },
  activity: reader,
  initiatives: createInitiativesPort(database.db),
  areas: createAreasService(database.db),
  windowDays: DEFAULT_SETTINGS.monitor.windowDays,
  minResidents: DEFAULT_SETTINGS.monitor.minResidents,
});
// First the job catches up on what is there (a city generated by an older version of the fold is
// folded again as a whole): not timed, so the figure below is one day's work and nothing else.
const catchUp = performance.now();
const caughtUp = await job.run();
console.log(
  `\nCaught up first (not the measured day): ${caughtUp.foldedDays} days folded, ${caughtUp.computedDates.length} dates computed in ${seconds(performance.now() - catchUp)}`,
);
let n = 0;
const rows = events.map((e) => ({
  id: `bench-day-${Date.now()}-${n++}`,
  verb: e.verb,
  actor_id: e.actorId,
  actor_kind: e.actorKind,
  actor_area_id: e.actorAreaId,
  counterpart_id: e.counterpartId,
  organisation_id: e.organisationId,
  on_behalf_of_id: null,
  subject_type: e.subjectType,
  subject_id: e.subjectId,
  area_id: e.areaId,
  domain: null,
  hours: e.hours,
  amount_cents: null,
  occurred_at: new Date(Date.parse(e.occurredAt) + shiftMs).toISOString(),
  recorded_at: recordedAt,
}));
for (let i = 0; i < rows.length; i += 500)
  await database.db
    .insertInto('activity_log')
    .values(rows.slice(i, i + 500))
    .execute();
const started = performance.now();
const cpuBefore = process.cpuUsage();
const report = await job.run();
const cpu = process.cpuUsage(cpuBefore);
console.log(
  `\nA new day of activity (${measuredDay}, ${rows.length.toLocaleString('en')} events) folded in and today's figures computed in ${seconds(performance.now() - started)}, ` +
    `${seconds((cpu.user + cpu.system) / 1000)} of CPU in this process (the database's own work on PostgreSQL not included) ` +
    `(${report.foldedDays} days folded, ${report.computedDates.length} dates computed)`,
);
console.log(
  `  of which folding the day in: ${seconds(report.milliseconds.fold)}; computing today's figures from the window: ${seconds(report.milliseconds.compute)}`,
);
if (target.dialect !== 'sqlite') console.log('(PostgreSQL: drop the database to run again from scratch)');
await database.close();
