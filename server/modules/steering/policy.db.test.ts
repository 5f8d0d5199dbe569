import { afterAll, beforeAll, expect, test } from 'vitest';
import { challengeCriteria, type SteeringThresholds } from '../../../contracts/steering.ts';
import { roles, type Role } from '../../../contracts/roles.ts';
import { closeTestApp } from '../../../test/support/initiatives.ts';
import {
  createSteeringWorld,
  createTask,
  dateIn,
  MOTIVATION,
  type SteeringWorld,
} from '../../../test/support/steering.ts';
import { createTestApp, signUp, TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { DEFAULT_THRESHOLDS } from './advice.ts';

// Every steering endpoint, called with real data by anonymous and by each role (granted for the
// whole municipality): who is let through and who is refused. Which grants an action rests on is
// tested per use case (scope) in the other files.
let t: TestContext;
let w: SteeringWorld;
const clients = new Map<Role | 'anonymous', TestClient>();
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  w = await createSteeringWorld(t);
  clients.set('anonymous', new TestClient(t.app));
  for (const role of roles)
    clients.set(role, await signUp(t, { displayName: `Rol ${role}`, roles: role === 'resident' ? [] : [{ role }] }));
  ids.task = (await createTask(w, w.officer, { provider: 'community', providerInitiativeId: w.initiativeId })).id;
  const decision = await w.officer.post('/api/v1/steering/decisions', {
    subjectType: 'task',
    subjectId: ids.task,
    layer: 'facilitate',
    motivation: MOTIVATION,
    instruments: {
      grant: { amountCents: 100_000, purpose: 'Plantgoed voor de buurttuin', reportDueDate: dateIn(t, 60) },
    },
    reviewDate: dateIn(t, 120),
  });
  ids.decision = decision.json().id;
  ids.grant = decision.json().grantId;
}, 60_000);
afterAll(async () => {
  await closeTestApp(t);
});

const everyone = ['anonymous', ...roles] as const;
const loggedIn = roles;
const staff = ['professional', 'civil_servant', 'steering_officer', 'administrator'] as const;
type Who = (typeof everyone)[number];

