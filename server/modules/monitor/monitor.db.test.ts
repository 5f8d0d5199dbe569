import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importAmstelveen } from '../../../test/support/areas.ts';
import { hoursAfter, logRow, writeLog } from '../../../test/support/monitor.ts';
import { testPlatform } from '../../../test/support/platform.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import type { Figure, FigureRow } from '../../../contracts/monitor.ts';
import { createMonitorJobOf } from './monitor.parts.ts';

// Each indicator on small hand-built data with known answers (docs/monitor.md): four buurten of
// Amstelveen, of which one is too small to show anything and one has no activity at all. The test
// day is 2 March 2026; the window is the 90 days up to it.
let t: TestContext;
let area: (code: string) => string;
const A = 'BU03620101'; // Randwijck West, 1,000 residents: the lively one
const B = 'BU03620102'; // Randwijck Oost, 1,000 residents: twelve active, three voters (too few to show)
const C = 'BU03620201'; // Oranjebuurt, 5 residents: nothing is ever shown
const D = 'BU03620202'; // Patrimonium, 1,000 residents: nothing happened

const DAY = '2026-02-20T10:00:00.000Z';
const a = (i: number) => `resident-a${i}`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

async function buildCity(): Promise<void> {
  const { idOf } = await importAmstelveen(t);
  area = idOf;
  for (const [code, population] of [
    [A, 1000],
    [B, 1000],
    [C, 5],
    [D, 1000],
  ] as const)
    await t.db.updateTable('areas').set({ population }).where('code', '=', code).execute();

  const home = area(A);
  const rows = [
    // Twenty residents offer help; twelve of them also ask for it (producers).
    ...range(1, 20).map((i) =>
      logRow('help.offered', { actor: a(i), home, area: home, subject: ['help_offer', `o${i}`], at: DAY }),
    ),
    ...range(1, 12).map((i) =>
      logRow('help.requested', { actor: a(i), home, area: home, subject: ['help_request', `q${i}`], at: DAY }),
    ),
    // Ten of the twelve requests matched (five after 6 hours, five after 10), six solved.
    ...range(1, 10).map((i) =>
      logRow('help.matched', {
        actor: a(i + 10),
        home,
        area: home,
        counterpart: a(i),
        subject: ['help_request', `q${i}`],
        at: hoursAfter(DAY, i <= 5 ? 6 : 10),
      }),
    ),
    ...range(1, 6).map((i) =>
      logRow('help.solved', {
        actor: a(i + 10),
        home,
        area: home,
        counterpart: a(i),
        subject: ['help_request', `q${i}`],
        at: hoursAfter(DAY, 48),
      }),
    ),
    // Ten bookings of an hour and a half.
    ...range(11, 20).map((i) =>
      logRow('hours.booked', {
        actor: a(i),
        home,
        area: home,
        counterpart: a(i - 10),
        subject: ['timebank_transaction', `t${i}`],
        hours: 1.5,
        at: hoursAfter(DAY, 50),
      }),
    ),
    // One initiative with twelve members, supported past the threshold and answered after 10 days.
    logRow('initiative.created', {
      actor: a(1),
      home,
      area: home,
      subject: ['initiative', 'i1'],
      at: '2026-01-10T10:00:00.000Z',
    }),
    ...range(1, 12).map((i) =>
      logRow('initiative.joined', { actor: a(i), home, area: home, subject: ['initiative', 'i1'], at: DAY }),
    ),
    logRow('initiative.threshold-reached', {
      area: home,
      subject: ['initiative', 'i1'],
      at: '2026-02-01T10:00:00.000Z',
    }),
    logRow('initiative.responded', {
      actor: 'civil-servant',
      kind: 'staff',
      area: home,
      subject: ['initiative', 'i1'],
      at: '2026-02-11T10:00:00.000Z',
    }),
    // Ten pledges, nine kept.
    ...range(11, 20).map((i) =>
      logRow('pledge.made', { actor: a(i), home, area: home, subject: ['pledge', `p${i}`], at: DAY }),
    ),
    ...range(11, 19).map((i) =>
      logRow('pledge.delivered', {
        actor: a(i),
        home,
        area: home,
        subject: ['pledge', `p${i}`],
        at: hoursAfter(DAY, 24),
      }),
    ),
    // A pledge made before the window and kept in it is not in the window's cohort (so never above 100 %).
    logRow('pledge.made', {
      actor: a(11),
      home,
      area: home,
      subject: ['pledge', 'p-old'],
      at: '2025-11-01T10:00:00.000Z',
    }),
    logRow('pledge.delivered', { actor: a(11), home, area: home, subject: ['pledge', 'p-old'], at: DAY }),
    // Twelve voters.
    ...range(1, 12).map((i) =>
      logRow('ballot.cast', { actor: a(i), home, area: home, subject: ['budget_round', 'r1'], at: DAY }),
    ),
    // Staff acting are not residents taking part; an event before the window does not count.
    logRow('help.offered', { actor: 'staff-1', kind: 'staff', area: home, subject: ['help_offer', 'os'], at: DAY }),
    logRow('help.offered', {
      actor: a(99),
      home,
      area: home,
      subject: ['help_offer', 'old'],
      at: '2025-11-01T10:00:00.000Z',
    }),
    // Three residents of Randwijck Oost join the initiative in West: ties between neighbourhoods.
    ...range(1, 3).map((i) =>
      logRow('initiative.joined', {
        actor: `resident-b${i}`,
        home: area(B),
        area: home,
        subject: ['initiative', 'i1'],
        at: DAY,
      }),
    ),
    // A verification is about a person: public recent activity must not point at their account.
    logRow('resident.verified', { actor: 'staff-1', kind: 'staff', area: home, subject: ['account', a(1)], at: DAY }),
    // Nine more residents of Oost offer help there, so twelve of Oost are active; three of them vote:
    // too few to show, and then West's voters would give them back (secondary suppression).
    ...range(4, 12).map((i) =>
      logRow('help.offered', {
        actor: `resident-b${i}`,
        home: area(B),
        area: area(B),
        subject: ['help_offer', `ob${i}`],
        at: DAY,
      }),
    ),
    ...range(1, 3).map((i) =>
      logRow('ballot.cast', {
        actor: `resident-b${i}`,
        home: area(B),
        area: area(B),
        subject: ['budget_round', 'r1'],
        at: DAY,
      }),
    ),
  ];
  await writeLog(t.db, rows);
}

