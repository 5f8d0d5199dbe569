import { messages } from '../web/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { createAccount, formatViolations, phone, seriousA11yViolations, type A11yViolation } from './harness.ts';
import { browserSuite, logIn } from './suite.ts';

const { nl } = messages;

const suite = browserSuite();
const small = { ...phone, viewport: { width: 320, height: 640 } };

describe('the municipality’s identity and the footer pages, in the browser', () => {
  it('an administrator gives the site its name and colour; the header shows them; pale colours are refused', async () => {
    const violations: A11yViolation[] = [];
    const admin = await createAccount(suite.server, { displayName: 'Anna Beheerder', administrator: true });
    const page = await suite.open();
    await logIn(page, suite, admin.email, admin.password);

    await page.getByRole('navigation', { name: nl.layout.mainNav }).getByRole('link', { name: nl.nav.admin }).click();
    await page.getByRole('main').getByRole('link', { name: nl.site.settings.link }).click();
    await page.getByRole('heading', { level: 1, name: nl.site.settings.title }).waitFor();
    violations.push(...(await seriousA11yViolations(page, 'house style')));

    await page.getByLabel(nl.site.settings.name, { exact: true }).fill('Gemeente Wakkerdam');
    // Too pale for white text: refused, with the ratio in Dutch words beside the field.
    await page.getByLabel(nl.site.settings.brandColor, { exact: true }).fill('#7fb2e5');
    await page.getByRole('button', { name: nl.common.save, exact: true }).click();
    const summary = page.locator('.ws-error-summary');
    await summary
      .getByRole('link', { name: new RegExp(`^${nl.site.settings.brandColor}: Te weinig contrast: 2,\\d+ op 1`) })
      .waitFor();
    violations.push(...(await seriousA11yViolations(page, 'house style, contrast refused')));

    await page.getByLabel(nl.site.settings.brandColor, { exact: true }).fill('#17503f');
    await page.getByRole('button', { name: nl.common.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: nl.site.settings.saved }).waitFor();

    // The header follows at once: the name, and the menu bar in the new colour.
    const home = page.getByRole('link', { name: nl.site.homeLink.replace('{{name}}', 'Gemeente Wakkerdam') });
    await home.getByText('Gemeente Wakkerdam').waitFor();
    const menuBar = page.getByRole('navigation', { name: nl.layout.mainNav });
    await expect.poll(() => menuBar.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(23, 80, 63)');

    // A new visit gets both from the server, before any script: the shell and the stylesheet.
    const fresh = await suite.open();
    await fresh.goto(suite.url('/'));
    await fresh.getByRole('link', { name: nl.site.homeLink.replace('{{name}}', 'Gemeente Wakkerdam') }).waitFor();
    await expect
      .poll(() =>
        fresh
          .getByRole('navigation', { name: nl.layout.mainNav })
          .evaluate((el) => getComputedStyle(el).backgroundColor),
      )
      .toBe('rgb(23, 80, 63)');
    expect(await fresh.title()).toContain('Gemeente Wakkerdam');
    const html = await (await fetch(suite.url('/initiatieven'), { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('<meta property="og:title" content="Initiatieven" />');
    expect(html).toContain('<meta property="og:site_name" content="Gemeente Wakkerdam" />');
    // The bundled web font is in use.
    await expect.poll(() => fresh.evaluate(() => document.fonts.check('16px "Source Sans 3"'))).toBe(true);

    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('the footer pages open from every page; an administrator edits one and it shows as text', async () => {
    const violations: A11yViolation[] = [];
    const page = await suite.open();
    await page.goto(suite.url('/'));
    const footer = page.getByRole('contentinfo');
    for (const name of [nl.site.pages.privacy, nl.site.pages.accessibility, nl.site.pages.contact]) {
      await footer.getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      violations.push(...(await seriousA11yViolations(page, name)));
    }
    await page.getByRole('heading', { level: 2, name: 'Bellen' }).waitFor();

    const admin = await createAccount(suite.server, { displayName: 'Bert Beheerder', administrator: true });
    const adminPage = await suite.open();
    await logIn(adminPage, suite, admin.email, admin.password);
    await adminPage.goto(suite.url('/contact'));
    await adminPage.getByRole('link', { name: nl.site.pages.edit }).click();
    await adminPage
      .getByRole('heading', { level: 1, name: nl.site.edit.title.replace('{{page}}', nl.site.pages.contact) })
      .waitFor();
    violations.push(...(await seriousA11yViolations(adminPage, 'edit contact')));
    await adminPage
      .getByLabel(nl.site.edit.body, { exact: true })
      .fill(
        'Bel ons op 14 0999.\n\n## Schrijven\n- Mail naar [info](mailto:info@wakkerdam.example)\n- <b>Niet vet</b>',
      );
    await adminPage.getByRole('button', { name: nl.common.save, exact: true }).click();
    await adminPage.getByRole('status').filter({ hasText: nl.site.edit.saved }).waitFor();
    await adminPage.getByRole('link', { name: nl.site.edit.view }).click();
    const main = adminPage.getByRole('main');
    await main.getByRole('heading', { level: 2, name: 'Schrijven' }).waitFor();
    await main.getByRole('link', { name: 'info', exact: true }).waitFor();
    // What looked like HTML is shown as it was typed.
    await main.getByText('<b>Niet vet</b>').waitFor();
    expect(await main.locator('b').count()).toBe(0);

    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('on a 320 px phone: the header with the name, the footer pages, no sideways scrolling', async () => {
    const violations: A11yViolation[] = [];
    const page = await suite.open(small);
    await page.goto(suite.url('/'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const path of ['/', '/privacyverklaring', '/toegankelijkheidsverklaring', '/contact']) {
      await page.goto(suite.url(path));
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      violations.push(...(await seriousA11yViolations(page, `${path} at 320 px`)));
    }
    await page.getByRole('contentinfo').getByRole('link', { name: nl.site.pages.privacy, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: nl.site.pages.privacy }).waitFor();
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
