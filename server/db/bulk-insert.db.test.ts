import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestDatabase } from '../../test/support/test-db.ts';
import { bulkInsert } from './bulk-insert.ts';
import type { OpenedDatabase } from './database.ts';

let database: OpenedDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const rows = (n: number, value: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => ({ day: '2026-05-01', area_id: `a${i}`, measure: 'minutes', value: value(i) }));

const stored = async () =>
  (await database.db.selectFrom('monitor_counts').select(['area_id', 'value']).orderBy('area_id').execute()).map(
    (row) => [row.area_id, Number(row.value)],
  );

test.each([1, 2, 3, 1999, 2000, 2001, 4567])(
  '%i rows go in, each once, in full chunks and a rest in powers of two',
  async (n) => {
    await database.db.deleteFrom('monitor_counts').execute();
    await bulkInsert(
      database.db,
      'monitor_counts',
      rows(n, (i) => i),
    );
    const back = await stored();
    expect(back).toHaveLength(n);
    expect(new Map(back as [string, number][])).toEqual(new Map(rows(n, (i) => i).map((r) => [r.area_id, r.value])));
  },
);

test('an on-conflict clause merges into the rows already there', async () => {
  await database.db.deleteFrom('monitor_counts').execute();
  await bulkInsert(
    database.db,
    'monitor_counts',
    rows(3000, () => 1),
  );
  await bulkInsert(
    database.db,
    'monitor_counts',
    rows(3500, () => 2),
    {
      onConflict: 'on conflict (day, area_id, measure) do update set value = monitor_counts.value + excluded.value',
    },
  );
  const back = await stored();
  expect(back).toHaveLength(3500);
  expect(back.filter(([, value]) => value === 3)).toHaveLength(3000);
  expect(back.filter(([, value]) => value === 2)).toHaveLength(500);
});

test('nothing to insert is no statement; a name that is not a plain SQL name is refused', async () => {
  await expect(bulkInsert(database.db, 'monitor_counts', [])).resolves.toBeUndefined();
  const odd = [{ day: '2026-05-01', area_id: 'a', measure: 'm', value: 1, 'value" = 1; --': 1 }];
  await expect(bulkInsert(database.db, 'monitor_counts', odd)).rejects.toThrow(/not a plain SQL name/);
});
