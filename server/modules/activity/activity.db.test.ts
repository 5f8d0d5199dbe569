import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testPlatform } from '../../../test/support/platform.ts';
import { createTestApp, signUp, type TestContext } from '../../../test/support/test-app.ts';
import { importAmstelveen } from '../../../test/support/areas.ts';
import type { Platform } from '../../platform/module.ts';

let t: TestContext;
let platform: Platform;
let residentId: string;
let homeId: string;

beforeAll(async () => {
  t = await createTestApp();
  platform = await testPlatform(t);
  const { idOf } = await importAmstelveen(t);
  homeId = idOf('BU03620101');
  const resident = await signUp(t, { email: 'ria@example.nl' });
  residentId = resident.accountId;
  await t.db.updateTable('accounts').set({ home_area_id: homeId }).where('id', '=', residentId).execute();
});
afterAll(() => t.close());

async function lastEvent() {
  return t.db
    .selectFrom('activity_log')
    .selectAll()
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}

describe('the activity recorder', () => {
  test('a resident’s event carries their home neighbourhood at the time, and who it benefited', async () => {
    await t.db.transaction().execute((trx) =>
      platform.activity(trx, {
        verb: 'hours.gifted',
        actorId: residentId,
        counterpartId: 'someone-else',
        subjectType: 'timebank_transaction',
        subjectId: 'tx-1',
        areaId: homeId,
        hours: 1,
      }),
    );
    expect(await lastEvent()).toMatchObject({
      actor_kind: 'resident',
      actor_area_id: homeId,
      counterpart_id: 'someone-else',
    });
  });

  test('moving house later does not rewrite where earlier events came from', async () => {
    const before = await lastEvent();
    await t.db.updateTable('accounts').set({ home_area_id: null }).where('id', '=', residentId).execute();
    t.clock.advance(1_000);
    await platform.activity(t.db, {
      verb: 'help.offered',
      actorId: residentId,
      subjectType: 'help_offer',
      subjectId: 'offer-1',
      areaId: homeId,
    });
    expect((await lastEvent()).actor_area_id).toBeNull();
    const kept = await t.db
      .selectFrom('activity_log')
      .select('actor_area_id')
      .where('id', '=', before.id)
      .executeTakeFirstOrThrow();
    expect(kept.actor_area_id).toBe(homeId);
  });

  test.each([
    ['a government verb is staff', { verb: 'initiative.responded', actorId: 'x' }, 'staff'],
    ['acting on behalf of a resident is staff', { verb: 'help.requested', actorId: 'x', onBehalfOfId: 'r' }, 'staff'],
    ['nobody acting is the system', { verb: 'round.counted', actorId: null }, 'system'],
    ['an organisation acting', { verb: 'pledge.made', actorId: 'x', organisationId: 'o' }, 'organisation'],
    ['said explicitly', { verb: 'help.invited', actorId: 'x', actorKind: 'staff' as const }, 'staff'],
  ])('%s', async (_name, event, kind) => {
    t.clock.advance(1_000);
    await platform.activity(t.db, { subjectType: 's', subjectId: 'i', areaId: null, ...event });
    const row = await lastEvent();
    expect(row.actor_kind).toBe(kind);
    // Staff act for the area they serve, not from a home: no home neighbourhood is recorded.
    expect(row.actor_area_id).toBeNull();
  });
});
