import { messages } from '../web/lib/i18n/messages.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAccount, phone } from './harness.ts';
import {
  accessibilityLog,
  apiAs,
  areaIdOf,
  clickMainNav,
  createStaffAccount,
  fill,
  importAmstelveen,
  logOut,
  openLoggedIn,
  verifyResidents,
} from './journeys.ts';
import { browserSuite, logIn } from './suite.ts';

const { nl } = messages;

const suite = browserSuite();
const b = nl.budget;

async function officerAction(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  // Starting a phase early cannot be undone, so the panel asks first.
  await page.getByRole('button', { name: b.officer.confirmYes }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /gestart/ })
    .waitFor();
}

describe('neighbourhood budget, in the browser', () => {
  it('propose, review, vote with a knapsack ballot on a phone, close, and see the result explained', async () => {
    const { server } = suite;
    await importAmstelveen(server);
    const west = await areaIdOf(server, 'BU03620101');
    const officer = await createStaffAccount(server, 'civil_servant', 'Budget Bea');
    const proposer = await createAccount(server, { displayName: 'Pieter Plan' });
    const voter = await createAccount(server, { displayName: 'Vera Stem' });
    const neighbours = [await createAccount(server), await createAccount(server)];
    const asOfficer = await apiAs(server, officer);
    // The desk work: the voters are verified in person for Randwijck West.
    await verifyResidents(asOfficer, west, [voter, ...neighbours], 'ID');
    const axe = accessibilityLog();

    // The officer opens a round for the wijk Randwijck: €10,000, knapsack, counted greedily.
    const officerPage = await openLoggedIn(suite, officer);
    await clickMainNav(officerPage, nl.nav.budget);
    await officerPage.getByRole('link', { name: b.newRoundLink }).click();
    await officerPage.getByLabel(b.round.title, { exact: true }).fill('Buurtbudget Randwijck');
    await officerPage.getByRole('checkbox', { name: /WK036201/ }).check();
    await officerPage.getByLabel(b.round.budget).fill('10000');
    await officerPage.getByLabel(b.round.rule, { exact: true }).selectOption({ label: b.rule.greedy });
    await axe.check(officerPage, 'new round');
    await officerPage.getByRole('button', { name: b.round.submit }).click();
    await officerPage.getByRole('heading', { level: 1, name: 'Buurtbudget Randwijck' }).waitFor();
    const roundId = officerPage.url().split('/').pop() ?? '';

    // A resident proposes a playground; two more proposals come in through the API.
    const proposerPage = await openLoggedIn(suite, proposer);
    await proposerPage.goto(suite.url(`/buurtbudget/${roundId}`));
    await proposerPage.getByRole('link', { name: b.proposeLink }).click();
    await proposerPage.getByLabel(b.form.title, { exact: true }).fill('Speeltuin opknappen');
    await proposerPage
      .getByLabel(b.form.description)
      .fill('Nieuwe schommels en een zandbak voor de kinderen in de buurt.');
    await proposerPage.getByLabel(b.form.cost).fill('6000');
    await proposerPage.getByLabel(b.form.location).fill('Speeltuin Lindelaan');
    await axe.check(proposerPage, 'new proposal');
    await proposerPage.getByRole('button', { name: b.form.submit }).click();
    await proposerPage.getByText(b.form.submitted).waitFor();
    await proposerPage.getByTestId('proposal-1').getByText(b.proposal.mine).waitFor();
    const asProposer = await apiAs(server, proposer);
    for (const [title, euros] of [
      ['Bankjes in het park', 5000],
      ['Buurtmoestuin', 3000],
    ] as const) {
      await asProposer('POST', `/budget-rounds/${roundId}/proposals`, {
        title,
        description: 'Een voorstel voor de hele buurt.',
        estimatedCostCents: euros * 100,
        areaId: west,
      });
    }

    // Review: the officer starts the review phase and accepts all three with a published reason.
    await officerPage.reload();
    await officerAction(officerPage, fill(b.officer.startPhase, { phase: b.phase.review }));
    for (const code of ['1', '2', '3']) {
      const card = officerPage.getByTestId(`proposal-${code}`);
      await card.getByText(b.review.open).click();
      await card.getByLabel(b.review.reason).fill('Haalbaar; de kosten kloppen.');
      await card.getByRole('button', { name: b.review.submit }).click();
      await card.getByText(b.proposal.status.accepted, { exact: true }).waitFor();
    }
    await axe.check(officerPage, 'review');
    await officerAction(officerPage, fill(b.officer.startPhase, { phase: b.phase.voting }));

    // Two neighbours vote through the API: {playground} and {benches, garden}.
    const projects = (await (
      await fetch(suite.url(`/api/v1/budget-rounds/${roundId}/proposals?status=accepted`))
    ).json()) as { items: Array<{ id: string; code: string }> };
    const idOf = (code: string) => projects.items.find((p) => p.code === code)?.id ?? '';
    for (const [index, choice] of [[idOf('1')], [idOf('2'), idOf('3')]].entries()) {
      const neighbour = neighbours[index]!;
      await (
        await apiAs(server, neighbour)
      )('POST', `/budget-rounds/${roundId}/ballots`, { projectIds: choice });
    }

    // Vera votes on her phone: the remaining budget follows every tick, an over-budget choice is refused.
    const voterPage = await openLoggedIn(suite, voter, phone);
    await voterPage.goto(suite.url(`/buurtbudget/${roundId}`));
    await voterPage.getByRole('link', { name: b.voteLink }).click();
    const status = voterPage.getByTestId('ballot-status');
    await status.filter({ hasText: fill(b.ballot.left, { left: '€ 10.000', budget: '€ 10.000' }) }).waitFor();
    await voterPage.getByRole('checkbox', { name: /Speeltuin opknappen/ }).check();
    await status.filter({ hasText: fill(b.ballot.left, { left: '€ 4.000', budget: '€ 10.000' }) }).waitFor();
    await voterPage.getByRole('checkbox', { name: /Bankjes in het park/ }).check();
    await status.filter({ hasText: fill(b.ballot.over, { over: '€ 1.000', budget: '€ 10.000' }) }).waitFor();
    await voterPage.getByRole('button', { name: b.ballot.submit }).click();
    await voterPage.getByRole('link', { name: /€ 11.000/ }).waitFor();
    // By keyboard: untick the benches, tick the garden.
    await voterPage.getByRole('checkbox', { name: /Bankjes in het park/ }).focus();
    await voterPage.keyboard.press('Space');
    await voterPage.keyboard.press('Tab');
    await voterPage.keyboard.press('Space');
    await status.filter({ hasText: fill(b.ballot.left, { left: '€ 1.000', budget: '€ 10.000' }) }).waitFor();
    await axe.check(voterPage, 'ballot on a phone');
    await voterPage.getByRole('button', { name: b.ballot.submit }).click();
    await voterPage.getByText(b.ballot.cast).waitFor();
    const token = (await voterPage.getByTestId('ballot-token').textContent()) ?? '';
    // Kept in this browser for Vera's account only (web/lib/personal-storage.ts).
    const personal = () =>
      voterPage.evaluate(() =>
        Object.entries(localStorage).filter(
          ([key]) => key.startsWith('wakkere-stad.personal.') || key.startsWith('ws-'),
        ),
      );
    expect(await personal()).toEqual([[`wakkere-stad.personal.${voter.id}.ballot-token.${roundId}`, token]]);
    await voterPage.getByTestId('my-ballot').getByText('Buurtmoestuin').waitFor();

    // Coming back later, the browser's token shows the ballot again.
    await voterPage.reload();
    await voterPage.getByTestId('my-ballot').getByText('Speeltuin opknappen').waitFor();

    // A shared computer: after Vera logs out nothing of her ballot stays in the browser, and the
    // neighbour who logs in next sees neither her code nor her choices.
    await logOut(voterPage);
    expect(await personal()).toEqual([]);
    await logIn(voterPage, suite, neighbours[0]!.email, neighbours[0]!.password);
    await voterPage.goto(suite.url(`/buurtbudget/${roundId}/stemmen`));
    await voterPage.getByRole('heading', { name: b.ballot.votedTitle }).waitFor();
    expect(await voterPage.getByTestId('my-ballot').count()).toBe(0);
    expect(await voterPage.getByText('Buurtmoestuin').count()).toBe(0);
    await logOut(voterPage);

    // Vera, back later, types the code she wrote down and sees her ballot again.
    await logIn(voterPage, suite, voter.email, voter.password);
    await voterPage.goto(suite.url(`/buurtbudget/${roundId}/stemmen`));
    await voterPage.getByLabel(b.ballot.tokenLabel, { exact: true }).fill(token);
    await voterPage.getByRole('button', { name: b.ballot.tokenSubmit }).click();
    await voterPage.getByTestId('my-ballot').getByText('Speeltuin opknappen').waitFor();

    // The officer closes voting; the count runs in the background and the result explains itself.
    await officerPage.reload();
    await officerPage.getByRole('button', { name: b.officer.closeVoting }).click();
    // Closing early cannot be undone: the panel asks first and says what will happen.
    await officerPage.getByRole('heading', { name: b.officer.confirmTitle }).waitFor();
    await officerPage.getByRole('button', { name: b.officer.confirmYes }).click();
    await officerPage
      .getByRole('status')
      .filter({ hasText: /gestart/ })
      .waitFor();
    await officerPage.getByRole('link', { name: b.resultsLink }).click();
    await officerPage.getByTestId('funded-projects').waitFor({ timeout: 30_000 });
    const funded = await officerPage.getByTestId('funded-projects').getByRole('listitem').allTextContents();
    // Playground and garden tie on two votes; the round's first tie-break, lowest cost, funds the garden first.
    expect(funded).toEqual(['Buurtmoestuin', 'Speeltuin opknappen']);
    await officerPage
      .getByTestId('outcome-3')
      .getByText(fill(b.results.wonTie, { others: 'Speeltuin opknappen', rules: b.tieBreak['min-cost'] }))
      .waitFor();
    await officerPage.getByTestId('result-summary').filter({ hasText: '€ 9.000' }).waitFor();
    const benches = officerPage.getByTestId('outcome-2');
    await benches.getByText(fill(b.decision.didNotFit, { step: '3', cost: '€ 5.000', left: '€ 1.000' })).waitFor();
    await benches.getByText(b.results.notFunded).waitFor();
    await officerPage.getByTestId('recount-command').filter({ hasText: '--rule greedy' }).waitFor();
    await axe.check(officerPage, 'results');

    // Anyone can download the audit file and recount it.
    const download = officerPage.waitForEvent('download');
    await officerPage.getByRole('button', { name: b.audit.pabulib }).click();
    expect((await download).suggestedFilename()).toBe(`budget-round-${roundId}.pb`);

    // After the close Vera's ballot is final.
    await voterPage.reload();
    await voterPage.getByText(b.ballot.final).waitFor();
    expect(await voterPage.getByRole('button', { name: b.ballot.change }).count()).toBe(0);

    axe.expectNone();
  });
});