const valueOf = (figures: Figure[], indicator: Figure['indicator']) => figures.find((f) => f.indicator === indicator)!;

let anonymous: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  await buildCity();
  const platform = await testPlatform(t);
  const report = await createMonitorJobOf(platform).run();
  expect(report.computedDates.at(-1)).toBe('2026-03-02');
  anonymous = new TestClient(t.app);
});
afterAll(() => t.close());

describe('each indicator, on hand-built data', () => {
  test('a lively neighbourhood: every figure as counted by hand', async () => {
    const response = await anonymous.get(`/api/v1/monitor/areas/${A}`);
    expect(response.statusCode, response.body).toBe(200);
    const dashboard = response.json();
    expect(dashboard.asOf).toBe('2026-03-02');
    expect(dashboard.area).toMatchObject({ code: A, population: 1000 });
    const figures: Figure[] = dashboard.figures;
    const expected: Record<string, number | null> = {
      participation: 0.02, // 20 of 1,000 (staff and the event before the window left out)
      initiatives_per_1000: 1,
      members_per_1000: 15, // members of West's initiatives: twelve from West, three from Oost
      initiative_lifetime_days: null, // nothing stopped
      pledges_kept: 0.9,
      help_answered: 0.833333, // 10 of 12
      help_match_hours: 8, // median of five times 6 and five times 10
      help_solved: 0.5,
      hours_per_1000: 15,
      producer_ratio: 0.6, // twelve of twenty both gave and received
      network_largest_group: 1, // the initiative and the help join everyone
      network_isolated: 0,
      bridging_ties: 0.12, // 3 of West's 25 ties reach Oost (its residents joined West's initiative)
      response_days: 10,
      turnout: null, // twelve voters, withheld: with the district's fifteen they would give Oost's three back
    };
    for (const [indicator, value] of Object.entries(expected))
      expect({ indicator, value: valueOf(figures, indicator as Figure['indicator']).value }).toEqual({
        indicator,
        value,
      });
    expect(figures.filter((f) => f.suppressed).map((f) => f.indicator)).toEqual(['turnout']);
    expect(valueOf(figures, 'participation')).toMatchObject({ numerator: 20, denominator: 1000 });
  });

  test('the index shows its whole breakdown, and its value is the weighted mean of the scores', async () => {
    const { index } = (await anonymous.get(`/api/v1/monitor/areas/${A}`)).json();
    const scored = index.components.filter((c: { score: number | null }) => c.score !== null);
    const weight = scored.reduce((sum: number, c: { weight: number }) => sum + c.weight, 0);
    const mean =
      scored.reduce((sum: number, c: { score: number; weight: number }) => sum + c.score * c.weight, 0) / weight;
    expect(index.value).toBeCloseTo(mean, 1);
    // participation 0.02 against a target of 0.15 scores 13.3; response in 10 days against 14 scores 100
    expect(index.components.find((c: { indicator: string }) => c.indicator === 'participation').score).toBe(13.3);
    expect(index.components.find((c: { indicator: string }) => c.indicator === 'response_days').score).toBe(100);
  });

  test('three residents are too few to show; a buurt of five shows nothing about residents', async () => {
    const oost: Figure[] = (await anonymous.get(`/api/v1/monitor/areas/${B}`)).json().figures;
    expect(valueOf(oost, 'participation')).toMatchObject({ numerator: 12, suppressed: false });
    expect(valueOf(oost, 'turnout')).toEqual({
      indicator: 'turnout',
      value: null,
      numerator: null,
      denominator: null,
      suppressed: true,
    });
    const tiny: Figure[] = (await anonymous.get(`/api/v1/monitor/areas/${C}`)).json().figures;
    expect(tiny.filter((f) => f.value !== null && !f.suppressed).map((f) => f.indicator)).toEqual([
      'initiatives_per_1000', // not about residents: zero initiatives
    ]);
  });

  test('a figure that would give a suppressed one back is withheld too; the hidden part rests on ten or more', async () => {
    const west: Figure[] = (await anonymous.get(`/api/v1/monitor/areas/${A}`)).json().figures;
    const district: Figure[] = (await anonymous.get('/api/v1/monitor/areas/WK036201')).json().figures;
    // The district's 15 voters minus West's 12 would be Oost's 3: so West's turnout is withheld.
    expect(valueOf(district, 'turnout')).toMatchObject({ numerator: 15, suppressed: false });
    expect(valueOf(west, 'turnout')).toMatchObject({ value: null, numerator: null, suppressed: true });
    // Where Oost is shown, West is too.
    expect(valueOf(west, 'participation').suppressed).toBe(false);
    // The same in the open data.
    const rows: FigureRow[] = (await anonymous.get('/api/v1/monitor/figures?indicator=turnout&limit=100')).json().items;
    expect(
      rows
        .filter((r) => r.suppressed)
        .map((r) => r.areaCode)
        .sort(),
    ).toEqual([A, B, C].sort());
  });

  test('an area where nothing happened shows zero, and nothing where there is nothing to divide', async () => {
    const empty: Figure[] = (await anonymous.get(`/api/v1/monitor/areas/${D}`)).json().figures;
    expect(valueOf(empty, 'participation')).toMatchObject({ value: 0, suppressed: false });
    expect(valueOf(empty, 'help_answered')).toMatchObject({ value: null, suppressed: false });
  });

  test('districts and the municipality add up their neighbourhoods; ties to another buurt are bridging', async () => {
    const district: Figure[] = (await anonymous.get('/api/v1/monitor/areas/WK036201')).json().figures;
    expect(valueOf(district, 'participation')).toMatchObject({ numerator: 32, denominator: 2000 });
    // West: 12 initiative ties + 10 helper–asker pairs (the bookings are the same pairs), all within West; Oost: 3 to West.
    expect(valueOf(district, 'bridging_ties').value).toBeCloseTo(3 / 25, 6);
    const city: Figure[] = (await anonymous.get('/api/v1/monitor/areas/GM0362')).json().figures;
    expect(valueOf(city, 'participation')).toMatchObject({ numerator: 32, denominator: 3005 });
  });

  test('the trend has the month ends of the past year and today', async () => {
    const { trend } = (await anonymous.get(`/api/v1/monitor/areas/${A}`)).json();
    expect(trend.map((p: { asOf: string }) => p.asOf)).toEqual([
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
      '2025-07-31',
      '2025-08-31',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      '2026-03-02',
    ]);
    // At the end of January only the initiative existed (created 10 January).
    const january = trend.find((p: { asOf: string }) => p.asOf === '2026-01-31').figures;
    expect(valueOf(january, 'initiatives_per_1000').value).toBe(1);
    expect(valueOf(january, 'members_per_1000').value).toBe(0);
  });

  test('the network picture groups residents and leaves out groups and ties of fewer than ten', async () => {
    const network = (await anonymous.get('/api/v1/monitor/areas/WK036201/network')).json();
    const residents = network.nodes.filter((n: { kind: string }) => n.kind === 'residents');
    expect(residents.map((n: { label: string; size: number }) => [n.label, n.size])).toEqual([['Randwijck West', 20]]);
    expect(network.hiddenGroups).toBe(1); // Oost's three
    expect(network.edges.every((e: { weight: number }) => e.weight >= 10)).toBe(true);
    expect(JSON.stringify(network)).not.toContain('resident-');
  });

  test('recent activity names nobody', async () => {
    t.clock.set(new Date('2026-03-02T09:00:00.000Z'));
    const page = (await anonymous.get(`/api/v1/monitor/areas/${A}/activity?limit=5`)).json();
    expect(page.items).toHaveLength(5);
    expect(Object.keys(page.items[0]).sort()).toEqual(['occurredOn', 'subjectId', 'subjectType', 'verb']);
    const all = (await anonymous.get(`/api/v1/monitor/areas/${A}/activity?limit=100`)).json().items;
    expect(all.filter((item: { subjectType: string }) => item.subjectType === 'account')).toEqual([]);
    expect(page.nextCursor).not.toBeNull();
  });
});

