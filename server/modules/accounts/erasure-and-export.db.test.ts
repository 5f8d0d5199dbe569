import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importAmstelveen } from '../../../test/support/areas.ts';
import { offerHelp, postRequest } from '../../../test/support/help.ts';
import { createTestApp, signUp, type TestClient, type TestContext } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-db.ts';
import { ERASED_NAME } from './privacy.ts';

// A resident who does one of everything the platform offers, downloads their data, and deletes
// their account; then every table of the database is read in full and searched. docs/privacy.md
// lists what is exported and what happens on erasure, field by field.

const NAME = 'Gerda Geeft';
const EMAIL = 'gerda.geeft@example.nl';
const PASSWORD = 'correct horse battery';

/** Everything Gerda writes that only she wrote and that may identify her: none of it may remain. */
const PRIVATE = {
  requestTitle: 'Boodschappen voor Gerda op maandag',
  requestDescription: 'Ik woon alleen sinds mijn heup is geopereerd.',
  address: 'Heupstraat 17, 1181 GG',
  phone: '06 4444 1717',
  closeComment: 'Fijn dat Henk zo geduldig was met mijn rollator.',
  openRequestTitle: 'Hulp bij mijn belastingaangifte',
  openRequestDescription: 'Mijn pensioen van de KLM klopt niet.',
  offerDescription: 'Ik kan goed luisteren, was vroeger verpleegkundige.',
  giftMemo: 'Voor Olaf, van de buurvrouw met de rode fiets',
  potMemo: 'Voor de pot, omdat ik zelf zo geholpen ben',
  reportReason: 'Olaf belde om middernacht aan bij nummer 17.',
  joinMessage: 'Ik ben Gerda, ik heb groene vingers.',
  joinContact: 'bel 06 4444 1717 na zessen',
  pledgeNote: 'Ophalen bij de Heupstraat, bel eerst.',
  reportExplanation: 'Deze foto is bij mij thuis genomen.',
};

/** Public contributions: they stay under the anonymous account, without her name and address. */
const PUBLIC = {
  initiativeTitle: 'Moestuin aan de Keizer Karelweg',
  initiativeSummary: 'Samen groente kweken op het braakliggende stuk grond naast de school.',
  initiativeDescription: `Opgezet door ${NAME}. Vragen? Mail ${EMAIL}.`,
  updateBody: `Eerste oogst binnen! Groet, ${NAME}`,
  needTitle: 'Kruiwagens',
  activityTitle: 'Plantdag',
  organisationName: 'Tuinclub Randwijck',
  proposalTitle: 'Bankjes langs de moestuin',
  statusReason: `${NAME} heeft de eerste zaden geplant.`,
};

let t: TestContext;
let gerda: TestClient;
let olaf: TestClient;
let henk: TestClient;
let civilServant: TestClient;
let team: TestClient;
let west: string;
let ids: { initiative: string; organisation: string; otherInitiative: string; proposal: string };

