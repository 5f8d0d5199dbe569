import { messages } from '../web/lib/i18n/messages.ts';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../server/modules/demo/demo.seed.ts';
import { demoStepsOf, registry } from '../server/platform/registry.ts';
import { createAccount, phone } from './harness.ts';
import { accessibilityLog, clickMainNav, expectNoSidewaysScroll, fill, openLoggedIn } from './journeys.ts';
import { browserSuite } from './suite.ts';

const { nl } = messages;

const suite = browserSuite();
const m = nl.monitor;
/** Soft hyphens let long Dutch words break on a phone; they are not part of what a reader sees. */
const plain = (text: string | null) =>
  (text ?? '')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** The machine may be busy: pages and their lazy chunks get time to arrive. */
const SETTLE = { timeout: 15_000 };
/** A phone 360 px wide. */
const narrowPhone = { ...phone, viewport: { width: 360, height: 780 } };

interface AreaRow {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
}

async function areas(kind: string): Promise<AreaRow[]> {
  const response = await fetch(suite.url(`/api/v1/areas?kind=${kind}&limit=100`));
  return ((await response.json()) as { items: AreaRow[] }).items;
}

async function heading(page: Page): Promise<string> {
  const h1 = page.locator('h1');
  await h1.waitFor();
  return plain(await h1.textContent());
}

/** Presses Tab until focus is inside `within` (at most `max` times); returns whether it got there. */
async function tabInto(page: Page, within: Locator, max = 60): Promise<boolean> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await within.evaluate((el) => el.contains(document.activeElement))) return true;
  }
  return false;
}

