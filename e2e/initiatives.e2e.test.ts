import { messages } from '../web/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../server/modules/initiatives/initiatives.deps.ts';
import { createAccount, phone } from './harness.ts';
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
const texts = nl.initiatives;

describe('initiatives, in the browser', () => {
  it('a resident starts an initiative, a neighbour pledges and supports it, and the municipality responds after the threshold', async () => {
    const { server } = suite;
    await importAmstelveen(server);
    const west = await areaIdOf(server, 'BU03620101');
    const initiator = await createAccount(server, { displayName: 'Ilse Initiatief' });
    const neighbour = await createAccount(server, { displayName: 'Sanne Buur' });
    const servant = await createStaffAccount(server, 'civil_servant', 'Anouk Ambtenaar');
    const asServant = await apiAs(server, servant);
    await verifyResidents(asServant, west, [neighbour], 'ID en huurcontract');
    const axe = accessibilityLog();

    // Ilse starts an initiative through the form, then asks for two volunteers.
    const ilse = await openLoggedIn(suite, initiator);
    await clickMainNav(ilse, texts.nav.browse);
    await ilse.getByRole('heading', { level: 1, name: texts.browse.title }).waitFor();
    await axe.check(ilse, 'browse');
    await ilse.getByRole('link', { name: texts.browse.start }).click();
    await ilse.getByRole('heading', { level: 1, name: texts.form.newTitle }).waitFor();
    // An empty form names every missing field at once, in Dutch, before anything is sent.
    await ilse.getByRole('button', { name: texts.form.create }).click();
    const summary = ilse.locator('.ws-error-summary');
    await summary.waitFor();
    for (const field of [texts.form.title, texts.form.summary, texts.form.areas])
      await summary.getByRole('link', { name: new RegExp(field) }).waitFor();
    await summary.getByText(nl.validation.required).first().waitFor();
    await ilse.getByLabel(texts.form.title).fill('Moestuin aan de Keizer Karelweg');
    await ilse
      .getByLabel(texts.form.summary)
      .fill('Samen groente kweken op het braakliggende stuk grond naast de school.');
    await ilse.getByLabel(texts.form.domain).selectOption({ label: texts.domains.green_and_public_space });
    await ilse.getByLabel('Randwijck West').check();
    await axe.check(ilse, 'new initiative');
    await ilse.getByRole('button', { name: texts.form.create }).click();
    await ilse.getByRole('heading', { level: 1, name: 'Moestuin aan de Keizer Karelweg' }).waitFor();
    await ilse.getByText(texts.form.created).waitFor();
    const initiativeId = decodeURIComponent(new URL(ilse.url()).pathname.split('/').pop() ?? '');

    await ilse.getByRole('button', { name: texts.needs.add }).click();
    await ilse.getByLabel(texts.needForm.kind).selectOption({ label: texts.needKinds.volunteers });
    await ilse.getByLabel(texts.needForm.title).fill('Handen bij de aanleg');
    await ilse.getByLabel(texts.needForm.people).fill('2');
    const nextWeek = new Date(Date.now() + 7 * 86_400_000);
    await ilse.getByLabel(texts.needForm.startsAt).fill(`${nextWeek.toISOString().slice(0, 10)}T10:00`);
    await ilse.getByRole('button', { name: texts.needForm.submit }).click();
    const need = ilse
      .getByRole('listitem')
      .filter({ has: ilse.getByRole('heading', { name: 'Handen bij de aanleg' }) });
    await need.getByText(fill(texts.needs.coverage, { pledged: 0, needed: 2, unit: texts.needs.people })).waitFor();
    await axe.check(ilse, 'initiative as organiser');

    // Forty-nine verified neighbours have already supported it (set up through the API).
    for (let i = 0; i < DEFAULT_SETTINGS.supportThreshold - 1; i++) {
      const supporter = await createAccount(server, { displayName: `Buur ${i}` });
      await verifyResidents(asServant, west, [supporter]);
      await (
        await apiAs(server, supporter)
      )('POST', `/initiatives/${initiativeId}/supports`);
    }

    // Sanne, on her phone, finds it by searching, pledges three hours and gives the fiftieth support.
    const sanne = await openLoggedIn(suite, neighbour, phone);
    await sanne.goto(suite.url('/initiatieven'));
    await sanne.getByLabel(texts.browse.q).fill('moestuin');
    await sanne.getByRole('button', { name: nl.common.search }).click();
    await sanne.getByRole('link', { name: 'Moestuin aan de Keizer Karelweg' }).click();
    await sanne.getByRole('heading', { level: 1, name: 'Moestuin aan de Keizer Karelweg' }).waitFor();
    const sannesNeed = sanne
      .getByRole('listitem')
      .filter({ has: sanne.getByRole('heading', { name: 'Handen bij de aanleg' }) });
    await sannesNeed.getByRole('button', { name: fill(texts.pledge.open, { title: 'Handen bij de aanleg' }) }).click();
    await sannesNeed.getByLabel(texts.pledge.hours).fill('3');
    await sannesNeed.getByRole('button', { name: texts.pledge.submit }).click();
    await sanne
      .getByRole('listitem')
      .filter({ has: sanne.getByRole('heading', { name: 'Handen bij de aanleg' }) })
      .getByText(fill(texts.needs.coverage, { pledged: 1, needed: 2, unit: texts.needs.people }))
      .waitFor();
    await sanne.getByText(fill(texts.support.count_other, { count: 49, threshold: 50 })).waitFor();
    await sanne.getByRole('button', { name: texts.support.button }).click();
    await sanne.getByText(fill(texts.support.countReached_other, { count: 50, threshold: 50 })).waitFor();
    await sanne.getByText(texts.responseStates.open, { exact: false }).waitFor();
    await axe.check(sanne, 'initiative on a phone after supporting');

    // Anouk finds it on the municipality's worklist, takes it on for her department and responds.
    const anouk = await openLoggedIn(suite, servant);
    await clickMainNav(anouk, texts.nav.worklist);
    await anouk.getByRole('heading', { level: 1, name: texts.worklist.title }).waitFor();
    await anouk.getByText(texts.worklist.unassigned).waitFor();
    await axe.check(anouk, 'worklist');
    await anouk.getByRole('link', { name: 'Moestuin aan de Keizer Karelweg' }).click();
    await anouk.getByLabel(texts.respond.department, { exact: true }).first().fill('Groen en Wijkbeheer');
    await anouk.getByRole('button', { name: texts.respond.claim }).click();
    await anouk.getByText(fill(texts.respond.claimed, { department: 'Groen en Wijkbeheer' })).waitFor();
    await anouk
      .getByLabel(texts.respond.text, { exact: true })
      .fill('De gemeente stelt de grond twee jaar om niet beschikbaar en regelt de omgevingsvergunning.');
    await axe.check(anouk, 'initiative as civil servant');
    await anouk.getByRole('button', { name: texts.respond.publish }).click();
    await anouk.getByText(texts.responseStates.answered).waitFor();

    // Everyone sees the response on the initiative's page; the department's answer time is public.
    await sanne.reload();
    await sanne.getByText('De gemeente stelt de grond twee jaar om niet beschikbaar', { exact: false }).waitFor();
    const visitor = await suite.open();
    await visitor.goto(suite.url('/initiatieven/reactietijden'));
    const row = visitor.getByRole('row').filter({ hasText: 'Groen en Wijkbeheer' });
    await row.waitFor();
    expect(await row.getByRole('cell').first().textContent()).toBe('1');
    await axe.check(visitor, 'response times');
    axe.expectNone();
  });
});
