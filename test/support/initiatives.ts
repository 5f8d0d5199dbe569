import { sql } from 'kysely';
import pg from 'pg';
import { expect, inject } from 'vitest';
import { importAmstelveen } from './areas.ts';
import { signUp, type TestClient, type TestContext } from './test-app.ts';
import { testDialect } from './test-db.ts';

/** Test world: four Amstelveen buurten and a municipality-wide civil servant who verifies residents at the desk. */
export interface World {
  t: TestContext;
  idOf: (code: string) => string;
  civilServant: TestClient;
  /** Randwijck West and Oost (district WK036201), and two buurten of WK036202. */
  west: string;
  oost: string;
  other: string;
}

export async function createWorld(t: TestContext): Promise<World> {
  const { idOf } = await importAmstelveen(t);
  const civilServant = await signUp(t, { displayName: 'Ambtenaar Anouk', roles: [{ role: 'civil_servant' }] });
  return { t, idOf, civilServant, west: idOf('BU03620101'), oost: idOf('BU03620102'), other: idOf('BU03620201') };
}

/** A resident verified in person for one neighbourhood. */
export async function verifiedResident(world: World, areaId: string, displayName?: string): Promise<TestClient> {
  const resident = await signUp(world.t, displayName ? { displayName } : {});
  const response = await world.civilServant.post(`/api/v1/areas/${areaId}/verifications`, {
    accountId: resident.accountId,
    note: 'ID checked',
  });
  expect(response.statusCode, response.body).toBe(201);
  return resident;
}

export async function startInitiative(
  world: World,
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const response = await client.post('/api/v1/initiatives', {
    title: 'Moestuin aan de Keizer Karelweg',
    summary: 'Samen groente kweken op het braakliggende stuk grond naast de school.',
    description: 'We zoeken handen, zaden en een plek voor de schuur.',
    domain: 'green_and_public_space',
    areaIds: [world.west],
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export const inDays = (t: TestContext, days: number) =>
  new Date(t.clock.now().getTime() + days * 86_400_000).toISOString();

/**
 * Closes the test app, first waiting on PostgreSQL until this database's connections are really
 * gone. pg-pool's end() resolves before idle sockets have closed, and the harness then drops the
 * database WITH (FORCE): a backend killed mid-close reports FATAL 57P01 to a client that no
 * longer listens, which Vitest counts as an unhandled error. (Harness race; reported.)
 */
export async function closeTestApp(t: TestContext): Promise<void> {
  if (testDialect() === 'postgres') {
    const name = (await sql<{ name: string }>`select current_database() as name`.execute(t.db)).rows[0]?.name;
    await t.app.close();
    await t.db.destroy();
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    try {
      for (let attempt = 0; attempt < 100; attempt++) {
        const { rows } = await admin.query<{ n: string }>(
          'select count(*) as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (Number(rows[0]?.n ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await admin.end();
    }
  }
  await t.close();
}
