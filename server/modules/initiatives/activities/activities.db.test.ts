import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../../test/support/test-app.ts';
import {
  closeTestApp,
  createWorld,
  inDays,
  startInitiative,
  type World,
} from '../../../../test/support/initiatives.ts';

async function logged(verb: string): Promise<Array<{ actor_id: string | null; subject_id: string }>> {
  return t.db.selectFrom('activity_log').select(['actor_id', 'subject_id']).where('verb', '=', verb).execute();
}

let t: TestContext;
let world: World;
let organiser: TestClient;
let anna: TestClient;
let bram: TestClient;
let cees: TestClient;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t);
  organiser = await signUp(t, { displayName: 'Organisator' });
  anna = await signUp(t, { displayName: 'Anna' });
  bram = await signUp(t, { displayName: 'Bram' });
  cees = await signUp(t, { displayName: 'Cees' });
  id = (await startInitiative(world, organiser)).id;
});
afterAll(async () => {
  await closeTestApp(t);
});

const plan = (client: TestClient, body: object) => client.post(`/api/v1/initiatives/${id}/activities`, body);
const base = () => ({ title: 'Plantdag', place: 'Hoek Keizer Karelweg', startsAt: inDays(t, 5), capacity: 2 });
const join = (client: TestClient, activityId: string) =>
  client.post(`/api/v1/initiatives/${id}/activities/${activityId}/sign-ups`);

describe('updates', () => {
  test('organisers publish; everyone reads them newest first', async () => {
    expect(
      (await anna.post(`/api/v1/initiatives/${id}/updates`, { title: 'Nieuws', body: 'Niet van mij' })).statusCode,
    ).toBe(403);
    await organiser.post(`/api/v1/initiatives/${id}/updates`, { title: 'De grond is er', body: 'We mogen beginnen!' });
    t.clock.advance(60_000);
    const second = await organiser.post(`/api/v1/initiatives/${id}/updates`, {
      title: 'Eerste oogst',
      body: 'Radijsjes.',
    });
    expect(second.json()).toMatchObject({ author: { displayName: 'Organisator' }, moderation: null });
    const list = (await new TestClient(t.app).get(`/api/v1/initiatives/${id}/updates`)).json().items;
    expect(list.map((u: { title: string }) => u.title)).toEqual(['Eerste oogst', 'De grond is er']);
    expect((await organiser.post(`/api/v1/initiatives/${id}/updates`, { title: 'Leeg', body: '' })).statusCode).toBe(
      400,
    );
  });
});

describe('planning activities', () => {
  test('a date in the future, a place and a capacity of at least 1', async () => {
    const past = await plan(organiser, { ...base(), startsAt: inDays(t, -1) });
    expect(past.json().invalidParams[0].name).toBe('body.startsAt');
    expect((await plan(organiser, { ...base(), capacity: 0 })).json().invalidParams[0].name).toBe('body.capacity');
    expect((await plan(organiser, { ...base(), endsAt: inDays(t, 4) })).json().invalidParams[0].name).toBe(
      'body.endsAt',
    );
    expect((await plan(organiser, { ...base(), place: '' })).json().invalidParams[0].name).toBe('body.place');
    expect((await plan(anna, base())).statusCode).toBe(403);
    const planned = await plan(organiser, base());
    expect(planned.statusCode).toBe(201);
    expect(planned.json()).toMatchObject({ capacity: 2, seatsTaken: 0, waiting: 0, cancelled: false, mySignUp: null });
  });
});

