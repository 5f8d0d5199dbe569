import { messages } from '../web/lib/i18n/messages.ts';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { createAccount } from './harness.ts';
import {
  accessibilityLog,
  apiAs,
  areaIdOf,
  clickMainNav,
  createStaffAccount,
  fill,
  importAmstelveen,
  openLoggedIn,
  verifyResidents,
} from './journeys.ts';
import { browserSuite } from './suite.ts';

const { nl } = messages;

const suite = browserSuite();

describe('neighbourhood help, in the browser', () => {
  it('a professional asks for an elderly resident, a verified neighbour is proposed, accepts, and the hours are booked', async () => {
    const { server } = suite;
    await importAmstelveen(server);
    const west = await areaIdOf(server, 'BU03620101');
    const professional = await createStaffAccount(server, 'professional', 'Wijkteam Willemijn');
    const helper = await createAccount(server, { displayName: 'Henk Helpt' });

    // The desk work: Henk is verified in person for Randwijck West (his VOG is recorded on the team page below).
    const asProfessional = await apiAs(server, professional);
    await verifyResidents(asProfessional, west, [helper], 'ID en huurcontract');

    const axe = accessibilityLog();
    const helperPage = await openLoggedIn(suite, helper);
    await clickMainNav(helperPage, nl.nav.help);
    await helperPage.getByRole('link', { name: nl.help.offerLink }).click();
    await helperPage.getByRole('heading', { level: 1, name: nl.help.offer.title }).waitFor();
    await helperPage.getByLabel(nl.help.kinds.company).check();
    await helperPage.getByLabel('Randwijck West').check();
    await helperPage.getByRole('button', { name: nl.help.offer.submit }).click();
    await helperPage.getByText(fill(nl.help.offer.perWeek, { count: '2' })).waitFor();
    await axe.check(helperPage, 'offers');

    // The professional registers Mevrouw De Vries, who is not online, and asks help for her.
    const proPage = await openLoggedIn(suite, professional);
    await proPage.goto(suite.url('/wijkteam'));
    // The helper is chosen by name (issue 13), not by account id.
    await proPage.getByLabel(nl.help.vog.accountId).fill('Henk');
    await proPage.getByRole('radio', { name: /Henk Helpt/ }).check();
    await proPage.getByLabel(nl.help.vog.issuedOn).fill('2025-06-01');
    await proPage.getByLabel(nl.help.vog.expiresOn).fill('2099-06-01');
    await proPage.getByRole('button', { name: nl.common.save }).click();
    await proPage.getByText(nl.help.vog.saved).waitFor();
    await axe.check(proPage, 'team page');
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
    await axe.check(proPage, 'new request');
    await proPage.getByRole('button', { name: nl.help.form.submit }).click();
    await proPage.getByRole('heading', { level: 1, name: 'Koffie drinken en een praatje' }).waitFor();

    // Henk is proposed, with the reasons why; the professional invites him.
    const proposal = proPage
      .getByRole('listitem')
      .filter({ has: proPage.getByRole('heading', { name: 'Henk Helpt' }) });
    await proposal.getByText(nl.help.reasons['same-area']).waitFor();
    await proposal.getByText(nl.help.reasons.kind).waitFor();
    await axe.check(proPage, 'request with proposals');
    await proposal.getByRole('button', { name: fill(nl.help.invite, { name: 'Henk Helpt' }) }).click();
    await proPage.getByText(nl.help.waitingForAnswer).waitFor();

    // Henk sees why he was asked, accepts, and only then sees the address.
    await helperPage.goto(suite.url('/hulp/uitnodigingen'));
    const invitation = helperPage.getByRole('listitem').filter({ hasText: 'Koffie drinken en een praatje' }).first();
    await invitation.getByText(nl.help.reasons['same-area']).waitFor();
    await axe.check(helperPage, 'invitations');
    await invitation.getByRole('button', { name: nl.help.accept }).click();
    await helperPage.getByText(nl.help.accepted).waitFor();
    await helperPage.getByRole('link', { name: 'Koffie drinken en een praatje' }).click();
    await helperPage.getByText('Lindelaan 4').waitFor();
    await helperPage.getByText('Wijkteam Willemijn').waitFor();
    await helperPage.getByText(nl.help.safety.title).waitFor();
    await axe.check(helperPage, 'request with contact');

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
    await axe.check(helperPage, 'time bank');
    axe.expectNone();
  });
});

async function openTimebank(page: Page): Promise<void> {
  await clickMainNav(page, nl.nav.timebank);
  await page.getByRole('heading', { level: 1, name: nl.timebank.title }).waitFor();
}
