import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import nl from '../web/lib/i18n/nl.json' with { type: 'json' };
import { createAuditWriter } from '../server/modules/audit/audit.service.ts';
import { createAreaImportService } from '../server/modules/areas/area-import.service.ts';
import { AMSTELVEEN_4 } from '../test/support/areas.ts';
import { randomIds, systemClock } from '../server/clock.ts';
import {
  createAccount,
  formatViolations,
  seriousA11yViolations,
  type A11yViolation,
  type E2eServer,
} from './harness.ts';
import { browserSuite, logIn } from './suite.ts';

const suite = browserSuite();

/** A logged-in API client, for the set-up steps that have no page of their own (verification, VOG). */
async function apiAs(server: E2eServer, email: string, password: string) {
  const login = await fetch(`${server.baseUrl}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
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
    return response.json() as Promise<Record<string, unknown>>;
  };
}

async function areaIdOf(server: E2eServer, code: string): Promise<string> {
  const row = await server.db.selectFrom('areas').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

describe('neighbourhood help, in the browser', () => {
  it('a professional asks for an elderly resident, a verified neighbour is proposed, accepts, and the hours are booked', async () => {
    const { server } = suite;
    await createAreaImportService({
      db: server.db,
      clock: systemClock,
      ids: randomIds,
      audit: createAuditWriter({ clock: systemClock, ids: randomIds }),
    }).importText(readFileSync(AMSTELVEEN_4, 'utf8'), { actorId: null });
    const west = await areaIdOf(server, 'BU03620101');
    const professional = await createAccount(server, { displayName: 'Wijkteam Willemijn' });
    await server.db
      .insertInto('role_assignments')
      .values({
        id: randomUUID(),
        account_id: professional.id,
        role: 'professional',
        area_id: null,
        granted_by: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const helper = await createAccount(server, { displayName: 'Henk Helpt' });

    // The desk work: Henk is verified in person for Randwijck West (his VOG is recorded on the team page below).
    const asProfessional = await apiAs(server, professional.email, professional.password);
    await asProfessional('POST', `/areas/${west}/verifications`, { accountId: helper.id, note: 'ID en huurcontract' });

    const violations: A11yViolation[] = [];
    const helperPage = await suite.open();
    await logIn(helperPage, suite, helper.email, helper.password);
    await helperPage
      .getByRole('navigation', { name: nl.layout.mainNav })
      .getByRole('link', { name: nl.nav.help })
      .click();
    await helperPage.getByRole('link', { name: nl.help.offerLink }).click();
    await helperPage.getByRole('heading', { level: 1, name: nl.help.offer.title }).waitFor();
    await helperPage.getByLabel(nl.help.kinds.company).check();
    await helperPage.getByLabel('Randwijck West').check();
    await helperPage.getByRole('button', { name: nl.help.offer.submit }).click();
    await helperPage.getByText(fill(nl.help.offer.perWeek, { count: '2' })).waitFor();
    violations.push(...(await seriousA11yViolations(helperPage, 'offers')));

    // The professional registers Mevrouw De Vries, who is not online, and asks help for her.
    const proPage = await suite.open();
    await logIn(proPage, suite, professional.email, professional.password);
    await proPage.goto(suite.url('/wijkteam'));
    // The helper is chosen by name (issue 13), not by account id.
    await proPage.getByLabel(nl.help.vog.accountId).fill('Henk');
    await proPage.getByRole('radio', { name: /Henk Helpt/ }).check();
    await proPage.getByLabel(nl.help.vog.issuedOn).fill('2025-06-01');
    await proPage.getByLabel(nl.help.vog.expiresOn).fill('2099-06-01');
    await proPage.getByRole('button', { name: nl.common.save }).click();
    await proPage.getByText(nl.help.vog.saved).waitFor();
    violations.push(...(await seriousA11yViolations(proPage, 'team page')));
    await proPage.getByLabel(nl.help.team.name).fill('Mevrouw De Vries');
    await proPage.getByLabel(nl.help.form.area).selectOption({ label: 'Randwijck West' });
    await proPage.getByLabel(nl.help.form.address).fill('Lindelaan 4');
    await proPage.getByRole('button', { name: nl.help.team.add }).click();
    await proPage.getByRole('link', { name: fill(nl.help.team.askFor, { name: 'Mevrouw De Vries' }) }).click();
    await proPage.getByRole('heading', { level: 1, name: nl.help.newTitle }).waitFor();
    await proPage.getByLabel(nl.help.form.recipient).selectOption({ label: 'Mevrouw De Vries' });
    await proPage.getByLabel(nl.help.form.kind).selectOption({ label: nl.help.kinds.company });
    await proPage.getByLabel(nl.help.form.title).fill('Koffie drinken en een praatje');
    await proPage.getByLabel(nl.help.form.vulnerable).check();
    violations.push(...(await seriousA11yViolations(proPage, 'new request')));
    await proPage.getByRole('button', { name: nl.help.form.submit }).click();
    await proPage.getByRole('heading', { level: 1, name: 'Koffie drinken en een praatje' }).waitFor();

    // Henk is proposed, with the reasons why; the professional invites him.
    const proposal = proPage
      .getByRole('listitem')
      .filter({ has: proPage.getByRole('heading', { name: 'Henk Helpt' }) });
    await proposal.getByText(nl.help.reasons['same-area']).waitFor();
    await proposal.getByText(nl.help.reasons.kind).waitFor();
    violations.push(...(await seriousA11yViolations(proPage, 'request with proposals')));
    await proposal.getByRole('button', { name: fill(nl.help.invite, { name: 'Henk Helpt' }) }).click();
    await proPage.getByText(nl.help.waitingForAnswer).waitFor();

    // Henk sees why he was asked, accepts, and only then sees the address.
    await helperPage.goto(suite.url('/hulp/uitnodigingen'));
    const invitation = helperPage.getByRole('listitem').filter({ hasText: 'Koffie drinken en een praatje' }).first();
    await invitation.getByText(nl.help.reasons['same-area']).waitFor();
    violations.push(...(await seriousA11yViolations(helperPage, 'invitations')));
    await invitation.getByRole('button', { name: nl.help.accept }).click();
    await helperPage.getByText(nl.help.accepted).waitFor();
    await helperPage.getByRole('link', { name: 'Koffie drinken en een praatje' }).click();
    await helperPage.getByText('Lindelaan 4').waitFor();
    await helperPage.getByText('Wijkteam Willemijn').waitFor();
    await helperPage.getByText(nl.help.safety.title).waitFor();
    violations.push(...(await seriousA11yViolations(helperPage, 'request with contact')));

    // The professional confirms the exchange: helped, one and a half hours.
    await proPage.reload();
    await proPage.getByLabel(nl.help.close.helped).selectOption('yes');
    await proPage.getByLabel(nl.help.close.hours).fill('1.5');
    await proPage.getByRole('button', { name: nl.help.close.submit, exact: true }).click();
    await proPage.getByRole('button', { name: nl.confirm.helpClose.yes }).click();
    await proPage.getByTestId('request-status').filter({ hasText: nl.help.status.closed }).waitFor();

    // The hours are in Henk's time bank.
    await openTimebank(helperPage);
    await helperPage.getByTestId('time-balance').filter({ hasText: '+1,5' }).waitFor();
    await helperPage.getByText('Koffie drinken en een praatje').waitFor();
    violations.push(...(await seriousA11yViolations(helperPage, 'time bank')));
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});

async function openTimebank(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: nl.layout.mainNav }).getByRole('link', { name: nl.nav.timebank }).click();
  await page.getByRole('heading', { level: 1, name: nl.timebank.title }).waitFor();
}