/** One call each: allowed callers must get past the gate and the scope check; the others a 401 or 403. */
const endpoints: Array<{
  name: string;
  allowed: readonly Who[];
  call: (c: TestClient, who: Who) => Promise<{ statusCode: number }>;
}> = [
  { name: 'GET /public-tasks', allowed: everyone, call: (c) => c.get('/api/v1/public-tasks') },
  { name: 'GET /public-tasks/{id}', allowed: everyone, call: (c) => c.get(`/api/v1/public-tasks/${ids.task}`) },
  {
    name: 'POST /public-tasks',
    allowed: ['steering_officer', 'administrator'],
    call: (c, who) =>
      c.post('/api/v1/public-tasks', {
        areaId: w.west,
        title: `Taak van ${who}`,
        domain: 'waste',
        description: 'Een taak om de rollen te toetsen.',
        statutory: false,
        exclusive: false,
        risk: 'low',
        yearlyBudgetCents: 1000,
        department: 'Toets',
      }),
  },
  {
    name: 'PATCH /public-tasks/{id}',
    allowed: ['steering_officer', 'administrator'],
    call: (c) => c.patch(`/api/v1/public-tasks/${ids.task}`, { risk: 'low', reason: 'Toets van de rollen' }),
  },
  {
    name: 'GET provider-changes',
    allowed: everyone,
    call: (c) => c.get(`/api/v1/public-tasks/${ids.task}/provider-changes`),
  },
  {
    name: 'POST provider-changes',
    allowed: ['steering_officer', 'administrator'],
    call: (c) =>
      c.post(`/api/v1/public-tasks/${ids.task}/provider-changes`, {
        provider: 'community',
        initiativeId: w.initiativeId,
        reason: 'Toets van de rollen, zelfde aanbieder.',
      }),
  },
  { name: 'GET picture', allowed: everyone, call: (c) => c.get(`/api/v1/steering/pictures/${w.district}`) },
  { name: 'GET advice list', allowed: everyone, call: (c) => c.get('/api/v1/steering/advice') },
  { name: 'GET advice', allowed: everyone, call: (c) => c.get(`/api/v1/steering/advice/task/${ids.task}`) },
  { name: 'GET timeline', allowed: everyone, call: (c) => c.get(`/api/v1/steering/advice/task/${ids.task}/timeline`) },
  { name: 'GET thresholds', allowed: everyone, call: (c) => c.get('/api/v1/steering/thresholds') },
  {
    name: 'PUT thresholds',
    allowed: ['administrator'],
    call: (c) => c.put('/api/v1/steering/thresholds', DEFAULT_THRESHOLDS satisfies SteeringThresholds),
  },
  {
    name: 'GET worklist',
    allowed: ['steering_officer', 'administrator'],
    call: (c) => c.get('/api/v1/steering/worklist'),
  },
  { name: 'GET decisions', allowed: everyone, call: (c) => c.get('/api/v1/steering/decisions') },
  { name: 'GET decision', allowed: everyone, call: (c) => c.get(`/api/v1/steering/decisions/${ids.decision}`) },
  {
    name: 'POST decision',
    allowed: ['steering_officer'],
    call: (c) =>
      c.post('/api/v1/steering/decisions', {
        subjectType: 'task',
        subjectId: ids.task,
        layer: 'facilitate',
        motivation: MOTIVATION,
        deviationReason: 'Toets van de rollen: de reden van afwijken staat hier.',
        instruments: { expertise: { description: 'Advies van de hovenier' } },
        reviewDate: dateIn(t, 100),
      }),
  },
  {
    name: 'GET responses',
    allowed: everyone,
    call: (c) => c.get(`/api/v1/steering/decisions/${ids.decision}/responses`),
  },
  {
    name: 'POST response',
    allowed: loggedIn,
    call: async (c, who) => {
      const response = await c.post(`/api/v1/steering/decisions/${ids.decision}/responses`, {
        kind: 'comment',
        text: `Een reactie van ${who} op dit besluit.`,
      });
      if (response.statusCode === 201) ids[`response-${who}`] = response.json().id;
      return response;
    },
  },
  {
    name: 'PUT answer',
    allowed: ['steering_officer'],
    call: async (c, who) => {
      const response = await w.resident.post(`/api/v1/steering/decisions/${ids.decision}/responses`, {
        kind: 'objection',
        text: `Een bezwaar om door ${who} te laten beantwoorden.`,
      });
      return c.put(`/api/v1/steering/responses/${response.json().id}/answer`, {
        text: 'Het antwoord van de gemeente hierop.',
      });
    },
  },
  { name: 'GET milestones', allowed: everyone, call: (c) => c.get('/api/v1/steering/milestones') },
  {
    name: 'POST milestone',
    allowed: ['steering_officer'],
    call: (c) =>
      c.post('/api/v1/steering/milestones', { decisionId: ids.decision, title: 'Tussenstand', dueDate: dateIn(t, 30) }),
  },
  {
    name: 'PATCH milestone',
    allowed: ['steering_officer'],
    call: async (c) => {
      const created = await w.officer.post('/api/v1/steering/milestones', {
        decisionId: ids.decision,
        title: 'Te beoordelen',
        dueDate: dateIn(t, 30),
      });
      return c.patch(`/api/v1/steering/milestones/${created.json().id}`, { status: 'met' });
    },
  },
  { name: 'GET incidents', allowed: staff, call: (c) => c.get('/api/v1/steering/incidents') },
  {
    name: 'POST incident',
    allowed: staff,
    call: (c) =>
      c.post('/api/v1/steering/incidents', {
        subjectType: 'task',
        subjectId: ids.task,
        severity: 'normal',
        description: 'Een incident om de rollen te toetsen.',
        occurredOn: dateIn(t, 0),
      }),
  },
  { name: 'GET grants', allowed: everyone, call: (c) => c.get('/api/v1/steering/grants') },
  { name: 'GET grant', allowed: everyone, call: (c) => c.get(`/api/v1/steering/grants/${ids.grant}`) },
  {
    name: 'POST payment',
    allowed: ['steering_officer'],
    call: (c) => c.post(`/api/v1/steering/grants/${ids.grant}/payments`, { amountCents: 1, paidOn: dateIn(t, 0) }),
  },
  {
    name: 'PUT report',
    allowed: ['steering_officer'],
    call: async (c) => {
      const response = await c.put(`/api/v1/steering/grants/${ids.grant}/report`, {
        receivedOn: dateIn(t, 0),
        usedAsAgreed: true,
        note: 'Verslag ontvangen en in orde.',
      });
      return response.statusCode === 409 ? { statusCode: 200 } : response; // once only: the second officer finds it done
    },
  },
  {
    name: 'PUT clawback',
    allowed: ['steering_officer'],
    call: async (c) => {
      const response = await c.put(`/api/v1/steering/grants/${ids.grant}/clawback`, {
        amountCents: 1,
        ground: 'not_used_as_agreed',
        reason: 'Toets van de rollen voor terugvorderen.',
      });
      // The report said "used as agreed": the request passes the gate and the scope, then is refused as input.
      return response.statusCode === 400 ? { statusCode: 200 } : response;
    },
  },
  { name: 'GET criteria', allowed: everyone, call: (c) => c.get('/api/v1/challenges/criteria') },
  { name: 'GET challenges', allowed: everyone, call: (c) => c.get('/api/v1/challenges') },
  {
    name: 'POST challenge (an organiser)',
    allowed: [],
    call: (c) =>
      c.post('/api/v1/challenges', {
        taskId: ids.task,
        initiativeId: w.initiativeId,
        plan: 'Een plan van iemand die het initiatief niet organiseert, om te toetsen.',
        proposedCostCents: 1,
        deliveryPlan: 'Zo leveren wij de hele periode, met een rooster.',
        fallback: 'Dan neemt de gemeente het weer over.',
        startDate: dateIn(t, 30),
        endDate: dateIn(t, 400),
      }),
  },
  { name: 'GET challenge', allowed: everyone, call: (c) => c.get(`/api/v1/challenges/${ids.challenge}`) },
  {
    name: 'PUT assessment',
    allowed: ['steering_officer'],
    call: (c) =>
      c.put(`/api/v1/challenges/${ids.challenge}/assessment`, {
        scores: challengeCriteria.map((criterion) => ({ criterion, score: 2, reason: 'Voldoet ruim aan dit.' })),
      }),
  },
  {
    name: 'PUT withdrawal (an organiser)',
    allowed: [],
    call: (c) => c.put(`/api/v1/challenges/${ids.challenge}/withdrawal`, { reason: 'Toets van de rollen.' }),
  },
  {
    name: 'PUT decision',
    allowed: ['steering_officer'],
    call: async (c) => {
      const response = await c.put(`/api/v1/challenges/${ids.challenge}/decision`, {
        outcome: 'refused',
        reason: 'Toets van de rollen: geweigerd met een reden.',
      });
      return response.statusCode === 409 ? { statusCode: 200 } : response; // decided once
    },
  },
];