describe('sign-ups with a waiting list', () => {
  let activityId: string;
  beforeAll(async () => {
    activityId = (await plan(organiser, { ...base(), title: 'Zaaidag' })).json().id;
  });

  test('places first, then the waiting list in order; signing up twice is a conflict', async () => {
    expect((await join(anna, activityId)).json()).toMatchObject({ status: 'confirmed', waitingPosition: null });
    expect((await join(bram, activityId)).json()).toMatchObject({ status: 'confirmed' });
    expect((await join(cees, activityId)).json()).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    expect((await join(anna, activityId)).statusCode).toBe(409);
    const seen = (await cees.get(`/api/v1/initiatives/${id}/activities/${activityId}`)).json();
    expect(seen).toMatchObject({ seatsTaken: 2, waiting: 1, mySignUp: { status: 'waiting', waitingPosition: 1 } });
  });

  test('when someone cancels, the first on the waiting list gets the place and is told', async () => {
    const annas = (await anna.get(`/api/v1/initiatives/${id}/activities/${activityId}`)).json().mySignUp;
    expect(
      (await bram.delete(`/api/v1/initiatives/${id}/activities/${activityId}/sign-ups/${annas.id}`)).statusCode,
    ).toBe(403);
    expect(
      (await anna.delete(`/api/v1/initiatives/${id}/activities/${activityId}/sign-ups/${annas.id}`)).statusCode,
    ).toBe(204);
    expect((await cees.get(`/api/v1/initiatives/${id}/activities/${activityId}`)).json()).toMatchObject({
      seatsTaken: 2,
      waiting: 0,
      mySignUp: { status: 'confirmed' },
    });
    expect((await cees.get('/api/v1/notifications')).json().items).toEqual([
      expect.objectContaining({ kind: 'initiatives.activity.promoted' }),
    ]);
    expect(await logged('activity.promoted')).toEqual([{ actor_id: cees.accountId, subject_id: activityId }]);
    expect((await join(anna, activityId)).json()).toMatchObject({ status: 'waiting', waitingPosition: 1 });
  });

  test('more places move people up; fewer than confirmed is refused', async () => {
    const change = (body: object) => organiser.patch(`/api/v1/initiatives/${id}/activities/${activityId}`, body);
    expect((await change({ capacity: 1 })).statusCode).toBe(409);
    expect((await anna.patch(`/api/v1/initiatives/${id}/activities/${activityId}`, { capacity: 5 })).statusCode).toBe(
      403,
    );
    expect((await change({ capacity: 3 })).json()).toMatchObject({ capacity: 3, seatsTaken: 3, waiting: 0 });
  });

  test('organisers see who signed up; others may not', async () => {
    expect((await anna.get(`/api/v1/initiatives/${id}/activities/${activityId}/sign-ups`)).statusCode).toBe(403);
    const list = (await organiser.get(`/api/v1/initiatives/${id}/activities/${activityId}/sign-ups`)).json().items;
    expect(
      list.map((s: { person: { displayName: string }; status: string }) => [s.person.displayName, s.status]).sort(),
    ).toEqual([
      ['Anna', 'confirmed'],
      ['Bram', 'confirmed'],
      ['Cees', 'confirmed'],
    ]);
  });

  test('attendance is recorded once the activity has started, by organisers only, and logged', async () => {
    const list = (await organiser.get(`/api/v1/initiatives/${id}/activities/${activityId}/sign-ups`)).json().items;
    const bramId = list.find((s: { person: { displayName: string } }) => s.person.displayName === 'Bram').id;
    const url = `/api/v1/initiatives/${id}/activities/${activityId}/sign-ups/${bramId}/attendance`;
    expect((await organiser.put(url, { attended: true })).statusCode).toBe(409);
    t.clock.advance(6 * 86_400_000);
    expect((await bram.put(url, { attended: true })).statusCode).toBe(403);
    expect((await organiser.put(url, { attended: true })).json()).toMatchObject({ attended: true });
    expect((await organiser.put(url, { attended: true })).statusCode).toBe(200);
    const logged = await t.db.selectFrom('activity_log').selectAll().where('verb', '=', 'activity.attended').execute();
    expect(logged).toEqual([
      expect.objectContaining({ actor_id: bram.accountId, subject_id: activityId, area_id: world.west }),
    ]);
    expect((await join(await signUp(t), activityId)).statusCode).toBe(409);
    const past = (await new TestClient(t.app).get(`/api/v1/initiatives/${id}/activities?when=past`)).json().items;
    expect(past.map((a: { id: string }) => a.id)).toContain(activityId);
  });

  test('a cancelled activity tells everyone and takes no sign-ups', async () => {
    const activity = (await plan(organiser, { ...base(), title: 'Snoeicursus' })).json();
    await join(anna, activity.id);
    expect(
      (await organiser.patch(`/api/v1/initiatives/${id}/activities/${activity.id}`, { cancelled: true })).json()
        .cancelled,
    ).toBe(true);
    expect((await join(bram, activity.id)).statusCode).toBe(409);
    expect(await logged('activity.cancelled')).toEqual([{ actor_id: organiser.accountId, subject_id: activity.id }]);
    const told = await t.db
      .selectFrom('notifications')
      .selectAll()
      .where('kind', '=', 'initiatives.activity.cancelled')
      .execute();
    expect(told.map((n) => n.account_id)).toEqual([anna.accountId]);
  });
});

describe('two residents taking the last seat at the same moment', () => {
  test('fifteen residents race for two seats: two confirmed, the rest on the waiting list in one order', async () => {
    const activity = (await plan(organiser, { ...base(), title: 'Rondleiding', capacity: 2 })).json();
    const residents = await Promise.all(Array.from({ length: 15 }, (_, i) => signUp(t, { displayName: `Loper ${i}` })));
    const responses = await Promise.all(residents.map((resident) => join(resident, activity.id)));
    expect(responses.every((r) => r.statusCode === 201)).toBe(true);
    const statuses = responses.map((r) => r.json().status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(2);
    const after = (await organiser.get(`/api/v1/initiatives/${id}/activities/${activity.id}`)).json();
    expect(after).toMatchObject({ seatsTaken: 2, waiting: 13 });
    const positions = (
      await organiser.get(`/api/v1/initiatives/${id}/activities/${activity.id}/sign-ups?status=waiting&limit=100`)
    )
      .json()
      .items.map((s: { waitingPosition: number }) => s.waitingPosition);
    expect(positions).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  test('cancellations and sign-ups at once never leave a seat over-filled or a free seat with people waiting', async () => {
    const activity = (await plan(organiser, { ...base(), title: 'Workshop', capacity: 3 })).json();
    const first = await Promise.all(Array.from({ length: 6 }, () => signUp(t)));
    const signUps = [];
    for (const resident of first) signUps.push({ resident, signUp: (await join(resident, activity.id)).json() });
    const later = await Promise.all(Array.from({ length: 6 }, () => signUp(t)));
    await Promise.all([
      ...signUps
        .slice(0, 3)
        .map(({ resident, signUp: s }) =>
          resident.delete(`/api/v1/initiatives/${id}/activities/${activity.id}/sign-ups/${s.id}`),
        ),
      ...later.map((resident) => join(resident, activity.id)),
    ]);
    const after = (await organiser.get(`/api/v1/initiatives/${id}/activities/${activity.id}`)).json();
    const confirmed = await t.db
      .selectFrom('initiative_sign_ups')
      .selectAll()
      .where('activity_id', '=', activity.id)
      .where('status', '=', 'confirmed')
      .execute();
    expect(confirmed).toHaveLength(3);
    expect(after).toMatchObject({ seatsTaken: 3, waiting: 6 });
  });
});
