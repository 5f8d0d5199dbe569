import { expect, test } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-db.ts';
import { demoStepsOf, registry } from '../../platform/registry.ts';

const demoSteps = await demoStepsOf(registry);
import { generateDemo } from '../../platform/demo/generator.ts';
import { createTimebankRepository } from '../timebank/timebank.repository.ts';

test('the demo municipality gets help traffic that keeps the ledger sound', { timeout: 120_000 }, async () => {
  const database = await createTestDatabase();
  try {
    const { db } = database;
    const summary = await generateDemo(
      db,
      { seed: 'help', residents: 4_000, asOf: new Date('2026-01-01T00:00:00Z') },
      demoSteps,
    );
    expect(summary.rows.help_offers).toBeGreaterThan(50);
    // About 7% of residents ask in a year, more in lively neighbourhoods.
    expect(summary.rows.help_requests).toBeGreaterThan(150);
    const statuses = new Set((await db.selectFrom('help_requests').select('status').execute()).map((r) => r.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['closed', 'open']));
    expect(
      await db.selectFrom('help_requests').select('id').where('escalated_at', 'is not', null).execute(),
    ).not.toHaveLength(0);
    expect(
      await db.selectFrom('help_requests').select('id').where('recipient_id', 'is not', null).execute(),
    ).not.toHaveLength(0);
    const { total, mismatched } = await createTimebankRepository(db).audit();
    expect(total).toBe(0);
    expect(mismatched).toEqual([]);
    const lowest = await db
      .selectFrom('timebank_accounts')
      .select((eb) => eb.fn.min<number>('balance_minutes').as('m'))
      .executeTakeFirstOrThrow();
    expect(Number(lowest.m)).toBeGreaterThanOrEqual(-20 * 60);
    const verbs = new Set(
      (await db.selectFrom('activity_log').select('verb').where('verb', 'like', 'help.%').execute()).map((r) => r.verb),
    );
    expect([...verbs].sort()).toEqual([
      'help.cancelled',
      'help.closed',
      'help.escalated',
      'help.invited',
      'help.matched',
      'help.offered',
      'help.requested',
      'help.solved',
    ]);
  } finally {
    await database.close();
  }
});
