import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findPostgresBin } from '../test/support/postgres-cluster.ts';

// `npm test`: typecheck, lint, then every Vitest project — unit, SQLite, PostgreSQL and the
// browser journeys. Suites whose prerequisites are missing are skipped with a clear note,
// except under CI=true, where a missing prerequisite fails the run.
const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function step(title: string, command: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

const projects = ['unit', 'sqlite'];
const skipped: string[] = [];

if (process.env.TEST_POSTGRES_URL || findPostgresBin()) projects.push('postgres');
else
  skipped.push(
    'postgres: PostgreSQL server binaries not found. Install them (Debian: apt-get install postgresql) or set PG_BIN=/path/to/bin or TEST_POSTGRES_URL=postgres://…',
  );

if (existsSync(chromium)) projects.push('e2e');
else
  skipped.push(
    `e2e: Chromium not found at ${chromium}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
  );

if (skipped.length > 0) {
  console.log(`\nSkipping ${skipped.length} suite(s):\n${skipped.map((s) => `  - ${s}`).join('\n')}`);
  if (ci) {
    console.error('\n✖ CI=true: a missing prerequisite is a failure, not a skip.');
    process.exit(1);
  }
}

step('Typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('Lint', 'npx', ['eslint', '.']);
step('Format (Prettier; `npm run format` fixes it)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
if (projects.includes('e2e')) step('Build the web app for the browser tests', 'npm', ['run', '-s', 'build:web']);

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
console.log(`\n▶ Tests: ${projects.join(', ')}`);
const vitest = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
  { stdio: 'inherit', env: process.env },
);

if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  console.log(
    `\nSuites run: ${projects.join(', ')}${skipped.length ? `; skipped: ${skipped.map((s) => s.split(':')[0]).join(', ')}` : ''}`,
  );
  console.log(
    `${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests + summary.numTodoTests} skipped`,
  );
}
process.exit(vitest.status ?? 1);
