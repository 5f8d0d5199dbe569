import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nl from '../web/lib/i18n/nl.json' with { type: 'json' };
import { randomIds, systemClock } from '../server/clock.ts';
import { createAreaImportService } from '../server/modules/areas/area-import.service.ts';
import { createAuditWriter } from '../server/modules/audit/audit.service.ts';
import { AMSTELVEEN_4 } from '../test/support/areas.ts';
import { phonePhotoWithGps } from '../test/support/pictures.ts';
import {
  createAccount,
  formatViolations,
  phone,
  seriousA11yViolations,
  type A11yViolation,
  type E2eServer,
} from './harness.ts';
import { browserSuite, logIn } from './suite.ts';

const suite = browserSuite();
const texts = nl.pictures;
const ALT = 'Buren zetten samen de eerste plantenbakken neer naast de school.';

/** A logged-in API client for what the journey does not show (starting the initiative). */
async function apiAs(server: E2eServer, email: string, password: string) {
  const login = await fetch(`${server.baseUrl}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (path: string, body: unknown) => {
    const response = await fetch(`${server.baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
}

describe('pictures, in the browser', () => {
  it('an organiser adds a photo with alt text (a file that is no picture is refused); a neighbour sees it on a 320 px phone', async () => {
    const { server } = suite;
    await createAreaImportService({
      db: server.db,
      clock: systemClock,
      ids: randomIds,
      audit: createAuditWriter({ clock: systemClock, ids: randomIds }),
    }).importText(readFileSync(AMSTELVEEN_4, 'utf8'), { actorId: null });
    const west = (
      await server.db.selectFrom('areas').select('id').where('code', '=', 'BU03620101').executeTakeFirstOrThrow()
    ).id;
    const organiser = await createAccount(server, { displayName: 'Olga Organisator' });
    const post = await apiAs(server, organiser.email, organiser.password);
    const initiative = await post('/initiatives', {
      title: 'Plantenbakken bij de school',
      summary: 'Samen de stoep voor de school groener maken met plantenbakken.',
      description: 'We zoeken handen en planten.',
      domain: 'green_and_public_space',
      areaIds: [west],
    });
    const violations: A11yViolation[] = [];

    const olga = await suite.open();
    await logIn(olga, suite, organiser.email, organiser.password);
    await olga.goto(suite.url(`/initiatieven/${initiative.id}`));
    await olga.getByRole('heading', { level: 1, name: 'Plantenbakken bij de school' }).waitFor();
    await olga.getByRole('button', { name: texts.upload.open }).first().click();
    const form = olga.locator('form.ws-picture-upload').first();

    // Nothing chosen, nothing described: both are named at once, in Dutch.
    await form.getByRole('button', { name: texts.upload.submit }).click();
    const summary = form.locator('.ws-error-summary');
    await summary.getByRole('link', { name: `${texts.upload.file}: ${texts.upload.chooseFile}` }).waitFor();
    await summary.getByRole('link', { name: `${texts.upload.altText}: ${texts.upload.describe}` }).waitFor();
    await form.getByText(texts.upload.chooseFile).first().waitFor();
    violations.push(...(await seriousA11yViolations(olga, 'upload form with errors')));

    // A text file with a photo's name and type is refused by its content.
    await form.getByLabel(texts.upload.file, { exact: true }).setInputFiles({
      name: 'vakantiefoto.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('Dit is geen foto, alleen tekst met een .jpg-naam.'),
    });
    await form.getByLabel(texts.upload.altText, { exact: true }).fill(ALT);
    await form.getByRole('button', { name: texts.upload.submit }).click();
    await form.getByText(texts.problems['not-an-image']).first().waitFor();

    // A real phone photo (with a GPS location in its EXIF): a preview, then the picture on the page.
    await form.getByLabel(texts.upload.file, { exact: true }).setInputFiles({
      name: 'IMG_2041.jpg',
      mimeType: 'image/jpeg',
      buffer: await phonePhotoWithGps(),
    });
    await form.getByRole('figure').getByRole('img', { name: ALT }).waitFor();
    await form.getByRole('button', { name: texts.upload.submit }).click();
    await form.getByText(texts.upload.done).waitFor();
    const shown = olga.locator('.ws-pictures').getByRole('img', { name: ALT });
    await shown.waitFor();
    expect(await shown.getAttribute('loading')).toBe('lazy');
    expect(await shown.getAttribute('srcset')).toMatch(/\/media\/pictures\/[^ ]+\/400\.jpg 400w, .+\/1200\.jpg 1200w$/);
    expect(await olga.locator('.ws-pictures source[type="image/webp"]').getAttribute('srcset')).toMatch(
      /400\.webp 400w/,
    );
    violations.push(...(await seriousA11yViolations(olga, 'initiative with a picture, as organiser')));

    // A neighbour, not logged in, on a 320 px phone: the picture with its alt text, loaded, no sideways scrolling.
    const neighbour = await suite.open({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await neighbour.goto(suite.url(`/initiatieven/${initiative.id}`));
    const picture = neighbour.getByRole('img', { name: ALT });
    await picture.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        picture.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth),
      )
      .toBeGreaterThan(0);
    const source = await picture.evaluate((img) => (img as HTMLImageElement).currentSrc);
    expect(source).toMatch(/\.webp$/);
    const served = await fetch(source);
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(await neighbour.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await neighbour.getByRole('button', { name: texts.upload.open }).count()).toBe(0);
    violations.push(...(await seriousA11yViolations(neighbour, 'initiative with a picture, 320 px')));

    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('a resident proposes a project for the neighbourhood budget with a picture, on a phone, and sees it on the round', async () => {
    const { server } = suite;
    const wijk = (
      await server.db.selectFrom('areas').select('id').where('code', '=', 'WK036201').executeTakeFirstOrThrow()
    ).id;
    const officer = await createAccount(server, { displayName: 'Budget Bea' });
    await server.db
      .insertInto('role_assignments')
      .values({
        id: randomUUID(),
        account_id: officer.id,
        role: 'civil_servant',
        area_id: null,
        granted_by: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const round = await (
      await apiAs(server, officer.email, officer.password)
    )('/budget-rounds', {
      title: 'Buurtbudget Randwijck',
      description: 'Wat maken we samen mooier?',
      areaIds: [wijk],
      budgetCents: 10_000_00,
      schedule: { proposalsOpenAt: day(-1), reviewOpenAt: day(10), votingOpenAt: day(20), votingCloseAt: day(30) },
      ballot: { type: 'knapsack', maxProjects: null, minProjects: 1, minSpendCents: null },
      counting: { rule: 'greedy', utility: 'cost', completion: 'none', exhaustiveStop: true, tieBreak: ['min-cost'] },
      eligibility: { minimumAge: null },
    });
    const proposer = await createAccount(server, { displayName: 'Pieter Plan' });
    const b = nl.budget;
    const alt = 'De oude schommel in de speeltuin aan de Lindelaan, met afgebladderde verf.';
    const violations: A11yViolation[] = [];

    const page = await suite.open(phone);
    await logIn(page, suite, proposer.email, proposer.password);
    await page.goto(suite.url(`/buurtbudget/${round.id}`));
    await page.getByRole('link', { name: b.proposeLink }).click();
    await page.getByLabel(b.form.title, { exact: true }).fill('Speeltuin opknappen');
    await page.getByLabel(b.form.description).fill('Nieuwe schommels en een zandbak voor de kinderen in de buurt.');
    await page.getByLabel(b.form.cost).fill('6000');
    await page.getByRole('group', { name: texts.proposal.legend }).waitFor();
    await page.getByLabel(/^Foto/).setInputFiles({
      name: 'schommel.jpg',
      mimeType: 'image/jpeg',
      buffer: await phonePhotoWithGps(1200, 900),
    });
    // A picture without a description is not sent.
    await page.getByRole('button', { name: b.form.submit }).click();
    await page
      .locator('.ws-error-summary')
      .getByRole('link', { name: new RegExp(texts.upload.describe.slice(0, 20)) })
      .waitFor();
    await page.getByLabel(/^Wat staat er op de foto\?/).fill(alt);
    violations.push(...(await seriousA11yViolations(page, 'new proposal with a picture')));
    await page.getByRole('button', { name: b.form.submit }).click();
    await page.getByText(b.form.submitted).waitFor();
    const shown = page.getByTestId('proposal-1').getByRole('img', { name: alt });
    await shown.scrollIntoViewIfNeeded();
    await expect
      .poll(() => shown.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    violations.push(...(await seriousA11yViolations(page, 'round with a proposal picture')));
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
