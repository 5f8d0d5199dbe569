import { messages } from '../web/lib/i18n/messages.ts';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomIds, systemClock } from '../server/clock.ts';
import { createAuditWriter } from '../server/modules/audit/audit.service.ts';
import { createAreaImportService } from '../server/modules/areas/area-import.service.ts';
import { AMSTELVEEN_4 } from '../test/support/areas.ts';
import {
  createAccount,
  desktop,
  formatViolations,
  seriousA11yViolations,
  type A11yViolation,
  type E2eServer,
} from './harness.ts';
import { browserSuite, type BrowserSuite } from './suite.ts';

const { nl } = messages;

/**
 * Issue 13's bugs and phone findings, walked in Chromium at 1280 px and at 320 px: no errors in
 * the console, a confirmation before what cannot be undone, the support button explained up
 * front, every missing field at once, where a log-in lands, a phone header of one row, and no
 * page that scrolls sideways. Axe runs on every page visited.
 */
const suite = browserSuite();
const texts = nl;
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/**
 * 320 px, the narrowest phone WCAG 1.4.10 names. Not `isMobile`: Chromium's mobile emulation
 * widens the layout viewport to fit content that overflows, which would hide the very sideways
 * scrolling this checks (innerWidth would grow with it).
 */
const phone320: BrowserContextOptions = { viewport: { width: 320, height: 640 }, hasTouch: true };
const sizes = [
  ['desktop', desktop],
  ['320 px', phone320],
] as const;

type Api = (method: string, path: string, body?: unknown) => Promise<Record<string, unknown>>;

