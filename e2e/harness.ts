import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { createApp } from '../server/app.ts';
import { randomIds, systemClock } from '../server/clock.ts';
import { openDatabase, type Db } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrator.ts';

/**
 * The browser journeys run the real server (in this process, on a fresh SQLite file) and the
 * built web app, driven through Debian's Chromium by playwright-core.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_ROOT = 'dist/web';

// Chromium runs as root in CI (no sandbox), and must not reach for Google's services on a closed network.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const desktop: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};

/** Builds the web app when web/ changed since its last build (scripts/build.mjs; a few ms when up to date). */
export function ensureWebBuild(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', 'web'], { stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error('e2e: building the web app failed (npm run build:web); see the output above.');
}

export interface E2eServer {
  baseUrl: string;
  db: Db;
  /** Runs the outbox job once (no SMTP here: due notifications become mails and stay) and reads the outbox. */
  mails(): Promise<Array<{ to: string; text: string | null }>>;
  close(): Promise<void>;
}

/** Every file index.html refers to, present: a copy taken while someone rebuilds would lack them. */
function isCompleteBuild(root: string): boolean {
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const assets = [...readFileSync(indexFile, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  return assets.length > 0 && assets.every((asset) => existsSync(join(root, asset)));
}

/**
 * The server gets its own copy of dist/web: the static plugin only serves the files present at
 * start, so a rebuild of dist/web in the middle of a run (by `npm run build:web` elsewhere)
 * would otherwise leave the browser with asset names the server does not know.
 */
async function snapshotWebBuild(into: string): Promise<string> {
  ensureWebBuild();
  const copy = join(into, 'web');
  for (let attempt = 0; attempt < 20; attempt += 1) {
    rmSync(copy, { recursive: true, force: true });
    cpSync(WEB_ROOT, copy, { recursive: true });
    if (isCompleteBuild(copy)) return copy;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`e2e: ${WEB_ROOT} stays incomplete (index.html refers to missing assets); run npm run build:web`);
}

export async function startServer(): Promise<E2eServer> {
  const dir = mkdtempSync(join(tmpdir(), 'wakkere-stad-e2e-'));
  const webRoot = await snapshotWebBuild(dir);
  const database = openDatabase({ dialect: 'sqlite', file: join(dir, 'e2e.sqlite') });
  await migrateToLatest(database.db);
  const { app, jobs } = await createApp({
    db: database.db,
    clock: systemClock,
    ids: randomIds,
    webRoot,
    // Uploaded pictures go to the run's own folder, removed with it.
    pictures: { directory: join(dir, 'pictures'), maxBytes: 10 * 1_048_576 },
    // Every journey logs in from 127.0.0.1; the production limit would stop the suite, not a bot.
    authRateLimit: { max: 10_000, timeWindow: 60_000 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('e2e: the server did not get a TCP port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    db: database.db,
    async mails() {
      await jobs.find((job) => job.name === 'notification-mail')?.run(systemClock.now());
      const rows = await database.db.selectFrom('mail_outbox').select(['to_address', 'text_body']).execute();
      return rows.map((row) => ({ to: row.to_address, text: row.text_body }));
    },
    close: async () => {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `e2e: Chromium not found at ${CHROMIUM_PATH}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH. ` +
        '`npm test` skips the browser journeys when Chromium is missing (and fails under CI=true).',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface BrowserPage {
  context: BrowserContext;
  page: Page;
  /** Script errors and console errors (such as CSP refusals) seen so far; a journey expects none. */
  problems: string[];
}

export async function newPage(browser: Browser, options: BrowserContextOptions = desktop): Promise<BrowserPage> {
  const context = await browser.newContext({
    ...options,
    acceptDownloads: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A 4xx answer (say, GET /me while logged out) is logged by Chromium too; that is not a fault.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

let counter = 0;

export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.nl`;
}

export const PASSWORD = 'een lange zin als wachtwoord';

/** An account made through the API; with `administrator`, also given that role as the seed script would. */
export async function createAccount(
  server: E2eServer,
  options: { email?: string; displayName?: string; password?: string; administrator?: boolean } = {},
): Promise<{ id: string; email: string; password: string; displayName: string }> {
  const email = options.email ?? uniqueEmail('persoon');
  const password = options.password ?? PASSWORD;
  const displayName = options.displayName ?? 'Test Persoon';
  const response = await fetch(`${server.baseUrl}/api/v1/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, displayName }),
  });
  if (response.status !== 201)
    throw new Error(`e2e: creating ${email} failed: ${response.status} ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  if (options.administrator) {
    await server.db
      .insertInto('role_assignments')
      .values({
        id: randomUUID(),
        account_id: id,
        role: 'administrator',
        area_id: null,
        granted_by: null,
        created_at: new Date().toISOString(),
      })
      .execute();
  }
  return { id, email, password, displayName };
}

export interface A11yViolation {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** WCAG 2.1 A and AA rules of axe; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page, label: string): Promise<A11yViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      page: label,
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

export function formatViolations(violations: A11yViolation[]): string {
  return violations
    .map((v) => `- [${v.impact}] ${v.page}: ${v.rule} — ${v.help}\n    ${v.targets.join('\n    ')}`)
    .join('\n');
}

/** Saves what the browser showed when a journey failed, for the person reading the report. */
export async function screenshotOnFailure(page: Page | undefined, name: string): Promise<void> {
  if (!page || page.isClosed()) return;
  mkdirSync('test-results', { recursive: true });
  const file = join('test-results', `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  console.log(`e2e: screenshot of the failure: ${file}`);
}
