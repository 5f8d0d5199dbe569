import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { createTestApp, signUp, type TestContext } from '../../test/support/test-app.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json: () => Record<string, unknown> },
  status: number,
) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  const body = response.json();
  expect(body).toMatchObject({
    status,
    title: expect.any(String),
    detail: expect.any(String),
    type: expect.any(String),
  });
  return body;
}

describe('bad input is a 4xx problem, never a 500', () => {
  test('unknown API route', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/nothing-here' }), 404);
  });

  test('malformed JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(expectProblem(response, 400).type).toContain('malformed-json');
  });

  test('wrong types name every field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: { email: 42, password: true, displayName: [] },
    });
    const body = expectProblem(response, 400) as { invalidParams: Array<{ name: string }> };
    expect([...new Set(body.invalidParams.map((p) => p.name))].sort()).toEqual([
      'body.displayName',
      'body.email',
      'body.password',
    ]);
  });

  test('each invalid field carries a code and its limit, so an app can word it in its own language', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: { email: 'geen-adres', password: 'kort', displayName: 'Fa' },
    });
    const body = expectProblem(response, 400) as { invalidParams: Array<Record<string, unknown>> };
    expect(body.invalidParams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'body.email',
          code: 'invalid_format',
          params: { format: 'email', origin: 'string' },
        }),
        expect.objectContaining({
          name: 'body.password',
          code: 'too_small',
          params: { origin: 'string', minimum: 10 },
        }),
      ]),
    );
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', payload: {} });
    const params = (expectProblem(missing, 400) as { invalidParams: Array<Record<string, unknown>> }).invalidParams;
    expect(params.find((p) => p.name === 'body.email')).toMatchObject({ code: 'required' });
  });

  test('unknown fields', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: { email: 'a@b.nl', password: 'x', isAdmin: true },
    });
    const body = expectProblem(response, 400) as { invalidParams: Array<{ reason: string }> };
    expect(body.invalidParams[0]?.reason).toContain('isAdmin');
  });

  test('oversized body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: JSON.stringify({ email: 'a@b.nl', password: 'x'.repeat(2_000_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(response, 413);
  });

  test('a body that is not JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      payload: 'email=a',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectProblem(response, 415);
  });
});

describe('security', () => {
  test('security headers, with a CSP that allows no inline scripts', async () => {
    const response = await t.app.inject({ url: '/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
  });

  test('login is rate limited per client', async () => {
    const limited = await createTestApp({ authRateLimit: { max: 3, timeWindow: 60_000 } });
    onTestFinished(() => limited.close());
    const attempt = () =>
      limited.app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: 'x@example.nl', password: 'wrong wrong' },
        remoteAddress: '10.9.9.9',
      });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    expectProblem(await attempt(), 429);
  });

  test('every API answer carries the API-Version header', async () => {
    const client = await signUp(t, {});
    expect((await client.get('/api/v1/me')).headers['api-version']).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('health', () => {
  test('liveness and readiness', async () => {
    expect((await t.app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks).toEqual({ database: 'ok', migrations: 'ok' });
  });
});

describe('rate limits are shared through the database', () => {
  test('two app instances on one database share one count, and the window resets', async () => {
    const first = await createTestApp({ authRateLimit: { max: 2, timeWindow: 60_000 } });
    onTestFinished(() => first.close());
    const { buildApp } = await import('../app.ts');
    const second = await buildApp({
      db: first.db,
      clock: first.clock,
      ids: first.ids,
      authRateLimit: { max: 2, timeWindow: 60_000 },
    });
    onTestFinished(() => second.close());
    const attempt = (app: typeof second) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/sessions',
        payload: { email: 'x@example.nl', password: 'wrong wrong' },
        remoteAddress: '10.1.1.1',
      });
    expect((await attempt(first.app)).statusCode).toBe(401);
    expect((await attempt(second)).statusCode).toBe(401);
    expect((await attempt(first.app)).statusCode).toBe(429);
    first.clock.advance(61_000);
    expect((await attempt(second)).statusCode).toBe(401);
  });
});
