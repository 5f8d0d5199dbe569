import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createApp, type AppDeps } from '../../server/app.ts';
import { ManualClock, sequentialIds } from '../../server/clock.ts';
import type { Db } from '../../server/db/database.ts';
import { SESSION_COOKIE } from '../../server/http/auth.ts';
import type { Job } from '../../server/platform/module.ts';
import type { Role } from '../../contracts/roles.ts';
import { createTestDatabase } from './test-db.ts';

export const TEST_START = new Date('2026-03-02T09:00:00.000Z');

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  clock: ManualClock;
  /** Every module's periodic jobs, to run by hand (`runJob`). */
  jobs: Job[];
  runJob(name: string): Promise<void>;
  /** Runs the outbox job (due notifications become mails; sent when SMTP is configured) and reads the outbox, oldest first. */
  mails(): Promise<TestMail[]>;
  ids: () => string;
  close(): Promise<void>;
}

export interface TestMail {
  to: string;
  kind: string;
  subject: string;
  /** Null once sent. */
  text: string | null;
  status: string;
}

/** The real application on a fresh database, with a manual clock and counting ids. */
export async function createTestApp(overrides: Partial<AppDeps> = {}): Promise<TestContext> {
  const database = await createTestDatabase();
  const clock = new ManualClock(TEST_START);
  const ids = sequentialIds();
  const { app, jobs } = await createApp({
    db: database.db,
    clock,
    ids,
    authRateLimit: { max: 10_000, timeWindow: 60_000 },
    writeLimits: {
      content: { max: 10_000, timeWindow: 60_000 },
      general: { max: 10_000, timeWindow: 60_000 },
    },
    ...overrides,
  });
  await app.ready();
  const runJob = async (name: string) => {
    const job = jobs.find((j) => j.name === name);
    if (!job) throw new Error(`No job ${name}`);
    await job.run(clock.now());
  };
  return {
    app,
    db: database.db,
    clock,
    ids,
    jobs,
    runJob,
    async mails() {
      await runJob('notification-mail');
      const rows = await database.db
        .selectFrom('mail_outbox')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        to: row.to_address,
        kind: row.kind,
        subject: row.subject,
        text: row.text_body,
        status: row.status,
      }));
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A logged-in (or anonymous) browser: keeps the session cookie and sends the CSRF token. */
export class TestClient {
  constructor(
    private readonly app: FastifyInstance,
    public session?: { cookie: string; csrf: string; accountId: string },
  ) {}

  request(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const all: Record<string, string> = { ...headers };
    if (this.session) {
      all.cookie = `${SESSION_COOKIE}=${this.session.cookie}`;
      all['x-csrf-token'] ??= this.session.csrf;
    }
    return this.app.inject({ method, url, headers: all, ...(body === undefined ? {} : { payload: body as object }) });
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  put(url: string, body?: unknown) {
    return this.request('PUT', url, body ?? {});
  }
  patch(url: string, body?: unknown) {
    return this.request('PATCH', url, body ?? {});
  }
  delete(url: string, body?: unknown) {
    return this.request('DELETE', url, body);
  }
  get accountId(): string {
    if (!this.session) throw new Error('anonymous client');
    return this.session.accountId;
  }
}

export function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
}

let counter = 0;

/** Registers an account through the API and grants roles directly (as an administrator would). */
export async function signUp(
  t: TestContext,
  options: {
    email?: string;
    password?: string;
    displayName?: string;
    roles?: Array<{ role: Exclude<Role, 'resident'>; areaId?: string | null }>;
  } = {},
): Promise<TestClient> {
  counter += 1;
  const email = options.email ?? `person${counter}@example.nl`;
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/accounts',
    payload: {
      email,
      password: options.password ?? 'correct horse battery',
      displayName: options.displayName ?? `Person ${counter}`,
    },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  const me = response.json<{ id: string; csrfToken: string }>();
  for (const grant of options.roles ?? []) {
    await t.db
      .insertInto('role_assignments')
      .values({
        id: t.ids(),
        account_id: me.id,
        role: grant.role,
        area_id: grant.areaId ?? null,
        granted_by: null,
        created_at: t.clock.now().toISOString(),
      })
      .execute();
  }
  return new TestClient(t.app, { cookie: sessionCookieOf(response) ?? '', csrf: me.csrfToken, accountId: me.id });
}
