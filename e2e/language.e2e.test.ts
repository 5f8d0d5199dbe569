import { messages } from '../web/lib/i18n/messages.ts';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { RouteObject } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED } from '../server/modules/demo/demo.seed.ts';
import { startOfDayInAmsterdam } from '../server/platform/dutch-time.ts';
import { generateDemo } from '../server/platform/demo/generator.ts';
import { DEMO_ACCOUNTS } from '../server/platform/demo/demo-accounts.ts';
import { demoStepsOf, registry } from '../server/platform/registry.ts';
import { webModules } from '../web/app/modules.ts';
import { desktop, phone } from './harness.ts';
import { browserSuite, logIn } from './suite.ts';

const { nl } = messages;

// Issue 13: the Dutch interface speaks Dutch everywhere. Every route of every web module is
// visited, as a visitor, a resident and staff, in Wakkerdam (the demo town, so lists and detail
// pages have something in them), and the rendered text — with labels, titles and alternative
// texts — may hold no English: not the validation library's messages, not the server's, and no
// English sentence. Then forms are sent empty or wrong, on a desktop and on a 320 px phone, so
// the messages in the browser and those from the server are read too.
const suite = browserSuite();
const narrowPhone: BrowserContextOptions = { ...phone, viewport: { width: 320, height: 640 } };

/** What zod and the server say in English, and words no Dutch sentence has. */
const ENGLISH: Array<[string, RegExp]> = [
  ['zod: "expected"', /\bexpected\b/i],
  ['zod: "Too small/big"', /\btoo (small|big)\b/i],
  ['zod: "Invalid"', /\binvalid\b/i],
  ['zod: "Required"', /\brequired\b/i],
  ['zod: "received"', /\breceived (undefined|null|string|number|object|array)\b/i],
  ['server: "The request has"', /\bthe request has\b/i],
  ['server: "Unknown …"', /\bunknown (account|area|request|field|neighbourhood)/i],
  ['server: "was not found"', /\bwas not found\b/i],
  ['server: "must be"', /\bmust (be|lie)\b/i],
  ['server: "Something went wrong"', /\bsomething went wrong\b/i],
  ['an English sentence', /\b(the|and|with|your|you|please|cannot|should|which|there|only|this|that|will)\b/i],
];

/**
 * Names and terms that are the same in Dutch: the technical name of a counting rule beside its
 * Dutch explanation, a policy's own name, an e-mail domain.
 */
const ALLOWED = [/Method of Equal Shares/g, /Right to Challenge/g, /\S+@\S+/g, /\bhttps?:\/\/\S+/g];

/** The developers' page shows the API reference, which is written in English for developers. */
const SKIPPED_PATTERNS = new Set(['/api-docs', '*']);

interface Finding {
  page: string;
  what: string;
  text: string;
}

function routePatterns(routes: readonly RouteObject[], into: string[] = []): string[] {
  for (const route of routes) {
    // The home page is the index route of the layout at `/`.
    const path = route.index ? '/' : route.path;
    if (path && !SKIPPED_PATTERNS.has(path)) into.push(path);
    if (route.children) routePatterns(route.children, into);
  }
  return into;
}

const patterns = [...new Set(webModules.flatMap((module) => routePatterns(module.routes)))];
const matchers = patterns.map((pattern) => ({
  pattern,
  regex: new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')}/?$`),
}));
const patternOf = (path: string) => matchers.find((m) => m.regex.test(path))?.pattern ?? null;
const staticPaths = patterns.filter((pattern) => !pattern.includes(':'));

/** Everything a reader sees or hears on the page: its text, title, labels and alternative texts. */
async function readable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [document.title, document.body.innerText];
    for (const element of document.querySelectorAll('[aria-label],[title],[placeholder],img[alt]')) {
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(attribute);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

async function englishOn(page: Page, label: string): Promise<Finding[]> {
  const found: Finding[] = [];
  expect(await page.evaluate(() => document.documentElement.lang), `${label}: <html lang>`).toBe('nl');
  for (const raw of await readable(page)) {
    const text = ALLOWED.reduce((rest, allowed) => rest.replace(allowed, ' '), raw);
    for (const line of text.split('\n')) {
      for (const [what, pattern] of ENGLISH) {
        const match = pattern.exec(line);
        if (match) found.push({ page: label, what, text: line.trim().slice(0, 160) });
      }
    }
  }
  return found;
}

/** Waits until the page has a heading and its data has come (or a few seconds have passed). */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
}

