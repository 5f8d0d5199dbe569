import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { parseDatabaseUrl } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrator.ts';
import { generateDemo } from '../server/platform/demo/generator.ts';
import { demoStepsOf, registry } from '../server/platform/registry.ts';

/** A throwaway database for a bench: a SQLite file in a temp folder, or a new PostgreSQL database. */
export interface Target {
  dialect: 'sqlite' | 'postgres';
  /** What DATABASE_URL takes. */
  url: string;
  drop(): Promise<void>;
}

export function sqliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'ws-bench-'));
  return {
    dialect: 'sqlite',
    url: join(dir, 'city.sqlite'),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A new database on the BENCH_POSTGRES_URL server (`npm run bench -- --postgres` starts one), dropped afterwards. */
export async function postgresTarget(serverUrl: string): Promise<Target> {
  const name = `ws_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    dialect: 'postgres',
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** SQLite always; PostgreSQL too when BENCH_POSTGRES_URL names a server where the bench may create databases. */
export async function benchTargets(): Promise<Array<() => Promise<Target>>> {
  const server = process.env.BENCH_POSTGRES_URL;
  if (!server)
    console.log(
      'postgres: skipped (npm run bench -- --postgres starts a throwaway cluster; or set BENCH_POSTGRES_URL=postgres://user@host/db)',
    );
  return [async () => sqliteTarget(), ...(server ? [() => postgresTarget(server)] : [])];
}

/**
 * Migrates the target and generates the demo city on it; returns how long generating took (ms).
 * With BENCH_KEEP_CITY=1, a SQLite city is kept in the temp folder after generating and copied from
 * there by the next bench that asks for as many residents (0 ms; delete the file to generate afresh).
 */
export async function generateCity(target: Target, residents: number): Promise<number> {
  const kept = join(tmpdir(), `ws-bench-city-${residents}.sqlite`);
  const keep = target.dialect === 'sqlite' && process.env.BENCH_KEEP_CITY === '1';
  if (keep && existsSync(kept)) {
    copyFileSync(kept, target.url);
    console.log(`${target.dialect}: the city of ${residents.toLocaleString('en')} residents copied from ${kept}`);
  }
  const opened = openDatabase(parseDatabaseUrl(target.url));
  try {
    await migrateToLatest(opened.db);
    if (keep && existsSync(kept)) return 0;
    const started = performance.now();
    await generateDemo(
      opened.db,
      { seed: 'bench', residents, asOf: new Date('2026-06-01T12:00:00Z') },
      await demoStepsOf(registry),
    );
    const took = performance.now() - started;
    // Autovacuum would otherwise analyse the freshly loaded tables while the bench measures.
    if (target.dialect === 'postgres') await sql`vacuum (analyze)`.execute(opened.db);
    return took;
  } finally {
    await opened.close();
    if (keep && !existsSync(kept)) copyFileSync(target.url, kept);
  }
}
