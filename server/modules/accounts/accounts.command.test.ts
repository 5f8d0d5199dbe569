import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../db/database.ts';

// The real command line against a temporary SQLite file: `accounts create-admin EMAIL [--name NAME]`.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ws-create-admin-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(file: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli/main.ts', 'accounts', 'create-admin', ...args],
    {
      env: { ...process.env, DATABASE_URL: file, PUBLIC_URL: 'https://wakkerestad.gemeente.example' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run cli -- accounts create-admin', () => {
  test('refuses a malformed address without touching the database', { timeout: 60_000 }, async () => {
    const file = join(dir, 'refused.sqlite');
    const result = await cli(file, 'beheer-at-gemeente');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Not a valid e-mail address: "beheer-at-gemeente"');
    expect(existsSync(file)).toBe(false);
  });

  test('creates the administrator and prints a one-time link to the terminal', { timeout: 60_000 }, async () => {
    const file = join(dir, 'created.sqlite');
    const created = await cli(file, ' Beheer@Gemeente.Example ', '--name', 'Functioneel beheer');
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('Created the account beheer@gemeente.example with the administrator role');
    const link = /https:\/\/wakkerestad\.gemeente\.example\/wachtwoord-herstellen#([\w-]{43})/.exec(created.stdout);
    expect(link).not.toBeNull();

    const again = await cli(file, 'beheer@gemeente.example');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('is already an administrator');
    expect(again.stdout).toContain('/wachtwoord-herstellen#'); // its password is still unset: a new link

    const database = openDatabase({ dialect: 'sqlite', file });
    try {
      const account = await database.db
        .selectFrom('accounts')
        .select(['id', 'display_name', 'password_hash'])
        .where('email', '=', 'beheer@gemeente.example')
        .executeTakeFirstOrThrow();
      expect(account).toMatchObject({ display_name: 'Functioneel beheer', password_hash: null });
      const grants = await database.db
        .selectFrom('role_assignments')
        .select(['role', 'area_id'])
        .where('account_id', '=', account.id)
        .execute();
      expect(grants).toEqual([{ role: 'administrator', area_id: null }]);
      // Both are written in one transaction at the same moment: their order in the log is not defined.
      const actions = await database.db.selectFrom('audit_log').select('action').execute();
      expect(actions.map((a) => a.action).sort()).toEqual(['account.created', 'role.granted']);
    } finally {
      await database.close();
    }
  });
});
