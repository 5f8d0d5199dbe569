import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CalendarPage, Follow, NewsItem } from '../../../contracts/calendar.ts';
import { closeTestApp, createWorld, inDays, startInitiative, type World } from '../../../test/support/initiatives.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';

const DAY = 86_400_000;

let t: TestContext;
let world: World;
let organiser: TestClient;
let follower: TestClient;
let stranger: TestClient;
let initiativeId: string;
let otherInitiativeId: string;
let activityId: string;
let cancelledId: string;
let needId: string;
let roundId: string;

beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://wakkerdam.example' });
  world = await createWorld(t);
  organiser = await signUp(t, { displayName: 'Organisator' });
  follower = await signUp(t, { displayName: 'Volger' });
  stranger = await signUp(t, { displayName: 'Iemand anders' });
  initiativeId = (await startInitiative(world, organiser, { title: 'Moestuin West' })).id;
  otherInitiativeId = (await startInitiative(world, organiser, { title: 'Speeltuin elders', areaIds: [world.other] }))
    .id;
  const plan = async (id: string, body: object) => {
    const response = await organiser.post(`/api/v1/initiatives/${id}/activities`, {
      place: 'Hoek Keizer Karelweg',
      capacity: 10,
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  activityId = await plan(initiativeId, { title: 'Plantdag', startsAt: inDays(t, 5) });
  cancelledId = await plan(initiativeId, { title: 'Oogstfeest', startsAt: inDays(t, 6) });
  const cancelled = await organiser.patch(`/api/v1/initiatives/${initiativeId}/activities/${cancelledId}`, {
    cancelled: true,
  });
  expect(cancelled.statusCode, cancelled.body).toBe(200);
  await plan(otherInitiativeId, { title: 'Schommel plaatsen', startsAt: inDays(t, 5) });
  const need = await organiser.post(`/api/v1/initiatives/${initiativeId}/needs`, {
    kind: 'volunteers',
    title: 'Handen bij het spitten',
    people: 4,
    startsAt: inDays(t, 8),
  });
  expect(need.statusCode, need.body).toBe(201);
  needId = need.json<{ id: string }>().id;

  const at = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString();
  const round = await world.civilServant.post('/api/v1/budget-rounds', {
    title: 'Buurtbudget Randwijck',
    description: 'Wat maken we samen mooier?',
    areaIds: [world.idOf('WK036201')],
    budgetCents: 10_000_00,
    schedule: { proposalsOpenAt: at(1), reviewOpenAt: at(10), votingOpenAt: at(20), votingCloseAt: at(30) },
    ballot: { type: 'knapsack', maxProjects: null, minProjects: 1, minSpendCents: null },
    counting: { rule: 'greedy', utility: 'cost', completion: 'none', exhaustiveStop: true, tieBreak: ['min-cost'] },
    eligibility: { minimumAge: null },
  });
  expect(round.statusCode, round.body).toBe(201);
  roundId = round.json<{ id: string }>().id;
}, 60_000);
afterAll(async () => {
  await closeTestApp(t);
});

const anonymous = () => new TestClient(t.app);

describe('the calendar of an area', () => {
  test('lists the activities, dated needs and round dates of the neighbourhood, soonest first', async () => {
    const response = await anonymous().get(`/api/v1/areas/BU03620101/calendar?to=2026-04-30`);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<CalendarPage>();
    expect(page.area.code).toBe('BU03620101');
    expect(page.from).toBe('2026-03-02');
    expect(page.items.map((item) => [item.kind, item.title, item.cancelled])).toEqual([
      ['round-milestone', 'Buurtbudget Randwijck', false],
      ['activity', 'Plantdag', false],
      ['activity', 'Oogstfeest', true],
      ['need', 'Handen bij het spitten', false],
      ['round-milestone', 'Buurtbudget Randwijck', false],
      ['round-milestone', 'Buurtbudget Randwijck', false],
      ['round-milestone', 'Buurtbudget Randwijck', false],
    ]);
    expect(page.items[1]).toMatchObject({ uid: `activity-${activityId}@wakkere-stad`, place: 'Hoek Keizer Karelweg' });
    expect(page.items[1]!.initiative).toEqual({ id: initiativeId, title: 'Moestuin West' });
    expect(page.items.map((item) => item.round?.milestone ?? null)).toEqual([
      'proposals-open',
      null,
      null,
      null,
      'review-open',
      'voting-open',
      'voting-close',
    ]);
  });

  test('another neighbourhood has its own initiatives, and the district sees both', async () => {
    const other = (await anonymous().get(`/api/v1/areas/${world.other}/calendar`)).json<CalendarPage>();
    expect(other.items.map((item) => item.title)).toEqual(['Schommel plaatsen']);
    const district = (await anonymous().get(`/api/v1/areas/WK036201/calendar`)).json<CalendarPage>();
    expect(district.items.map((item) => item.title)).toContain('Plantdag');
    expect(district.items.map((item) => item.title)).not.toContain('Schommel plaatsen');
  });

  test('pages follow one another without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `to=2026-04-30&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page: CalendarPage = (await anonymous().get(`/api/v1/areas/BU03620101/calendar?${query}`)).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.uid));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  test('a date range: only what starts within it', async () => {
    const page = (
      await anonymous().get(`/api/v1/areas/BU03620101/calendar?from=2026-03-07&to=2026-03-08`)
    ).json<CalendarPage>();
    expect(page.items.map((item) => item.title)).toEqual(['Plantdag', 'Oogstfeest']);
  });

  test('bad input is a problem, not an error', async () => {
    const backwards = await anonymous().get(`/api/v1/areas/BU03620101/calendar?from=2026-04-01&to=2026-03-01`);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.headers['content-type']).toContain('application/problem+json');
    expect((await anonymous().get(`/api/v1/areas/BU03620101/calendar?from=2026-01-01&to=2026-12-31`)).statusCode).toBe(
      400,
    );
    expect((await anonymous().get(`/api/v1/areas/BU03620101/calendar?from=morgen`)).statusCode).toBe(400);
    expect((await anonymous().get(`/api/v1/areas/BU03620101/calendar?cursor=nonsense`)).statusCode).toBe(400);
    expect((await anonymous().get(`/api/v1/areas/BU99999999/calendar`)).statusCode).toBe(404);
  });
});

