import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createWorld, startInitiative, verifiedResident, type World } from '../../test/support/initiatives.ts';
import { createTestApp, signUp, type TestContext } from '../../test/support/test-app.ts';
import { DEFAULT_WRITE_LIMITS } from './rate-limits.ts';

// Logged-in writes are limited per account (wherever it connects from): creating content that
// others see, such as initiatives and reports, more tightly; every other logged-in write generously.
let t: TestContext;
let world: World;
beforeAll(async () => {
  t = await createTestApp({
    writeLimits: { content: { max: 3, timeWindow: 3_600_000 }, general: { max: 5, timeWindow: 600_000 } },
  });
  world = await createWorld(t);
});
afterAll(async () => {
  await t.close();
});

describe('per-account write limits', () => {
  test('reports: the fourth in an hour is refused with 429 problem+json and Retry-After, from any address', async () => {
    const owner = await verifiedResident(world, world.west);
    const initiative = await startInitiative(world, owner);
    const reporter = await signUp(t);
    const report = (ip: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/content-reports',
        headers: { cookie: `ws_session=${reporter.session!.cookie}`, 'x-csrf-token': reporter.session!.csrf },
        payload: { subjectType: 'initiative', subjectId: initiative.id, reason: 'spam' },
        remoteAddress: ip,
      });
    for (const ip of ['10.1.0.1', '10.1.0.2', '10.1.0.3']) expect((await report(ip)).statusCode).not.toBe(429);
    const refused = await report('10.1.0.4');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
    expect(refused.json()).toMatchObject({ status: 429, title: 'Too many requests' });

    // Someone else is not affected, and after the hour the reporter may report again.
    const other = await signUp(t);
    const theirs = await other.post('/api/v1/content-reports', {
      subjectType: 'initiative',
      subjectId: initiative.id,
      reason: 'spam',
    });
    expect(theirs.statusCode).toBe(201);
    t.clock.advance(3_600_000);
    expect((await report('10.1.0.5')).statusCode).not.toBe(429);
  });

  test('creating initiatives is limited the same way', async () => {
    const organiser = await verifiedResident(world, world.oost);
    for (let i = 0; i < 3; i++) await startInitiative(world, organiser, { title: `Initiatief nummer ${i + 1}` });
    const refused = await organiser.post('/api/v1/initiatives', {
      title: 'Nog een initiatief',
      summary: 'Samen groente kweken op het braakliggende stuk grond naast de school.',
      description: 'We zoeken handen.',
      domain: 'green_and_public_space',
      areaIds: [world.oost],
    });
    expect(refused.statusCode).toBe(429);
  });

  test('other logged-in writes get the general limit', async () => {
    const resident = await signUp(t);
    for (let i = 0; i < 5; i++)
      expect((await resident.patch('/api/v1/me', { displayName: `Naam ${i}` })).statusCode).toBe(200);
    expect((await resident.patch('/api/v1/me', { displayName: 'Te vaak' })).statusCode).toBe(429);
  });

  test('the defaults are generous', () => {
    expect(DEFAULT_WRITE_LIMITS.content).toEqual({ max: 60, timeWindow: 3_600_000 });
    expect(DEFAULT_WRITE_LIMITS.general).toEqual({ max: 300, timeWindow: 600_000 });
  });
});