beforeAll(async () => {
  t = await createTestApp({ help: { escalationHours: 48, balanceLimitHours: 20 } });
  const { idOf } = await importAmstelveen(t);
  west = idOf('BU03620101');
  civilServant = await signUp(t, { displayName: 'Ambtenaar Anouk', roles: [{ role: 'civil_servant' }] });
  team = await signUp(t, { displayName: 'Wijkteam Willemijn', roles: [{ role: 'professional' }] });
  gerda = await signUp(t, { displayName: NAME, email: EMAIL, password: PASSWORD });
  olaf = await signUp(t, { displayName: 'Olaf Ontvanger' });
  henk = await signUp(t, { displayName: 'Henk Helper' });
  const ok = async (response: Promise<{ statusCode: number; body: string }>, status = 201) => {
    const done = await response;
    expect(done.statusCode, done.body).toBe(status);
    return JSON.parse(done.body) as { id: string } & Record<string, unknown>;
  };

  // Verification: in person at the desk, and one wrong letter code.
  for (const who of [gerda, olaf])
    await ok(civilServant.post(`/api/v1/areas/${west}/verifications`, { accountId: who.accountId, note: 'ID gezien' }));
  expect((await gerda.post('/api/v1/me/verifications', { code: 'WRONG-CODE-1' })).statusCode).toBeGreaterThanOrEqual(
    400,
  );

  // Help: Gerda asks and is helped (hours booked), asks again (still open), offers help and helps Olaf.
  await offerHelp(henk, [west]);
  await offerHelp(gerda, [west], { description: PRIVATE.offerDescription });
  const asked = await postRequest(gerda, west, {
    title: PRIVATE.requestTitle,
    description: PRIVATE.requestDescription,
    address: PRIVATE.address,
    phone: PRIVATE.phone,
  });
  const invitation = await ok(gerda.post(`/api/v1/help-requests/${asked}/invitations`, { helperId: henk.accountId }));
  await ok(henk.post(`/api/v1/help-invitations/${invitation.id}/answer`, { answer: 'accept' }), 200);
  await ok(
    gerda.post(`/api/v1/help-requests/${asked}/closing`, { helped: 'yes', hours: 1, comment: PRIVATE.closeComment }),
    200,
  );
  const open = await postRequest(gerda, west, {
    title: PRIVATE.openRequestTitle,
    description: PRIVATE.openRequestDescription,
  });
  await ok(gerda.post(`/api/v1/help-requests/${open}/invitations`, { helperId: henk.accountId }));
  const olafAsks = await postRequest(olaf, west, { title: 'Olaf zoekt iemand voor de boodschappen' });
  const forGerda = await ok(olaf.post(`/api/v1/help-requests/${olafAsks}/invitations`, { helperId: gerda.accountId }));
  await ok(gerda.post(`/api/v1/help-invitations/${forGerda.id}/answer`, { answer: 'accept' }), 200);
  await ok(olaf.post(`/api/v1/help-requests/${olafAsks}/closing`, { helped: 'yes', hours: 3 }), 200);
  // Time bank: she gives from the hours she earned, to Olaf and to the pot.
  await ok(gerda.post('/api/v1/timebank/gifts', { toAccountId: olaf.accountId, hours: 1, memo: PRIVATE.giftMemo }));
  await ok(gerda.post('/api/v1/timebank/gifts', { toPotAreaId: west, hours: 0.5, memo: PRIVATE.potMemo }));
  // Safety: a block, a report, a VOG, a guardian link.
  await ok(gerda.post('/api/v1/help-blocks', { accountId: henk.accountId }));
  await ok(gerda.post('/api/v1/help-reports', { accountId: olaf.accountId, reason: PRIVATE.reportReason }));
  await ok(
    civilServant.put(`/api/v1/help-vog/${gerda.accountId}`, {
      status: 'valid',
      issuedOn: '2026-01-01',
      expiresOn: '2029-01-01',
    }),
    200,
  );
  await ok(
    team.post('/api/v1/help-guardians', {
      guardianId: gerda.accountId,
      wardAccountId: olaf.accountId,
      relation: 'buurvrouw',
    }),
  );

  // Initiatives: she starts one and runs it; joins, pledges to, supports, signs up for and reports on Olaf's.
  const initiative = await ok(
    gerda.post('/api/v1/initiatives', {
      title: PUBLIC.initiativeTitle,
      summary: PUBLIC.initiativeSummary,
      description: PUBLIC.initiativeDescription,
      domain: 'green_and_public_space',
      areaIds: [west],
    }),
  );
  await ok(
    gerda.post(`/api/v1/initiatives/${initiative.id}/status-changes`, {
      status: 'active',
      reason: PUBLIC.statusReason,
    }),
  );
  await ok(
    gerda.post(`/api/v1/initiatives/${initiative.id}/updates`, { title: 'De eerste oogst', body: PUBLIC.updateBody }),
  );
  await ok(
    gerda.post(`/api/v1/initiatives/${initiative.id}/needs`, { kind: 'materials', title: PUBLIC.needTitle, items: 2 }),
  );
  const inAWeek = new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString();
  await ok(
    gerda.post(`/api/v1/initiatives/${initiative.id}/activities`, {
      title: PUBLIC.activityTitle,
      place: 'De tuin',
      startsAt: inAWeek,
      capacity: 10,
    }),
  );
  const organisation = await ok(
    gerda.post('/api/v1/organisations', { name: PUBLIC.organisationName, kind: 'association' }),
  );
  const other = await ok(
    olaf.post('/api/v1/initiatives', {
      title: 'Repair café in de bibliotheek',
      summary: 'Eens per maand samen spullen repareren in de bibliotheek.',
      domain: 'green_and_public_space',
      areaIds: [west],
    }),
  );
  const membership = await ok(
    gerda.post(`/api/v1/initiatives/${other.id}/members`, {
      message: PRIVATE.joinMessage,
      contact: PRIVATE.joinContact,
    }),
  );
  await ok(olaf.patch(`/api/v1/initiatives/${other.id}/members/${membership.id}`, { status: 'active' }), 200);
  const need = await ok(
    olaf.post(`/api/v1/initiatives/${other.id}/needs`, { kind: 'materials', title: 'Gereedschap', items: 5 }),
  );
  await ok(
    gerda.post(`/api/v1/initiatives/${other.id}/needs/${need.id}/pledges`, { quantity: 1, note: PRIVATE.pledgeNote }),
  );
  await ok(gerda.post(`/api/v1/initiatives/${other.id}/supports`));
  const activity = await ok(
    olaf.post(`/api/v1/initiatives/${other.id}/activities`, {
      title: 'Eerste repair café',
      place: 'Bibliotheek',
      startsAt: inAWeek,
      capacity: 5,
    }),
  );
  await ok(gerda.post(`/api/v1/initiatives/${other.id}/activities/${activity.id}/sign-ups`));
  await ok(
    gerda.post('/api/v1/content-reports', {
      subjectType: 'initiative',
      subjectId: other.id,
      reason: 'personal_data',
      explanation: PRIVATE.reportExplanation,
    }),
  );

  // Neighbourhood budget: a proposal, and a vote.
  const at = (days: number) => new Date(t.clock.now().getTime() + days * 86_400_000).toISOString();
  const round = await ok(
    civilServant.post('/api/v1/budget-rounds', {
      title: 'Buurtbudget Randwijck 2026',
      description: 'Wat maken we samen mooier?',
      areaIds: [idOf('WK036201')],
      budgetCents: 10_000_00,
      schedule: { proposalsOpenAt: at(0), reviewOpenAt: at(1), votingOpenAt: at(2), votingCloseAt: at(3) },
      ballot: { type: 'knapsack', maxProjects: null, minProjects: 1, minSpendCents: null },
      counting: {
        rule: 'greedy',
        utility: 'cost',
        completion: 'none',
        exhaustiveStop: true,
        tieBreak: ['min-cost', 'max-votes'],
      },
      eligibility: { minimumAge: null },
    }),
  );
  const proposal = await ok(
    gerda.post(`/api/v1/budget-rounds/${round.id}/proposals`, {
      title: PUBLIC.proposalTitle,
      description: 'Drie bankjes zodat ouderen kunnen uitrusten.',
      estimatedCostCents: 3_000_00,
      areaId: west,
    }),
  );
  await ok(
    civilServant.put(`/api/v1/budget-rounds/${round.id}/proposals/${proposal.id}/review`, {
      decision: 'accepted',
      costCents: 3_000_00,
      reason: 'Haalbaar.',
    }),
    200,
  );
  for (const phase of ['review', 'voting'])
    await ok(civilServant.post(`/api/v1/budget-rounds/${round.id}/phase-changes`, { phase }), 200);
  await ok(gerda.post(`/api/v1/budget-rounds/${round.id}/ballots`, { projectIds: [proposal.id] }));

  ids = { initiative: initiative.id, organisation: organisation.id, otherInitiative: other.id, proposal: proposal.id };
});

