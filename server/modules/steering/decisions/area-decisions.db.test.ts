import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeTestApp } from '../../../../test/support/initiatives.ts';
import {
  advanceDays,
  createSteeringWorld,
  createTask,
  dateIn,
  MOTIVATION,
  type SteeringWorld,
} from '../../../../test/support/steering.ts';
import {
  createTestApp,
  TestClient,
  type TestClient as Client,
  type TestContext,
} from '../../../../test/support/test-app.ts';

// The decisions an area's public page shows: about subjects in the area and the areas inside it,
// newest first, a bounded page at a time, for anyone — on both databases.
let t: TestContext;
let w: SteeringWorld;
let municipality: string;
const decided: Record<string, string> = {};

/** A decision in the advice's own layer, with an instrument of every layer so any layer is valid. */
async function decide(client: Client, taskId: string): Promise<string> {
  const advice = (await client.get(`/api/v1/steering/advice/task/${taskId}`)).json();
  const response = await client.post('/api/v1/steering/decisions', {
    subjectType: 'task',
    subjectId: taskId,
    layer: advice.layer,
    motivation: MOTIVATION,
    instruments: {
      contactPerson: { name: 'Regisseur', department: 'Wijkzaken' },
      agreement: { conditions: ['Elk kwartaal een verslag'], milestones: [{ title: 'Plan', dueDate: dateIn(t, 60) }] },
      enforcement: {
        conditions: [{ condition: 'Het gras is gemaaid', deadline: dateIn(t, 30), consequence: 'De gemeente maait' }],
      },
      takeOver: {
        deliveredBy: 'De gemeente',
        plan: 'Teruggeven zodra de buurt het weer kan.',
        handBackDate: dateIn(t, 200),
      },
    },
    proportionalityReason: 'Een lichtere maatregel werkt hier niet, omdat de veiligheid in het geding is.',
    leastIntrusiveAlternative: 'Een afspraak met mijlpalen; die is al geprobeerd.',
    reviewDate: dateIn(t, 180),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

beforeAll(async () => {
  t = await createTestApp();
  w = await createSteeringWorld(t);
  municipality = (
    await t.db.selectFrom('areas').select('id').where('kind', '=', 'municipality').executeTakeFirstOrThrow()
  ).id;
  // One decision a day, oldest first: west, oost (both in the district), the other district, the whole town.
  const west = await createTask(w, w.officer, { title: 'Groen West', areaId: w.west });
  decided['west'] = await decide(w.officer, west.id);
  await advanceDays(t, w, 1);
  const oost = await createTask(w, w.officer, { title: 'Groen Oost', areaId: w.oost });
  decided['oost'] = await decide(w.officer, oost.id);
  await advanceDays(t, w, 1);
  const other = await createTask(w, w.otherOfficer, { title: 'Groen Zuid', areaId: w.other });
  decided['other'] = await decide(w.otherOfficer, other.id);
  await advanceDays(t, w, 1);
  const town = await createTask(w, w.cityOfficer, { title: 'Groen Stad', areaId: municipality });
  decided['town'] = await decide(w.cityOfficer, town.id);
}, 90_000);
afterAll(async () => {
  await closeTestApp(t);
});

const ids = async (query: string) => {
  const response = await new TestClient(t.app).get(`/api/v1/steering/decisions?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as Array<{ id: string }>).map((d) => d.id);
};

describe('decisions on an area’s page', () => {
  test('a district shows the decisions about its neighbourhoods, newest first, and no other district’s', async () => {
    expect(await ids(`areaId=${w.district}`)).toEqual([decided['oost'], decided['west']]);
    expect(await ids(`areaId=${w.otherDistrict}`)).toEqual([decided['other']]);
  });

  test('a neighbourhood shows its own; the municipality shows everything inside it', async () => {
    expect(await ids(`areaId=${w.west}`)).toEqual([decided['west']]);
    expect(await ids(`areaId=${municipality}`)).toEqual([
      decided['town'],
      decided['other'],
      decided['oost'],
      decided['west'],
    ]);
  });

  test('paged with a cursor, none twice and none left out; a page has at most 100', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await new TestClient(t.app).get(
        `/api/v1/steering/decisions?areaId=${municipality}&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      const page = response.json() as { items: Array<{ id: string }>; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([decided['town'], decided['other'], decided['oost'], decided['west']]);
    const tooMany = await new TestClient(t.app).get(`/api/v1/steering/decisions?areaId=${w.district}&limit=101`);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  test('each decision names its subject and area, so the page can link to them', async () => {
    const response = await new TestClient(t.app).get(`/api/v1/steering/decisions?areaId=${w.west}`);
    expect(response.json().items[0]).toMatchObject({
      id: decided['west'],
      current: true,
      subject: { type: 'task', title: 'Groen West', area: { id: w.west } },
    });
  });
});