/** A logged-in API client for what a journey does not show (desk verification, set-up). */
async function apiAs(server: E2eServer, email: string, password: string): Promise<Api> {
  const login = await fetch(`${server.baseUrl}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = /ws_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const response = await fetch(`${server.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? {} : ((await response.json()) as Record<string, unknown>);
  };
}

async function grant(server: E2eServer, accountId: string, role: 'civil_servant' | 'professional'): Promise<void> {
  await server.db
    .insertInto('role_assignments')
    .values({
      id: randomUUID(),
      account_id: accountId,
      role,
      area_id: null,
      granted_by: null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

/**
 * Every console message of level error and every refused API request, from the moment the page
 * opens. The shared harness forgives "Failed to load resource" (a 4xx); here that is the point:
 * normal use must not ask for what the server will refuse.
 */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console on ${page.url()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 400)
      errors.push(`${response.status()} ${response.request().method()} ${response.url()} (on ${page.url()})`);
  });
  return errors;
}

async function noSidewaysScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${label} scrolls sideways (${scrollWidth} > ${innerWidth})`).toBeLessThanOrEqual(innerWidth);
}

/** The page's h1 is there, axe finds nothing serious, and nothing sticks out sideways. */
async function checkPage(page: Page, label: string, violations: A11yViolation[], heading?: string): Promise<void> {
  await (heading ? page.getByRole('heading', { level: 1, name: heading }) : page.locator('h1')).first().waitFor();
  // Let the page's own requests settle: a late refusal is what this file is looking for.
  await page.waitForLoadState('networkidle');
  violations.push(...(await seriousA11yViolations(page, label)));
  await noSidewaysScroll(page, label);
}

async function logInWith(page: Page, s: BrowserSuite, email: string, password: string, path = '/inloggen') {
  await page.goto(s.url(path));
  await page.getByLabel(texts.login.email, { exact: true }).fill(email);
  await page.getByLabel(texts.login.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: texts.login.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/inloggen');
}

interface World {
  west: string;
  oost: string;
  admin: Awaited<ReturnType<typeof createAccount>>;
  resident: Awaited<ReturnType<typeof createAccount>>;
  unverified: Awaited<ReturnType<typeof createAccount>>;
  elsewhere: Awaited<ReturnType<typeof createAccount>>;
  servant: Awaited<ReturnType<typeof createAccount>>;
  professional: Awaited<ReturnType<typeof createAccount>>;
  initiativeId: string;
  helpRequestId: string;
}

let world: World;

beforeAll(async () => {
  const { server } = suite;
  await createAreaImportService({
    db: server.db,
    clock: systemClock,
    ids: randomIds,
    audit: createAuditWriter({ clock: systemClock, ids: randomIds }),
  }).importText(readFileSync(AMSTELVEEN_4, 'utf8'), { actorId: null });
  const idOf = async (code: string) =>
    (await server.db.selectFrom('areas').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const west = await idOf('BU03620101');
  const oost = await idOf('BU03620102');
  const admin = await createAccount(server, { displayName: 'Bert Beheerder', administrator: true });
  const resident = await createAccount(server, { displayName: 'Renate Bewoner' });
  const unverified = await createAccount(server, { displayName: 'Umberto Nieuw' });
  const elsewhere = await createAccount(server, { displayName: 'Elif Oost' });
  const servant = await createAccount(server, { displayName: 'Anouk Ambtenaar' });
  const professional = await createAccount(server, { displayName: 'Wil Wijkteam' });
  await grant(server, servant.id, 'civil_servant');
  await grant(server, professional.id, 'professional');
  const asServant = await apiAs(server, servant.email, servant.password);
  await asServant('POST', `/areas/${west}/verifications`, { accountId: resident.id, note: 'ID en huurcontract' });
  await asServant('POST', `/areas/${oost}/verifications`, { accountId: elsewhere.id, note: 'ID' });

  const asResident = await apiAs(server, resident.email, resident.password);
  const initiative = await asResident('POST', '/initiatives', {
    title: 'Moestuin aan de Keizer Karelweg',
    summary: 'Samen groente kweken op het braakliggende stuk grond naast de school.',
    domain: 'green_and_public_space',
    areaIds: [west],
  });
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const request = await asResident('POST', '/help-requests', {
    kind: 'company',
    title: 'Samen een kopje koffie',
    areaId: west,
    when: { schedule: 'once', date: tomorrow, dayParts: ['morning'] },
  });
  world = {
    west,
    oost,
    admin,
    resident,
    unverified,
    elsewhere,
    servant,
    professional,
    initiativeId: String(initiative.id),
    helpRequestId: String(request.id),
  };
});

describe('finishing touches (issue 13), in the browser', () => {
  const roles = ['anonymous', 'resident', 'civil servant', 'professional'] as const;
  /** The main pages each kind of visitor uses (the world is made before the tests run). */
  const walkFor = (who: (typeof roles)[number]) => {
    const initiative = `/initiatieven/${world.initiativeId}`;
    const request = `/hulp/vragen/${world.helpRequestId}`;
    const common = ['/', '/initiatieven', initiative, '/initiatieven/reactietijden', '/hulp', '/buurtbudget'];
    switch (who) {
      case 'anonymous':
        return { account: null, pages: [...common, '/inloggen', '/registreren'] };
      case 'resident':
        return { account: world.resident, pages: [...common, request, '/mijn-buurt', '/mijn-account'] };
      case 'civil servant':
        return { account: world.servant, pages: [...common, request, '/gemeente/reacties', '/gemeente/moderatie'] };
      case 'professional':
        return { account: world.professional, pages: [request, '/wijkteam', '/hulp'] };
    }
  };

  it.each(sizes.flatMap(([size, options]) => roles.map((who) => [who, size, options] as const)))(
    'the main pages log no console error and no refused request, as %s (%s)',
    async (who, size, options) => {
      const violations: A11yViolation[] = [];
      const { account, pages } = walkFor(who);
      const page = await suite.open(options);
      const errors = watchErrors(page);
      if (account) await logInWith(page, suite, account.email, account.password);
      for (const path of pages) {
        await page.goto(suite.url(path));
        await checkPage(page, `${path} as ${who} (${size})`, violations);
      }
      expect(errors, `console errors or refused requests as ${who} (${size})`).toEqual([]);
      expect(violations, formatViolations(violations)).toEqual([]);
    },
  );

  it.each(sizes)('Mijn buurt keeps the neighbourhood a letter code verified (%s)', async (size, options) => {
    const violations: A11yViolation[] = [];
    const asAdmin = await apiAs(suite.server, world.admin.email, world.admin.password);
    const batch = await asAdmin('POST', `/areas/${world.oost}/verification-code-batches`, {
      count: 1,
      validDays: 30,
    });
    const code = String((batch.codes as string[])[0]);
    const newcomer = await createAccount(suite.server, { displayName: `Nieuwe Buur ${size}` });
    const page = await suite.open(options);
    await logInWith(page, suite, newcomer.email, newcomer.password);
    // Without a neighbourhood yet, the log-in lands on Mijn buurt to choose or verify one.
    expect(new URL(page.url()).pathname).toBe('/mijn-buurt');
    await checkPage(page, `Mijn buurt before verifying (${size})`, violations, texts.areas.mine.title);
    await page.getByLabel(texts.areas.mine.code, { exact: true }).fill(code);
    await page.getByRole('button', { name: texts.areas.mine.submit }).click();
    await page.getByText(fill(texts.areas.mine.verified, { area: 'Randwijck Oost' })).waitFor();
    const select = page.getByLabel(texts.areas.mine.choose, { exact: true });
    await expect
      .poll(() => select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text))
      .toBe('Randwijck Oost');
    await page.getByRole('button', { name: texts.common.save }).click();
    await page.getByText(texts.areas.mine.saved).waitFor();
    await checkPage(page, `Mijn buurt after verifying and saving (${size})`, violations);
    const me = await page.evaluate(async () => (await (await fetch('/api/v1/me')).json()) as { homeAreaId: string });
    expect(me.homeAreaId).toBe(world.oost);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it.each(sizes)('Burenhulp without a next page shows no "Meer laden" (%s)', async (size, options) => {
    const page = await suite.open(options);
    await logInWith(page, suite, world.elsewhere.email, world.elsewhere.password);
    await page.goto(suite.url('/hulp'));
    const violations: A11yViolation[] = [];
    await checkPage(page, `Burenhulp (${size})`, violations, texts.help.title);
    expect(await page.getByRole('button', { name: texts.common.loadMore }).count()).toBe(0);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it.each(sizes)('irreversible actions ask first and say what will happen (%s)', async (size, options) => {
    const violations: A11yViolation[] = [];
    const asker = await createAccount(suite.server, { displayName: `Vera Vraagt ${size}` });
    const asServant = await apiAs(suite.server, world.servant.email, world.servant.password);
    await asServant('POST', `/areas/${world.west}/verifications`, { accountId: asker.id });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const request = await (
      await apiAs(suite.server, asker.email, asker.password)
    )('POST', '/help-requests', {
      kind: 'errands',
      title: `Boodschappen halen ${size}`,
      areaId: world.west,
      when: { schedule: 'once', date: tomorrow, dayParts: ['afternoon'] },
    });
    const page = await suite.open(options);
    await logInWith(page, suite, asker.email, asker.password);
    await page.goto(suite.url(`/hulp/vragen/${String(request.id)}`));
    await checkPage(page, `own help request (${size})`, violations, `Boodschappen halen ${size}`);

    // The first click only asks; the question has focus and says what happens.
    const cancel = page.getByRole('button', { name: texts.help.cancel });
    await cancel.click();
    const question = page.getByRole('group', { name: texts.confirm.helpCancel.title });
    await question.getByText(texts.confirm.helpCancel.text).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(texts.confirm.helpCancel.title);
    violations.push(...(await seriousA11yViolations(page, `confirm step (${size})`)));
    await noSidewaysScroll(page, `confirm step (${size})`);
    // Escape says no, and focus goes back to the button that asked.
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(texts.help.cancel);
    expect(await page.getByTestId('request-status').textContent()).toContain(texts.help.status.open);
    // "Annuleren" does the same.
    await cancel.click();
    await question.getByRole('button', { name: texts.common.cancel }).click();
    await question.waitFor({ state: 'detached' });
    // Only "yes" does it.
    await cancel.click();
    await question.getByRole('button', { name: texts.confirm.helpCancel.yes }).click();
    await page.getByTestId('request-status').filter({ hasText: texts.help.status.cancelled }).waitFor();
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it.each(sizes)('an empty "Start een initiatief" names every missing field at once (%s)', async (size, options) => {
    const page = await suite.open(options);
    await logInWith(page, suite, world.resident.email, world.resident.password, '/inloggen?terug=/initiatieven/nieuw');
    const violations: A11yViolation[] = [];
    await checkPage(page, `new initiative (${size})`, violations, texts.initiatives.form.newTitle);
    await page.getByRole('button', { name: texts.initiatives.form.create }).click();
    const summary = page.locator('.ws-error-summary');
    for (const field of [texts.initiatives.form.title, texts.initiatives.form.summary, texts.initiatives.form.areas])
      await summary.getByRole('link', { name: new RegExp(field) }).waitFor();
    violations.push(...(await seriousA11yViolations(page, `new initiative with errors (${size})`)));
    await noSidewaysScroll(page, `new initiative with errors (${size})`);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it.each(sizes)(
    'who may not support an initiative is told why and how before any click (%s)',
    async (size, options) => {
      const violations: A11yViolation[] = [];
      const initiative = `/initiatieven/${world.initiativeId}`;
      const support = texts.initiatives.support;
      for (const [who, account, expected] of [
        ['not verified', world.unverified, fill(support.verifyFirst, { areas: 'Randwijck West' })],
        [
          'verified elsewhere',
          world.elsewhere,
          fill(support.otherNeighbourhood, { area: 'Randwijck Oost', areas: 'Randwijck West' }),
        ],
      ] as const) {
        const page = await suite.open(options);
        await logInWith(page, suite, account.email, account.password, `/inloggen?terug=${initiative}`);
        await checkPage(page, `initiative, ${who} (${size})`, violations, 'Moestuin aan de Keizer Karelweg');
        await page.getByText(expected).waitFor();
        await page.getByRole('link', { name: support.verifyLink }).waitFor();
        expect(await page.getByRole('button', { name: support.button }).count()).toBe(0);
      }
      const visitor = await suite.open(options);
      await visitor.goto(suite.url(initiative));
      await checkPage(visitor, `initiative, logged out (${size})`, violations, 'Moestuin aan de Keizer Karelweg');
      await visitor.getByRole('link', { name: support.logInLink }).click();
      await visitor.getByLabel(texts.login.email, { exact: true }).waitFor();
      expect(new URL(visitor.url()).searchParams.get('terug')).toBe(initiative);
      expect(violations, formatViolations(violations)).toEqual([]);
    },
  );

  it('a phone header of one row, a menu that Escape closes, and log-in and initiative pages that fit 320 px', async () => {
    const violations: A11yViolation[] = [];
    const page = await suite.open(phone320);
    for (const path of ['/inloggen', '/initiatieven/reactietijden', `/initiatieven/${world.initiativeId}`]) {
      await page.goto(suite.url(path));
      await checkPage(page, `${path} at 320 px`, violations);
      const header = await page.locator('header').first().boundingBox();
      expect(header?.height ?? Infinity, `header height on ${path}`).toBeLessThan(640 / 6);
    }
    const menu = page.getByRole('button', { name: texts.layout.menu });
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    // The opened menu also holds the log-in and the language choice.
    const mainNav = page.getByRole('navigation', { name: texts.layout.mainNav });
    await mainNav.getByRole('link', { name: texts.nav.login }).waitFor();
    violations.push(...(await seriousA11yViolations(page, 'menu open at 320 px')));
    await noSidewaysScroll(page, 'menu open at 320 px');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(texts.layout.menu);
    expect(await mainNav.getByRole('link', { name: texts.nav.login }).isVisible()).toBe(false);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it.each(sizes)(
    'after log-in a resident lands on their neighbourhood, staff on their worklist (%s)',
    async (size, options) => {
      const violations: A11yViolation[] = [];
      const resident = await suite.open(options);
      await logInWith(resident, suite, world.resident.email, world.resident.password);
      expect(new URL(resident.url()).pathname).toBe('/gebieden/BU03620101');
      await checkPage(resident, `landing of a resident (${size})`, violations, 'Randwijck West');

      const servant = await suite.open(options);
      await logInWith(servant, suite, world.servant.email, world.servant.password);
      expect(new URL(servant.url()).pathname).toBe('/gemeente/reacties');
      await checkPage(servant, `landing of a civil servant (${size})`, violations, texts.initiatives.worklist.title);

      // A page that needed a log-in is where one comes back to.
      const returning = await suite.open(options);
      await returning.goto(suite.url('/mijn-account'));
      await returning.getByLabel(texts.login.email, { exact: true }).waitFor();
      await returning.getByLabel(texts.login.email, { exact: true }).fill(world.resident.email);
      await returning.getByLabel(texts.login.password, { exact: true }).fill(world.resident.password);
      await returning.getByRole('button', { name: texts.login.submit, exact: true }).click();
      await returning.getByRole('heading', { level: 1, name: texts.profile.title }).waitFor();
      expect(new URL(returning.url()).pathname).toBe('/mijn-account');
      expect(violations, formatViolations(violations)).toEqual([]);
    },
  );

  it('keyboard only: log in, find an initiative, support it and log out', async () => {
    const page = await suite.open(desktop);
    const supporter = await createAccount(suite.server, { displayName: 'Toos Toetsenbord' });
    const asServant = await apiAs(suite.server, world.servant.email, world.servant.password);
    await asServant('POST', `/areas/${world.west}/verifications`, { accountId: supporter.id });
    const violations: A11yViolation[] = [];

    /**
     * Tab (or Shift+Tab) until the focused element is the one named: by its label, or its own
     * text. Only keys; the mouse is never used.
     */
    const tabTo = async (name: string, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
      for (let presses = 0; presses < 150; presses++) {
        await page.keyboard.press(key);
        const focused = await page.evaluate((wanted) => {
          const element = document.activeElement as HTMLElement | null;
          if (!element) return false;
          const label =
            'labels' in element ? (element as HTMLInputElement).labels?.[0]?.textContent?.trim() : undefined;
          return label?.startsWith(wanted) === true || element.textContent?.trim() === wanted;
        }, name);
        if (focused) return;
      }
      throw new Error(`keyboard: never reached "${name}"`);
    };

    await page.goto(suite.url('/'));
    await page.locator('h1').waitFor();
    await tabTo(texts.nav.login);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: texts.login.title }).waitFor();
    await tabTo(texts.login.email);
    await page.keyboard.type(supporter.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(supporter.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Randwijck West' }).waitFor();

    await tabTo(texts.initiatives.nav.browse);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: texts.initiatives.browse.title }).waitFor();
    await tabTo(texts.initiatives.browse.q);
    await page.keyboard.type('moestuin');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=moestuin/);
    await tabTo('Moestuin aan de Keizer Karelweg');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Moestuin aan de Keizer Karelweg' }).waitFor();
    violations.push(...(await seriousA11yViolations(page, 'initiative before supporting, by keyboard')));
    await tabTo(texts.initiatives.support.button);
    await page.keyboard.press('Enter');
    await page.getByText(texts.initiatives.support.thanks).waitFor();

    // Back up to the header, where Uitloggen is.
    await tabTo(texts.layout.logout, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByText(texts.layout.loggedOut).waitFor();
    expect(await page.getByRole('link', { name: texts.nav.login }).count()).toBeGreaterThan(0);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
