import { messages } from '../web/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { createAccount } from './harness.ts';
import { browserSuite, logIn } from './suite.ts';

const { nl } = messages;

const suite = browserSuite();

describe('administration, in the browser', () => {
  it('an administrator grants a role and finds it in the audit log', async () => {
    const admin = await createAccount(suite.server, { displayName: 'Anna Beheerder', administrator: true });
    const resident = await createAccount(suite.server, { displayName: 'Bram Bewoner' });
    const page = await suite.open();
    await logIn(page, suite, admin.email, admin.password);

    await page.getByRole('navigation', { name: nl.layout.mainNav }).getByRole('link', { name: nl.nav.admin }).click();
    await page.getByRole('main').getByRole('link', { name: nl.admin.rolesLink }).click();
    await page.getByRole('heading', { level: 1, name: nl.adminRoles.title }).waitFor();

    await page.getByLabel(nl.adminRoles.query).fill('bram');
    await page.getByRole('button', { name: nl.common.search }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Bram Bewoner' }) });
    await card.getByText(resident.email).waitFor();
    expect(new URL(page.url()).search).toBe('?q=bram');

    const manage = card.getByRole('button', { name: new RegExp(nl.adminRoles.manage) });
    expect(await manage.getAttribute('aria-expanded')).toBe('false');
    await manage.click();
    expect(await manage.getAttribute('aria-expanded')).toBe('true');
    await card.getByText(nl.adminRoles.onlyResident).waitFor();

    // An unknown area code is refused on its own field (there are no areas yet in this database).
    await card.getByLabel(nl.adminRoles.role, { exact: true }).selectOption('civil_servant');
    await card.getByLabel(nl.adminRoles.areaId).fill('BU99999999');
    await card.getByRole('button', { name: nl.adminRoles.grant }).click();
    await card
      .locator('.ws-error-summary')
      .getByRole('link', { name: `${nl.adminRoles.areaId}: ${nl.fieldProblem['Unknown area']}` })
      .waitFor();

    await card.getByLabel(nl.adminRoles.areaId).fill('');
    await card.getByRole('button', { name: nl.adminRoles.grant }).click();
    const granted = nl.adminRoles.granted
      .replace('{{role}}', nl.roles.civil_servant)
      .replace('{{scope}}', nl.roles.wholeMunicipality)
      .replace('{{name}}', 'Bram Bewoner');
    await card.getByRole('status').filter({ hasText: granted }).waitFor();
    await card
      .getByRole('listitem')
      .filter({ hasText: `${nl.roles.civil_servant} (${nl.roles.wholeMunicipality})` })
      .waitFor();

    // Granting the same role twice is refused with a message, not a crash.
    await card.getByRole('button', { name: nl.adminRoles.grant }).click();
    await card.locator('.ws-error-summary').getByText(nl.problem['role-exists']).waitFor();

    // The audit log, filtered to this account, shows who granted what.
    await card.getByRole('link', { name: nl.adminRoles.auditFor }).click();
    await page.getByRole('heading', { level: 1, name: nl.audit.title }).waitFor();
    // The filter that came with the link reads as the account's name, not its id.
    await page
      .getByRole('region', { name: nl.audit.filtersTitle })
      .getByText('Bram Bewoner', { exact: true })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: nl.audit.actions.role.granted });
    await row.waitFor();
    expect(await row.count()).toBe(1);
    await row.getByText(nl.roles.civil_servant).waitFor();
    await row.getByText('Anna Beheerder').waitFor();
    // Names, not ids (issue 13): the subject is the account's name.
    await row.getByRole('link', { name: 'Bram Bewoner' }).waitFor();

    // Withdrawing the role is logged too.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: nl.adminRoles.title }).waitFor();
    await card.getByRole('button', { name: new RegExp(nl.adminRoles.manage) }).click();
    await card
      .getByRole('button', {
        name: `${nl.adminRoles.revoke} ${nl.roles.civil_servant} (${nl.roles.wholeMunicipality})`,
      })
      .click();
    await card.getByRole('button', { name: nl.confirm.roleRevoke.yes }).click();
    await card.getByText(nl.adminRoles.onlyResident).waitFor();
    await page.goto(suite.url(`/beheer/auditlog?action=role.revoked&subjectId=${resident.id}`));
    await page.getByRole('row').filter({ hasText: nl.audit.actions.role.revoked }).waitFor();
  });

  it('pages through the audit log with "load more"', async () => {
    const admin = await createAccount(suite.server, { displayName: 'Paging Beheerder', administrator: true });
    const subject = await createAccount(suite.server, { displayName: 'Vaak Gewijzigd' });
    // 25 entries about one account: more than one page of 20.
    const page = await suite.open();
    await logIn(page, suite, admin.email, admin.password);
    await page.evaluate(async (accountId) => {
      const me = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
      const csrf = { 'x-csrf-token': me.csrfToken };
      for (let i = 0; i < 13; i += 1) {
        const granted = await fetch(`/api/v1/accounts/${accountId}/roles`, {
          method: 'POST',
          headers: { ...csrf, 'content-type': 'application/json' },
          body: JSON.stringify({ role: 'professional', areaId: null }),
        });
        if (granted.status !== 201) throw new Error(`grant failed: ${granted.status}`);
        const grant = (await granted.json()) as { id: string };
        if (i === 12) break;
        const revoked = await fetch(`/api/v1/accounts/${accountId}/roles/${grant.id}`, {
          method: 'DELETE',
          headers: csrf,
        });
        if (revoked.status !== 204) throw new Error(`revoke failed: ${revoked.status}`);
      }
    }, subject.id);

    await page.goto(suite.url(`/beheer/auditlog?subjectId=${subject.id}`));
    const rows = page.locator('tbody tr');
    await page.getByText(nl.audit.shown_other.replace('{{count}}', '20')).waitFor();
    expect(await rows.count()).toBe(20);
    await page.getByRole('button', { name: nl.common.loadMore }).click();
    await page.getByText(nl.audit.shown_other.replace('{{count}}', '25')).waitFor();
    expect(await rows.count()).toBe(25);
    await page.getByText(nl.audit.end).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(nl.audit.end);
  });

  it('a resident without the role gets a clear “no access” page, and no admin link', async () => {
    const resident = await createAccount(suite.server);
    const page = await suite.open();
    await logIn(page, suite, resident.email, resident.password);
    expect(
      await page.getByRole('navigation', { name: nl.layout.mainNav }).getByRole('link', { name: nl.nav.admin }).count(),
    ).toBe(0);
    await page.goto(suite.url('/beheer/rollen'));
    await page.getByRole('heading', { level: 1, name: nl.common.notAllowedTitle }).waitFor();
  });
});