afterAll(async () => {
  await t.close();
});

/** Every row of every table, as JSON text per table. */
async function everyTable(): Promise<Map<string, string>> {
  const names =
    testDialect() === 'postgres'
      ? (
          await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(t.db)
        ).rows
      : (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(t.db)).rows;
  const tables = new Map<string, string>();
  for (const { name } of names) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(t.db)).rows;
    tables.set(name, JSON.stringify(rows).toLowerCase());
  }
  return tables;
}

const where = (tables: Map<string, string>, text: string) =>
  [...tables].filter(([, rows]) => rows.includes(JSON.stringify(text).slice(1, -1).toLowerCase())).map(([n]) => n);

describe('download my data', () => {
  test('every kind of record about the resident is in it', async () => {
    const response = await gerda.get('/api/v1/me/export');
    expect(response.statusCode).toBe(200);
    const data = response.json();
    expect(data.account).toMatchObject({ email: EMAIL, displayName: NAME });
    const nonEmpty = (value: unknown, path: string) =>
      expect(Array.isArray(value) ? value.length : value ? 1 : 0, path).toBeGreaterThan(0);
    const sections: Record<string, string[]> = {
      account: ['roles'],
      verification: ['verifications', 'wrongCodeAttempts'],
      timebank: ['entries'],
      help: ['requests', 'helped', 'offers', 'invitations', 'vog', 'guardianOf', 'blocks', 'reportsMade'],
      initiatives: [
        'initiativesStarted',
        'updatesWritten',
        'needsPosted',
        'activitiesOrganised',
        'organisationsFounded',
        'statusChanges',
        'memberships',
        'pledges',
        'supports',
        'activitySignUps',
        'organisationMemberships',
        'contentReports',
      ],
      notifications: ['notifications'],
      neighbourhoodBudget: ['proposals', 'votedInRounds'],
      activity: ['events'],
      audit: ['actionsTaken', 'actionsAboutMe'],
    };
    for (const [section, keys] of Object.entries(sections)) {
      expect(data[section], section).toBeDefined();
      for (const key of keys) if (section !== 'account') nonEmpty(data[section][key], `${section}.${key}`);
    }
    // The texts she wrote are in it, word for word.
    const text = JSON.stringify(data);
    for (const [what, value] of Object.entries({ ...PRIVATE, ...PUBLIC }))
      expect(text.includes(JSON.stringify(value).slice(1, -1)), what).toBe(true);
    // What she did, from the activity log (ids and numbers only).
    const verbs = new Set(data.activity.events.map((e: { verb: string }) => e.verb));
    for (const verb of ['help.requested', 'hours.gifted', 'initiative.created', 'pledge.made'])
      expect(verbs.has(verb), verb).toBe(true);
    expect(data.timebank.entries.map((e: { kind: string }) => e.kind).sort()).toEqual([
      'exchange',
      'exchange',
      'gift',
      'gift',
    ]);
  });
});

