import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import {
  closeTestApp,
  createWorld,
  inDays,
  startInitiative,
  verifiedResident,
  type World,
} from '../../../test/support/initiatives.ts';

// The route gate (who may call at all) is walked for every role by server/http/access-walk.db.test.ts.
// This file checks the finer rules behind it, per kind of caller, on one initiative in Randwijck West.
type Who =
  | 'anonymous'
  | 'outsider'
  | 'member'
  | 'organiser'
  | 'professional'
  | 'servantHere'
  | 'servantElsewhere'
  | 'steering'
  | 'administrator';

let t: TestContext;
let world: World;
const as = {} as Record<Who, TestClient>;
let id: string;
let activityId: string;
beforeAll(async () => {
  t = await createTestApp({ initiatives: { supportThreshold: 1, responseDeadlineDays: 42, responseDueSoonDays: 7 } });
  world = await createWorld(t);
  as.anonymous = new TestClient(t.app);
  as.outsider = await signUp(t);
  as.member = await signUp(t);
  as.organiser = await signUp(t);
  as.professional = await signUp(t, { roles: [{ role: 'professional' }] });
  as.servantHere = await signUp(t, { roles: [{ role: 'civil_servant', areaId: world.idOf('WK036201') }] });
  as.servantElsewhere = await signUp(t, { roles: [{ role: 'civil_servant', areaId: world.idOf('WK036202') }] });
  as.steering = await signUp(t, { roles: [{ role: 'steering_officer' }] });
  as.administrator = await signUp(t, { roles: [{ role: 'administrator' }] });
  id = (await startInitiative(world, as.organiser)).id;
  const request = (await as.member.post(`/api/v1/initiatives/${id}/members`, {})).json();
  await as.organiser.patch(`/api/v1/initiatives/${id}/members/${request.id}`, { status: 'active' });
  activityId = (
    await as.organiser.post(`/api/v1/initiatives/${id}/activities`, {
      title: 'Plantdag',
      place: 'De tuin',
      startsAt: inDays(t, 3),
      capacity: 5,
    })
  ).json().id;
  await (await verifiedResident(world, world.west)).post(`/api/v1/initiatives/${id}/supports`);
});
afterAll(async () => {
  await closeTestApp(t);
});

const everyone: Who[] = [
  'anonymous',
  'outsider',
  'member',
  'organiser',
  'professional',
  'servantHere',
  'servantElsewhere',
  'steering',
  'administrator',
];

/** Which callers get a success (2xx); everyone else must get 401/403. */
const rules: Array<{ name: string; allowed: Who[]; call: (client: TestClient) => Promise<{ statusCode: number }> }> = [
  {
    name: 'edit the initiative',
    allowed: ['organiser'],
    call: (c) => c.patch(`/api/v1/initiatives/${id}`, { description: 'Bijgewerkt.' }),
  },
  {
    name: 'post a need',
    allowed: ['organiser'],
    call: (c) => c.post(`/api/v1/initiatives/${id}/needs`, { kind: 'space', title: 'Een schuur' }),
  },
  {
    name: 'publish an update',
    allowed: ['organiser'],
    call: (c) => c.post(`/api/v1/initiatives/${id}/updates`, { title: 'Nieuws', body: 'Tekst' }),
  },
  {
    name: 'plan an activity',
    allowed: ['organiser'],
    call: (c) =>
      c.post(`/api/v1/initiatives/${id}/activities`, {
        title: 'Nog een dag',
        place: 'De tuin',
        startsAt: inDays(t, 5),
        capacity: 3,
      }),
  },
  {
    name: 'see who signed up',
    allowed: ['organiser'],
    call: (c) => c.get(`/api/v1/initiatives/${id}/activities/${activityId}/sign-ups`),
  },
  {
    name: 'see join requests',
    allowed: ['organiser'],
    call: (c) => c.get(`/api/v1/initiatives/${id}/members?status=requested`),
  },
  {
    name: 'add a member without an account',
    allowed: ['organiser'],
    call: (c) => c.post(`/api/v1/initiatives/${id}/offline-members`, { name: 'Tante Truus' }),
  },
  {
    name: 'register on behalf of a resident',
    allowed: ['professional'],
    call: (c) =>
      c.post('/api/v1/initiatives', {
        title: 'Namens een bewoner',
        summary: 'Geregistreerd voor iemand zonder internet.',
        domain: 'care_and_wellbeing',
        areaIds: [world.west],
        onBehalfOf: { name: 'Meneer Bakker' },
      }),
  },
  {
    name: 'see the response worklist',
    allowed: ['servantHere', 'servantElsewhere', 'steering', 'administrator'],
    call: (c) => c.get('/api/v1/response-worklist'),
  },
  {
    name: 'claim the response duty',
    allowed: ['servantHere', 'steering', 'administrator'],
    call: (c) => c.put(`/api/v1/initiatives/${id}/response-duty`, { department: 'Wijkzaken' }),
  },
  {
    name: 'read the moderation queue',
    allowed: ['servantHere', 'servantElsewhere', 'administrator'],
    call: (c) => c.get('/api/v1/content-reports'),
  },
];

describe.each(rules)('$name', ({ allowed, call }) => {
  test.each(everyone)('as %s', async (who) => {
    const { statusCode } = await call(as[who]);
    if (allowed.includes(who)) expect(statusCode, who).toBeLessThan(300);
    else expect([401, 403], `${who} got ${statusCode}`).toContain(statusCode);
  });
});

test('moderating this initiative: civil servants for its area and administrators only', async () => {
  const outcomes: Record<string, number> = {};
  for (const who of everyone) {
    const hide = await as[who].put(`/api/v1/moderation/initiative/${id}`, { hidden: true, reason: 'Test' });
    outcomes[who] = hide.statusCode;
    if (hide.statusCode === 200)
      await as[who].put(`/api/v1/moderation/initiative/${id}`, { hidden: false, reason: 'Terug' });
  }
  expect(outcomes).toEqual({
    anonymous: 401,
    outsider: 403,
    member: 403,
    organiser: 403,
    professional: 403,
    servantHere: 200,
    servantElsewhere: 403,
    steering: 403,
    administrator: 200,
  });
});
