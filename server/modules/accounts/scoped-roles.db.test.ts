import { afterAll, beforeAll, expect, test } from 'vitest';
import { importAmstelveen } from '../../../test/support/areas.ts';
import { createTestApp, signUp, type TestContext } from '../../../test/support/test-app.ts';

let t: TestContext;
let idOf: (code: string) => string;
beforeAll(async () => {
  t = await createTestApp();
  ({ idOf } = await importAmstelveen(t));
});
afterAll(async () => {
  await t.close();
});

test('an administrator limits a role to an area by its CBS code; the grant stores the area id', async () => {
  const admin = await signUp(t, { roles: [{ role: 'administrator' }] });
  const officer = await signUp(t);
  const granted = await admin.post(`/api/v1/accounts/${officer.accountId}/roles`, {
    role: 'civil_servant',
    areaId: 'WK036201',
  });
  expect(granted.statusCode).toBe(201);
  expect(granted.json()).toMatchObject({ role: 'civil_servant', areaId: idOf('WK036201') });
  const again = await admin.post(`/api/v1/accounts/${officer.accountId}/roles`, {
    role: 'civil_servant',
    areaId: idOf('WK036201'),
  });
  expect(again.statusCode).toBe(409);
  const log = await admin.get(`/api/v1/audit-log?subjectId=${officer.accountId}`);
  expect(log.json().items[0]).toMatchObject({
    action: 'role.granted',
    areaId: idOf('WK036201'),
    after: { areaId: idOf('WK036201') },
  });
});
