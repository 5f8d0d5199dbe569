import { messages } from '../web/lib/i18n/messages.ts';
import { readFileSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAccount, PASSWORD, uniqueEmail } from './harness.ts';
import { browserSuite, logIn } from './suite.ts';

const { nl, en } = messages;

const suite = browserSuite();

describe('a resident’s account, in the browser', () => {
  it('registers, logs out, logs in again and downloads their own data', async () => {
    const page = await suite.open();
    const email = uniqueEmail('registratie');

    await page.goto(suite.url('/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('main').getByRole('link', { name: nl.home.ctaRegister }).click();
    await page.getByRole('heading', { level: 1, name: nl.register.title }).waitFor();

    // Submitting empty shows the error summary, linked to the fields, before anything is sent.
    await page.getByRole('button', { name: nl.register.submit }).click();
    const summary = page.locator('.ws-error-summary');
    await summary.getByText(`${nl.register.email}: ${nl.validation.required}`).waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: new RegExp(`^${nl.register.password}:`) }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');

    await page.getByLabel(nl.register.email, { exact: true }).fill(email);
    await page.getByLabel(nl.register.displayName, { exact: true }).fill('Fatima de Vries');
    await page.getByLabel(nl.register.password, { exact: true }).fill('te kort');
    await page.getByRole('button', { name: nl.register.submit }).click();
    await summary
      .getByText(`${nl.register.password}: ${nl.validation.tooShort_other.replace('{{count}}', '10')}`)
      .waitFor();
    expect(await page.getByLabel(nl.register.password, { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel(nl.register.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: nl.register.submit }).click();
    await page.getByRole('heading', { level: 1, name: nl.profile.title }).waitFor();
    await page.getByText(nl.register.welcome).waitFor();
    await page.getByText(email).waitFor();
    expect(new URL(page.url()).pathname).toBe('/mijn-account');

    // Log out: back home, logged-out menu.
    await page.getByRole('button', { name: nl.layout.logout }).click();
    await page.getByText(nl.layout.loggedOut).waitFor();
    await page
      .getByRole('navigation', { name: nl.layout.accountNav })
      .getByRole('link', { name: nl.nav.login })
      .waitFor();

    // A members-only page sends a logged-out visitor to the login page, and back after logging in.
    await page.goto(suite.url('/mijn-account/wachtwoord'));
    await page.getByText(nl.login.needLogin).waitFor();
    await page.getByLabel(nl.login.email, { exact: true }).fill(email);
    await page.getByLabel(nl.login.password, { exact: true }).fill('niet mijn wachtwoord');
    await page.getByRole('button', { name: nl.login.submit, exact: true }).click();
    await page.locator('.ws-error-summary').getByText(nl.login.invalid).waitFor();
    await page.getByLabel(nl.login.password, { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: nl.login.submit, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: nl.passwordChange.title }).waitFor();

    // Download my data (AVG): a JSON file that holds my email address.
    await page
      .getByRole('navigation', { name: nl.layout.accountNav })
      .getByRole('link', { name: nl.nav.myAccount })
      .click();
    await page.getByRole('heading', { level: 1, name: nl.profile.title }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: nl.profile.exportButton }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('wakkere-stad-mijn-gegevens.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      account: { email: string; displayName: string };
    };
    expect(exported.account).toMatchObject({ email, displayName: 'Fatima de Vries' });
    await page.getByText(nl.profile.exportDone.replace('{{file}}', 'wakkere-stad-mijn-gegevens.json')).waitFor();
  });

  it('switches to English and back; the choice survives a reload and is saved on the account', async () => {
    const account = await createAccount(suite.server, { displayName: 'Jan Jansen' });
    const page = await suite.open();
    await logIn(page, suite, account.email, account.password);

    // Every language <html> takes from here on, and every request about the account.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as { langsSeen?: string[] }).langsSeen = seen;
      new MutationObserver(() => seen.push(document.documentElement.lang)).observe(document.documentElement, {
        attributeFilter: ['lang'],
      });
    });
    const asked: string[] = [];
    const onRequest = (request: Request) => {
      if (new URL(request.url()).pathname === '/api/v1/me') asked.push(request.method());
    };
    page.on('request', onRequest);
    const saved = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/v1/me' && response.request().method() === 'PATCH',
    );
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en.profile.title }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await saved).status()).toBe(200);
    page.off('request', onRequest);
    // One request saves the choice; nothing asks the account again, to answer with the old language.
    expect(asked).toEqual(['PATCH']);
    expect(await page.evaluate(() => (window as { langsSeen?: string[] }).langsSeen)).toEqual(['en']);
    await page.getByRole('navigation', { name: en.layout.mainNav }).getByRole('link', { name: en.nav.home }).waitFor();
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.title()).toBe(`${en.profile.title} | Wakkere Stad`);

    // The account remembers it (PATCH /me), and so does this browser.
    await expect
      .poll(() => page.evaluate(async () => ((await (await fetch('/api/v1/me')).json()) as { locale: string }).locale))
      .toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: en.profile.title }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('wakkere-stad.locale'))).toBe('en');

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: nl.profile.title }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it('a visitor’s language choice needs no account, and carries over when they log in', async () => {
    const account = await createAccount(suite.server);
    const page = await suite.open();
    await page.goto(suite.url('/inloggen'));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en.login.title }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.goto(suite.url('/'));
    await page.getByRole('heading', { level: 1, name: en.home.title }).waitFor();

    // Chosen just before logging in: it wins over the account's Dutch, and the account follows.
    await page
      .getByRole('navigation', { name: en.layout.accountNav })
      .getByRole('link', { name: en.nav.login })
      .click();
    await logIn(page, suite, account.email, account.password, en);
    await expect
      .poll(() => page.evaluate(async () => ((await (await fetch('/api/v1/me')).json()) as { locale: string }).locale))
      .toBe('en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('a language chosen while the page still asks who is logged in wins, and the account follows', async () => {
    const account = await createAccount(suite.server);
    const page = await suite.open();
    await logIn(page, suite, account.email, account.password);

    // The next page load's question "who is logged in?" waits until the language has been switched.
    let answer = () => {};
    const switched = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/api/v1/me', async (route) => {
      if (route.request().method() === 'GET') await switched;
      await route.continue();
    });
    await page.goto(suite.url('/'));
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    answer();

    // The answer still says Dutch; the screen keeps English and the account takes it over.
    await page.getByRole('heading', { level: 1, name: en.home.title }).waitFor();
    await page.unroute('**/api/v1/me');
    await expect
      .poll(() => page.evaluate(async () => ((await (await fetch('/api/v1/me')).json()) as { locale: string }).locale))
      .toBe('en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page
      .getByRole('navigation', { name: en.layout.accountNav })
      .getByRole('link', { name: en.nav.myAccount })
      .waitFor();
  });

  it('resets a forgotten password with the emailed link', async () => {
    const account = await createAccount(suite.server);
    const page = await suite.open();
    await page.goto(suite.url('/inloggen'));
    await page.getByRole('link', { name: nl.login.forgot }).click();
    // The navigation has settled (focus on the new page's heading) before anything is typed.
    const heading = page.getByRole('heading', { level: 1, name: nl.forgot.title });
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const email = page.getByLabel(nl.forgot.email, { exact: true });
    await email.fill(account.email);
    expect(await email.inputValue()).toBe(account.email);
    await page.getByRole('button', { name: nl.forgot.submit }).click();
    await page.getByText(nl.forgot.sent).waitFor();

    const mail = (await suite.server.mails()).findLast((m) => m.to === account.email);
    const link = /\/wachtwoord-herstellen#[\w-]+/.exec(mail?.text ?? '')?.[0];
    expect(link, 'reset link in the mail').toBeDefined();
    await page.goto(suite.url(link ?? ''));
    await page.getByRole('heading', { level: 1, name: nl.reset.title }).waitFor();
    await page.getByLabel(nl.reset.new, { exact: true }).fill('een heel nieuw wachtwoord');
    await page.getByRole('button', { name: nl.reset.submit }).click();
    await page.getByText(nl.reset.done).waitFor();

    await logIn(page, suite, account.email, 'een heel nieuw wachtwoord');

    // The link works once.
    await page.goto(suite.url(link ?? ''));
    await page.getByLabel(nl.reset.new, { exact: true }).fill('nog een ander wachtwoord');
    await page.getByRole('button', { name: nl.reset.submit }).click();
    await page.locator('.ws-error-summary').getByText(nl.problem['reset-token-invalid']).waitFor();
  });

  it('changes the password, refusing a wrong current one on its field', async () => {
    const account = await createAccount(suite.server);
    const page = await suite.open();
    await logIn(page, suite, account.email, account.password);
    await page.getByRole('link', { name: nl.profile.passwordLink }).click();

    await page.getByLabel(nl.passwordChange.current, { exact: true }).fill('dit is het niet');
    await page.getByLabel(nl.passwordChange.new, { exact: true }).fill('mijn nieuwe wachtwoord');
    await page.getByRole('button', { name: nl.passwordChange.submit }).click();
    await page
      .locator('.ws-error-summary')
      .getByRole('link', { name: `${nl.passwordChange.current}: ${nl.fieldProblem['Not correct']}` })
      .waitFor();

    await page.getByLabel(nl.passwordChange.current, { exact: true }).fill(account.password);
    await page.getByRole('button', { name: nl.passwordChange.submit }).click();
    await page.getByText(nl.passwordChange.done).waitFor();
  });

  it('deletes the account after confirming with the password', async () => {
    const account = await createAccount(suite.server);
    const page = await suite.open();
    await logIn(page, suite, account.email, account.password);

    await page.getByLabel(nl.profile.deletePassword, { exact: true }).fill('fout wachtwoord');
    await page.getByRole('button', { name: nl.profile.deleteButton }).click();
    // Erasure asks once more, saying what will go (issue 13).
    await page.getByRole('heading', { name: nl.confirm.deleteAccount.title }).waitFor();
    await page.getByRole('button', { name: nl.confirm.deleteAccount.yes }).click();
    await page.locator('.ws-error-summary').getByText(nl.fieldProblem['Not correct']).waitFor();

    await page.getByLabel(nl.profile.deletePassword, { exact: true }).fill(account.password);
    await page.getByRole('button', { name: nl.profile.deleteButton }).click();
    await page.getByRole('button', { name: nl.confirm.deleteAccount.yes }).click();
    await page.getByText(nl.profile.deleted).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    await page.goto(suite.url('/inloggen'));
    await page.getByLabel(nl.login.email, { exact: true }).fill(account.email);
    await page.getByLabel(nl.login.password, { exact: true }).fill(account.password);
    await page.getByRole('button', { name: nl.login.submit, exact: true }).click();
    await page.locator('.ws-error-summary').getByText(nl.login.invalid).waitFor();
  });
});
