import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-db.ts';
import type { Db, OpenedDatabase } from '../../db/database.ts';
import { generateDemo, type DemoSummary } from '../../platform/demo/generator.ts';
import { demoStepsOf, registry } from '../../platform/registry.ts';
import { ACTIVITY_VERBS, isActivityVerb } from './activity-verbs.ts';

const AS_OF = new Date('2026-01-01T00:00:00Z');
const YEAR_BEFORE = new Date(AS_OF.getTime() - 365 * 86_400_000).toISOString();
// The monitor's own demo step reads the log the other steps write; it is not needed here.
const steps = (await demoStepsOf(registry)).filter((step) => step.name !== 'community-power figures');

let database: OpenedDatabase;
let db: Db;
let summary: DemoSummary;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  summary = await generateDemo(db, { seed: 'verbs', residents: 2_000, asOf: AS_OF }, steps);
}, 180_000);
afterAll(() => database.close());

const inTheYear = () => db.selectFrom('activity_log').where('occurred_at', '>=', YEAR_BEFORE);

describe('the demo generator writes a year of activity', () => {
  // The demo steps write the log in bulk, past the recorder: they too may only use catalogue verbs.
  test('every verb of the catalogue, and no other', async () => {
    const rows = await inTheYear().select('verb').distinct().execute();
    expect(rows.map((r) => r.verb).filter((verb) => !isActivityVerb(verb))).toEqual([]);
    expect(rows.map((r) => r.verb).sort()).toEqual(Object.keys(ACTIVITY_VERBS).sort());
  });

  test('spread over the year: most days have events, and each common verb falls in many months', async () => {
    const rows = await inTheYear().select(['verb', 'occurred_at']).execute();
    expect(new Set(rows.map((r) => r.occurred_at.slice(0, 10))).size).toBeGreaterThanOrEqual(300);
    const months = new Map<string, Set<string>>();
    for (const { verb, occurred_at } of rows) {
      if (!months.has(verb)) months.set(verb, new Set());
      months.get(verb)!.add(occurred_at.slice(0, 7));
    }
    const counts = new Map<string, number>();
    for (const { verb } of rows) counts.set(verb, (counts.get(verb) ?? 0) + 1);
    // Votes and proposals follow the budget rounds' phases: a small town has only a few rounds.
    const phased = new Set(['ballot.cast', 'proposal.submitted', 'proposal.accepted', 'proposal.rejected']);
    for (const [verb, n] of counts)
      if (n >= 40 && !phased.has(verb)) expect(months.get(verb)!.size, verb).toBeGreaterThanOrEqual(6);
  });

  test('about ten events per resident a year or more', () => {
    expect(summary.rows.activity_log).toBeGreaterThanOrEqual(2_000 * 8);
  });

  test('nothing after asOf, and every row recorded when it happened', async () => {
    const late = await db
      .selectFrom('activity_log')
      .select('id')
      .where('occurred_at', '>=', AS_OF.toISOString())
      .limit(5)
      .execute();
    expect(late).toEqual([]);
    const { n } = await db
      .selectFrom('activity_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) => eb.or([eb('recorded_at', 'is', null), eb('recorded_at', '!=', eb.ref('occurred_at'))]))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(0);
  });

  test("residents' events say where the resident lives; staff and the system never do", async () => {
    const kinds = await db
      .selectFrom('activity_log')
      .select([
        'actor_kind',
        'verb',
        (eb) => eb.fn.count<number>('actor_area_id').as('withArea'),
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .groupBy(['actor_kind', 'verb'])
      .execute();
    for (const row of kinds) {
      const expected = row.actor_kind === 'resident' ? Number(row.n) : 0;
      expect(Number(row.withArea), `${row.actor_kind} ${row.verb}`).toBe(expected);
      if (ACTIVITY_VERBS[row.verb as keyof typeof ACTIVITY_VERBS].class === 'government')
        expect(row.actor_kind, row.verb).not.toBe('resident');
    }
    const homes = await db
      .selectFrom('activity_log')
      .innerJoin('accounts', 'accounts.id', 'activity_log.actor_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('activity_log.actor_kind', '=', 'resident')
      .whereRef('accounts.home_area_id', '!=', 'activity_log.actor_area_id')
      .executeTakeFirstOrThrow();
    expect(Number(homes.n)).toBe(0);
    const onBehalf = await db
      .selectFrom('activity_log')
      .select('actor_kind')
      .distinct()
      .where('on_behalf_of_id', 'is not', null)
      .execute();
    expect(onBehalf.map((r) => r.actor_kind)).toEqual(['staff']);
  });

  test('who benefited: the resident helped, the receiver of hours', async () => {
    const rows = await db
      .selectFrom('activity_log')
      .select([
        'verb',
        (eb) => eb.fn.count<number>('counterpart_id').as('with'),
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .where('verb', 'in', ['help.matched', 'help.solved', 'hours.booked', 'hours.gifted'])
      .groupBy('verb')
      .execute();
    const share = new Map(rows.map((r) => [r.verb, Number(r.with) / Number(r.n)]));
    expect(share.get('help.matched')).toBe(1);
    expect(share.get('help.solved')).toBe(1);
    // A resident who is not online has no account: the ledger names nobody then, nor a pot.
    expect(share.get('hours.booked')).toBeGreaterThan(0.7);
    expect(share.get('hours.gifted')).toBeGreaterThan(0.3);
  });

  test('every event is about a row that exists', async () => {
    const tables = {
      initiative: 'initiatives',
      activity: 'initiative_activities',
      need: 'initiative_needs',
      pledge: 'initiative_pledges',
      update: 'initiative_updates',
      organisation: 'organisations',
      help_request: 'help_requests',
      help_offer: 'help_offers',
      timebank_transaction: 'timebank_transactions',
      budget_round: 'budget_rounds',
      budget_proposal: 'budget_proposals',
      account: 'accounts',
      steering_decision: 'steering_decisions',
      challenge: 'challenges',
      steering_grant: 'steering_grants',
    } as const;
    const types = await db.selectFrom('activity_log').select('subject_type').distinct().execute();
    expect(types.map((t) => t.subject_type).sort()).toEqual(Object.keys(tables).sort());
    for (const [type, table] of Object.entries(tables)) {
      const orphans = await db
        .selectFrom('activity_log')
        .select('subject_id')
        .where('subject_type', '=', type)
        .where((eb) =>
          eb.not(eb.exists(eb.selectFrom(table).select('id').whereRef(`${table}.id`, '=', 'activity_log.subject_id'))),
        )
        .limit(3)
        .execute();
      expect(orphans, type).toEqual([]);
    }
  });

  test('events about one thing come in the order they can happen', async () => {
    // [earlier, later, by the same person]
    const pairs: Array<[string, string, boolean?]> = [
      ['help.requested', 'help.invited'],
      ['help.requested', 'help.matched'],
      ['help.requested', 'help.escalated'],
      ['help.matched', 'help.solved', true],
      ['help.requested', 'help.cancelled'],
      ['initiative.created', 'initiative.activated'],
      ['initiative.created', 'initiative.joined'],
      ['initiative.joined', 'initiative.left', true],
      ['initiative.supported', 'initiative.support-withdrawn', true],
      ['initiative.threshold-reached', 'initiative.responded'],
      ['initiative.stopped', 'initiative.restarted'],
      ['pledge.made', 'pledge.delivered'],
      ['pledge.made', 'pledge.withdrawn'],
      ['need.posted', 'need.closed'],
      ['activity.planned', 'activity.signed-up'],
      ['activity.planned', 'activity.cancelled'],
      ['activity.signed-up', 'activity.attended', true],
      ['activity.signed-up', 'activity.sign-up-cancelled', true],
      ['activity.attended', 'activity.attendance-withdrawn', true],
      ['activity.waitlisted', 'activity.promoted', true],
      ['organisation.created', 'organisation.member-joined'],
      ['proposal.submitted', 'proposal.accepted'],
      ['proposal.submitted', 'proposal.withdrawn'],
      ['budget_round.opened', 'ballot.cast'],
      ['ballot.cast', 'round.counted'],
      ['steering.decided', 'decision.responded'],
      ['challenge.submitted', 'challenge.decided'],
    ];
    for (const [before, after, samePerson] of pairs) {
      const joined = db
        .selectFrom('activity_log as a')
        .innerJoin('activity_log as b', (join) => {
          const same = join.onRef('a.subject_type', '=', 'b.subject_type').onRef('a.subject_id', '=', 'b.subject_id');
          return samePerson ? same.onRef('a.actor_id', '=', 'b.actor_id') : same;
        })
        .where('a.verb', '=', before)
        .where('b.verb', '=', after);
      const together = await joined.select('a.id').limit(1).execute();
      expect(together.length, `${before} and ${after} about one subject`).toBe(1);
      const wrong = await joined
        .select(['a.subject_id', 'a.occurred_at as before', 'b.occurred_at as after'])
        .whereRef('b.occurred_at', '<', 'a.occurred_at')
        .limit(3)
        .execute();
      expect(wrong, `${after} before ${before}`).toEqual([]);
    }
  });
});

test('the activity multiplier multiplies the activity', { timeout: 180_000 }, async () => {
  const busier = await createTestDatabase();
  try {
    const twice = await generateDemo(
      busier.db,
      { seed: 'verbs', residents: 2_000, asOf: AS_OF, activityMultiplier: 2 },
      steps,
    );
    const ratio = twice.rows.activity_log! / summary.rows.activity_log!;
    expect(ratio).toBeGreaterThan(1.6);
    expect(ratio).toBeLessThan(2.4);
    expect(twice.rows.accounts).toBe(summary.rows.accounts);
    expect(twice.rows.initiatives).toBe(summary.rows.initiatives);
  } finally {
    await busier.close();
  }
});
