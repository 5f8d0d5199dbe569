import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, signUp, type TestContext } from '../../../test/support/test-app.ts';
import { importAmstelveen } from '../../../test/support/areas.ts';

let t: TestContext;
let idOf: (code: string) => string;
beforeAll(async () => {
  t = await createTestApp();
  ({ idOf } = await importAmstelveen(t));
});
afterAll(async () => {
  await t.close();
});

test('a resident chooses a home neighbourhood, changes it and clears it; only a buurt will do', async () => {
  const resident = await signUp(t);
  expect((await resident.get('/api/v1/me')).json().homeAreaId).toBeNull();
  const set = await resident.patch('/api/v1/me', { homeAreaId: idOf('BU03620201') });
  expect(set.statusCode).toBe(200);
  expect(set.json().homeAreaId).toBe(idOf('BU03620201'));
  for (const notABuurt of [idOf('WK036202'), idOf('GM0362'), 'no-such-area']) {
    const refused = await resident.patch('/api/v1/me', { homeAreaId: notABuurt });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams[0].name).toBe('body.homeAreaId');
  }
  expect((await resident.get('/api/v1/me/export')).json().account.homeAreaId).toBe(idOf('BU03620201'));
  expect((await resident.patch('/api/v1/me', { homeAreaId: null })).json().homeAreaId).toBeNull();
});

test('roles can now be granted for a real area', async () => {
  const admin = await signUp(t, { roles: [{ role: 'administrator' }] });
  const professional = await signUp(t);
  const granted = await admin.post(`/api/v1/accounts/${professional.accountId}/roles`, {
    role: 'professional',
    areaId: idOf('WK036201'),
  });
  expect(granted.statusCode).toBe(201);
  expect(granted.json()).toMatchObject({ role: 'professional', areaId: idOf('WK036201') });
});

test('map settings tell the web app whether there are base-map tiles', async () => {
  expect((await t.app.inject({ url: '/api/v1/map-settings' })).json()).toEqual({ tileUrl: null });
  const withTiles = await createTestApp({
    mapTileUrl: 'https://tiles.example/{z}/{x}/{y}.png',
    mapTileOrigin: 'https://tiles.example',
  });
  try {
    const response = await withTiles.app.inject({ url: '/api/v1/map-settings' });
    expect(response.json()).toEqual({ tileUrl: 'https://tiles.example/{z}/{x}/{y}.png' });
    expect(String(response.headers['content-security-policy'])).toContain('https://tiles.example');
  } finally {
    await withTiles.close();
  }
});
