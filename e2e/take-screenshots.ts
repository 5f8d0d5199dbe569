import { messages } from '../web/lib/i18n/messages.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createAccount, desktop, launchBrowser, newPage, phone, startServer } from './harness.ts';

const { nl } = messages;

/**
 * Screenshots of every page at desktop and phone width, for a person to look at:
 *   npx tsx e2e/take-screenshots.ts [folder]     (default /tmp/wakkere-stad-screenshots)
 */
const folder = process.argv[2] ?? '/tmp/wakkere-stad-screenshots';
mkdirSync(folder, { recursive: true });

const server = await startServer();
const browser = await launchBrowser();
const admin = await createAccount(server, { displayName: 'Anna Beheerder', administrator: true });
const resident = await createAccount(server, { displayName: 'Bram Bewoner' });

async function logIn(page: Page, email: string, password: string) {
  await page.goto(`${server.baseUrl}/inloggen`);
  await page.getByLabel(nl.login.email, { exact: true }).fill(email);
  await page.getByLabel(nl.login.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: nl.login.submit }).click();
  await page.getByRole('heading', { level: 1, name: nl.profile.title }).waitFor();
}

async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
  console.log(join(folder, `${name}.png`));
}

try {
  for (const [size, options] of [
    ['desktop', desktop],
    ['phone', phone],
  ] as const) {
    const { page, context } = await newPage(browser, options);
    const url = (path: string) => `${server.baseUrl}${path}`;
    for (const [name, path] of [
      ['home', '/'],
      ['register', '/registreren'],
      ['login', '/inloggen'],
      ['forgot', '/wachtwoord-vergeten'],
      ['reset', '/wachtwoord-herstellen#abcdefghijklmnopqrstuvwxyz'],
      ['not-found', '/bestaat-niet'],
    ] as const) {
      await page.goto(url(path));
      await shoot(page, `${size}-${name}`);
    }
    await page.goto(url('/registreren'));
    await page.getByRole('button', { name: nl.register.submit }).click();
    await shoot(page, `${size}-register-errors`);
    if (size === 'phone') {
      await page.getByRole('button', { name: nl.layout.menu }).click();
      await shoot(page, `${size}-menu-open`);
    }

    await logIn(page, admin.email, admin.password);
    await shoot(page, `${size}-profile`);
    await page.goto(url('/mijn-account/wachtwoord'));
    await shoot(page, `${size}-password`);
    await page.goto(url('/beheer'));
    await shoot(page, `${size}-admin`);
    await page.goto(url(`/beheer/rollen?q=${encodeURIComponent(resident.email)}`));
    await page
      .getByRole('button', { name: new RegExp(nl.adminRoles.manage) })
      .first()
      .click();
    await page
      .getByLabel(nl.adminRoles.role, { exact: true })
      .selectOption(size === 'desktop' ? 'professional' : 'civil_servant');
    await page.getByRole('button', { name: nl.adminRoles.grant }).click();
    await page.getByRole('status').filter({ hasText: resident.displayName }).waitFor();
    await shoot(page, `${size}-roles`);
    await page.goto(url('/beheer/auditlog'));
    await page.getByRole('table').waitFor();
    await shoot(page, `${size}-audit`);
    // On a phone the language choice is at the end of the menu.
    if (size !== 'desktop') await page.getByRole('button', { name: nl.layout.menu }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor();
    await shoot(page, `${size}-audit-en`);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
