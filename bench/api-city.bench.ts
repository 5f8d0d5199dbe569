import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../server/app.ts';
import { randomIds, systemClock } from '../server/clock.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import { newSessionToken } from '../server/http/auth.ts';
import { DEMO_ACCOUNTS } from '../server/platform/demo/demo-accounts.ts';
import { demoStepsOf, registry } from '../server/platform/registry.ts';

const demoSteps = await demoStepsOf(registry);
import { generateDemo } from '../server/platform/demo/generator.ts';

// The public lists a city's residents browse, on a generated city (default 100,000 residents) in
// an embedded SQLite file. The load generator (autocannon) runs in its own process.
const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const dir = mkdtempSync(join(tmpdir(), 'ws-bench-city-'));
const database = openDatabase({ dialect: 'sqlite', file: join(dir, 'city.sqlite') });
await migrateToLatest(database.db);
const started = performance.now();
const summary = await generateDemo(
  database.db,
  { seed: 'bench', residents: RESIDENTS, asOf: new Date('2026-06-01T12:00:00Z') },
  demoSteps,
);
console.log(
  `Generated ${RESIDENTS.toLocaleString('en')} residents in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    Object.entries(summary.rows)
      .filter(([table]) => ['accounts', 'initiatives', 'help_requests', 'areas'].includes(table))
      .map(([table, n]) => `${n.toLocaleString('en')} ${table}`)
      .join(', '),
);

const adminEmail = DEMO_ACCOUNTS.find((account) => account.role === 'administrator')?.email ?? '';
const admin = await database.db
  .selectFrom('accounts')
  .select('id')
  .where('email', '=', adminEmail)
  .executeTakeFirstOrThrow();
const { token, sessionId } = newSessionToken();
await database.db
  .insertInto('sessions')
  .values({
    id: sessionId,
    account_id: admin.id,
    csrf_token: 'bench',
    created_at: new Date().toISOString(),
    expires_at: new Date(Date.now() + 86_400_000).toISOString(),
  })
  .execute();

const app = await buildApp({ db: database.db, clock: systemClock, ids: randomIds });
const address = await app.listen({ port: 0, host: '127.0.0.1' });

interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  throughput: { total: number };
  non2xx: number;
}

function load(url: string, authenticated: boolean): Promise<LoadResult> {
  const args = [
    'autocannon',
    '-j',
    '-c',
    String(CONNECTIONS),
    '-d',
    String(SECONDS),
    ...(authenticated ? ['-H', `cookie=ws_session=${token}`] : []),
    url,
  ];
  return new Promise((resolve, reject) => {
    execFile('npx', args, { maxBuffer: 10_000_000 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout) as LoadResult),
    );
  });
}

const endpoints: Array<[string, boolean]> = process.env.BENCH_ONLY
  ? [[process.env.BENCH_ONLY, false]]
  : [
      ['/health', false],
      ['/api/v1/initiatives', false],
      ['/api/v1/initiatives?status=active&limit=100', false],
      ['/api/v1/areas?kind=neighbourhood', false],
      ['/api/v1/budget-rounds', false],
      ['/api/v1/accounts', true],
      ['/api/v1/audit-log', true],
    ];
console.log(`\n${SECONDS}s per endpoint, ${CONNECTIONS} connections\n`);
console.log('endpoint                                        req/s    p50 ms   p99 ms   bytes/response');
for (const [path, authenticated] of endpoints) {
  const result = await load(`${address}${path}`, authenticated);
  const bytes = result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0;
  const warning = result.non2xx === 0 ? '' : `  (${result.non2xx} non-2xx!)`;
  console.log(
    `${path.padEnd(46)} ${String(Math.round(result.requests.average)).padStart(7)}   ${String(result.latency.p50).padStart(6)}   ${String(result.latency.p99).padStart(6)}   ${String(bytes).padStart(8)}${warning}`,
  );
}

await app.close();
await database.close();
rmSync(dir, { recursive: true, force: true });
