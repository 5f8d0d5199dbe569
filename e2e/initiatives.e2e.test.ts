import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nl from '../web/lib/i18n/nl.json' with { type: 'json' };
import { randomIds, systemClock } from '../server/clock.ts';
import { createAuditWriter } from '../server/modules/audit/audit.service.ts';
import { createAreaImportService } from '../server/modules/areas/area-import.service.ts';
import { AMSTELVEEN_4 } from '../test/support/areas.ts';
import { DEFAULT_SETTINGS } from '../server/modules/initiatives/initiatives.deps.ts';
import {
  createAccount,
  formatViolations,
  phone,
  seriousA11yViolations,
  type A11yViolation,
  type E2eServer,
} from './harness.ts';
import { browserSuite, logIn } from './suite.ts';

const suite = browserSuite();
const texts = nl.initiatives;
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** A logged-in API client for the set-up steps a journey does not show (desk verification, the other supporters). */
async function apiAs(server: E2eServer, email: string, password: string) {
  const login = await fetch(`${server.baseUrl}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? {} : ((await response.json()) as Record<string, unknown>);
  };
}

async function grant(server: E2eServer, accountId: string, role: 'civil_servant' | 'professional'): Promise<void> {
  await server.db
    .insertInto('role_assignments')
    .values({
      id: randomUUID(),
      account_id: accountId,
      role,
      area_id: null,
      granted_by: null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

describe('initiatives, in the browser', () => {
  it('a resident starts an initiative, a neighbour pledges and supports it, and the municipality responds after the threshold', async () => {
    const { server } = suite;
    await createAreaImportService({
      db: server.db,
      clock: systemClock,
      ids: randomIds,
      audit: createAuditWriter({ clock: systemClock, ids: randomIds }),
    }).importText(readFileSync(AMSTELVEEN_4, 'utf8'), { actorId: null });
    const west = (
      await server.db.selectFrom('areas').select('id').where('code', '=', 'BU03620101').executeTakeFirstOrThrow()
    ).id;
    const initiator = await createAccount(server, { displayName: 'Ilse Initiatief' });
    const neighbour = await createAccount(server, { displayName: 'Sanne Buur' });
    const servant = await createAccount(server, { displayName: 'Anouk Ambtenaar' });
    await grant(server, servant.id, 'civil_servant');
    const asServant = await apiAs(server, servant.email, servant.password);
    await asServant('POST', `/areas/${west}/verifications`, { accountId: neighbour.id, note: 'ID en huurcontract' });
    const violations: A11yViolation[] = [];

    // Ilse starts an initiative through the form, then asks for two volunteers.
    const ilse = await suite.open();
    await logIn(ilse, suite, initiator.email, initiator.password);
    await ilse
      .getByRole('navigation', { name: nl.layout.mainNav })
      .getByRole('link', { name: texts.nav.browse })
      .click();
    await ilse.getByRole('heading', { level: 1, name: texts.browse.title }).waitFor();
    violations.push(...(await seriousA11yViolations(ilse, 'browse')));
    await ilse.getByRole('link', { name: texts.browse.start }).click();
    await ilse.getByRole('heading', { level: 1, name: texts.form.newTitle }).waitFor();
    // An empty form names every missing field at once, in Dutch, before anything is sent.
    await ilse.getByRole('button', { name: texts.form.create }).click();
    const summary = ilse.locator('.ws-error-summary');
    await summary.waitFor();
    for (const field of [texts.form.title, texts.form.summary, texts.form.areas])
      await summary.getByRole('link', { name: new RegExp(field) }).waitFor();
    await summary.getByText(nl.validation.required).first().waitFor();
    await ilse.getByLabel(texts.form.title).fill('Moestuin aan de Keizer Karelweg');
    await ilse
      .getByLabel(texts.form.summary)
      .fill('Samen groente kweken op het braakliggende stuk grond naast de school.');
    await ilse.getByLabel(texts.form.domain).selectOption({ label: texts.domains.green_and_public_space });
    await ilse.getByLabel('Randwijck West').check();
    violations.push(...(await seriousA11yViolations(ilse, 'new initiative')));
    await ilse.getByRole('button', { name: texts.form.create }).click();
    await ilse.getByRole('heading', { level: 1, name: 'Moestuin aan de Keizer Karelweg' }).waitFor();
    await ilse.getByText(texts.form.created).waitFor();
    const initiativeId = decodeURIComponent(new URL(ilse.url()).pathname.split('/').pop() ?? '');

    await ilse.getByRole('button', { name: texts.needs.add }).click();
    await ilse.getByLabel(texts.needForm.kind).selectOption({ label: texts.needKinds.volunteers });
    await ilse.getByLabel(texts.needForm.title).fill('Handen bij de aanleg');
    await ilse.getByLabel(texts.needForm.people).fill('2');
    const nextWeek = new Date(Date.now() + 7 * 86_400_000);
    await ilse.getByLabel(texts.needForm.startsAt).fill(`${nextWeek.toISOString().slice(0, 10)}T10:00`);
    await ilse.getByRole('button', { name: texts.needForm.submit }).click();
    const need = ilse
      .getByRole('listitem')
      .filter({ has: ilse.getByRole('heading', { name: 'Handen bij de aanleg' }) });
    await need.getByText(fill(texts.needs.coverage, { pledged: 0, needed: 2, unit: texts.needs.people })).waitFor();
    violations.push(...(await seriousA11yViolations(ilse, 'initiative as organiser')));

    // Forty-nine verified neighbours have already supported it (set up through the API).
    for (let i = 0; i < DEFAULT_SETTINGS.supportThreshold - 1; i++) {
      const supporter = await createAccount(server, { displayName: `Buur ${i}` });
      await asServant('POST', `/areas/${west}/verifications`, { accountId: supporter.id });
      await (
        await apiAs(server, supporter.email, supporter.password)
      )('POST', `/initiatives/${initiativeId}/supports`);
    }

    // Sanne, on her phone, finds it by searching, pledges three hours and gives the fiftieth support.
    const sanne = await suite.open(phone);
    await logIn(sanne, suite, neighbour.email, neighbour.password);
    await sanne.goto(suite.url('/initiatieven'));
    await sanne.getByLabel(texts.browse.q).fill('moestuin');
    await sanne.getByRole('button', { name: nl.common.search }).click();
    await sanne.getByRole('link', { name: 'Moestuin aan de Keizer Karelweg' }).click();
    await sanne.getByRole('heading', { level: 1, name: 'Moestuin aan de Keizer Karelweg' }).waitFor();
    const sannesNeed = sanne
      .getByRole('listitem')
      .filter({ has: sanne.getByRole('heading', { name: 'Handen bij de aanleg' }) });
    await sannesNeed.getByRole('button', { name: fill(texts.pledge.open, { title: 'Handen bij de aanleg' }) }).click();
    await sannesNeed.getByLabel(texts.pledge.hours).fill('3');
    await sannesNeed.getByRole('button', { name: texts.pledge.submit }).click();
    await sanne
      .getByRole('listitem')
      .filter({ has: sanne.getByRole('heading', { name: 'Handen bij de aanleg' }) })
      .getByText(fill(texts.needs.coverage, { pledged: 1, needed: 2, unit: texts.needs.people }))
      .waitFor();
    await sanne.getByText(fill(texts.support.count_other, { count: 49, threshold: 50 })).waitFor();
    await sanne.getByRole('button', { name: texts.support.button }).click();
    await sanne.getByText(fill(texts.support.countReached_other, { count: 50, threshold: 50 })).waitFor();
    await sanne.getByText(texts.responseStates.open, { exact: false }).waitFor();
    violations.push(...(await seriousA11yViolations(sanne, 'initiative on a phone after supporting')));

    // Anouk finds it on the municipality's worklist, takes it on for her department and responds.
    const anouk = await suite.open();
    await logIn(anouk, suite, servant.email, servant.password);
    await anouk
      .getByRole('navigation', { name: nl.layout.mainNav })
      .getByRole('link', { name: texts.nav.worklist })
      .click();
    await anouk.getByRole('heading', { level: 1, name: texts.worklist.title }).waitFor();
    await anouk.getByText(texts.worklist.unassigned).waitFor();
    violations.push(...(await seriousA11yViolations(anouk, 'worklist')));
    await anouk.getByRole('link', { name: 'Moestuin aan de Keizer Karelweg' }).click();
    await anouk.getByLabel(texts.respond.department, { exact: true }).first().fill('Groen en Wijkbeheer');
    await anouk.getByRole('button', { name: texts.respond.claim }).click();
    await anouk.getByText(fill(texts.respond.claimed, { department: 'Groen en Wijkbeheer' })).waitFor();
    await anouk
      .getByLabel(texts.respond.text, { exact: true })
      .fill('De gemeente stelt de grond twee jaar om niet beschikbaar en regelt de omgevingsvergunning.');
    violations.push(...(await seriousA11yViolations(anouk, 'initiative as civil servant')));
    await anouk.getByRole('button', { name: texts.respond.publish }).click();
    await anouk.getByText(texts.responseStates.answered).waitFor();

    // Everyone sees the response on the initiative's page; the department's answer time is public.
    await sanne.reload();
    await sanne.getByText('De gemeente stelt de grond twee jaar om niet beschikbaar', { exact: false }).waitFor();
    const visitor = await suite.open();
    await visitor.goto(suite.url('/initiatieven/reactietijden'));
    const row = visitor.getByRole('row').filter({ hasText: 'Groen en Wijkbeheer' });
    await row.waitFor();
    expect(await row.getByRole('cell').first().textContent()).toBe('1');
    violations.push(...(await seriousA11yViolations(visitor, 'response times')));
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
