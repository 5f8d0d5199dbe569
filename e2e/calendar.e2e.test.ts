import { messages } from '../web/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { createAccount } from './harness.ts';
import {
  apiAs,
  areaIdOf,
  createStaffAccount,
  expectAccessible,
  expectNoSidewaysScroll,
  fill,
  importAmstelveen,
  narrowPhone,
  openBudgetRound,
  openLoggedIn,
  startInitiative,
} from './journeys.ts';
import { browserSuite } from './suite.ts';

const { nl } = messages;

const suite = browserSuite();
const texts = nl.calendar;

/** The Amsterdam month (YYYY-MM) of a moment, as the agenda's ?maand= takes it. */
const monthOf = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' }).format(at);

describe('the neighbourhood calendar and following, in the browser', () => {
  it('a visitor reads the agenda and subscribes; a resident on a 320 px phone follows an initiative and reads its news', async () => {
    const { server } = suite;
    await importAmstelveen(server);
    const west = await server.db
      .selectFrom('areas')
      .select(['id', 'name'])
      .where('code', '=', 'BU03620101')
      .executeTakeFirstOrThrow();

    const organiser = await createAccount(server, { displayName: 'Olga Organisator' });
    const asOrganiser = await apiAs(server, organiser);
    const initiative = await startInitiative(asOrganiser, {
      title: 'Moestuin aan de Keizer Karelweg',
      summary: 'Samen groente kweken op het braakliggende stuk grond naast de school.',
      description: 'We zoeken handen, zaden en een plek voor de schuur.',
      areaIds: [west.id],
    });
    const startsAt = new Date(Date.now() + 3 * 60 * 60 * 1000);
    await asOrganiser('POST', `/initiatives/${initiative.id}/activities`, {
      title: 'Plantmiddag',
      place: 'Hoek Keizer Karelweg',
      capacity: 12,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000).toISOString(),
    });
    const called = await asOrganiser<{ id: string }>('POST', `/initiatives/${initiative.id}/activities`, {
      title: 'Zaaiochtend',
      place: 'Schuur',
      capacity: 5,
      startsAt: new Date(startsAt.getTime() + 30 * 60 * 1000).toISOString(),
    });
    await asOrganiser('PATCH', `/initiatives/${initiative.id}/activities/${called.id}`, { cancelled: true });

    // A budget round for the district, by a civil servant; proposals open tomorrow.
    const servant = await createStaffAccount(server, 'civil_servant', 'Anouk Ambtenaar');
    const round = await openBudgetRound(await apiAs(server, servant), {
      areaIds: [await areaIdOf(server, 'WK036201')],
      proposalsOpenInDays: 1,
    });

    // A visitor, not logged in: from the neighbourhood's page to its agenda.
    const visitor = await suite.open();
    await visitor.goto(suite.url('/gebieden/BU03620101'));
    await visitor.getByRole('link', { name: fill(texts.areaLink, { name: west.name }) }).click();
    await visitor.getByRole('heading', { level: 1, name: fill(texts.agenda.title, { name: west.name }) }).waitFor();
    if (monthOf(startsAt) !== monthOf(new Date()))
      await visitor.goto(suite.url(`/gebieden/BU03620101/agenda?maand=${monthOf(startsAt)}`));
    await visitor.getByText('Plantmiddag', { exact: true }).waitFor();
    const day = new Intl.DateTimeFormat('nl-NL', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(startsAt);
    await visitor.getByRole('heading', { level: 3, name: day }).waitFor();
    await visitor.getByText(texts.agenda.cancelled, { exact: true }).waitFor();
    await visitor.getByRole('link', { name: 'Moestuin aan de Keizer Karelweg' }).first().waitFor();
    await expectAccessible(visitor, 'agenda');

    // Subscribing: a webcal:// link for the calendar app and the https address to paste.
    const webcal = await visitor.getByRole('link', { name: texts.subscribe.webcal }).getAttribute('href');
    expect(webcal).toMatch(/^webcal:\/\/127\.0\.0\.1:\d+\/api\/v1\/areas\/BU03620101\/calendar\.ics$/);
    const https = await visitor.getByRole('link', { name: texts.subscribe.https }).getAttribute('href');
    const feed = await visitor.evaluate(async (url) => {
      const response = await fetch(url);
      return { type: response.headers.get('content-type'), body: await response.text() };
    }, https ?? '');
    expect(feed.type).toBe('text/calendar; charset=utf-8');
    expect(feed.body).toContain('SUMMARY:Plantmiddag');
    expect(feed.body).toContain('SUMMARY:Afgelast: Zaaiochtend');

    // A visitor sees no follow button on the initiative, but can subscribe to its activities.
    await visitor.goto(suite.url(`/initiatieven/${initiative.id}`));
    await visitor.getByRole('heading', { level: 1, name: 'Moestuin aan de Keizer Karelweg' }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: texts.subscribe.title }).waitFor();
    expect(await visitor.getByRole('button', { name: new RegExp(`^${texts.follow.follow}`) }).count()).toBe(0);

    // A resident on a 320 px phone follows the initiative, by keyboard.
    const resident = await createAccount(server, { displayName: 'Rik Bewoner' });
    const phonePage = await openLoggedIn(suite, resident, narrowPhone);
    await phonePage.goto(suite.url(`/initiatieven/${initiative.id}`));
    const follow = phonePage.getByRole('button', {
      name: new RegExp(`^${texts.follow.follow}\\s*: Moestuin aan de Keizer Karelweg$`),
    });
    await follow.focus();
    await phonePage.keyboard.press('Enter');
    await phonePage.getByText(fill(texts.follow.started, { title: 'Moestuin aan de Keizer Karelweg' })).waitFor();
    await expectAccessible(phonePage, 'initiative, followed');
    await expectNoSidewaysScroll(phonePage);

    // And the district's budget round.
    await phonePage.goto(suite.url(`/buurtbudget/${round.id}`));
    await phonePage
      .getByRole('button', { name: new RegExp(`^${texts.follow.follow}\\s*: Buurtbudget Randwijck$`) })
      .click();
    await phonePage.getByText(fill(texts.follow.started, { title: 'Buurtbudget Randwijck' })).waitFor();
    await expectAccessible(phonePage, 'budget round, followed');

    // The news arrives as the organiser posts it; "Wat ik volg" shows it.
    await asOrganiser('POST', `/initiatives/${initiative.id}/updates`, {
      title: 'De eerste bonen zijn op',
      body: 'Kom kijken bij de schuur.',
    });
    await phonePage.getByRole('link', { name: texts.follow.seeNews }).click();
    await phonePage.getByRole('heading', { level: 1, name: texts.following.title }).waitFor();
    await phonePage.getByText('De eerste bonen zijn op', { exact: true }).waitFor();
    await phonePage.getByText('Plantmiddag', { exact: true }).waitFor();
    await phonePage.getByRole('heading', { level: 2, name: texts.following.whatTitle }).waitFor();
    await phonePage.getByRole('link', { name: 'Buurtbudget Randwijck', exact: true }).waitFor();
    await expectAccessible(phonePage, 'what I follow');
    await expectNoSidewaysScroll(phonePage);

    // The agenda on the phone too.
    await phonePage.goto(suite.url(`/gebieden/BU03620101/agenda?maand=${monthOf(startsAt)}`));
    await phonePage.getByText('Plantmiddag', { exact: true }).waitFor();
    await expectAccessible(phonePage, 'agenda on a phone');
    await expectNoSidewaysScroll(phonePage);

    // Stop following from "Wat ik volg".
    await phonePage.goto(suite.url('/wat-ik-volg'));
    await phonePage
      .getByRole('button', { name: new RegExp(`^${texts.follow.unfollow}\\s*: Moestuin aan de Keizer Karelweg$`) })
      .click();
    await phonePage
      .getByRole('button', { name: new RegExp(`^${texts.follow.unfollow}\\s*: Buurtbudget Randwijck$`) })
      .click();
    await phonePage.getByText(texts.following.nothing, { exact: true }).waitFor();
  });
});
