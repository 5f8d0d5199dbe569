import { messages } from '../web/lib/i18n/messages.ts';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Role } from '../contracts/roles.ts';
import { randomIds, systemClock } from '../server/clock.ts';
import { createAreaImportService } from '../server/modules/areas/area-import.service.ts';
import { createAuditWriter } from '../server/modules/audit/audit.service.ts';
import { AMSTELVEEN_4 } from '../test/support/areas.ts';
import {
  createAccount,
  formatViolations,
  phone,
  seriousA11yViolations,
  type A11yViolation,
  type E2eServer,
} from './harness.ts';
import { logIn, type BrowserSuite } from './suite.ts';

const { nl } = messages;

/**
 * The steps many browser journeys share: the set-up they do not show (areas, roles, verification,
 * an initiative or a budget round made through the API) and the checks every page gets (axe, no
 * sideways scrolling on a phone).
 */

export type Account = Awaited<ReturnType<typeof createAccount>>;

/** Fills in a translation's {{placeholders}}, as i18next does. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** The smallest phone the site is made for: 320 px wide. */
export const narrowPhone: BrowserContextOptions = { ...phone, viewport: { width: 320, height: 640 } };

// ---- Set-up through the API and the database ----

/** Amstelveen's four neighbourhoods (two per district), imported as an administrator would. */
export async function importAmstelveen(server: E2eServer): Promise<void> {
  await createAreaImportService({
    db: server.db,
    clock: systemClock,
    ids: randomIds,
    audit: createAuditWriter({ clock: systemClock, ids: randomIds }),
  }).importText(readFileSync(AMSTELVEEN_4, 'utf8'), { actorId: null });
}

/** The id of an area by its CBS code (BU03620101 is Randwijck West, WK036201 its district Randwijck). */
export async function areaIdOf(server: E2eServer, code: string): Promise<string> {
  const row = await server.db.selectFrom('areas').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

/** Gives an account a role (everywhere, or in one area), as the seed script would. */
export async function grantRole(
  server: E2eServer,
  accountId: string,
  role: Role,
  areaId: string | null = null,
): Promise<void> {
  await server.db
    .insertInto('role_assignments')
    .values({
      id: randomUUID(),
      account_id: accountId,
      role,
      area_id: areaId,
      granted_by: null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

/** A new account with a staff role everywhere: a civil servant, a professional, a steering officer. */
export async function createStaffAccount(
  server: E2eServer,
  role: Exclude<Role, 'resident'>,
  displayName: string,
): Promise<Account> {
  const account = await createAccount(server, { displayName });
  await grantRole(server, account.id, role);
  return account;
}

/** Calls the API as a logged-in account; an answer of 300 or more throws with its text. */
export type Api = <T = Record<string, unknown>>(method: string, path: string, body?: unknown) => Promise<T>;

/** A logged-in API client for the set-up steps a journey does not show. */
export async function apiAs(server: E2eServer, account: { email: string; password: string }): Promise<Api> {
  const login = await fetch(`${server.baseUrl}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (login.status >= 300) throw new Error(`e2e: logging in ${account.email} failed: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async <T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> => {
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
    return (response.status === 204 ? {} : await response.json()) as T;
  };
}

/** Staff verify residents in person for an area (the desk work no journey shows). */
export async function verifyResidents(
  asStaff: Api,
  areaId: string,
  residents: ReadonlyArray<{ id: string }>,
  note?: string,
): Promise<void> {
  for (const resident of residents)
    await asStaff('POST', `/areas/${areaId}/verifications`, {
      accountId: resident.id,
      ...(note === undefined ? {} : { note }),
    });
}

/** An initiative about green and public space, started through the API. */
export async function startInitiative(
  asOrganiser: Api,
  initiative: { title: string; summary: string; description?: string; areaIds: string[] },
): Promise<{ id: string }> {
  return asOrganiser<{ id: string }>('POST', '/initiatives', {
    title: initiative.title,
    summary: initiative.summary,
    ...(initiative.description === undefined ? {} : { description: initiative.description }),
    domain: 'green_and_public_space',
    areaIds: initiative.areaIds,
  });
}

/**
 * A budget round "Buurtbudget Randwijck" of €10,000 for a district, through the API: a knapsack
 * ballot counted greedily (ties to the lowest cost). Proposals open in `proposalsOpenInDays` (less
 * than 0: already open); review, voting and its close follow at 10, 20 and 30 days from now.
 */
export async function openBudgetRound(
  asServant: Api,
  round: { areaIds: string[]; proposalsOpenInDays: number },
): Promise<{ id: string }> {
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  return asServant<{ id: string }>('POST', '/budget-rounds', {
    title: 'Buurtbudget Randwijck',
    description: 'Wat maken we samen mooier?',
    areaIds: round.areaIds,
    budgetCents: 10_000_00,
    schedule: {
      proposalsOpenAt: inDays(round.proposalsOpenInDays),
      reviewOpenAt: inDays(10),
      votingOpenAt: inDays(20),
      votingCloseAt: inDays(30),
    },
    ballot: { type: 'knapsack', maxProjects: null, minProjects: 1, minSpendCents: null },
    counting: { rule: 'greedy', utility: 'cost', completion: 'none', exhaustiveStop: true, tieBreak: ['min-cost'] },
    eligibility: { minimumAge: null },
  });
}

// ---- In the browser ----

/** A fresh browser profile (desktop unless told otherwise), logged in through the form as `account`. */
export async function openLoggedIn(
  suite: BrowserSuite,
  account: { email: string; password: string },
  options?: BrowserContextOptions,
): Promise<Page> {
  const page = await suite.open(options);
  await logIn(page, suite, account.email, account.password);
  return page;
}

/** Follows a link in the main navigation, as a person would. */
export async function clickMainNav(page: Page, name: string, options: { exact?: boolean } = {}): Promise<void> {
  await page
    .getByRole('navigation', { name: nl.layout.mainNav })
    .getByRole('link', { name, ...(options.exact === undefined ? {} : { exact: options.exact }) })
    .click();
}

/** Logs out from the header; on a phone the account links sit in the menu, which is opened first. */
export async function logOut(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: nl.layout.logout });
  if (!(await button.isVisible())) await page.getByRole('button', { name: nl.layout.menu }).click();
  await button.click();
  await page.getByText(nl.layout.loggedOut).waitFor();
}

/**
 * The serious and critical axe findings of every page a journey checks, gathered along the way
 * and asserted at its end (so one report names them all).
 */
export function accessibilityLog(): {
  check(page: Page, label: string): Promise<void>;
  expectNone(): void;
} {
  const violations: A11yViolation[] = [];
  return {
    async check(page, label) {
      violations.push(...(await seriousA11yViolations(page, label)));
    },
    expectNone() {
      expect(violations, formatViolations(violations)).toEqual([]);
    },
  };
}

/** Axe finds nothing serious on the page, now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await seriousA11yViolations(page, label);
  expect(violations, formatViolations(violations)).toEqual([]);
}

/**
 * No sideways scrolling (WCAG 1.4.10): the page is no wider than the screen, measured against the
 * narrowest of the viewport, the window and the document's visible width.
 */
export async function expectNoSidewaysScroll(page: Page, label = 'the page'): Promise<void> {
  const { scrollWidth, clientWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    innerWidth: window.innerWidth,
  }));
  const screen = Math.min(clientWidth, innerWidth, page.viewportSize()?.width ?? innerWidth);
  expect(scrollWidth, `${label} scrolls sideways`).toBeLessThanOrEqual(screen);
}