describe('community power (Gemeenschapskracht), in the browser', () => {
  let neighbourhoods: AreaRow[];
  let municipality: AreaRow;

  beforeAll(async () => {
    // Wakkerdam, as on a first start: a year of activity and the monitor's figures, as of today.
    await seedDemoIfEmpty(suite.server.db, new Date(), () => demoStepsOf(registry));
    neighbourhoods = await areas('neighbourhood');
    municipality = (await areas('municipality'))[0]!;
  }, 600_000);

  it('the dashboard shows the index with its breakdown, every figure with its meaning and trend, and survey figures beside them, by keyboard and axe-clean', async () => {
    const axe = accessibilityLog();

    // A civil servant's task first: survey figures for the neighbourhoods, one with too few respondents.
    const admin = await createAccount(suite.server, { displayName: 'Anna Beheerder', administrator: true });
    const adminPage = await openLoggedIn(suite, admin);
    await adminPage.goto(suite.url('/gemeenschapskracht/enquetes-importeren'));
    expect(await heading(adminPage)).toBe(m.import.title);
    await axe.check(adminPage, 'survey import');
    const [small, ...others] = neighbourhoods;
    const csv = [
      'area_code;topic;period;value;unit;respondents',
      `${small!.code};social_cohesion;2025;6,1;score;4`,
      ...others.map(
        (n, i) => `${n.code};social_cohesion;2025;${(5 + (i % 5) * 0.7).toFixed(1).replace('.', ',')};score;${60 + i}`,
      ),
    ].join('\n');
    await adminPage.getByLabel(m.import.source, { exact: true }).fill('Wijkenquête 2025');
    // A wrong line is named in Dutch before anything is sent.
    await adminPage.getByLabel(m.import.csv, { exact: true }).fill(`${csv}\nBU1;loneliness;2025;50;percent;30`);
    await adminPage.getByRole('button', { name: m.import.submit, exact: true }).click();
    await adminPage
      .locator('.ws-error-summary')
      .getByText(fill(m.import.problems.areaCode, { line: neighbourhoods.length + 2 }))
      .waitFor();
    await axe.check(adminPage, 'survey import with a wrong line');
    await adminPage.getByLabel(m.import.csv, { exact: true }).fill(csv);
    await adminPage.getByRole('button', { name: m.import.submit, exact: true }).click();
    await adminPage
      .getByRole('status')
      .getByText(fill(m.import.done_other, { count: neighbourhoods.length, replaced: 0 }))
      .waitFor();

    // Anyone: the municipality's dashboard.
    const page = await suite.open();
    await page.goto(suite.url('/'));
    await clickMainNav(page, m.nav);
    await expect.poll(() => heading(page), SETTLE).toBe(plain(fill(m.dashboard.title, { name: municipality.name })));
    expect(new URL(page.url()).pathname).toBe('/gemeenschapskracht');

    // The index and its full breakdown: value, target, weight, score and contribution of every component.
    const index = page.locator('section[aria-labelledby="monitor-index"]');
    await expect
      .poll(async () => plain(await index.locator('.ws-monitor-index__value').textContent()), SETTLE)
      .toMatch(/^\d+ van 100$/);
    const breakdown = index.getByRole('table', { name: m.index.tableCaption });
    const header = plain(await breakdown.locator('thead').textContent());
    for (const column of [m.index.value, m.index.target, m.index.weight, m.index.score, m.index.contribution])
      expect(header).toContain(column);
    expect(await breakdown.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
    expect(plain(await breakdown.locator('tbody').textContent())).toContain(m.indicators.participation.name);

    // Every figure by theme, with its meaning in words; every chart with a summary and, by keyboard, a table.
    for (const theme of Object.values(m.themes))
      await page.getByRole('heading', { level: 2, name: theme, exact: true }).waitFor();
    const participation = page.locator('article[aria-labelledby="monitor-figure-participation"]');
    await participation.getByText(fill(m.indicators.participation.what, { days: 90 })).waitFor();
    await expect
      .poll(async () => plain(await participation.locator('.ws-monitor-card__value').textContent()), SETTLE)
      .toMatch(/^\d+(,\d)?%$/);
    const indexChart = index.locator('figure.ws-chart');
    expect(plain(await indexChart.locator('.ws-chart__summary').textContent())).toMatch(/^(Gestegen|Gedaald|Gelijk)/);
    const toggle = indexChart.locator('summary');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const trendTable = indexChart.getByRole('table');
    await trendTable.waitFor();
    expect(await trendTable.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('figure.ws-chart').count()).toBeGreaterThanOrEqual(16);

    // Survey figures are labelled as such, and set against a measured figure per neighbourhood: correlation, not cause.
    const survey = page.locator('section[aria-labelledby="monitor-survey"]');
    await survey.getByText(m.survey.intro).waitFor();
    const scatter = survey.locator('figure.ws-chart');
    await scatter.waitFor();
    expect(plain(await scatter.locator('figcaption').textContent())).toContain('samenhang, geen oorzaak');
    expect(plain(await scatter.locator('.ws-chart__summary').textContent())).toContain(m.scatter.notCause);
    await axe.check(page, 'dashboard of the municipality');

    // Another area by keyboard: the picker leads to a neighbourhood's dashboard, where the small survey is not shown.
    await page.getByLabel(m.picker.label, { exact: true }).selectOption(small!.code);
    await page.getByRole('button', { name: m.picker.submit, exact: true }).press('Enter');
    await expect.poll(() => heading(page), SETTLE).toBe(plain(fill(m.dashboard.title, { name: small!.name })));
    await page.getByText(fill(m.survey.suppressed, { count: 10 })).waitFor();
    await axe.check(page, 'dashboard of a neighbourhood');

    // On a phone 360 px wide: nothing scrolls sideways, and axe agrees.
    const phonePage = await suite.open(narrowPhone);
    await phonePage.goto(suite.url('/gemeenschapskracht'));
    await phonePage.locator('.ws-monitor-index__value').waitFor();
    await phonePage.locator('.ws-monitor-survey figure.ws-chart').waitFor();
    await expectNoSidewaysScroll(phonePage, 'dashboard on a phone');
    await axe.check(phonePage, 'dashboard on a phone');

    // The administrator's index weights form.
    await adminPage.goto(suite.url('/gemeenschapskracht/weging'));
    expect(await heading(adminPage)).toBe(m.weights.title);
    const weight = adminPage.getByLabel(fill(m.weights.weightOf, { indicator: m.indicators.turnout.name }), {
      exact: true,
    });
    await weight.fill('2');
    await adminPage.getByRole('button', { name: m.weights.submit, exact: true }).click();
    await adminPage.getByRole('status').getByText(m.weights.saved).waitFor();
    await axe.check(adminPage, 'index weights');

    axe.expectNone();
  }, 240_000);

  it('the map colours every neighbourhood for a chosen indicator, with a legend, keyboard links and a sortable table', async () => {
    const axe = accessibilityLog();
    const page = await suite.open();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(suite.server.baseUrl) && !request.url().startsWith('data:'))
        outside.push(request.url());
    });
    await page.goto(suite.url('/gemeenschapskracht/kaart'));
    expect(await heading(page)).toBe(plain(m.map.title));
    await page.getByLabel(m.map.choose, { exact: true }).selectOption('help_answered');
    await expect.poll(() => new URL(page.url()).searchParams.get('indicator'), SETTLE).toBe('help_answered');
    const map = page.getByRole('group', {
      name: fill(m.map.label, { name: municipality.name, indicator: m.indicators.help_answered.name }),
    });
    await map.waitFor();
    await expect.poll(() => map.getByRole('link').count(), SETTLE).toBe(neighbourhoods.length);
    // Each neighbourhood is named with its value, never by colour alone.
    const first = map.getByRole('link').first();
    expect(await first.getAttribute('aria-label')).toMatch(
      new RegExp(`${m.indicators.help_answered.name} (\\d+(,\\d)?%|minder dan)`),
    );
    await page.locator('.ws-legend').getByText(m.higherIsBetter, { exact: false }).waitFor();
    expect(await page.locator('.ws-legend__item').count()).toBeGreaterThanOrEqual(2);

    // The comparison: sortable by each column, by keyboard.
    const table = page.getByRole('table', {
      name: fill(m.compare.caption, { indicator: m.indicators.help_answered.name }),
    });
    expect(await table.locator('tbody tr').count()).toBe(neighbourhoods.length);
    const byName = table.getByRole('button', { name: m.compare.area });
    await byName.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => table.locator('th[aria-sort="ascending"]').count(), SETTLE).toBe(1);
    const names = await table.locator('tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await axe.check(page, 'map');

    // Tab reaches the neighbourhoods on the map; Enter opens that neighbourhood's figures.
    await page.getByLabel(m.map.choose, { exact: true }).focus();
    expect(await tabInto(page, map)).toBe(true);
    const focusedName = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => heading(page), SETTLE)
      .toBe(plain(fill(m.dashboard.title, { name: focusedName.split(':')[0]! })));
    expect(outside).toEqual([]);

    // On a phone.
    const phonePage = await suite.open(narrowPhone);
    await phonePage.goto(suite.url('/gemeenschapskracht/kaart?indicator=members_per_1000'));
    await phonePage.locator('.ws-choropleth').waitFor();
    await expectNoSidewaysScroll(phonePage, 'map on a phone');
    await axe.check(phonePage, 'map on a phone');

    axe.expectNone();
  });

  it('the network picture shows residents by neighbourhood, initiatives and organisations, with a table of every tie', async () => {
    const axe = accessibilityLog();
    const page = await suite.open();
    await page.goto(suite.url(`/gemeenschapskracht/${municipality.code}`));
    await page
      .getByRole('link', { name: fill(m.dashboard.networkLink, { name: municipality.name }) })
      .first()
      .click();
    await expect.poll(() => heading(page), SETTLE).toBe(fill(m.network.title, { name: municipality.name }));
    const figure = page.locator('figure.ws-chart--network');
    await figure.locator('svg .ws-network__node').first().waitFor();
    expect(await figure.locator('svg circle.ws-network__node').count()).toBeGreaterThan(0);
    expect(plain(await figure.locator('.ws-chart__summary').textContent())).toMatch(/Groepen bewoners: \d+/);
    await figure.locator('summary').focus();
    await page.keyboard.press('Enter');
    const table = figure.getByRole('table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
    // No resident appears as a person: every residents' row is a neighbourhood.
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.children[0]?.textContent ?? '', tr.children[1]?.textContent ?? '']));
    const residentGroups = rows.filter(([, kind]) => kind === m.network.kindNames.residents).map(([name]) => name);
    expect(residentGroups.length).toBeGreaterThan(0);
    const neighbourhoodNames = new Set(neighbourhoods.map((n) => n.name));
    for (const name of residentGroups) expect(neighbourhoodNames).toContain(name);
    await axe.check(page, 'network');

    const phonePage = await suite.open(narrowPhone);
    await phonePage.goto(suite.url(`/gemeenschapskracht/${municipality.code}/netwerk`));
    await phonePage.locator('figure.ws-chart--network svg').waitFor();
    await expectNoSidewaysScroll(phonePage, 'network on a phone');
    await axe.check(phonePage, 'network on a phone');

    axe.expectNone();
  });

  it('the neighbourhood page tells what is happening there and its community power, with the way to the dashboard', async () => {
    const axe = accessibilityLog();
    const area = neighbourhoods.find((n) => n.name === 'Sluiskwartier') ?? neighbourhoods[1]!;
    const page = await suite.open();
    await page.goto(suite.url(`/gebieden/${area.code}`));
    expect(await heading(page)).toBe(area.name);
    const happenings = page.locator('section[aria-labelledby="area-happenings"]');
    await happenings.getByRole('heading', { name: fill(m.area.happeningsTitle, { name: area.name }) }).waitFor();
    await expect.poll(() => happenings.locator('.ws-activity__item').count(), SETTLE).toBeGreaterThan(0);
    await happenings.getByRole('heading', { name: m.area.initiatives, exact: true }).waitFor();
    await happenings.getByRole('heading', { name: m.area.rounds, exact: true }).waitFor();
    const community = page.locator('section[aria-labelledby="area-community"]');
    await community.locator('figure.ws-chart').waitFor();
    expect(plain(await community.locator('dl').textContent())).toMatch(/\d+ van 100/);
    await axe.check(page, 'neighbourhood page');

    // More activity, then on to the full dashboard, by keyboard.
    const more = happenings.getByRole('button', { name: nl.common.loadMore });
    if (await more.isVisible()) {
      const before = await happenings.locator('.ws-activity__item').count();
      await more.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => happenings.locator('.ws-activity__item').count(), SETTLE).toBeGreaterThan(before);
    }
    const link = community.getByRole('link', { name: fill(m.area.dashboardLink, { name: area.name }) });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page), SETTLE).toBe(plain(fill(m.dashboard.title, { name: area.name })));

    const phonePage = await suite.open(narrowPhone);
    await phonePage.goto(suite.url(`/gebieden/${area.code}`));
    await phonePage.locator('section[aria-labelledby="area-community"] figure.ws-chart').waitFor();
    await expectNoSidewaysScroll(phonePage, 'neighbourhood page on a phone');
    await axe.check(phonePage, 'neighbourhood page on a phone');

    axe.expectNone();
  });
});