describe('open data', () => {
  test('the JSON pages and the CSV pages give the same numbers, and pages do not overlap', async () => {
    const rows: FigureRow[] = [];
    let cursor: string | null = null;
    do {
      const response = await anonymous.get(
        `/api/v1/monitor/figures?level=neighbourhood&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      rows.push(...response.json().items);
      cursor = response.json().nextCursor;
    } while (cursor);
    expect(rows).toHaveLength(4 * 15);
    expect(new Set(rows.map((r) => `${r.areaCode}|${r.indicator}`)).size).toBe(60);

    const csv = await anonymous.request('GET', '/api/v1/monitor/figures?level=neighbourhood&limit=100', undefined, {
      accept: 'text/csv',
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    const records: Record<string, string>[] = parse(csv.body, { columns: true });
    expect(records).toHaveLength(60);
    for (const record of records) {
      const row = rows.find((r) => r.areaCode === record.areaCode && r.indicator === record.indicator)!;
      expect(record.value === '' ? null : Number(record.value)).toBe(row.value);
      expect(record.suppressed).toBe(String(row.suppressed));
    }
  });

  test('the map is GeoJSON with the indicator per neighbourhood, one page at a time', async () => {
    const first = await anonymous.get('/api/v1/monitor/map?indicator=participation&limit=3');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toContain('application/geo+json');
    const map = first.json();
    expect(map.type).toBe('FeatureCollection');
    expect(map.features).toHaveLength(3);
    expect(map.features[0].geometry.type).toMatch(/Polygon/);
    const second = (
      await anonymous.get(`/api/v1/monitor/map?indicator=participation&limit=3&cursor=${map.nextCursor}`)
    ).json();
    expect(second.features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual([D]);
    const west = map.features.find((f: { properties: { code: string } }) => f.properties.code === A);
    expect(west.properties).toMatchObject({ value: 0.02, suppressed: false });
  });

  test('open data is kept in memory and never stale; the CSV is never the kept JSON', async () => {
    const url = '/api/v1/monitor/map?indicator=participation&limit=3';
    const west = async () => {
      const response = await anonymous.get(url);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toContain('application/geo+json');
      const feature = response
        .json()
        .features.find((f: { properties: { code: string } }) => f.properties.code === A) as {
        properties: { value: number };
      };
      return { value: feature.properties.value, etag: response.headers.etag };
    };
    const first = await west();
    const again = await west();
    expect(again).toEqual(first);
    expect(first.etag).toMatch(/^"[\w-]+"$/);
    // A write to the stored figures (as the job makes, or a tool straight into the database) shows at once.
    const row = { as_of: '2026-03-02', area_id: area(A), indicator: 'participation' } as const;
    const stored = t.db
      .updateTable('monitor_values')
      .where('as_of', '=', row.as_of)
      .where('area_id', '=', row.area_id)
      .where('indicator', '=', row.indicator);
    await stored.set({ value: 0.5 }).execute();
    try {
      const changed = await west();
      expect(changed.value).toBe(0.5);
      expect(changed.etag).not.toBe(first.etag);
    } finally {
      await stored.set({ value: first.value }).execute();
    }
    expect(await west()).toEqual(first);

    const figures = '/api/v1/monitor/figures?level=neighbourhood&limit=5';
    expect((await anonymous.get(figures)).headers['content-type']).toContain('application/json');
    const csv = await anonymous.request('GET', figures, undefined, { accept: 'text/csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers.etag).toBeUndefined();
    expect(csv.body.split('\n')[0]).toBe(
      'areaCode,areaName,level,population,asOf,windowDays,indicator,value,numerator,denominator,suppressed',
    );
  });

  test('bad input is a clear problem, never a 500', async () => {
    const unknownArea = await anonymous.get('/api/v1/monitor/areas/BU99999999');
    expect(unknownArea.statusCode).toBe(404);
    expect(unknownArea.headers['content-type']).toContain('application/problem+json');
    const badIndicator = await anonymous.get('/api/v1/monitor/figures?indicator=happiness');
    expect(badIndicator.statusCode).toBe(400);
    expect(badIndicator.json().invalidParams[0].name).toBe('querystring.indicator');
    const badCursor = await anonymous.get('/api/v1/monitor/map?cursor=nonsense');
    expect(badCursor.statusCode).toBe(400);
  });
});

describe('survey figures', () => {
  const csv = [
    'area_code;topic;period;value;unit;respondents',
    `${A};perceived_safety;2025;7,4;score;120`,
    `${D};social_cohesion;2025;61;percent;8`,
  ].join('\n');

  test('who may import: administrators and civil servants for those areas; nobody else', async () => {
    const resident = await signUp(t);
    const outsider = await signUp(t, { roles: [{ role: 'civil_servant', areaId: area('WK036202') }] });
    const steering = await signUp(t, { roles: [{ role: 'steering_officer' }] });
    const servant = await signUp(t, { roles: [{ role: 'civil_servant' }] });
    const body = { source: 'Veiligheidsmonitor 2025', csv };
    expect((await anonymous.post('/api/v1/monitor/survey-imports', body)).statusCode).toBe(401);
    expect((await resident.post('/api/v1/monitor/survey-imports', body)).statusCode).toBe(403);
    expect((await steering.post('/api/v1/monitor/survey-imports', body)).statusCode).toBe(403);
    // West lies outside Patrimonium's district: the whole file is refused.
    expect((await outsider.post('/api/v1/monitor/survey-imports', body)).statusCode).toBe(403);
    const imported = await servant.post('/api/v1/monitor/survey-imports', body);
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toEqual({ imported: 2, replaced: 0 });
    const again = await servant.post('/api/v1/monitor/survey-imports', body);
    expect(again.json()).toEqual({ imported: 2, replaced: 2 });

    const survey = (await anonymous.get(`/api/v1/monitor/areas/${A}`)).json().survey;
    expect(survey).toEqual([
      {
        topic: 'perceived_safety',
        period: '2025',
        value: 7.4,
        unit: 'score',
        respondents: 120,
        source: 'Veiligheidsmonitor 2025',
        suppressed: false,
      },
    ]);
    // Eight respondents are too few to show.
    const list = (await anonymous.get('/api/v1/monitor/survey?topic=social_cohesion')).json().items;
    expect(list).toEqual([expect.objectContaining({ areaCode: D, value: null, suppressed: true })]);
  });

  test('a file with mistakes names every bad line and stores nothing', async () => {
    const admin = await signUp(t, { roles: [{ role: 'administrator' }] });
    const before = (await anonymous.get('/api/v1/monitor/survey?limit=100')).json().items;
    const bad = await admin.post('/api/v1/monitor/survey-imports', {
      source: 'Buurtpeiling',
      csv: [
        'area_code,topic,period,value,unit,respondents',
        `${B},happiness,2025,7,score,50`,
        `${B},loneliness,2025,140,percent,50`,
        `${C},loneliness,2025,10,percent,50`,
      ].join('\n'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.csv.line2', 'body.csv.line3']);
    expect((await anonymous.get('/api/v1/monitor/survey?limit=100')).json().items).toEqual(before);
  });
});

describe('the index weights', () => {
  test('only an administrator for the whole municipality changes them; the change is in the audit log', async () => {
    const admin = await signUp(t, { roles: [{ role: 'administrator' }] });
    const districtAdmin = await signUp(t, { roles: [{ role: 'administrator', areaId: area('WK036201') }] });
    const resident = await signUp(t);
    const body = { indicators: [{ id: 'participation', weight: 5, target: 0.1 }] };
    expect((await anonymous.put('/api/v1/monitor/settings', body)).statusCode).toBe(401);
    expect((await resident.put('/api/v1/monitor/settings', body)).statusCode).toBe(403);
    expect((await districtAdmin.put('/api/v1/monitor/settings', body)).statusCode).toBe(403);
    const before = (await anonymous.get(`/api/v1/monitor/areas/${A}`)).json().index.value;
    const changed = await admin.put('/api/v1/monitor/settings', body);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().indicators.find((i: { id: string }) => i.id === 'participation')).toMatchObject({
      weight: 5,
      target: 0.1,
    });
    const after = (await anonymous.get(`/api/v1/monitor/areas/${A}`)).json().index;
    expect(after.value).not.toBe(before);
    expect(after.components.find((c: { indicator: string }) => c.indicator === 'participation')).toMatchObject({
      weight: 5,
      score: 20,
    });
    const log = (await admin.get('/api/v1/audit-log?action=monitor.weights-changed')).json().items;
    expect(log).toHaveLength(1);
  });
});