test.each(endpoints.map((e) => [e.name, e] as const))('%s', async (_name, endpoint) => {
  if (endpoint.name === 'GET challenge' || endpoint.name === 'PUT assessment')
    ids.challenge ??= await submitChallenge();
  const outcomes: string[] = [];
  for (const who of everyone) {
    if (endpoint.name.startsWith('PUT withdrawal') || endpoint.name === 'PUT decision')
      ids.challenge = await submitChallenge();
    const response = await endpoint.call(clients.get(who)!, who);
    const allowed = endpoint.allowed.includes(who);
    const refused = response.statusCode === 401 || response.statusCode === 403;
    if (allowed === refused || response.statusCode >= 500)
      outcomes.push(`${who}: expected ${allowed ? 'allowed' : 'refused'}, got ${response.statusCode}`);
  }
  expect(outcomes).toEqual([]);
});

test('an organiser of the initiative may challenge and withdraw', async () => {
  const id = await submitChallenge();
  const withdrawn = await w.organiser.put(`/api/v1/challenges/${id}/withdrawal`, { reason: 'Toets van de rollen.' });
  expect(withdrawn.statusCode).toBe(200);
});

let taskCounter = 0;
/** A fresh task and a challenge for it by the world's organiser. */
async function submitChallenge(): Promise<string> {
  taskCounter += 1;
  const task = await createTask(w, w.officer, { title: `Uit te dagen taak ${taskCounter}` });
  const response = await w.organiser.post('/api/v1/challenges', {
    taskId: task.id,
    initiativeId: w.initiativeId,
    plan: 'Wij nemen deze taak over met vaste ploegen van bewoners, elke week op zaterdag.',
    proposedCostCents: 1000,
    deliveryPlan: 'Drie ploegen en een rooster voor de hele periode.',
    fallback: 'Dan neemt de gemeente het binnen een week weer over.',
    startDate: dateIn(t, 30),
    endDate: dateIn(t, 400),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}
