import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestContext } from '../../test/support/test-app.ts';
import { testDialect } from '../../test/support/test-db.ts';

const run = promisify(execFile);
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

test.runIf(testDialect() === 'sqlite')(
  'the OpenAPI document passes the NLGov API Design Rules linter with no errors',
  { timeout: 120_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, (await t.app.inject({ url: '/api/v1/openapi.json' })).body);
      const ruleset = join(import.meta.dirname, '../../test/fixtures/api-design-rules/api-design-rules.spectral.yml');
      const result = await run('npx', [
        'spectral',
        'lint',
        '-q',
        '-f',
        'json',
        '--fail-severity',
        'error',
        '-r',
        ruleset,
        file,
      ]).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
      const findings = JSON.parse(result.stdout || '[]') as Array<{
        code: string;
        severity: number;
        path: string[];
        message: string;
      }>;
      const errors = findings
        .filter((f) => f.severity === 0)
        .map((f) => `${f.code} at ${f.path.join('.')}: ${f.message}`);
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('the document states the version header, problem responses and access on every operation', async () => {
  const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
  expect(document.servers[0].url).toMatch(/\/api\/v1$/);
  for (const item of Object.values(document.paths) as Array<
    Record<string, { responses: Record<string, { headers?: object; content?: object }> }>
  >) {
    for (const operation of Object.values(item)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (/^2/.test(status)) expect(response.headers).toHaveProperty('API-Version');
        if (/^[45]/.test(status)) expect(response.content).toHaveProperty(['application/problem+json']);
      }
    }
  }
});

test('the OpenAPI document is served at /api-docs/json too (the reference page is a page of the web app)', async () => {
  const response = await t.app.inject({ url: '/api-docs/json' });
  expect(response.statusCode).toBe(200);
  expect(response.json().openapi).toMatch(/^3\./);
});
