import { messages } from '../web/lib/i18n/messages.ts';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  desktop,
  formatViolations,
  phone,
  seriousA11yViolations,
  type A11yViolation,
} from './harness.ts';
import { browserSuite, logIn } from './suite.ts';

const { nl, en } = messages;

const suite = browserSuite();

interface Visit {
  name: string;
  path: string;
  /** What to do on the page before checking, e.g. open a panel or submit an empty form. */
  prepare?: (page: Page) => Promise<void>;
}

const submitEmpty = (button: string) => async (page: Page) => {
  await page.getByRole('main').getByRole('button', { name: button, exact: true }).click();
  await page.locator('.ws-error-summary').waitFor();
};

const anonymousPages: Visit[] = [
  { name: 'home', path: '/' },
  { name: 'register', path: '/registreren' },
  { name: 'register with errors', path: '/registreren', prepare: submitEmpty(nl.register.submit) },
  { name: 'login', path: '/inloggen' },
  { name: 'login with errors', path: '/inloggen', prepare: submitEmpty(nl.login.submit) },
  { name: 'forgot password', path: '/wachtwoord-vergeten' },
  { name: 'reset password', path: '/wachtwoord-herstellen#abcdefghijklmnopqrstuvwxyz0123' },
  { name: 'reset password without a token', path: '/wachtwoord-herstellen' },
  { name: 'page not found', path: '/bestaat-niet' },
];

function adminPages(residentEmail: string): Visit[] {
  return [
    { name: 'my account', path: '/mijn-account' },
    { name: 'change password', path: '/mijn-account/wachtwoord' },
    {
      name: 'change password with errors',
      path: '/mijn-account/wachtwoord',
      prepare: submitEmpty(nl.passwordChange.submit),
    },
    { name: 'administration', path: '/beheer' },
    {
      name: 'roles, one account opened',
      path: `/beheer/rollen?q=${encodeURIComponent(residentEmail)}`,
      prepare: async (page) => {
        await page.getByRole('button', { name: new RegExp(nl.adminRoles.manage) }).click();
        await page.getByRole('heading', { name: nl.adminRoles.grantTitle }).waitFor();
      },
    },
    {
      name: 'audit log',
      path: '/beheer/auditlog',
      prepare: async (page) => void (await page.getByRole('table').waitFor()),
    },
  ];
}

