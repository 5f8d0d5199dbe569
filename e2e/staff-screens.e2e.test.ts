import { messages } from '../web/lib/i18n/messages.ts';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount, desktop } from './harness.ts';
import {
  accessibilityLog,
  apiAs,
  areaIdOf,
  createStaffAccount,
  expectNoSidewaysScroll,
  fill,
  importAmstelveen,
  narrowPhone,
  openLoggedIn,
  startInitiative,
} from './journeys.ts';
import { browserSuite } from './suite.ts';

const { nl } = messages;

// The staff screens that were prototypes (issue 13): the area checklist, the audit log in words,
// the moderation queue with the reported content, the roles page searched page by page, and the
// matching score explained — each on a desktop and on a 320 px phone, with axe on every page.
const suite = browserSuite();
const viewports = [
  ['desktop', desktop],
  ['320 px phone', narrowPhone],
] as const;

/** A text with {{count}} as a pattern matching any count above one. */
const withCount = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{\\{count\\}\\}', '([2-9]|\\d{2,})')}$`);

let west: string;
beforeAll(async () => {
  await importAmstelveen(suite.server);
  west = await areaIdOf(suite.server, 'BU03620101');
});

describe('staff screens, in the browser', () => {
  it.each(viewports)(
    'the area checklist: grouped by district, searchable, counted, with large targets (%s)',
    async (_name, viewport) => {
      const helper = await createAccount(suite.server, { displayName: 'Hanna Helpt' });
      const axe = accessibilityLog();
      const page = await openLoggedIn(suite, helper, viewport);
      await page.goto(suite.url('/hulp/aanbod'));
      await page.getByRole('heading', { level: 1, name: nl.help.offer.title }).waitFor();

      const checklist = page.getByRole('group', { name: nl.help.offer.areas, exact: true });
      const status = checklist.getByRole('status');
      await status.filter({ hasText: fill(nl.areaChecklist.chosenMax_other, { count: 0, max: 20 }) }).waitFor();
      // One group per district, each with its neighbourhoods.
      const randwijck = checklist.getByRole('group', { name: /^Randwijck/ });
      await randwijck.getByRole('checkbox', { name: 'Randwijck West' }).waitFor();
      await randwijck.getByRole('checkbox', { name: 'Randwijck Oost' }).waitFor();

      // The search narrows the list and says how many match.
      await checklist.getByLabel(nl.areaChecklist.search).fill('oost');
      // Enter in the search field narrows the list; it does not send the offer.
      await checklist.getByLabel(nl.areaChecklist.search).press('Enter');
      await page.waitForTimeout(300);
      expect(await page.locator('.ws-error-summary').count()).toBe(0);
      await status.filter({ hasText: fill(nl.areaChecklist.matching_one, { count: 1 }) }).waitFor();
      expect(await checklist.getByRole('checkbox').count()).toBe(1);
      await checklist.getByLabel(nl.areaChecklist.search).fill('');

      // "All in this district" chooses both; the count follows.
      await randwijck
        .getByRole('button', { name: fill(nl.areaChecklist.allIn, { count: 2, name: 'Randwijck' }) })
        .click();
      await status.filter({ hasText: fill(nl.areaChecklist.chosenMax_other, { count: 2, max: 20 }) }).waitFor();
      expect(await randwijck.getByRole('checkbox', { name: 'Randwijck West' }).isChecked()).toBe(true);

      // Every option is a target of at least 44 px high, the label included.
      const heights = await checklist
        .locator('.ws-area-checklist__option')
        .evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
      // A click on the label (not the box) toggles too.
      await checklist.getByText('Randwijck Oost', { exact: true }).click();
      await status.filter({ hasText: fill(nl.areaChecklist.chosenMax_one, { count: 1, max: 20 }) }).waitFor();

      await expectNoSidewaysScroll(page, 'offer page');
      await axe.check(page, 'offer page');

      await page.getByLabel(nl.help.kinds.company).check();
      await page.getByRole('button', { name: nl.help.offer.submit }).click();
      await page.getByText(fill(nl.help.offer.perWeek, { count: 2 })).waitFor();
      axe.expectNone();
    },
  );

  it.each(viewports)('the audit log reads as words, with names and Dutch dates (%s)', async (_name, viewport) => {
    const admin = await createAccount(suite.server, { displayName: 'Beheerder Bea', administrator: true });
    const resident = await createAccount(suite.server, { displayName: 'Ruud Rolhouder' });
    const asAdmin = await apiAs(suite.server, admin);
    await asAdmin('POST', `/accounts/${resident.id}/roles`, { role: 'civil_servant', areaId: west });

    const axe = accessibilityLog();
    const page = await openLoggedIn(suite, admin, viewport);
    await page.goto(suite.url(`/beheer/auditlog?subjectId=${resident.id}`));
    await page.getByRole('heading', { level: 1, name: nl.audit.title }).waitFor();
    const row = page.getByRole('row').filter({ hasText: nl.audit.actions.role.granted });
    await row.waitFor();
    const you = nl.common.you.charAt(0).toUpperCase() + nl.common.you.slice(1);
    await row.getByText(`${you} (Beheerder Bea)`).waitFor();
    await row.getByRole('link', { name: 'Ruud Rolhouder' }).waitFor();
    await row.getByText(`${nl.audit.area}: Randwijck West`).waitFor();
    // The filter that came with the link is shown by name; no field asks for an id.
    const filters = page.getByRole('region', { name: nl.audit.filtersTitle });
    await filters.getByText('Ruud Rolhouder', { exact: true }).waitFor();
    expect(await page.getByLabel(nl.audit.subjectId).count()).toBe(0);
    // The date in Dutch words; the ids and codes only under "technical details", closed.
    const months = /januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december/;
    expect(await row.locator('time').textContent()).toMatch(months);
    expect(await row.getByText(resident.id).isVisible()).toBe(false);
    expect(await row.getByText('role.granted', { exact: true }).isVisible()).toBe(false);

    // The action filter offers actions by their words.
    await page.getByLabel(nl.audit.action).selectOption({ label: nl.audit.actions.role.granted });
    await page.getByRole('button', { name: nl.audit.apply }).click();
    await page.waitForURL(/action=role\.granted/);
    await row.waitFor();
    await expectNoSidewaysScroll(page, 'audit log');
    await axe.check(page, 'audit log');
    axe.expectNone();
  });

  it.each(viewports)(
    'the moderation queue shows the reported content, who reported it and why (%s)',
    async (_name, viewport) => {
      const author = await createAccount(suite.server, { displayName: 'Auteur Aad' });
      const reporter = await createAccount(suite.server, { displayName: 'Melder Mira' });
      const moderator = await createStaffAccount(suite.server, 'civil_servant', 'Moderator Mo');
      const asAuthor = await apiAs(suite.server, author);
      const title = `Barbecue met reclame ${randomUUID().slice(0, 6)}`;
      const initiative = await startInitiative(asAuthor, {
        title,
        summary: 'Koop uw vlees bij slagerij De Beste, de beste van Amstelveen.',
        description: 'Zaterdag op het plein.',
        areaIds: [west],
      });
      const asReporter = await apiAs(suite.server, reporter);
      await asReporter('POST', '/content-reports', {
        subjectType: 'initiative',
        subjectId: initiative.id,
        reason: 'spam',
        explanation: 'Dit is reclame.',
      });

      const axe = accessibilityLog();
      const page = await openLoggedIn(suite, moderator, viewport);
      await page.goto(suite.url('/gemeente/moderatie'));
      await page.getByRole('heading', { level: 1, name: nl.initiatives.moderationQueue.title }).waitFor();
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(title) }) });
      await card.getByText('Koop uw vlees bij slagerij De Beste', { exact: false }).waitFor();
      await card.getByText(nl.initiatives.report.reasons.spam, { exact: false }).waitFor();
      await card.getByText('Dit is reclame.', { exact: false }).waitFor();
      await card.getByText('Melder Mira', { exact: false }).waitFor();
      expect(await card.getByText(String(initiative.id)).count()).toBe(0);
      await expectNoSidewaysScroll(page, 'moderation queue');
      await axe.check(page, 'moderation queue');
      await card.getByRole('link', { name: fill(nl.initiatives.moderationQueue.open, { title }) }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      axe.expectNone();
    },
  );

  it('the roles page searches accounts by name, a page at a time', async () => {
    const admin = await createAccount(suite.server, { displayName: 'Rollenbeheerder Rik', administrator: true });
    for (let i = 1; i <= 23; i += 1)
      await createAccount(suite.server, { displayName: `Zoekbaar ${String(i).padStart(2, '0')}` });
    const axe = accessibilityLog();
    const page = await openLoggedIn(suite, admin, narrowPhone);
    await page.goto(suite.url('/beheer/rollen'));
    await page.getByLabel(nl.adminRoles.query).fill('zoekbaar');
    await page.getByRole('button', { name: nl.common.search }).click();
    await page.waitForURL(/q=zoekbaar/);
    const cards = page.locator('.ws-card-list > li');
    // In order of name, so the first page is 01 to 20.
    await cards.first().getByRole('heading', { name: 'Zoekbaar 01' }).waitFor();
    await page.getByText(fill(nl.adminRoles.resultsMore, { count: 20 })).waitFor();
    expect(await cards.count()).toBe(20);
    await page.getByRole('button', { name: nl.common.loadMore }).click();
    await page.getByText(fill(nl.adminRoles.results_other, { count: 23 })).waitFor();
    expect(await cards.last().getByRole('heading').textContent()).toBe('Zoekbaar 23');
    await expectNoSidewaysScroll(page, 'roles page');
    await axe.check(page, 'roles page');
    axe.expectNone();
  });

  it.each(viewports)('matching explains its points and who was left out (%s)', async (name, viewport) => {
    // Other runs leave their helpers behind: this run's helpers offer a kind of help of its own.
    const kind = name === 'desktop' ? 'company' : 'digital';
    const other = name === 'desktop' ? 'odd_jobs' : 'paperwork';
    const asker = await createAccount(suite.server, { displayName: 'Vraagster Vera' });
    const gijs = `Gezellige Gijs ${name}`;
    const helpers = await Promise.all(
      [gijs, 'Klusser Kees', 'Boodschapper Bo'].map((displayName) => createAccount(suite.server, { displayName })),
    );
    for (const [index, helper] of helpers.entries()) {
      const asHelper = await apiAs(suite.server, helper);
      await asHelper('POST', '/help-offers', {
        kinds: [index === 0 ? kind : other],
        areaIds: [west],
        availability: [],
        maxPerWeek: 2,
      });
    }
    const asAsker = await apiAs(suite.server, asker);
    const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const request = await asAsker('POST', '/help-requests', {
      kind,
      title: 'Samen een kopje koffie',
      areaId: west,
      when: { schedule: 'once', date },
    });

    const axe = accessibilityLog();
    const page = await openLoggedIn(suite, asker, viewport);
    await page.goto(suite.url(`/hulp/vragen/${String(request.id)}`));
    await page.getByRole('heading', { level: 1, name: 'Samen een kopje koffie' }).waitFor();
    const proposal = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: gijs }) });
    await proposal.getByText(/^\d+ punten$/).waitFor();
    await proposal.getByText(`+40 ${nl.help.reasons['same-area']}`).waitFor();
    await proposal.getByText(`+30 ${nl.help.reasons.kind}`).waitFor();
    await page.getByText(nl.help.matching.howTitle).click();
    await page.getByText(nl.help.matching.how).waitFor();
    // Other journeys leave offers behind too, so the counts are at least this run's two.
    await page.getByText(withCount(nl.help.matching.notProposedLead_other)).waitFor();
    await page.getByText(withCount(nl.help.matching.left['kind-not-offered_other'])).waitFor();
    expect(await page.getByText(/×/).count()).toBe(0);
    await expectNoSidewaysScroll(page, 'request with proposals');
    await axe.check(page, 'request with proposals');
    axe.expectNone();
  });
});