describe('delete my account', () => {
  test('afterwards no table holds her name, e-mail address or anything private she wrote', async () => {
    const before = await everyTable();
    for (const [what, value] of Object.entries({ NAME, EMAIL, ...PRIVATE }))
      expect(where(before, value), `${what} is there before`).not.toEqual([]);

    expect((await gerda.delete('/api/v1/me', { password: PASSWORD })).statusCode).toBe(204);

    const after = await everyTable();
    for (const [what, value] of Object.entries({ NAME, EMAIL, ...PRIVATE }))
      expect(where(after, value), `${what} remains in`).toEqual([]);
  });

  test('public contributions stay, anonymised; the facts stay counted', async () => {
    const tables = await everyTable();
    for (const [what, value] of Object.entries(PUBLIC)) {
      const kept = value.replaceAll(NAME, ERASED_NAME).replaceAll(EMAIL, ERASED_NAME);
      expect(where(tables, kept), `${what} is kept`).not.toEqual([]);
    }
    const initiative = (await olaf.get(`/api/v1/initiatives/${ids.initiative}`)).json();
    expect(initiative.description).toBe(`Opgezet door ${ERASED_NAME}. Vragen? Mail ${ERASED_NAME}.`);
    // The search words were rebuilt: her name finds nothing.
    expect((await olaf.get('/api/v1/initiatives?q=geeft')).json().items).toEqual([]);
    expect((await olaf.get(`/api/v1/initiatives/${ids.otherInitiative}`)).json().supportCount).toBe(1);
    // The ledger still sums to zero and Olaf keeps what she gave him.
    expect((await olaf.get('/api/v1/timebank/balance')).json().hours).toBe(-3 + 1);
    const entries = (await olaf.get('/api/v1/timebank/entries')).json().items;
    expect(entries.find((e: { kind: string }) => e.kind === 'gift')).toMatchObject({
      hours: 1,
      memo: '',
      counterparty: ERASED_NAME,
    });
  });

  test('her open request is cancelled and its invitation withdrawn; the activity log is untouched', async () => {
    const requests = await t.db
      .selectFrom('help_requests')
      .select(['title', 'description', 'status'])
      .where('requester_id', '=', gerda.accountId)
      .orderBy('created_at')
      .execute();
    expect(requests.map((r) => r.status)).toEqual(['closed', 'cancelled']);
    expect(new Set(requests.map((r) => r.title))).toEqual(new Set(['Verwijderde hulpvraag']));
    expect(
      (await henk.get('/api/v1/help-invitations')).json().items.map((i: { status: string }) => i.status),
    ).not.toContain('pending');
    const events = await t.db
      .selectFrom('activity_log')
      .select('verb')
      .where('actor_id', '=', gerda.accountId)
      .execute();
    expect(events.length).toBeGreaterThan(5);
  });
});