async function checkPages(page: Page, visits: Visit[], label: string): Promise<A11yViolation[]> {
  const found: A11yViolation[] = [];
  for (const visit of visits) {
    await page.goto(suite.url(visit.path));
    await page.locator('h1').waitFor();
    await visit.prepare?.(page);
    found.push(...(await seriousA11yViolations(page, `${visit.name} (${label})`)));
  }
  return found;
}

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  type Account = Awaited<ReturnType<typeof createAccount>>;
  // One administrator per language: logging in carries a language chosen just before over to the account.
  const admins = {} as Record<'nl' | 'en', Account>;
  let resident: Account;

  beforeAll(async () => {
    admins.nl = await createAccount(suite.server, { displayName: 'Anna Beheerder', administrator: true });
    admins.en = await createAccount(suite.server, { displayName: 'Ann Administrator', administrator: true });
    const admin = admins.nl;
    resident = await createAccount(suite.server, { displayName: 'Bram Bewoner' });
    // Something in the audit log, so its table is there to check.
    const login = await fetch(suite.url('/api/v1/sessions'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const granted = await fetch(suite.url(`/api/v1/accounts/${resident.id}/roles`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
      body: JSON.stringify({ role: 'professional', areaId: null }),
    });
    expect(granted.status).toBe(201);
  });

  it.each([
    ['desktop', 'nl'],
    ['desktop', 'en'],
    ['phone', 'nl'],
    ['phone', 'en'],
  ] as const)('finds no serious or critical violation on any page (%s, %s)', async (size, language) => {
    const page = await suite.open(size === 'desktop' ? desktop : phone);
    if (language === 'en') {
      await page.goto(suite.url('/'));
      // On a phone the language choice is at the end of the menu.
      if (size === 'phone') await page.getByRole('button', { name: nl.layout.menu }).click();
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('html[lang="en"]').waitFor();
    }
    // The preparations click Dutch labels; in English the plain page loads are checked.
    const visible = (visits: Visit[]) => (language === 'nl' ? visits : visits.filter((visit) => !visit.prepare));
    const violations = await checkPages(page, visible(anonymousPages), `${size}, ${language}, logged out`);
    if (size === 'phone' && language === 'nl') {
      await page.goto(suite.url('/'));
      await page.getByRole('button', { name: nl.layout.menu }).click();
      violations.push(...(await seriousA11yViolations(page, `menu open (${size}, ${language})`)));
    }
    await logIn(page, suite, admins[language].email, admins[language].password, language === 'nl' ? nl : en);
    const adminVisits = visible(adminPages(resident.email));
    violations.push(...(await checkPages(page, adminVisits, `${size}, ${language}, administrator`)));

    const checked = visible(anonymousPages).length + adminVisits.length;
    console.log(
      `axe (${size}, ${language}): ${checked} page views, ${violations.length} serious or critical violation(s)`,
    );
    expect(violations, `axe found serious or critical violations:\n${formatViolations(violations)}`).toEqual([]);
  });

  it('a resident without the role sees an accessible “no access” page', async () => {
    const resident = await createAccount(suite.server);
    const page = await suite.open();
    await logIn(page, suite, resident.email, resident.password);
    await page.goto(suite.url('/beheer'));
    await page.getByRole('heading', { level: 1, name: nl.common.notAllowedTitle }).waitFor();
    expect(await seriousA11yViolations(page, 'no access')).toEqual([]);
  });

  it('starts with a skip link and shows where the keyboard focus is', async () => {
    const page = await suite.open();
    await page.goto(suite.url('/'));
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: nl.layout.skipLink });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'skip link visible when focused').toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

    // Every stop in the tab order has a visible focus indicator.
    await page.goto(suite.url('/registreren'));
    await page.locator('h1').waitFor();
    const seen = new Set<string>();
    for (let stop = 0; stop < 25; stop += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        return {
          what: `${element.tagName.toLowerCase()} ${element.textContent?.trim() || element.getAttribute('name') || ''}`.trim(),
          visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
        };
      });
      if (!focus || seen.has(focus.what)) break;
      seen.add(focus.what);
      expect(focus.visible, `focus indicator on ${focus.what}`).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(8);
  });

  it('registers with the keyboard alone', async () => {
    const page = await suite.open();
    await page.goto(suite.url('/registreren'));
    await page.locator('h1').waitFor();
    // From the top: skip link, then the fields in reading order.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const tabTo = async (id: string) => {
      for (let i = 0; i < 15; i += 1) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
      }
      throw new Error(`could not reach #${id} with Tab`);
    };
    await tabTo('email');
    await page.keyboard.type('toetsenbord@example.nl');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Toetsenbord Gebruiker');
    await page.keyboard.press('Tab');
    await page.keyboard.type('alleen met het toetsenbord');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: nl.profile.title }).waitFor();
    // After the page changes, focus is on the new page's heading, not lost at the top.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('opens the phone menu with the keyboard', async () => {
    const page = await suite.open(phone);
    await page.goto(suite.url('/'));
    await page.locator('h1').waitFor();
    const menu = page.getByRole('button', { name: nl.layout.menu });
    expect(
      await page
        .getByRole('navigation', { name: nl.layout.mainNav })
        .getByRole('link', { name: nl.nav.home })
        .isVisible(),
    ).toBe(false);
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(nl.nav.home);
    // Escape closes it again and returns to the Menu button.
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(nl.layout.menu);
    // Nothing sticks out sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
