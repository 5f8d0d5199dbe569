import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../db/database.ts';
import { createTestApp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { createTestDatabase } from '../../../test/support/test-db.ts';
import { DEMO_ACCOUNTS, DEMO_LETTER_CODE, GENERATED_RESIDENT_PASSWORD } from '../../platform/demo/demo-accounts.ts';
import { databaseIsEmpty, seedDemoIfEmpty } from './demo.seed.ts';
import { demoStepsOf, registry } from '../../platform/registry.ts';

const demoSteps = await demoStepsOf(registry);
import { generateDemo } from '../../platform/demo/generator.ts';

const AS_OF = new Date('2026-01-01T00:00:00.000Z');

/** Every table the generator writes, in a stable order, for comparing two runs. */
async function dump(db: Db): Promise<string> {
  const tables = [
    'areas',
    'area_neighbours',
    'accounts',
    'role_assignments',
    'verification_code_batches',
    'verification_codes',
    'verifications',
    'audit_log',
  ] as const;
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await db.selectFrom(table).selectAll().execute();
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return JSON.stringify(out);
}

async function withDatabase<T>(use: (db: Db) => Promise<T>): Promise<T> {
  const database = await createTestDatabase();
  try {
    return await use(database.db);
  } finally {
    await database.close();
  }
}

describe('the generator', () => {
  test('the same seed gives the same data; another seed other data', { timeout: 120_000 }, async () => {
    const options = { seed: 'same-seed', residents: 2_000, asOf: AS_OF };
    const first = await withDatabase(async (db) => (await generateDemo(db, options, demoSteps), dump(db)));
    const second = await withDatabase(async (db) => (await generateDemo(db, options, demoSteps), dump(db)));
    expect(second).toBe(first);
    const other = await withDatabase(
      async (db) => (await generateDemo(db, { ...options, seed: 'other-seed' }, demoSteps), dump(db)),
    );
    expect(other).not.toBe(first);
  });

  test.each([2_000, 15_000])(
    '%i residents: that many accounts, neighbourhoods in proportion, figures that add up',
    { timeout: 300_000 },
    async (residents) => {
      await withDatabase(async (db) => {
        const summary = await generateDemo(db, { seed: 'sizes', residents, asOf: AS_OF }, demoSteps);
        expect(summary.rows.accounts).toBe(residents + DEMO_ACCOUNTS.length);
        const areas = await db.selectFrom('areas').selectAll().execute();
        const neighbourhoods = areas.filter((a) => a.kind === 'neighbourhood');
        expect(neighbourhoods).toHaveLength(Math.max(3, Math.round(residents / 1_500)));
        expect(neighbourhoods.reduce((s, n) => s + n.population!, 0)).toBe(residents);
        expect(areas.find((a) => a.kind === 'municipality')).toMatchObject({
          code: 'GM9999',
          name: 'Wakkerdam',
          population: residents,
        });
        for (const area of areas) {
          const bands = JSON.parse(area.age_bands_json!) as Record<string, number>;
          expect(Object.values(bands).reduce((s, n) => s + n, 0)).toBe(area.population);
        }
        const homes = await db
          .selectFrom('accounts')
          .select(['home_area_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('email', 'like', 'bewoner%@wakkerdam.example')
          .where('email', '!=', 'bewoner@wakkerdam.example')
          .groupBy('home_area_id')
          .execute();
        for (const home of homes)
          expect(Number(home.n)).toBe(neighbourhoods.find((n) => n.id === home.home_area_id)!.population);
        for (const n of neighbourhoods) expect(n.code).toMatch(/^BU9999\d{4}$/);
        const neighbours = await db.selectFrom('area_neighbours').selectAll().execute();
        const pairs = new Set(neighbours.map((n) => `${n.area_id}>${n.neighbour_id}`));
        for (const n of neighbours) expect(pairs.has(`${n.neighbour_id}>${n.area_id}`)).toBe(true);
        if (neighbourhoods.length > 3)
          expect(neighbours.length).toBeGreaterThanOrEqual(2 * (neighbourhoods.length - 1));
      });
    },
  );

  test('sizes outside 2,000–500,000 are refused', async () => {
    await withDatabase(async (db) => {
      await expect(generateDemo(db, { seed: 's', residents: 1_999, asOf: AS_OF }, demoSteps)).rejects.toThrow(
        /2,000 to 500,000/,
      );
      await expect(generateDemo(db, { seed: 's', residents: 500_001, asOf: AS_OF }, demoSteps)).rejects.toThrow(
        /2,000 to 500,000/,
      );
      expect(await databaseIsEmpty(db)).toBe(true);
    });
  });
});

describe('the demo on first start', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp({ demoCredentials: true });
    expect(await seedDemoIfEmpty(t.db, new Date('2026-03-02T09:00:00Z'), () => demoStepsOf(registry))).toBeDefined();
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  test('seeds only an empty database', async () => {
    expect(await seedDemoIfEmpty(t.db, new Date(), () => demoStepsOf(registry))).toBeUndefined();
  });

  test('the log-in page can show every demo account, and each one logs in with its role', async () => {
    const response = await t.app.inject({ url: '/api/v1/demo-accounts' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.accounts.map((a: { role: string }) => a.role).sort()).toEqual([
      'administrator',
      'civil_servant',
      'professional',
      'resident',
      'resident',
      'steering_officer',
    ]);
    expect(body.accounts.find((a: { email: string }) => a.email === 'geverifieerd@wakkerdam.example').verified).toBe(
      true,
    );
    expect(body.accounts.find((a: { role: string }) => a.role === 'professional').areaName).toEqual(expect.any(String));
    for (const account of DEMO_ACCOUNTS) {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: account.email, password: account.password },
      });
      expect(login.statusCode, account.email).toBe(201);
      const roles = login.json().roles.map((r: { role: string }) => r.role);
      expect(account.role === 'resident' ? roles : roles[0]).toEqual(account.role === 'resident' ? [] : account.role);
    }
    const generated = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: 'bewoner17@wakkerdam.example', password: GENERATED_RESIDENT_PASSWORD },
    });
    expect(generated.statusCode).toBe(201);
  });

  test('the demo resident can verify with the letter code shown, once', async () => {
    const before = (await t.app.inject({ url: '/api/v1/demo-accounts' })).json();
    expect(before.letterCode).toEqual({ code: DEMO_LETTER_CODE, areaName: expect.any(String) });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: 'bewoner@wakkerdam.example', password: 'wakkerdam-bewoner' },
    });
    const resident = new TestClient(t.app, {
      cookie: login.cookies.find((c) => c.name === 'ws_session')!.value,
      csrf: login.json().csrfToken,
      accountId: login.json().id,
    });
    const redeemed = await resident.post('/api/v1/me/verifications', { code: DEMO_LETTER_CODE });
    expect(redeemed.statusCode).toBe(201);
    expect(redeemed.json().areaName).toBe(before.letterCode.areaName);
    expect((await t.app.inject({ url: '/api/v1/demo-accounts' })).json().letterCode).toBeNull();
  });

  test('the generated town is served by the areas API', async () => {
    const map = (await t.app.inject({ url: '/api/v1/areas/GM9999/map' })).json();
    expect(map.features.length).toBe(20);
    expect((await t.app.inject({ url: '/api/v1/areas/GM9999/children' })).json().items.length).toBe(3);
  });

  test('outside demo mode there are no demo accounts to show (an empty list: the log-in page logs no error)', async () => {
    const plain = await createTestApp();
    try {
      const response = await plain.app.inject({ url: '/api/v1/demo-accounts' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ accounts: [], letterCode: null });
    } finally {
      await plain.close();
    }
  });
});
