import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { demoDatabaseRefusal, demoRefusal, isPublicHttps, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrator.ts';
import { DEMO_ACCOUNTS } from './platform/demo/demo-accounts.ts';

// A demo database must never pass for a real one: on a public https PUBLIC_URL the server refuses
// to seed the demo or to serve its published log-ins, unless WAKKERE_STAD_DEMO_FORCE=true.

function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { WAKKERE_STAD_DEMO: _demo, WAKKERE_STAD_DEMO_FORCE: _force, PUBLIC_URL: _url, ...rest } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...rest, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

describe('demo safety at start', () => {
  test('demo mode on a public https address stops the start with a clear message', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-demo-safety-'));
    try {
      const file = join(dir, 'db.sqlite');
      const { code, output } = await start({ DATABASE_URL: file, PUBLIC_URL: 'https://wakkerestad.gemeente.example' });
      expect(code).toBe(1);
      expect(output).toContain(
        'Refusing to start in demo mode on the public address https://wakkerestad.gemeente.example',
      );
      expect(output).toContain('WAKKERE_STAD_DEMO=false');
      expect(output).toContain('WAKKERE_STAD_DEMO_FORCE=true');
      expect(output).toContain('accounts create-admin');
      expect(existsSync(file)).toBe(false); // nothing seeded, nothing opened
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test(
    'a database seeded as a demo is refused on a public address even with demo mode off',
    { timeout: 60_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ws-demo-safety-'));
      try {
        const file = join(dir, 'db.sqlite');
        const database = openDatabase({ dialect: 'sqlite', file });
        await migrateToLatest(database.db);
        await database.db
          .insertInto('accounts')
          .values({
            id: 'demo-admin',
            email: DEMO_ACCOUNTS.at(-1)!.email,
            password_hash: null,
            display_name: 'Demo',
            locale: 'nl',
            created_at: new Date().toISOString(),
            password_changed_at: null,
            erased_at: null,
            home_area_id: null,
          })
          .execute();
        await database.close();

        const { code, output } = await start({
          DATABASE_URL: file,
          WAKKERE_STAD_DEMO: 'false',
          PUBLIC_URL: 'https://wakkerestad.gemeente.example',
        });
        expect(code).toBe(1);
        expect(output).toContain("this database holds the demo municipality's accounts");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('when demo mode is allowed', () => {
  const config = (env: Record<string, string>) => loadConfig({ DATABASE_URL: ':memory:', ...env });

  test('on localhost, plain http, without PUBLIC_URL, or when forced', () => {
    expect(demoRefusal(config({}))).toBeUndefined();
    expect(demoRefusal(config({ PUBLIC_URL: 'http://wakkerestad.gemeente.example' }))).toBeUndefined();
    expect(demoRefusal(config({ PUBLIC_URL: 'https://localhost:3000' }))).toBeUndefined();
    expect(demoRefusal(config({ PUBLIC_URL: 'https://127.0.0.1' }))).toBeUndefined();
    expect(
      demoRefusal(config({ PUBLIC_URL: 'https://demo.wakkerestad.example', WAKKERE_STAD_DEMO_FORCE: 'true' })),
    ).toBeUndefined();
    expect(
      demoDatabaseRefusal(config({ PUBLIC_URL: 'https://demo.wakkerestad.example', WAKKERE_STAD_DEMO_FORCE: 'true' })),
    ).toBeUndefined();
    expect(demoRefusal(config({ PUBLIC_URL: 'https://x.example', WAKKERE_STAD_DEMO: 'false' }))).toBeUndefined();
  });

  test('public https is anything but this computer', () => {
    expect(isPublicHttps('https://wakkerestad.gemeente.nl')).toBe(true);
    expect(isPublicHttps('https://[::1]:8443')).toBe(false);
    expect(isPublicHttps('https://app.localhost')).toBe(false);
    expect(isPublicHttps(undefined)).toBe(false);
  });
});
