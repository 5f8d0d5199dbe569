import { afterAll, beforeAll, expect, test } from 'vitest';
import { roles, type Access, type Role } from '../../contracts/roles.ts';
import { openTestSession } from '../../test/support/sessions.ts';
import { createTestApp, signUp, type TestContext } from '../../test/support/test-app.ts';
import { accessAllows } from './auth.ts';

// Walks every operation in the OpenAPI document with every role and anonymously, and checks the
// route-level outcome against the operation's declared `x-access`. A new endpoint is covered
// automatically; one without a declaration fails here (and at start-up).
let t: TestContext;
const accountOf = new Map<Role, string>();
beforeAll(async () => {
  t = await createTestApp();
  for (const role of roles) {
    const client = await signUp(t, { displayName: `Walker ${role}`, roles: role === 'resident' ? [] : [{ role }] });
    accountOf.set(role, client.accountId);
  }
});
afterAll(async () => {
  await t.close();
});

type Operation = { 'x-access'?: Access; operationId?: string };

test('every operation declares who may call it, and the gate enforces exactly that', async () => {
  const document = (await t.app.inject({ url: '/api/v1/openapi.json' })).json<{
    paths: Record<string, Record<string, Operation>>;
  }>();
  const outcomes: string[] = [];
  let checked = 0;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const access = operation['x-access'];
      expect(access, `${method.toUpperCase()} ${path} has no x-access`).toBeDefined();
      if (access === undefined) continue;
      const url = `/api/v1${path.replace(/\{[^}]+\}/g, 'walk-id')}`;
      for (const role of [null, ...roles] as const) {
        const headers: Record<string, string> = {};
        if (role) {
          const session = await openTestSession(t, accountOf.get(role)!);
          headers.cookie = `ws_session=${session.cookie}`;
          headers['x-csrf-token'] = session.csrf;
        }
        const hasBody = !['get', 'delete'].includes(method);
        const response = await t.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          headers,
          ...(hasBody ? { payload: {} } : {}),
        });
        const type = response.statusCode === 401 || response.statusCode === 403 ? String(response.json().type) : '';
        const gateDenied = type.endsWith('/not-logged-in') || type.endsWith('/role-not-allowed');
        const caller = role
          ? {
              accountId: 'x',
              sessionId: 'x',
              csrfToken: 'x',
              grants: [
                { role, areaId: null },
                { role: 'resident' as const, areaId: null },
              ],
            }
          : null;
        const allowed = accessAllows(access, caller);
        if (allowed === gateDenied || response.statusCode >= 500) {
          outcomes.push(
            `${method.toUpperCase()} ${path} as ${role ?? 'anonymous'}: expected ${allowed ? 'allow' : 'deny'}, got ${response.statusCode} ${type}`,
          );
        }
        checked += 1;
      }
    }
  }
  expect(outcomes).toEqual([]);
  expect(checked).toBeGreaterThan(50);
});
