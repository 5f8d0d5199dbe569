import { expect } from 'vitest';
import type { TestClient, TestContext } from './test-app.ts';
import { signUp } from './test-app.ts';
import { importAmstelveen } from './areas.ts';

export const SECRET = { address: 'Geheimstraat 12, 1181 XX', phone: '06 1234 5678', name: 'Mevrouw Geheimzin' };

export interface HelpWorld {
  idOf: (code: string) => string;
  west: string;
  east: string;
  far: string;
  district: string;
}

/** The four Amstelveen buurten: West and East of Randwijck touch; Patrimonium lies in another district. */
export async function helpWorld(t: TestContext): Promise<HelpWorld> {
  const { idOf } = await importAmstelveen(t);
  return {
    idOf,
    west: idOf('BU03620101'),
    east: idOf('BU03620102'),
    far: idOf('BU03620202'),
    district: idOf('WK036201'),
  };
}

export const onceNextWeek = { schedule: 'once', date: '2026-03-10', dayParts: ['morning'] } as const;

export async function postRequest(
  client: TestClient,
  areaId: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const response = await client.post('/api/v1/help-requests', {
    kind: 'errands',
    title: 'Boodschappen doen',
    description: 'Een keer per week naar de supermarkt.',
    areaId,
    when: onceNextWeek,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

export async function offerHelp(
  client: TestClient,
  areaIds: string[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const response = await client.post('/api/v1/help-offers', {
    kinds: ['errands', 'company'],
    areaIds,
    availability: [{ day: 'tue', part: 'morning' }],
    maxPerWeek: 3,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

export async function team(
  t: TestContext,
  areaId: string | null,
  displayName = 'Wijkteam Willemijn',
): Promise<TestClient> {
  return signUp(t, { displayName, roles: [{ role: 'professional', areaId }] });
}
