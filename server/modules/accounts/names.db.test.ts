import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';

// Every name goes through one rule (contracts/text.ts): NFC, one ordinary space, no invisible or
// control characters. These tests go through the real API, where a refusal names the field.
let t: TestContext;
let resident: TestClient;
let professional: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  resident = await signUp(t, { displayName: 'Gerda Geeft' });
  professional = await signUp(t, { roles: [{ role: 'professional' }] });
});
afterAll(async () => {
  await t.close();
});

const register = (displayName: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/accounts',
    payload: {
      email: `n${Math.random().toString(36).slice(2)}@example.nl`,
      password: 'correct horse battery',
      displayName,
    },
  });

describe('display names at registration', () => {
  test('a right-to-left override is refused with invalidParams naming the field', async () => {
    const response = await register('Gerda\u202Enimda');
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().invalidParams).toEqual([
      { name: 'body.displayName', reason: 'Contains an invisible or control character (U+202E)' },
    ]);
  });

  test.each([
    ['left-to-right override', 'Gerda\u202D', 'U+202D'],
    ['right-to-left isolate', '\u2067Gerda', 'U+2067'],
    ['zero-width space', 'Ger\u200Bda', 'U+200B'],
    ['zero-width joiner', 'Ger\u200Dda', 'U+200D'],
    ['byte order mark inside', 'Ger\uFEFFda', 'U+FEFF'],
    ['a newline inside', 'Gerda\nBeheerder', 'U+000A'],
    ['an escape sequence', 'Gerda\u001B[1m', 'U+001B'],
    ['a Hangul filler', '\u3164', 'U+3164'],
  ])('%s is refused', async (_what, displayName, character) => {
    const response = await register(displayName);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().invalidParams).toContainEqual({
      name: 'body.displayName',
      reason: `Contains an invisible or control character (${character})`,
    });
  });

  test('a name is stored normalised: NFC, one ordinary space, trimmed', async () => {
    const response = await register('  Ame\u0301lie\u00A0\u00A0de\u2003Vries ');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().displayName).toBe('Amélie de Vries');
  });
});

describe('every other name goes through the same rule', () => {
  test('changing one’s display name', async () => {
    const response = await resident.patch('/api/v1/me', { displayName: 'Ger\u200Bda' });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().invalidParams).toContainEqual({
      name: 'body.displayName',
      reason: 'Contains an invisible or control character (U+200B)',
    });
  });

  test.each([
    [
      'the name of a resident who is not online',
      () => professional,
      '/api/v1/help-recipients',
      { name: 'Mevrouw\u202E Jansen', areaId: 'a1' },
      'body.name',
    ],
    [
      'the title of a help request',
      () => resident,
      '/api/v1/help-requests',
      {
        kind: 'errands',
        title: 'Boodschappen\u2066 doen',
        areaId: 'a1',
        when: { schedule: 'once', date: '2026-03-10' },
      },
      'body.title',
    ],
    [
      'the title of an initiative',
      () => resident,
      '/api/v1/initiatives',
      {
        title: 'Moestuin\u200D',
        summary: 'Samen groente kweken naast de school.',
        domain: 'green_and_public_space',
        areaIds: ['a1'],
      },
      'body.title',
    ],
    [
      'the name of an organisation',
      () => resident,
      '/api/v1/organisations',
      { name: 'Buurt\uFEFFvereniging', kind: 'association' },
      'body.name',
    ],
  ])('%s', async (_what, client, url, body, field) => {
    const response = await client().post(url, body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().invalidParams).toContainEqual(
      expect.objectContaining({ name: field, reason: expect.stringMatching(/^Contains an invisible or control/) }),
    );
  });
});
