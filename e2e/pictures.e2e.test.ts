import { messages } from '../web/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { phonePhotoWithGps } from '../test/support/pictures.ts';
import { createAccount, phone } from './harness.ts';
import {
  accessibilityLog,
  apiAs,
  areaIdOf,
  createStaffAccount,
  expectNoSidewaysScroll,
  importAmstelveen,
  narrowPhone,
  openBudgetRound,
  openLoggedIn,
  startInitiative,
} from './journeys.ts';
import { browserSuite } from './suite.ts';

const { nl } = messages;

const suite = browserSuite();
const texts = nl.pictures;
const ALT = 'Buren zetten samen de eerste plantenbakken neer naast de school.';

describe('pictures, in the browser', () => {
  it('an organiser adds a photo with alt text (a file that is no picture is refused); a neighbour sees it on a 320 px phone', async () => {
    const { server } = suite;
    await importAmstelveen(server);
    const west = await areaIdOf(server, 'BU03620101');
    const organiser = await createAccount(server, { displayName: 'Olga Organisator' });
    const initiative = await startInitiative(await apiAs(server, organiser), {
      title: 'Plantenbakken bij de school',
      summary: 'Samen de stoep voor de school groener maken met plantenbakken.',
      description: 'We zoeken handen en planten.',
      areaIds: [west],
    });
    const axe = accessibilityLog();

    const olga = await openLoggedIn(suite, organiser);
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
    await axe.check(olga, 'upload form with errors');

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
    await axe.check(olga, 'initiative with a picture, as organiser');

    // A neighbour, not logged in, on a 320 px phone: the picture with its alt text, loaded, no sideways scrolling.
    const neighbour = await suite.open(narrowPhone);
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
    await expectNoSidewaysScroll(neighbour, 'initiative with a picture, 320 px');
    expect(await neighbour.getByRole('button', { name: texts.upload.open }).count()).toBe(0);
    await axe.check(neighbour, 'initiative with a picture, 320 px');

    axe.expectNone();
  });

  it('a resident proposes a project for the neighbourhood budget with a picture, on a phone, and sees it on the round', async () => {
    const { server } = suite;
    // The areas came with the first journey; the round's proposals opened yesterday.
    const officer = await createStaffAccount(server, 'civil_servant', 'Budget Bea');
    const round = await openBudgetRound(await apiAs(server, officer), {
      areaIds: [await areaIdOf(server, 'WK036201')],
      proposalsOpenInDays: -1,
    });
    const proposer = await createAccount(server, { displayName: 'Pieter Plan' });
    const b = nl.budget;
    const alt = 'De oude schommel in de speeltuin aan de Lindelaan, met afgebladderde verf.';
    const axe = accessibilityLog();

    const page = await openLoggedIn(suite, proposer, phone);
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
    await axe.check(page, 'new proposal with a picture');
    await page.getByRole('button', { name: b.form.submit }).click();
    await page.getByText(b.form.submitted).waitFor();
    const shown = page.getByTestId('proposal-1').getByRole('img', { name: alt });
    await shown.scrollIntoViewIfNeeded();
    await expect
      .poll(() => shown.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    await expectNoSidewaysScroll(page, 'round with a proposal picture');
    await axe.check(page, 'round with a proposal picture');
    axe.expectNone();
  });
});
