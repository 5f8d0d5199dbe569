import { sql, type NotNull } from 'kysely';
import { afterAll, expect, test } from 'vitest';
import { startServer, type ServerProcess } from '../../test/support/server-process.ts';
import { createEmptyDatabaseUrl } from '../../test/support/test-db.ts';
import { parseDatabaseUrl } from '../config.ts';
import { openDatabase, type Db, type OpenedDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { hashToken } from '../http/auth.ts';
import { GENERATED_RESIDENT_PASSWORD } from './demo/demo-accounts.ts';
import { generateDemo } from './demo/generator.ts';
import { startOfDayInAmsterdam } from './dutch-time.ts';
import { demoStepsOf, registry } from './registry.ts';

// kill -9 of the real server (a child process) in the middle of a burst of mixed writes, on SQLite and
// on PostgreSQL; then a restart on the same database. Every write answered 2xx before the kill must be
// there, and the invariants hold: the time-bank ledger balances, no need is pledged beyond what it
// asks, one ballot per voter per round, proposal numbers unique per round.
//
// The world is the demo generator's Wakkerdam (same cast, same passwords) with 2,000 residents, written
// before the server starts: the 30,000-resident seed of WAKKERE_STAD_DEMO=true takes 13 s on SQLite
// and 21 s on PostgreSQL on a busy two-core machine, too much for a test that starts the server twice.

const RESIDENTS = 2_000;
/** Requests in flight during the burst. */
const IN_FLIGHT = 20;
/** The server is killed once this many writes have been answered 2xx. */
const KILL_AFTER_ACKNOWLEDGED = 90;
const BURST_SIZE = 400;

let target: { url: string; drop(): Promise<void> } | undefined;
let running: ServerProcess | undefined;
let verifier: OpenedDatabase | undefined;
afterAll(async () => {
  running?.child.kill('SIGKILL');
  if (running) await running.exited;
  await verifier?.close();
  await target?.drop();
});

interface Session {
  email: string;
  accountId: string;
  cookie: string;
  csrf: string;
}

type Kind = 'help-request' | 'initiative' | 'pledge' | 'gift' | 'ballot' | 'proposal' | 'profile';
const KINDS: readonly Kind[] = ['help-request', 'initiative', 'pledge', 'gift', 'ballot', 'proposal', 'profile'];

interface Write {
  kind: Kind;
  session: Session;
  method: 'POST' | 'PATCH';
  path: string;
  body: Record<string, unknown>;
  /** What the verification needs besides the answer (the need pledged on, the name set). */
  note?: string;
}

type Outcome =
  | { write: Write; result: 'acknowledged'; status: number; body: Record<string, unknown> }
  | { write: Write; result: 'refused'; status: number; code: string | undefined }
  /** No answer (the connection died with the server), or a 2xx whose body was cut off: either way unknown. */
  | { write: Write; result: 'unknown' };

async function call(
  base: string,
  session: Session | undefined,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (session) {
    headers.cookie = `ws_session=${session.cookie}`;
    headers['x-csrf-token'] = session.csrf;
  }
  return fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function logIn(base: string, email: string, password: string): Promise<Session> {
  const response = await call(base, undefined, 'POST', '/api/v1/sessions', { email, password });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`log-in of ${email} failed: ${response.status} ${text}`);
  const me = JSON.parse(text) as { id: string; csrfToken: string };
  const cookie = /ws_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error(`no session cookie for ${email}`);
  return { email, accountId: me.id, cookie, csrf: me.csrfToken };
}

async function send(base: string, write: Write): Promise<Outcome> {
  let response: Response;
  try {
    response = await call(base, write.session, write.method, write.path, write.body);
  } catch {
    return { write, result: 'unknown' };
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(await response.text()) as Record<string, unknown>;
  } catch {
    return { write, result: 'unknown' };
  }
  if (response.status >= 200 && response.status < 300)
    return { write, result: 'acknowledged', status: response.status, body };
  const code = typeof body.type === 'string' ? body.type.split('/').pop() : undefined;
  return { write, result: 'refused', status: response.status, code };
}

/** The demo world's facts the burst writes against, read from the database before the server starts. */
async function readWorld(db: Db, now: Date) {
  const nowIso = now.toISOString();
  const votingRound = await db
    .selectFrom('budget_rounds')
    .select(['id', 'budget_cents'])
    .where('voting_open_at', '<=', nowIso)
    .where('voting_close_at', '>', nowIso)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const proposalRound = await db
    .selectFrom('budget_rounds')
    .select('id')
    .where('proposals_open_at', '<=', nowIso)
    .where('review_open_at', '>', nowIso)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const neighbourhoodsOf = async (roundId: string) =>
    (
      await db
        .selectFrom('areas')
        .select('areas.id')
        .where('areas.kind', '=', 'neighbourhood')
        .where((eb) =>
          eb.or([
            eb('areas.id', 'in', eb.selectFrom('budget_round_areas').select('area_id').where('round_id', '=', roundId)),
            eb(
              'areas.parent_id',
              'in',
              eb.selectFrom('budget_round_areas').select('area_id').where('round_id', '=', roundId),
            ),
          ]),
        )
        .orderBy('areas.id')
        .execute()
    ).map((row) => row.id);
  const votingNeighbourhoods = await neighbourhoodsOf(votingRound.id);
  const proposalNeighbourhoods = await neighbourhoodsOf(proposalRound.id);
  const cheapestProject = await db
    .selectFrom('budget_proposals')
    .select(['id', 'cost_cents'])
    .where('round_id', '=', votingRound.id)
    .where('status', '=', 'accepted')
    .orderBy('cost_cents')
    .orderBy('id')
    .executeTakeFirstOrThrow();

  // Four residents who may still vote in the open round, three who hold earned hours to give.
  const voters = await db
    .selectFrom('accounts')
    .innerJoin('verifications', 'verifications.account_id', 'accounts.id')
    .select(['accounts.id', 'accounts.email'])
    .where('accounts.email', 'like', 'bewoner%@wakkerdam.example')
    .where('verifications.area_id', 'in', votingNeighbourhoods)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('budget_voters')
            .select('account_id')
            .whereRef('budget_voters.account_id', '=', 'accounts.id')
            .where('budget_voters.round_id', '=', votingRound.id),
        ),
      ),
    )
    .orderBy('accounts.email')
    .limit(4)
    .$narrowType<{ email: NotNull }>()
    .execute();
  const givers = await db
    .selectFrom('timebank_accounts')
    .innerJoin('accounts', 'accounts.id', 'timebank_accounts.owner_id')
    .select(['accounts.id', 'accounts.email', 'timebank_accounts.balance_minutes'])
    .where('timebank_accounts.owner_kind', '=', 'member')
    .where('timebank_accounts.balance_minutes', '>=', 90)
    .where('accounts.email', 'like', 'bewoner%@wakkerdam.example')
    .where(
      'accounts.id',
      'not in',
      voters.map((voter) => voter.id),
    )
    .orderBy('accounts.email')
    .limit(3)
    .$narrowType<{ email: NotNull }>()
    .execute();
  // Two needs with only a few places left, so the burst asks for more than they have.
  const needs = await db
    .selectFrom('initiative_needs')
    .innerJoin('initiatives', 'initiatives.id', 'initiative_needs.initiative_id')
    .select([
      'initiative_needs.id',
      'initiative_needs.initiative_id',
      'initiative_needs.kind',
      'initiative_needs.quantity_needed',
      'initiative_needs.quantity_pledged',
    ])
    .where('initiative_needs.kind', 'in', ['volunteers', 'materials'])
    .where('initiative_needs.closed_at', 'is', null)
    .where('initiative_needs.hidden_at', 'is', null)
    .where('initiatives.hidden_at', 'is', null)
    .where('initiatives.status', '!=', 'stopped')
    .where(sql<boolean>`initiative_needs.quantity_needed - initiative_needs.quantity_pledged between 2 and 6`)
    .orderBy('initiative_needs.id')
    .limit(2)
    .execute();
  const pots = votingNeighbourhoods.slice(0, 2);
  return {
    votingRound,
    proposalRound,
    votingNeighbourhoods,
    proposalNeighbourhoods,
    cheapestProject,
    voters,
    givers,
    needs,
    pots,
  };
}
type World = Awaited<ReturnType<typeof readWorld>>;