function parseFeed(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      start: event.startDate.toJSDate().toISOString(),
      zone: event.startDate.zone.tzid,
      status: component.getFirstPropertyValue('status'),
      url: component.getFirstPropertyValue('url'),
    };
  });
  return { calendar, events };
}

describe('the iCal feeds', () => {
  test("an area's feed parses in ical.js, with stable UIDs, Amsterdam time and cancelled activities marked", async () => {
    const first = await anonymous().get('/api/v1/areas/BU03620101/calendar.ics');
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { calendar, events } = parseFeed(first.body);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    const plantdag = events.find((event) => event.uid === `activity-${activityId}@wakkere-stad`);
    expect(plantdag).toMatchObject({
      summary: 'Plantdag',
      location: 'Hoek Keizer Karelweg',
      zone: 'Europe/Amsterdam',
      start: inDays(t, 5),
      status: 'CONFIRMED',
      url: `https://wakkerdam.example/initiatieven/${initiativeId}`,
    });
    expect(events.find((event) => event.uid === `activity-${cancelledId}@wakkere-stad`)).toMatchObject({
      summary: 'Afgelast: Oogstfeest',
      status: 'CANCELLED',
    });
    expect(events.find((event) => event.uid === `need-${needId}@wakkere-stad`)?.summary).toBe(
      'Vrijwilligers gezocht: Handen bij het spitten',
    );
    expect(events.find((event) => event.uid === `round-voting-open-${roundId}@wakkere-stad`)?.summary).toBe(
      'Buurtbudget Randwijck: stemmen kan vanaf nu',
    );
    expect(events.map((event) => event.summary)).not.toContain('Schommel plaatsen');

    t.clock.advance(60_000);
    const again = parseFeed((await anonymous().get('/api/v1/areas/BU03620101/calendar.ics')).body);
    expect(again.events.map((event) => event.uid).sort()).toEqual(events.map((event) => event.uid).sort());
  });

  test("an initiative's feed holds only its own activities and needs; a missing one is 404", async () => {
    const response = await anonymous().get(`/api/v1/initiatives/${initiativeId}/calendar.ics`);
    expect(response.statusCode).toBe(200);
    const { events } = parseFeed(response.body);
    expect(events.map((event) => event.summary).sort()).toEqual([
      'Afgelast: Oogstfeest',
      'Plantdag',
      'Vrijwilligers gezocht: Handen bij het spitten',
    ]);
    expect((await anonymous().get('/api/v1/initiatives/nope/calendar.ics')).statusCode).toBe(404);
    expect((await anonymous().get('/api/v1/areas/BU99999999/calendar.ics')).statusCode).toBe(404);
  });

  test('the window is bounded: an activity more than a year ahead is left out', async () => {
    await organiser.post(`/api/v1/initiatives/${initiativeId}/activities`, {
      title: 'Over twee jaar',
      place: 'Buurthuis',
      capacity: 5,
      startsAt: inDays(t, 800),
    });
    const { events } = parseFeed((await anonymous().get(`/api/v1/initiatives/${initiativeId}/calendar.ics`)).body);
    expect(events.map((event) => event.summary)).not.toContain('Over twee jaar');
  });
});

