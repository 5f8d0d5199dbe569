import { messages } from '../web/lib/i18n/messages.ts';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  launchBrowser,
  newPage,
  screenshotOnFailure,
  startServer,
  type BrowserPage,
  type E2eServer,
} from './harness.ts';

const { nl } = messages;

export interface BrowserSuite {
  server: E2eServer;
  browser: Browser;
  /** A fresh browser profile (no cookies, no storage) for one journey; closed after the test. */
  open(options?: BrowserContextOptions): Promise<Page>;
  url(path: string): string;
}

/**
 * One server and one Chromium for a test file. After each test: a screenshot when it failed,
 * and a check that the page logged no script errors or CSP refusals along the way.
 */
export function browserSuite(): BrowserSuite {
  const opened: BrowserPage[] = [];
  const suite = {
    open: async (options?: BrowserContextOptions) => {
      const browserPage = await newPage(suite.browser, options);
      opened.push(browserPage);
      return browserPage.page;
    },
    url: (path: string) => `${suite.server.baseUrl}${path}`,
  } as BrowserSuite;

  beforeAll(async () => {
    // The browser first: without Chromium the suite stops here, with the message that says why.
    suite.browser = await launchBrowser();
    suite.server = await startServer();
  });

  afterEach(async ({ task }) => {
    const pages = opened.splice(0);
    if (task.result?.state === 'fail') await screenshotOnFailure(pages.at(-1)?.page, task.name);
    for (const { context } of pages) await context.close();
    expect(
      pages.flatMap((p) => p.problems),
      'script or console errors in the page',
    ).toEqual([]);
  });

  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });

  return suite;
}

type Texts = typeof nl;

/**
 * Logs in through the form, as a person would, and waits for the account page (asked for with
 * ?terug=: without it a resident lands on their neighbourhood and staff on their worklist).
 */
export async function logIn(
  page: Page,
  suite: BrowserSuite,
  email: string,
  password: string,
  texts: Texts = nl,
): Promise<void> {
  await page.goto(suite.url(`/inloggen?terug=${encodeURIComponent('/mijn-account')}`));
  await page.getByLabel(texts.login.email, { exact: true }).fill(email);
  await page.getByLabel(texts.login.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: texts.login.submit, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: texts.profile.title }).waitFor();
}
