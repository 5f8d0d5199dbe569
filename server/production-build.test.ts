import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, expect, test } from 'vitest';

// What `npm start` and `npm run cli` run: the server bundle in dist/server (scripts/build.mjs,
// built here when a source changed). Catches what only breaks once bundled, such as a file read
// relative to a source file or a worker that cannot be found.
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'server'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`node scripts/build.mjs server failed:\n${build.stdout}${build.stderr}`);
}, 120_000);

test(
  'the built server starts on an empty database, serves its version and stops on SIGTERM',
  { timeout: 60_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-built-'));
    const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.js'], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: join(dir, 'db.sqlite'),
        WAKKERE_STAD_DEMO: 'false',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /"address":"(http:\/\/[^"]+)"/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('exit', (code) => reject(new Error(`exited early (${code}): ${output}`)));
      });
      expect((await fetch(`${address}/health/ready`)).status).toBe(200);
      const openApi = (await (await fetch(`${address}/api-docs/json`)).json()) as { info: { version: string } };
      expect(openApi.info.version).toBe(version);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('the built CLI answers --help with the commands of the modules', () => {
  const result = spawnSync(process.execPath, ['dist/server/cli.js', '--help'], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/Usage: wakkere-stad/);
  expect(result.stdout).toMatch(/\bbudget\b/);
});

test('the built count worker counts next to the bundle', async () => {
  const election = {
    budget: { num: 10n, den: 1n },
    projects: [
      { id: 'a', cost: { num: 4n, den: 1n } },
      { id: 'b', cost: { num: 20n, den: 1n } },
    ],
    ballots: [['a'], ['a', 'b']],
  };
  const worker = new Worker(new URL('../dist/server/count.worker.js', import.meta.url), {
    workerData: { election, options: { rule: 'greedy' } },
  });
  try {
    const message = await new Promise<{ ok: boolean; result?: { selected: string[] } }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(message.ok).toBe(true);
    expect(message.result?.selected).toEqual(['a']);
  } finally {
    await worker.terminate();
  }
});
