import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-db.ts';
import type { OpenedDatabase } from '../../db/database.ts';
import { generateDemo } from '../../platform/demo/generator.ts';
import { demoStepsOf, registry } from '../../platform/registry.ts';
import { isActivityVerb } from './activity-verbs.ts';

let database: OpenedDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  const steps = await demoStepsOf(registry);
  await generateDemo(database.db, { seed: 'verbs', residents: 2_000, asOf: new Date('2026-01-01T00:00:00Z') }, steps);
}, 120_000);
afterAll(() => database.close());

// The demo steps write the log in bulk, past the recorder: they too may only use catalogue verbs.
test('every verb the demo generator writes is in the catalogue', async () => {
  const rows = await database.db.selectFrom('activity_log').select('verb').distinct().execute();
  expect(rows.length).toBeGreaterThan(10);
  expect(rows.map((r) => r.verb).filter((verb) => !isActivityVerb(verb))).toEqual([]);
});