/**
 * Visits every static route, then follows links on the pages to reach each route with a parameter
 * (an initiative, a help request, a round …) once. Returns the English found and the routes seen.
 */
async function crawl(page: Page, who: string, limit: number): Promise<{ found: Finding[]; seen: Set<string> }> {
  const queue = [...staticPaths];
  const queued = new Set(staticPaths);
  const seen = new Set<string>();
  const found: Finding[] = [];
  while (queue.length > 0 && seen.size < limit) {
    const path = queue.shift()!;
    const pattern = patternOf(new URL(path, 'http://x').pathname);
    if (!pattern || seen.has(pattern)) continue;
    seen.add(pattern);
    await page.goto(suite.url(path));
    await settle(page);
    found.push(...(await englishOn(page, `${path} (${who})`)));
    const links = await page.$$eval('main a[href^="/"]', (anchors) =>
      anchors.map((a) => a.getAttribute('href') ?? '').filter((href) => !href.startsWith('/api/')),
    );
    for (const href of links) {
      const linked = patternOf(new URL(href, 'http://x').pathname);
      if (linked && !seen.has(linked) && !queued.has(linked)) {
        queued.add(linked);
        queue.push(href);
      }
    }
  }
  return { found, seen };
}

const report = (found: Finding[]) => found.map((f) => `- ${f.page}: ${f.what}: “${f.text}”`).join('\n');

function demoAccount(email: string) {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return account;
}

/** Sends the page's main form as it is (empty) and waits for what it says. */
async function sendEmpty(page: Page, button: string): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: button, exact: true }).click();
  await page.locator('.ws-error-summary, .utrecht-alert--error').first().waitFor();
}