/** The writes of the burst, the kinds taking turns; deterministic for a given world. */
function planBurst(world: World, voters: Session[], givers: Session[], everyone: Session[], today: Date): Write[] {
  const writes: Write[] = [];
  const counters = new Map<Kind, number>();
  const inAWeek = new Date(today.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  const profileDone = new Set<string>();
  const next = (kind: Kind): Write | undefined => {
    const n = counters.get(kind) ?? 0;
    counters.set(kind, n + 1);
    const anyone = everyone[n % everyone.length] as Session;
    switch (kind) {
      case 'help-request':
        return {
          kind,
          session: anyone,
          method: 'POST',
          path: '/api/v1/help-requests',
          body: {
            kind: 'errands',
            title: `Boodschappen ${n}`,
            description: 'Een keer naar de supermarkt.',
            areaId: world.votingNeighbourhoods[n % world.votingNeighbourhoods.length],
            when: { schedule: 'once', date: inAWeek, dayParts: ['morning'] },
          },
        };
      case 'initiative':
        return {
          kind,
          session: anyone,
          method: 'POST',
          path: '/api/v1/initiatives',
          body: {
            title: `Buurtmoestuin nummer ${n}`,
            summary: 'Samen groente kweken op het braakliggende stuk grond naast de school.',
            domain: 'green_and_public_space',
            areaIds: [world.votingNeighbourhoods[n % world.votingNeighbourhoods.length]],
          },
        };
      case 'pledge': {
        const need = world.needs[n % world.needs.length];
        if (!need) return undefined;
        return {
          kind,
          session: anyone,
          method: 'POST',
          path: `/api/v1/initiatives/${need.initiative_id}/needs/${need.id}/pledges`,
          body: need.kind === 'volunteers' ? { quantity: 1, hours: 2 } : { quantity: 1 },
          note: need.id,
        };
      }
      case 'gift': {
        const giver = givers[n % givers.length];
        if (!giver) return undefined;
        // Half an hour at a time, to a voter or a pot: the givers run out of earned hours mid-burst.
        const toVoter = voters[n % voters.length];
        const body =
          n % 2 === 0 && toVoter
            ? { toAccountId: toVoter.accountId, hours: 0.5, memo: `Dank ${n}` }
            : { toPotAreaId: world.pots[n % world.pots.length], hours: 0.5, memo: `Pot ${n}` };
        return { kind, session: giver, method: 'POST', path: '/api/v1/timebank/gifts', body };
      }
      case 'ballot': {
        // Every voter tries three times: one ballot each may get through.
        const voter = voters[n % voters.length];
        if (!voter || n >= voters.length * 3) return undefined;
        return {
          kind,
          session: voter,
          method: 'POST',
          path: `/api/v1/budget-rounds/${world.votingRound.id}/ballots`,
          body: { projectIds: [world.cheapestProject.id], confirmAge: true },
        };
      }
      case 'proposal':
        return {
          kind,
          session: anyone,
          method: 'POST',
          path: `/api/v1/budget-rounds/${world.proposalRound.id}/proposals`,
          body: {
            title: `Bankjes bij de speeltuin ${n}`,
            description: 'Drie bankjes zodat ouders kunnen zitten.',
            estimatedCostCents: 250_000 + n,
            areaId: world.proposalNeighbourhoods[n % world.proposalNeighbourhoods.length],
            location: 'Speeltuin aan het plein',
          },
        };
      case 'profile': {
        // One change per account, so the acknowledged name is the last word.
        const session = everyone.find((s) => !profileDone.has(s.accountId));
        if (!session) return undefined;
        profileDone.add(session.accountId);
        const name = `Herstart Proef ${n}`;
        return { kind, session, method: 'PATCH', path: '/api/v1/me', body: { displayName: name }, note: name };
      }
    }
  };
  let slot = 0;
  while (writes.length < BURST_SIZE && slot < BURST_SIZE * 4) {
    const write = next(KINDS[slot % KINDS.length] as Kind);
    if (write) writes.push(write);
    slot++;
  }
  return writes;
}

/** Rows the cast's writes could have made, per kind: the check that nothing refused was stored anyway. */
async function castRows(db: Db, world: World, cast: string[]): Promise<Record<Kind, number>> {
  const count = async (query: Promise<{ n: number | string | bigint } | undefined>) => Number((await query)?.n ?? 0);
  return {
    'help-request': await count(
      db
        .selectFrom('help_requests')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('requester_id', 'in', cast)
        .executeTakeFirst(),
    ),
    initiative: await count(
      db
        .selectFrom('initiatives')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('created_by', 'in', cast)
        .executeTakeFirst(),
    ),
    pledge: await count(
      db
        .selectFrom('initiative_pledges')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', 'in', cast)
        .executeTakeFirst(),
    ),
    gift: await count(
      db
        .selectFrom('timebank_transactions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kind', '=', 'gift')
        .where('created_by', 'in', cast)
        .executeTakeFirst(),
    ),
    ballot: await count(
      db
        .selectFrom('budget_voters')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('round_id', '=', world.votingRound.id)
        .where('account_id', 'in', cast)
        .executeTakeFirst(),
    ),
    proposal: await count(
      db
        .selectFrom('budget_proposals')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('author_id', 'in', cast)
        .executeTakeFirst(),
    ),
    profile: await count(
      db
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('id', 'in', cast)
        .where('display_name', 'like', 'Herstart Proef %')
        .executeTakeFirst(),
    ),
  };
}

test(
  'kill -9 mid-burst of mixed writes: every acknowledged write survives the restart, invariants hold',
  // Seeding the demo's year of activity takes most of a minute on a busy 2-core machine.
  { timeout: 180_000 },
  async ({ annotate }) => {
    const startedAt = performance.now();
    target = await createEmptyDatabaseUrl();
    const today = startOfDayInAmsterdam(new Date());

    // The world, written straight into the database before the server first starts.
    const seeding = openDatabase(parseDatabaseUrl(target.url));
    await migrateToLatest(seeding.db);
    await generateDemo(
      seeding.db,
      { seed: 'wakkerdam', residents: RESIDENTS, asOf: today },
      await demoStepsOf(registry),
    );
    const world = await readWorld(seeding.db, new Date());
    expect(world.voters).toHaveLength(4);
    expect(world.givers).toHaveLength(3);
    expect(world.needs).toHaveLength(2);
    const castIds = [...world.voters, ...world.givers].map((account) => account.id);
    const before = await castRows(seeding.db, world, castIds);
    await seeding.close();

    const env = { DATABASE_URL: target.url, WAKKERE_STAD_DEMO: 'false' };
    running = await startServer(env);
    const first = running;
    // Seven log-ins: under the ten per minute per address the real server allows.
    const voters = await Promise.all(
      world.voters.map((v) => logIn(first.address, v.email, GENERATED_RESIDENT_PASSWORD)),
    );
    const givers = await Promise.all(
      world.givers.map((g) => logIn(first.address, g.email, GENERATED_RESIDENT_PASSWORD)),
    );
    const everyone = [...voters, ...givers];
    const writes = planBurst(world, voters, givers, everyone, today);

    // The burst: IN_FLIGHT workers take the next write; at KILL_AFTER_ACKNOWLEDGED answers 2xx the server dies.
    const outcomes: Outcome[] = [];
    let nextWrite = 0;
    let acknowledged = 0;
    let inFlight = 0;
    let inFlightAtKill = -1;
    let killed = false;
    const worker = async () => {
      while (!killed && nextWrite < writes.length) {
        const write = writes[nextWrite++] as Write;
        inFlight++;
        const outcome = await send(first.address, write);
        inFlight--;
        outcomes.push(outcome);
        if (outcome.result === 'acknowledged') acknowledged++;
        if (!killed && acknowledged >= KILL_AFTER_ACKNOWLEDGED) {
          killed = true;
          inFlightAtKill = inFlight;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    expect(killed, 'the burst ended before the kill').toBe(true);
    expect(await first.exited).toBeNull(); // killed by the signal, no exit code
    expect(inFlightAtKill, 'writes were in flight when the server died').toBeGreaterThan(0);

    const byKind = (kind: Kind, result: Outcome['result']) =>
      outcomes.filter((o) => o.write.kind === kind && o.result === result);
    const serverErrors = outcomes.filter((o) => o.result === 'refused' && o.status >= 500);
    expect(serverErrors.map((o) => `${o.write.kind} ${o.result === 'refused' ? o.status : ''}`)).toEqual([]);
    for (const kind of KINDS) expect(byKind(kind, 'acknowledged').length, `${kind} acknowledged`).toBeGreaterThan(0);
    // The oversubscribed writes were refused as conflicts, not failed.
    const refusedCodes = new Set(outcomes.flatMap((o) => (o.result === 'refused' ? [`${o.status} ${o.code}`] : [])));
    for (const code of refusedCodes)
      expect(['409 need-covered', '409 already-voted', '409 gift-exceeds-earned']).toContain(code);

    // Restart on the same database.
    running = await startServer(env);
    const second = running;
    verifier = openDatabase(parseDatabaseUrl(target.url));
    const db = verifier.db;

    // 1. Every acknowledged write is there.
    for (const outcome of outcomes) {
      if (outcome.result !== 'acknowledged') continue;
      const { write, body } = outcome;
      const id = String(body.id ?? '');
      switch (write.kind) {
        case 'help-request': {
          const row = await db
            .selectFrom('help_requests')
            .select(['requester_id', 'title'])
            .where('id', '=', id)
            .executeTakeFirst();
          expect(row, `help request ${id}`).toEqual({ requester_id: write.session.accountId, title: write.body.title });
          const seen = await call(second.address, write.session, 'GET', `/api/v1/help-requests/${id}`);
          expect(seen.status).toBe(200);
          break;
        }
        case 'initiative': {
          const row = await db
            .selectFrom('initiatives')
            .select(['created_by', 'title'])
            .where('id', '=', id)
            .executeTakeFirst();
          expect(row, `initiative ${id}`).toEqual({ created_by: write.session.accountId, title: write.body.title });
          expect((await call(second.address, undefined, 'GET', `/api/v1/initiatives/${id}`)).status).toBe(200);
          break;
        }
        case 'pledge': {
          const row = await db
            .selectFrom('initiative_pledges')
            .select(['need_id', 'account_id', 'status'])
            .where('id', '=', id)
            .executeTakeFirst();
          expect(row, `pledge ${id}`).toEqual({
            need_id: write.note,
            account_id: write.session.accountId,
            status: 'made',
          });
          break;
        }
        case 'gift': {
          const entries = await db
            .selectFrom('timebank_entries')
            .innerJoin('timebank_transactions', 'timebank_transactions.id', 'timebank_entries.transaction_id')
            .innerJoin('timebank_accounts', 'timebank_accounts.id', 'timebank_entries.account_id')
            .select(['timebank_transactions.kind', 'timebank_accounts.owner_id', 'timebank_entries.amount_minutes'])
            .where('timebank_transactions.id', '=', id)
            .execute();
          expect(entries, `gift ${id}`).toContainEqual({
            kind: 'gift',
            owner_id: write.session.accountId,
            amount_minutes: -30,
          });
          expect(entries).toHaveLength(2);
          break;
        }
        case 'ballot': {
          const token = String(body.token);
          const ballot = await db
            .selectFrom('budget_ballots')
            .select('round_id')
            .where('token_hash', '=', hashToken(token))
            .executeTakeFirst();
          expect(ballot, 'ballot by its token').toEqual({ round_id: world.votingRound.id });
          const voted = await db
            .selectFrom('budget_voters')
            .select('method')
            .where('round_id', '=', world.votingRound.id)
            .where('account_id', '=', write.session.accountId)
            .execute();
          expect(voted).toEqual([{ method: 'online' }]);
          const lookup = await call(
            second.address,
            write.session,
            'POST',
            `/api/v1/budget-rounds/${world.votingRound.id}/ballot-lookups`,
            { token },
          );
          expect(lookup.status).toBe(200);
          break;
        }
        case 'proposal': {
          const row = await db
            .selectFrom('budget_proposals')
            .select(['author_id', 'title'])
            .where('id', '=', id)
            .executeTakeFirst();
          expect(row, `proposal ${id}`).toEqual({ author_id: write.session.accountId, title: write.body.title });
          break;
        }
        case 'profile': {
          // The session made before the kill still works after the restart.
          const me = await call(second.address, write.session, 'GET', '/api/v1/me');
          expect(me.status).toBe(200);
          expect(((await me.json()) as { displayName: string }).displayName).toBe(write.note);
          break;
        }
      }
    }

    // 2. Nothing refused was stored: per kind, the rows the cast made lie between the acknowledged
    // writes and the acknowledged plus the unanswered ones.
    const after = await castRows(db, world, castIds);
    let committedUnanswered = 0;
    for (const kind of KINDS) {
      const made = after[kind] - before[kind];
      committedUnanswered += made - byKind(kind, 'acknowledged').length;
      expect(made, `${kind} rows`).toBeGreaterThanOrEqual(byKind(kind, 'acknowledged').length);
      expect(made, `${kind} rows`).toBeLessThanOrEqual(
        byKind(kind, 'acknowledged').length + byKind(kind, 'unknown').length,
      );
    }

    // 3. Invariants over the whole database.
    const ledger = await db
      .selectFrom('timebank_entries')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_minutes'), eb.lit(0)).as('total'))
      .executeTakeFirstOrThrow();
    expect(Number(ledger.total), 'the ledger sums to zero').toBe(0);
    const unbalancedTransactions = await db
      .selectFrom('timebank_entries')
      .select('transaction_id')
      .groupBy('transaction_id')
      .having((eb) => eb.fn.sum('amount_minutes'), '!=', 0)
      .execute();
    expect(unbalancedTransactions, 'every transaction sums to zero').toEqual([]);
    const wrongBalances = await db
      .selectFrom('timebank_accounts')
      .leftJoin('timebank_entries', 'timebank_entries.account_id', 'timebank_accounts.id')
      .select(['timebank_accounts.id', 'timebank_accounts.balance_minutes'])
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('timebank_entries.amount_minutes'), eb.lit(0)).as('entries'))
      .groupBy(['timebank_accounts.id', 'timebank_accounts.balance_minutes'])
      .having((eb) =>
        eb(
          eb.fn.coalesce(eb.fn.sum('timebank_entries.amount_minutes'), eb.lit(0)),
          '!=',
          eb.ref('timebank_accounts.balance_minutes'),
        ),
      )
      .execute();
    expect(wrongBalances, 'each balance equals the sum of its entries').toEqual([]);
    const giverBalances = await db
      .selectFrom('timebank_accounts')
      .select('balance_minutes')
      .where('owner_kind', '=', 'member')
      .where(
        'owner_id',
        'in',
        givers.map((g) => g.accountId),
      )
      .execute();
    for (const { balance_minutes } of giverBalances)
      expect(balance_minutes, 'a gift gives earned hours only').toBeGreaterThanOrEqual(0);

    const needs = await db
      .selectFrom('initiative_needs')
      .select(['id', 'quantity_needed', 'quantity_pledged'])
      .select((eb) =>
        eb
          .selectFrom('initiative_pledges')
          .select((p) => p.fn.coalesce(p.fn.sum<number>('quantity'), p.lit(0)).as('s'))
          .whereRef('initiative_pledges.need_id', '=', 'initiative_needs.id')
          .where('initiative_pledges.status', '!=', 'withdrawn')
          .as('pledges'),
      )
      .execute();
    for (const need of needs) {
      expect(need.quantity_pledged, `need ${need.id}: pledged within what it asks`).toBeLessThanOrEqual(
        need.quantity_needed,
      );
      expect(Number(need.pledges), `need ${need.id}: the count equals its pledges`).toBe(need.quantity_pledged);
    }
    for (const need of world.needs) {
      const row = needs.find((n) => n.id === need.id);
      expect(row?.quantity_pledged, 'the burst filled the oversubscribed need').toBe(need.quantity_needed);
    }

    const doubleVoters = await db
      .selectFrom('budget_voters')
      .select(['round_id', 'account_id'])
      .groupBy(['round_id', 'account_id'])
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(doubleVoters, 'at most one ballot per voter per round').toEqual([]);
    const perRound = async (table: 'budget_voters' | 'budget_ballots', column: 'method' | 'source') =>
      Object.fromEntries(
        (
          await db
            .selectFrom(table)
            .select(['round_id'])
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where(column, '=', 'online')
            .groupBy('round_id')
            .execute()
        ).map((row) => [row.round_id, Number(row.n)]),
      );
    expect(await perRound('budget_ballots', 'source'), 'one online ballot per online voter').toEqual(
      await perRound('budget_voters', 'method'),
    );
    const ballotsCast = byKind('ballot', 'acknowledged').map((o) => o.write.session.accountId);
    expect(new Set(ballotsCast).size, 'one acknowledged ballot per voter').toBe(ballotsCast.length);

    const duplicateNumbers = await db
      .selectFrom('budget_proposals')
      .select(['round_id', 'number'])
      .groupBy(['round_id', 'number'])
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    expect(duplicateNumbers, 'proposal numbers unique per round').toEqual([]);

    // The recovered server also stops cleanly.
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    running = undefined;

    const counts = Object.fromEntries(
      KINDS.map((kind) => [
        kind,
        `${byKind(kind, 'acknowledged').length}/${byKind(kind, 'refused').length}/${byKind(kind, 'unknown').length}`,
      ]),
    );
    await annotate(
      `crash-recovery (${parseDatabaseUrl(target.url).dialect}): ${outcomes.length} writes sent, ${acknowledged} acknowledged, ` +
        `${inFlightAtKill} in flight at the kill (${committedUnanswered} of them committed, never answered); ` +
        `acknowledged/refused/unanswered per kind ${JSON.stringify(counts)}; ` +
        `${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
    );
  },
);