describe('following', () => {
  test('anonymous callers may not follow or read news (401)', async () => {
    const anon = anonymous();
    expect((await anon.get('/api/v1/follows')).statusCode).toBe(401);
    expect((await anon.put(`/api/v1/follows/initiative/${initiativeId}`)).statusCode).toBe(401);
    expect((await anon.delete(`/api/v1/follows/initiative/${initiativeId}`)).statusCode).toBe(401);
    expect((await anon.get('/api/v1/followed-news')).statusCode).toBe(401);
  });

  test('a resident follows an initiative and a round; each sees only their own follows', async () => {
    const followed = await follower.put(`/api/v1/follows/initiative/${initiativeId}`);
    expect(followed.statusCode, followed.body).toBe(200);
    expect(followed.json<Follow>()).toMatchObject({ subjectType: 'initiative', title: 'Moestuin West' });
    expect((await follower.put(`/api/v1/follows/initiative/${initiativeId}`)).statusCode).toBe(200);
    expect((await follower.put(`/api/v1/follows/budget-round/${roundId}`)).statusCode).toBe(200);

    const isFollowing = async (client: TestClient) =>
      (await client.get(`/api/v1/follows?subjectType=initiative&subjectId=${initiativeId}`)).json<{ items: Follow[] }>()
        .items.length === 1;
    expect(await isFollowing(follower)).toBe(true);
    expect(await isFollowing(stranger)).toBe(false);
    const mine = (await follower.get('/api/v1/follows')).json<{ items: Follow[] }>();
    expect(mine.items.map((f) => [f.subjectType, f.title]).sort()).toEqual([
      ['budget-round', 'Buurtbudget Randwijck'],
      ['initiative', 'Moestuin West'],
    ]);
    expect((await stranger.get('/api/v1/follows')).json<{ items: Follow[] }>().items).toEqual([]);
  });

  test('following what does not exist is 404; an unknown kind of subject is 400', async () => {
    expect((await follower.put('/api/v1/follows/initiative/nope')).statusCode).toBe(404);
    expect((await follower.put('/api/v1/follows/budget-round/nope')).statusCode).toBe(404);
    const wrong = await follower.put(`/api/v1/follows/help-request/${initiativeId}`);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
  });

  test('news of what I follow, newest first, and followers are notified once', async () => {
    expect((await organiser.put(`/api/v1/follows/initiative/${initiativeId}`)).statusCode).toBe(200);
    const update = await organiser.post(`/api/v1/initiatives/${initiativeId}/updates`, {
      title: 'De eerste bonen zijn op',
      body: 'Kom kijken!',
    });
    expect(update.statusCode, update.body).toBe(201);
    await t.runJob('followed-news');
    t.clock.advance(1.5 * DAY);

    const news = (await follower.get('/api/v1/followed-news')).json<{ items: NewsItem[] }>();
    expect(news.items.map((item) => [item.kind, item.title || item.milestone])).toEqual([
      ['round-phase', 'proposals-open'],
      ['update', 'De eerste bonen zijn op'],
      ['activity', 'Over twee jaar'],
      ['activity', 'Oogstfeest'],
      ['activity', 'Plantdag'],
    ]);
    const paged = (await follower.get('/api/v1/followed-news?limit=2')).json<{ nextCursor: string }>();
    const second = (await follower.get(`/api/v1/followed-news?limit=2&cursor=${paged.nextCursor}`)).json<{
      items: NewsItem[];
    }>();
    expect(second.items.map((item) => item.title)).toEqual(['Over twee jaar', 'Oogstfeest']);
    expect((await stranger.get('/api/v1/followed-news')).json<{ items: NewsItem[] }>().items).toEqual([]);

    await t.runJob('followed-news');
    await t.runJob('followed-news');
    const kinds = async (client: TestClient) =>
      (await client.get('/api/v1/notifications?module=calendar'))
        .json<{ items: Array<{ kind: string; message: string }> }>()
        .items.map((n) => n.kind)
        .sort();
    // Each run tells what is new within the last day: the activities and the update, then the phase change.
    expect(await kinds(follower)).toEqual([
      'calendar.initiative.activity',
      'calendar.initiative.activity',
      'calendar.initiative.activity',
      'calendar.initiative.update',
      'calendar.round.phase',
    ]);
    expect(await kinds(stranger)).toEqual([]);
    // The organiser follows their own initiative: not told of what they posted themselves.
    expect(await kinds(organiser)).toEqual([]);
  });

  test("a follower's choice of channel holds: e-mail at once", async () => {
    const chosen = await follower.put('/api/v1/notification-preferences/calendar.initiative.activity', {
      channel: 'email',
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    await organiser.post(`/api/v1/initiatives/${initiativeId}/activities`, {
      title: 'Snoeiochtend',
      place: 'Moestuin',
      capacity: 8,
      startsAt: inDays(t, 3),
    });
    await t.runJob('followed-news');
    const mails = (await t.mails()).filter((mail) => mail.kind === 'calendar.initiative.activity');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('Moestuin West: Snoeiochtend');
  });

  test('unfollowing ends it, also for the job', async () => {
    expect((await follower.delete(`/api/v1/follows/initiative/${initiativeId}`)).statusCode).toBe(204);
    expect((await follower.delete(`/api/v1/follows/initiative/${initiativeId}`)).statusCode).toBe(204);
    const left = await follower.get(`/api/v1/follows?subjectType=initiative&subjectId=${initiativeId}`);
    expect(left.json<{ items: Follow[] }>().items).toEqual([]);
    await organiser.post(`/api/v1/initiatives/${initiativeId}/updates`, { title: 'Nog meer bonen', body: 'Ja.' });
    await t.runJob('followed-news');
    const messages = (await follower.get('/api/v1/notifications?module=calendar'))
      .json<{ items: Array<{ message: string }> }>()
      .items.map((n) => n.message);
    expect(messages.join('\n')).not.toContain('Nog meer bonen');
  });
});
