import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Area, AreaImportSummary } from '../../../contracts/areas.ts';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-db.ts';
import { AreaImportError } from './area-import.ts';
import {
  AMSTELVEEN_4,
  RANDWIJCK_RD,
  readFixture,
  testImporter,
  type FixtureCollection,
} from '../../../test/support/areas.ts';
import { signedArea } from './geometry.ts';

let t: TestContext;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signUp(t, { displayName: 'Admin', roles: [{ role: 'administrator' }] });
});
afterAll(async () => {
  await t.close();
});

/** Everything an import could touch, to prove a refused file changed nothing. */
async function snapshot(): Promise<string> {
  const areas = await t.db.selectFrom('areas').selectAll().orderBy('code').execute();
  const neighbours = await t.db
    .selectFrom('area_neighbours')
    .selectAll()
    .orderBy('area_id')
    .orderBy('neighbour_id')
    .execute();
  const audit = await t.db.selectFrom('audit_log').select(['id']).orderBy('id').execute();
  return JSON.stringify({ areas, neighbours, audit });
}

function round7(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}

describe('importing a real-shaped CBS file (WGS84)', () => {
  let summary: AreaImportSummary;
  test('the API import creates the municipality, its districts and neighbourhoods', async () => {
    const response = await admin.post('/api/v1/area-imports', readFixture(AMSTELVEEN_4));
    expect(response.statusCode).toBe(201);
    summary = response.json();
    expect(summary).toMatchObject({
      dryRun: false,
      features: 4,
      sourceCrs: 'WGS84',
      municipalities: { created: 1, updated: 0, unchanged: 0 },
      districts: { created: 2, updated: 0, unchanged: 0 },
      neighbourhoods: { created: 4, updated: 0, unchanged: 0 },
    });
    const log = (await admin.get('/api/v1/audit-log?action=areas.imported')).json();
    expect(log.items[0]).toMatchObject({ actorId: admin.accountId, after: { features: 4 } });
  });

  test('an area round-trips: names, codes, parents and the outline as imported', async () => {
    const source = readFixture(AMSTELVEEN_4).features.find((f) => f.properties.buurtcode === 'BU03620201')!;
    const area: Area = (await t.app.inject({ url: '/api/v1/areas/BU03620201' })).json();
    expect(area).toMatchObject({
      kind: 'neighbourhood',
      code: 'BU03620201',
      name: 'Oranjebuurt',
      population: null,
      ageBands: null,
    });
    expect(area.ancestors.map((a) => [a.kind, a.code, a.name])).toEqual([
      ['municipality', 'GM0362', 'Amstelveen'],
      ['district', 'WK036202', 'Patrimonium'],
    ]);
    expect(area.geometry?.type).toBe('Polygon');
    const ring = area.geometry!.coordinates[0] as number[][];
    const sourceRing = source.geometry.coordinates[0]!;
    expect(ring).toHaveLength(sourceRing.length);
    expect(signedArea(ring)).toBeGreaterThan(0);
    // Same points, possibly in the other direction (RFC 7946 winding), rounded to 7 decimals.
    const wanted = new Set(sourceRing.map((p) => `${round7(p[0]!)},${round7(p[1]!)}`));
    expect(ring.every((p) => wanted.has(`${p[0]},${p[1]}`))).toBe(true);
    expect(area.bbox![0]!).toBeLessThan(area.bbox![2]!);
    expect((await t.app.inject({ url: `/api/v1/areas/${area.id}` })).json().code).toBe('BU03620201');
  });

  test('lists filter by kind and parent, paginate by code, and search by name', async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ code: string }>; nextCursor: string | null } = (
        await t.app.inject({ url: `/api/v1/areas?kind=neighbourhood&limit=3${cursor ? `&cursor=${cursor}` : ''}` })
      ).json();
      all.push(...page.items.map((a) => a.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all).toEqual(['BU03620101', 'BU03620102', 'BU03620201', 'BU03620202']);
    const districts = (await t.app.inject({ url: '/api/v1/areas/GM0362/children' })).json();
    expect(districts.items.map((a: { code: string }) => a.code)).toEqual(['WK036201', 'WK036202']);
    const found = (await t.app.inject({ url: '/api/v1/areas?q=oranje' })).json();
    expect(found.items.map((a: { code: string }) => a.code)).toEqual(['BU03620201']);
    expect((await t.app.inject({ url: '/api/v1/areas?kind=city' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/areas/BU99999999' })).statusCode).toBe(404);
  });

  test('the map of a municipality is a FeatureCollection of its neighbourhoods, simplified, and knows who touches whom', async () => {
    const response = await t.app.inject({ url: '/api/v1/areas/GM0362/map' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/geo+json');
    const map = response.json();
    expect(map.type).toBe('FeatureCollection');
    expect(map.features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual([
      'BU03620101',
      'BU03620102',
      'BU03620201',
      'BU03620202',
    ]);
    const full = readFixture(AMSTELVEEN_4).features.reduce((n, f) => n + f.geometry.coordinates[0]!.length, 0);
    const simplified = map.features.reduce(
      (n: number, f: { geometry: { coordinates: number[][][] } }) => n + f.geometry.coordinates[0]!.length,
      0,
    );
    expect(simplified).toBeLessThan(full / 2);
    const district = (await t.app.inject({ url: '/api/v1/areas/WK036202/map' })).json();
    expect(district.features).toHaveLength(2);
    const neighbours = await t.db.selectFrom('area_neighbours').selectAll().execute();
    expect(neighbours.length).toBeGreaterThan(0);
    expect(neighbours.length % 2).toBe(0);
  });

  test('re-importing updates in place: same ids, changes counted', async () => {
    const before = await t.db.selectFrom('areas').select(['id', 'code']).orderBy('code').execute();
    const again = await testImporter(t).importText(readFileSync(AMSTELVEEN_4, 'utf8'), { actorId: null });
    expect(again.neighbourhoods).toEqual({ created: 0, updated: 0, unchanged: 4 });
    const renamed = readFixture(AMSTELVEEN_4);
    renamed.features[0]!.properties.buurtnaam = 'Randwijck-West';
    const changed = await testImporter(t).importValue(renamed, { actorId: null });
    expect(changed.neighbourhoods).toEqual({ created: 0, updated: 1, unchanged: 3 });
    expect(await t.db.selectFrom('areas').select(['id', 'code']).orderBy('code').execute()).toEqual(before);
    expect((await t.app.inject({ url: '/api/v1/areas/BU03620101' })).json().name).toBe('Randwijck-West');
  });

  test('a dry run reports what would change and writes nothing', async () => {
    const before = await snapshot();
    const renamed = readFixture(AMSTELVEEN_4);
    renamed.features[0]!.properties.buurtnaam = 'Randwijck-West';
    renamed.features[1]!.properties.buurtnaam = 'Elders';
    const response = await admin.post('/api/v1/area-imports?dryRun=true', renamed);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ dryRun: true, neighbourhoods: { updated: 1 } });
    expect(await snapshot()).toBe(before);
  });
});

describe('RD New files are reprojected', () => {
  test('declared EPSG:28992: coordinates come back as WGS84, within centimetres of the original', async () => {
    const summary = await testImporter(t).importText(readFileSync(RANDWIJCK_RD, 'utf8'), { actorId: null });
    expect(summary.sourceCrs).toBe('RD New (EPSG:28992)');
    const original = readFixture(AMSTELVEEN_4).features.find((f) => f.properties.buurtcode === 'BU03620101')!;
    const area: Area = (await t.app.inject({ url: '/api/v1/areas/BU03620101' })).json();
    const ring = area.geometry!.coordinates[0] as number[][];
    const sourceRing = original.geometry.coordinates[0]!;
    // The importer may reverse the ring (RFC 7946 winding); compare as sets of nearest points.
    for (const p of sourceRing.slice(0, 50)) {
      const nearest = Math.min(...ring.map((q) => Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!)));
      expect(nearest).toBeLessThan(2e-7);
    }
  });

  test('population and age bands: percentages become numbers; CBS secret values become unknown', async () => {
    const west: Area = (await t.app.inject({ url: '/api/v1/areas/BU03620101' })).json();
    expect(west.population).toBe(2480);
    expect(west.ageBands).toEqual({ age0to14: 347, age15to24: 273, age25to44: 670, age45to64: 694, age65plus: 496 });
    const east: Area = (await t.app.inject({ url: '/api/v1/areas/BU03620102' })).json();
    expect(east.population).toBeNull();
    // Not every child has a figure, so the district does not pretend to know its total.
    expect((await t.app.inject({ url: '/api/v1/areas/WK036201' })).json().population).toBeNull();
  });

  test('without a declared crs, RD is recognised from the coordinate ranges', async () => {
    const file = readFixture(RANDWIJCK_RD);
    delete file.crs;
    expect((await testImporter(t).importValue(file, { actorId: null, dryRun: true })).sourceCrs).toBe(
      'RD New (EPSG:28992)',
    );
  });
});

describe('a bad file is refused whole, with the feature number and the reason', () => {
  function broken(change: (file: FixtureCollection) => void): FixtureCollection {
    const file = readFixture(AMSTELVEEN_4);
    for (const f of file.features) f.properties.buurtnaam = `${String(f.properties.buurtnaam)} (nieuw)`;
    change(file);
    return file;
  }

  const cases: Array<[string, () => FixtureCollection | string, RegExp, number | null]> = [
    ['invalid JSON', () => '{"type": "FeatureCollection", "features": [', /not valid JSON/, null],
    [
      'not a FeatureCollection',
      () => ({ type: 'Feature' }) as unknown as FixtureCollection,
      /not a GeoJSON FeatureCollection/,
      null,
    ],
    ['a missing buurtcode', () => broken((f) => delete f.features[2]!.properties.buurtcode), /missing buurtcode/, 3],
    [
      'a malformed wijkcode',
      () => broken((f) => (f.features[1]!.properties.wijkcode = 'W36201')),
      /wijkcode "W36201" is not a CBS district code/,
      2,
    ],
    [
      'a buurt in the wrong wijk',
      () => broken((f) => (f.features[0]!.properties.wijkcode = 'WK036202')),
      /does not belong to wijkcode/,
      1,
    ],
    [
      'a polygon ring that is not closed',
      () => broken((f) => f.features[3]!.geometry.coordinates[0]!.pop()),
      /ring 1 \(BU03620202\) is not closed/,
      4,
    ],
    [
      'a ring of three points',
      () =>
        broken(
          (f) =>
            (f.features[1]!.geometry.coordinates[0] = [
              [4.8, 52.3],
              [4.81, 52.3],
              [4.8, 52.3],
            ]),
        ),
      /a closed ring needs at least 4/,
      2,
    ],
    [
      'a point instead of a polygon',
      () => broken((f) => (f.features[0]!.geometry = { type: 'Point', coordinates: [[[4.8, 52.3]]] })),
      /geometry type Point is not supported/,
      1,
    ],
    [
      'a neighbourhood whose district is unknown',
      () =>
        broken((f) => {
          for (const feature of f.features)
            if (feature.properties.wijkcode === 'WK036202') feature.properties.wijkcode = 'WK036209';
          for (const feature of f.features)
            if (feature.properties.wijkcode === 'WK036209') {
              feature.properties.buurtcode = String(feature.properties.buurtcode).replace('BU036202', 'BU036209');
              delete feature.properties.wijknaam;
            }
        }),
      /district WK036209 is unknown/,
      3,
    ],
    [
      'the same buurtcode twice',
      () => broken((f) => (f.features[3]!.properties.buurtcode = 'BU03620201')),
      /appears again \(first in feature 3\)/,
      4,
    ],
    [
      'a population that is not a number',
      () => broken((f) => (f.features[0]!.properties.aantalInwoners = 'veel')),
      /aantalInwoners is not a number/,
      1,
    ],
    [
      'an unsupported CRS',
      () => broken((f) => (f.crs = { type: 'name', properties: { name: 'EPSG:3857' } })),
      /EPSG:3857 is not supported/,
      null,
    ],
    [
      'coordinates in neither WGS84 nor RD',
      () =>
        broken((f) => {
          delete f.crs;
          f.features[0]!.geometry.coordinates[0] = [
            [1e7, 1e7],
            [1e7 + 1, 1e7],
            [1e7, 1e7 + 1],
            [1e7, 1e7],
          ];
        }),
      /neither WGS84 degrees nor RD New metres/,
      null,
    ],
  ];

  test.each(cases)('%s', async (_name, make, reason, feature) => {
    const before = await snapshot();
    const file = make();
    const error = await (
      typeof file === 'string'
        ? testImporter(t).importText(file, { actorId: null })
        : testImporter(t).importValue(file, { actorId: null })
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AreaImportError);
    const issue = (error as AreaImportError).issues[0]!;
    expect(issue.reason).toMatch(reason);
    expect(issue.feature).toBe(feature);
    expect(await snapshot()).toBe(before);
  });

  test('the API answers 422 naming each bad feature, and writes nothing', async () => {
    const before = await snapshot();
    const file = broken((f) => {
      f.features[1]!.geometry.coordinates[0]!.pop();
      delete f.features[2]!.properties.buurtnaam;
    });
    const response = await admin.post('/api/v1/area-imports', file);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body.detail).toMatch(/feature 2: .*not closed.*and 1 more/);
    expect(body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.features[1]', 'body.features[2]']);
    expect(await snapshot()).toBe(before);
  });

  test('a district already in the database may be referred to without its name', async () => {
    const file = readFixture(AMSTELVEEN_4);
    for (const f of file.features) delete f.properties.wijknaam;
    const summary = await testImporter(t).importValue(file, { actorId: null, dryRun: true });
    expect(summary.districts.unchanged).toBe(2);
  });
});

describe('who may import', () => {
  test('anonymous, residents, other staff and area-scoped administrators may not', async () => {
    const file = readFixture(AMSTELVEEN_4);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/area-imports', payload: file })).statusCode).toBe(401);
    const resident = await signUp(t);
    expect((await resident.post('/api/v1/area-imports', file)).statusCode).toBe(403);
    const civil = await signUp(t, { roles: [{ role: 'civil_servant' }] });
    expect((await civil.post('/api/v1/area-imports', file)).statusCode).toBe(403);
    const district = (
      await t.db.selectFrom('areas').select('id').where('code', '=', 'WK036201').executeTakeFirstOrThrow()
    ).id;
    const scopedAdmin = await signUp(t, { roles: [{ role: 'administrator', areaId: district }] });
    expect((await scopedAdmin.post('/api/v1/area-imports', file)).statusCode).toBe(403);
  });
});

describe('the CLI', () => {
  test.runIf(testDialect() === 'sqlite')(
    'imports a file with a summary, and refuses a bad one with exit code 1',
    { timeout: 60_000 },
    async () => {
      const run = promisify(execFile);
      const dir = mkdtempSync(join(tmpdir(), 'ws-areas-cli-'));
      const root = fileURLToPath(new URL('../../../', import.meta.url));
      const env = { ...process.env, DATABASE_URL: join(dir, 'cli.sqlite') };
      try {
        const ok = await run('npx', ['tsx', 'server/cli/main.ts', 'areas', 'import', fileURLToPath(AMSTELVEEN_4)], {
          cwd: root,
          env,
        });
        expect(ok.stdout).toMatch(/Imported 4 features/);
        expect(ok.stdout).toMatch(/neighbourhoods\s+4 new/);
        const bad = join(dir, 'bad.geojson');
        const file = readFixture(AMSTELVEEN_4);
        file.features[1]!.geometry.coordinates[0]!.pop();
        writeFileSync(bad, JSON.stringify(file));
        const refused = await run('npx', ['tsx', 'server/cli/main.ts', 'areas', 'import', bad], {
          cwd: root,
          env,
        }).catch((e: { code: number; stderr: string }) => e);
        expect('code' in refused && refused.code).toBe(1);
        expect(refused.stderr).toMatch(/feature 2: polygon ring 1 \(BU03620102\) is not closed/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
