import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../db/database.ts';

// The real command line against a temporary SQLite file: `site design-tokens FILE | --clear`.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ws-site-tokens-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(file: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', 'site', 'design-tokens', ...args], {
    env: { ...process.env, DATABASE_URL: file },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run cli -- site design-tokens', () => {
  test(
    'the Utrecht tokens package becomes the site’s tokens, audit-logged as the command line',
    { timeout: 90_000 },
    async () => {
      const database = join(dir, 'site.sqlite');
      const result = await cli(database, 'node_modules/@utrecht/design-tokens/dist/tokens.json');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^\d{4} design tokens in use \(\/site\/theme\.css\?v=1\)\./);
      expect(result.stdout).toContain('left out utrecht.page-footer.background-image');
      const { db, close } = openDatabase({ dialect: 'sqlite', file: database });
      try {
        const row = await db.selectFrom('site_identity').select(['tokens_json', 'name']).executeTakeFirstOrThrow();
        expect(JSON.parse(row.tokens_json).length).toBeGreaterThan(1000);
        expect(row.name).toBe('Wakkere Stad');
        const log = await db.selectFrom('audit_log').select(['action', 'actor_id']).execute();
        expect(log).toEqual([{ action: 'site.design_tokens_set', actor_id: null }]);
      } finally {
        await close();
      }
    },
  );

  test('a file with pairs below WCAG AA is refused, naming them', { timeout: 90_000 }, async () => {
    const tokens = join(dir, 'pale.json');
    writeFileSync(tokens, JSON.stringify({ utrecht: { document: { color: { value: '#aaaaaa' } } } }));
    const result = await cli(join(dir, 'pale.sqlite'), tokens);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('tokens.utrecht-document-color: Contrast 2.32:1 for text on the page');
  });
});
