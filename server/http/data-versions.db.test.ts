import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeTestApp, createWorld, type World } from '../../test/support/initiatives.ts';
import { secondInstance } from '../../test/support/second-instance.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../test/support/test-app.ts';
import { createDataVersionReader } from './data-versions.ts';

// The data versions the list cache compares (migration 0014): database triggers bump a domain's
// counter in the same transaction as every write to its tables, whoever writes.

let t: TestContext;
let world: World;
let second: Awaited<ReturnType<typeof secondInstance>>;
const versions = () => createDataVersionReader(t.db)();

beforeAll(async () => {
  t = await createTestApp();
  world = await createWorld(t);
  second = await secondInstance(t);
});

afterAll(async () => {
  await second?.close();
  await closeTestApp(t);
});

test('a write bumps the version of its domain with its transaction; a rolled-back one bumps nothing', async () => {
  const before = await versions();
  await t.db.transaction().execute(async (trx) => {
    await trx.updateTable('areas').set({ name: 'Randwijck Nieuw' }).where('id', '=', world.west).execute();
    await trx.updateTable('areas').set({ name: 'Randwijck West' }).where('id', '=', world.west).execute();
  });
  const after = await versions();
  expect(after.areas).toBeGreaterThan(before.areas);
  expect({ initiatives: after.initiatives, budgeting: after.budgeting }).toEqual({
    initiatives: before.initiatives,
    budgeting: before.budgeting,
  });

  await expect(
    t.db.transaction().execute(async (trx) => {
      await trx.updateTable('areas').set({ name: 'Tijdelijk' }).where('id', '=', world.west).execute();
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  expect(await versions()).toEqual(after);
});

test('many writers on two instances at once all succeed: the version row never deadlocks them', async () => {
  const organiser = await signUp(t, { displayName: 'Olivier' });
  const before = await versions();
  const created = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      new TestClient(i % 2 === 0 ? t.app : second.app, organiser.session).post('/api/v1/initiatives', {
        title: `Samen ${i}`,
        summary: 'Een initiatief dat tegelijk met elf andere begint.',
        domain: 'green_and_public_space',
        areaIds: [world.west, world.oost],
      }),
    ),
  );
  expect(created.map((response) => response.statusCode)).toEqual(Array(12).fill(201));
  expect((await versions()).initiatives).toBeGreaterThanOrEqual(before.initiatives + 12);
});
