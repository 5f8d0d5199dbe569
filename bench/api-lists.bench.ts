import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { buildApp } from '../server/app.ts';
import { randomIds, systemClock } from '../server/clock.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import { newSessionToken } from '../server/http/auth.ts';

// Throughput of paginated list endpoints on an embedded SQLite file with 10,000 rows behind each:
// the default page must stay small and fast however big the table grows.
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

const dir = mkdtempSync(join(tmpdir(), 'ws-bench-'));
const database = openDatabase({ dialect: 'sqlite', file: join(dir, 'bench.sqlite') });
await migrateToLatest(database.db);

const start = Date.parse('2026-01-01T00:00:00Z');
await database.db.transaction().execute(async (trx) => {
  for (let offset = 0; offset < ROWS; offset += 500) {
    const rows = Array.from({ length: Math.min(500, ROWS - offset) }, (_, i) => {
      const n = offset + i;
      return {
        id: `acc-${n}`,
        email: `resident${n}@example.nl`,
        password_hash: null,
        display_name: `Bewoner ${n}`,
        locale: 'nl',
        created_at: new Date(start + n * 1000).toISOString(),
        password_changed_at: null,
        erased_at: null,
      };
    });
    await trx.insertInto('accounts').values(rows).execute();
    await trx
      .insertInto('audit_log')
      .values(
        rows.map((r) => ({
          id: `audit-${r.id}`,
          actor_id: 'acc-0',
          action: 'role.granted',
          subject_type: 'account',
          subject_id: r.id,
          area_id: null,
          before_json: null,
          after_json: '{"role":"professional"}',
          reason: null,
          occurred_at: r.created_at,
        })),
      )
      .execute();
  }
  await trx
    .insertInto('role_assignments')
    .values({
      id: 'grant-admin',
      account_id: 'acc-0',
      role: 'administrator',
      area_id: null,
      granted_by: null,
      created_at: new Date(start).toISOString(),
    })
    .execute();
});
const { token, sessionId } = newSessionToken();
await database.db
  .insertInto('sessions')
  .values({
    id: sessionId,
    account_id: 'acc-0',
    csrf_token: 'bench',
    created_at: new Date().toISOString(),
    expires_at: new Date(Date.now() + 86_400_000).toISOString(),
  })
  .execute();

interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  throughput: { total: number };
  non2xx: number;
}

const app = await buildApp({ db: database.db, clock: systemClock, ids: randomIds });
const address = await app.listen({ port: 0, host: '127.0.0.1' });

console.log(
  `List endpoints, ${ROWS.toLocaleString('en')} rows each, SQLite file, ${SECONDS}s per endpoint, 10 connections\n`,
);
console.log('endpoint                                 req/s    p50 ms   p99 ms   bytes/response');
for (const path of process.env.BENCH_PATHS?.split(',') ?? [
  '/api/v1/accounts',
  '/api/v1/accounts?limit=100',
  '/api/v1/audit-log',
  '/api/v1/accounts?q=bewoner%209999',
]) {
  const result = await load(`${address}${path}`);
  const bytes = result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0;
  const ok = result.non2xx === 0 ? '' : `  (${result.non2xx} non-2xx!)`;
  console.log(
    `${path.padEnd(40)} ${String(Math.round(result.requests.average)).padStart(6)}   ${String(result.latency.p50).padStart(6)}   ${String(result.latency.p99).padStart(6)}   ${String(bytes).padStart(8)}${ok}`,
  );
}

/** The load generator runs in its own process, so it does not share the server's event loop. */
async function load(url: string): Promise<LoadResult> {
  const args = ['autocannon', '-j', '-c', '10', '-d', String(SECONDS), '-H', `cookie=ws_session=${token}`, url];
  const output = await new Promise<string>((resolve, reject) => {
    execFile('npx', args, { maxBuffer: 10_000_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
  return JSON.parse(output) as LoadResult;
}

await app.close();
await database.close();
rmSync(dir, { recursive: true, force: true });