describe('the Dutch interface has no English', () => {
  beforeAll(async () => {
    // Wakkerdam as on a first start, every module's steps, but a smaller town: the same kinds of
    // page in a fraction of the time.
    const asOf = startOfDayInAmsterdam(new Date());
    await generateDemo(
      suite.server.db,
      { seed: DEFAULT_DEMO_SEED, residents: 3_000, asOf },
      await demoStepsOf(registry),
    );
  }, 900_000);

  it('knows every route of the web modules, and finds English where there is some', async () => {
    expect(staticPaths).toContain('/');
    expect(patterns.some((p) => p.includes(':'))).toBe(true);
    // The check itself: the messages this test is about are found, Dutch and allowed names are not.
    const page = await suite.open(desktop);
    await page.goto(suite.url('/'));
    await settle(page);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.innerHTML =
        '<p>Too small: expected string to have >=3 characters</p><p>The request has invalid fields: body.kinds</p>' +
        '<p>Unknown account</p><p>Gelijke delen (vaknaam: Method of Equal Shares)</p>';
    });
    const found = await englishOn(page, 'a page with English put in');
    expect(new Set(found.map((f) => f.what))).toEqual(
      new Set([
        'zod: "expected"',
        'zod: "Too small/big"',
        'zod: "Invalid"',
        'server: "The request has"',
        'server: "Unknown …"',
        'an English sentence',
      ]),
    );
    expect(found.map((f) => f.text).join(' ')).not.toContain('Gelijke delen');
  });

  it('on every page a visitor can reach', async () => {
    const page = await suite.open(desktop);
    const { found, seen } = await crawl(page, 'visitor', 80);
    console.log(`language: a visitor saw ${seen.size} of ${patterns.length} routes`);
    expect(seen.size).toBeGreaterThan(10);
    expect(found, report(found)).toEqual([]);
  }, 600_000);

  for (const [who, email] of [
    ['a resident', 'geverifieerd@wakkerdam.example'],
    ['a civil servant', 'ambtenaar@wakkerdam.example'],
    ['an administrator', 'beheerder@wakkerdam.example'],
  ] as const) {
    it(`on every page ${who} can reach`, async () => {
      const page = await suite.open(desktop);
      const account = demoAccount(email);
      await logIn(page, suite, account.email, account.password);
      const { found, seen } = await crawl(page, who, 100);
      console.log(`language: ${who} saw ${seen.size} of ${patterns.length} routes`);
      expect(seen.size).toBeGreaterThan(15);
      expect(found, report(found)).toEqual([]);
    }, 900_000);
  }

  for (const [viewport, options] of [
    ['desktop', desktop],
    ['320 px phone', narrowPhone],
  ] as const) {
    it(`in the messages of forms sent empty or wrong (${viewport})`, async () => {
      const found: Finding[] = [];
      const visitor = await suite.open(options);
      const check = async (page: Page, label: string) =>
        found.push(...(await englishOn(page, `${label} (${viewport})`)));

      // Checked in the browser against the shared contract (zod).
      await visitor.goto(suite.url('/registreren'));
      await settle(visitor);
      await sendEmpty(visitor, nl.register.submit);
      await check(visitor, 'register, empty');
      await visitor.getByLabel(nl.register.email, { exact: true }).fill('geen-adres');
      await visitor.getByLabel(nl.register.displayName, { exact: true }).fill('A');
      await visitor.getByLabel(nl.register.password, { exact: true }).fill('kort');
      await visitor.getByRole('button', { name: nl.register.submit, exact: true }).click();
      await visitor.locator('.ws-error-summary').getByText(nl.validation.email).first().waitFor();
      await check(visitor, 'register, wrong');

      // Refused by the server: an address already taken, a wrong password.
      await visitor.getByLabel(nl.register.email, { exact: true }).fill('bewoner@wakkerdam.example');
      await visitor.getByLabel(nl.register.displayName, { exact: true }).fill('Nieuwe Bewoner');
      await visitor.getByLabel(nl.register.password, { exact: true }).fill('een lang genoeg wachtwoord');
      await visitor.getByRole('button', { name: nl.register.submit, exact: true }).click();
      await visitor.getByText(nl.problem['email-taken']).first().waitFor();
      await check(visitor, 'register, address taken');

      await visitor.goto(suite.url('/inloggen'));
      await settle(visitor);
      await sendEmpty(visitor, nl.login.submit);
      await check(visitor, 'log in, empty');
      await visitor.getByLabel(nl.login.email, { exact: true }).fill('bewoner@wakkerdam.example');
      await visitor.getByLabel(nl.login.password, { exact: true }).fill('niet het wachtwoord');
      await visitor.getByRole('button', { name: nl.login.submit, exact: true }).click();
      await visitor.getByText(nl.login.invalid).first().waitFor();
      await check(visitor, 'log in, wrong password');

      // A resident's forms, sent empty, and a letter code the server does not know.
      const resident = await suite.open(options);
      const account = demoAccount('bewoner@wakkerdam.example');
      await logIn(resident, suite, account.email, account.password);
      for (const [path, button] of [
        ['/mijn-account/wachtwoord', nl.passwordChange.submit],
        ['/initiatieven/nieuw', nl.initiatives.form.create],
        ['/hulp/vragen/nieuw', nl.help.form.submit],
      ] as const) {
        await resident.goto(suite.url(path));
        await settle(resident);
        await sendEmpty(resident, button);
        await check(resident, `${path}, empty`);
      }
      // Checked only by the server: the kinds of help and the neighbourhoods, named by their labels.
      await resident.goto(suite.url('/hulp/aanbod'));
      await settle(resident);
      await sendEmpty(resident, nl.help.offer.submit);
      await resident
        .locator('.ws-error-summary')
        .getByText(`${nl.help.offer.kinds}: ${nl.validation.tooFew_one.replace('{{count}}', '1')}`)
        .waitFor();
      await check(resident, 'help offer, empty');
      await resident.goto(suite.url('/mijn-buurt'));
      await settle(resident);
      await resident.getByLabel(nl.areas.mine.code, { exact: true }).fill('ABCD-EFGH-JKLM');
      await resident.getByRole('button', { name: nl.areas.mine.submit, exact: true }).click();
      await resident.locator('.ws-error-summary').waitFor();
      await check(resident, 'letter code the server does not know');

      expect(found, report(found)).toEqual([]);
    }, 300_000);
  }
});
