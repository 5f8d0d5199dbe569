import { sql } from 'kysely';
import type { IndicatorId, SurveyTopic } from '../../../contracts/monitor.ts';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Db } from '../../db/database.ts';
import type { DayFacts } from './fold.ts';
import { RUNNING_MEASURES } from './fold.ts';
import type { RawFigure } from './indicators.ts';
import type { MonitorSurveyTable } from './monitor.tables.ts';
import type { WindowFacts } from './snapshot.ts';
import {
  dayTotals,
  residentKey,
  tieKey,
  TOTAL_FLAGS as FLAGS,
  windowFromTotals,
  type WindowMemory,
} from './window-memory.ts';

const CHUNK = 400;

async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

const truthy = (value: unknown) => Number(value) > 0;

/** A transaction, or the caller's when there is one already (the demo generator runs in one). */
function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** The `monitor_state` key of the window totals' generation: every change to them bumps it (window-memory.ts). */
export const WINDOW_GENERATION = 'window_generation';

/** Bumps the window totals' generation, in the transaction that changes them; returns the new one. */
async function bumpGeneration(trx: Db, at: string): Promise<number> {
  const row = await trx
    .insertInto('monitor_state')
    .values({ key: WINDOW_GENERATION, value: '1', updated_at: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        value: sql<string>`cast(cast(monitor_state.value as integer) + 1 as text)`,
        updated_at: at,
      }),
    )
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
/** SQL: the later of the stored day and the new one (days are ISO dates, so text order is time order; null is never). */
const later = (table: string, column: string) =>
  `${column} = case when coalesce(excluded.${column}, '') > coalesce(${table}.${column}, '') then excluded.${column} else ${table}.${column} end`;
/** Merging a day into the window totals: the later day wins, per column. */
const MERGE_RESIDENTS = `on conflict (area_id, resident_id) do update set ${[
  'last_day',
  'last_gives',
  'last_receives',
  'last_votes',
]
  .map((column) => later('monitor_window_residents', column))
  .join(', ')}`;
const MERGE_TIES = `on conflict (area_id, from_node, to_node, to_area_id) do update set ${later('monitor_window_ties', 'last_day')}`;

/** Per resident and area, from the days: the last day active, and the last day of each kind of activity. */
function residentLastDays(trx: Db) {
  return trx
    .selectFrom('monitor_resident_days')
    .select((eb) => [
      'area_id',
      'resident_id',
      eb.fn.max('day').as('last_day'),
      ...FLAGS.map((flag) =>
        eb.fn
          .max(eb.case().when(flag, '>', 0).then(eb.ref('day')).else(null).end())
          .as(`last_${flag}` as `last_${typeof flag}`),
      ),
    ])
    .groupBy(['area_id', 'resident_id']);
}

/** Per distinct tie (no area: ''), from the days: the last day it was seen. */
function tieLastDays(trx: Db) {
  const toArea = sql<string>`coalesce(to_area_id, '')`;
  return trx
    .selectFrom('monitor_links')
    .select((eb) => ['area_id', 'from_node', 'to_node', toArea.as('to_area_id'), eb.fn.max('day').as('last_day')])
    .groupBy(['area_id', 'from_node', 'to_node', toArea]);
}

/**
 * Window totals (migration 0023) after a day's facts changed from `before` to `after`: what the day
 * has is merged in (the later day wins); a resident or tie the day no longer has, or a kind of
 * activity a resident no longer shows on it, is looked up again in all the days (a scan: rare, as
 * events are never removed; it happens when a subject's initiative is no longer known).
 */
async function updateWindowTotals(
  trx: Db,
  day: string,
  before: { residents: DayFacts['residents']; links: DayFacts['links'] },
  after: DayFacts,
): Promise<{ onlyMerged: boolean }> {
  const totals = dayTotals(day, after);
  await bulkInsert(trx, 'monitor_window_residents', totals.residents, { onConflict: MERGE_RESIDENTS });
  await bulkInsert(trx, 'monitor_window_ties', totals.ties, { onConflict: MERGE_TIES });

  const now = new Map(after.residents.map((row) => [residentKey(row), row]));
  const lostResidents = [
    ...new Set(
      before.residents
        .filter((row) => {
          const kept = now.get(residentKey(row));
          return !kept || FLAGS.some((flag) => row[flag] > 0 && !(kept[flag] > 0));
        })
        .map((row) => row.resident_id),
    ),
  ];
  await insertChunked(lostResidents, async (ids) => {
    const again = await residentLastDays(trx).where('resident_id', 'in', ids).execute();
    await trx.deleteFrom('monitor_window_residents').where('resident_id', 'in', ids).execute();
    await bulkInsert(trx, 'monitor_window_residents', again);
  });

  const tiesNow = new Set(after.links.map(tieKey));
  const lostFrom = [...new Set(before.links.filter((row) => !tiesNow.has(tieKey(row))).map((row) => row.from_node))];
  await insertChunked(lostFrom, async (nodes) => {
    const again = await tieLastDays(trx).where('from_node', 'in', nodes).execute();
    await trx.deleteFrom('monitor_window_ties').where('from_node', 'in', nodes).execute();
    await bulkInsert(trx, 'monitor_window_ties', again);
  });
  return { onlyMerged: lostResidents.length === 0 && lostFrom.length === 0 };
}

/**
 * `memory`: the job's window totals kept between runs (window-memory.ts); the repository keeps it
 * in step with the tables, and reads the latest window from it when the generations agree.
 */
export function createMonitorRepository(db: Db, memory: WindowMemory | null = null) {
  /** After a transaction changed the window totals: the memory follows, or forgets when it cannot know. */
  const changed = (follow: (memory: WindowMemory) => void) => {
    // Inside the caller's transaction, which may still roll back: the memory cannot follow it.
    if (!memory) return;
    if (db.isTransaction) memory.forget();
    else follow(memory);
  };

  async function windowGeneration(): Promise<number> {
    const row = await db
      .selectFrom('monitor_state')
      .select('value')
      .where('key', '=', WINDOW_GENERATION)
      .executeTakeFirst();
    return row ? Number(row.value) : 0;
  }

  /**
   * The residents and ties of the latest window (from `from` to the last folded day), from the
   * memory when it holds the tables' generation, else read from the totals (and kept in the memory
   * when nothing changed them while they were read).
   */
  async function latestWindow(from: string) {
    const generation = await windowGeneration();
    if (memory?.holds(generation, from)) return memory.window(from);
    const residents = await db
      .selectFrom('monitor_window_residents')
      .selectAll()
      .where('last_day', '>=', from)
      .execute();
    const ties = await db.selectFrom('monitor_window_ties').selectAll().where('last_day', '>=', from).execute();
    if (!memory) return windowFromTotals(from, residents, ties);
    if (!db.isTransaction && generation === (await windowGeneration())) {
      memory.load(generation, from, residents, ties);
      return memory.window(from);
    }
    memory.forget();
    return windowFromTotals(from, residents, ties);
  }

  return {
    /**
     * Replaces one day's facts, all or nothing, and keeps the window totals up to date with them
     * (unless `windowTotals` is false: a full rebuild fills them once at the end, `refillWindowTotals`).
     * `at`: when (the job's clock), for the totals' generation.
     */
    async replaceDay(day: string, facts: DayFacts, at: string, { windowTotals = true } = {}): Promise<void> {
      const merged = await inTransaction(db, async (trx) => {
        const before = windowTotals
          ? {
              residents: await trx.selectFrom('monitor_resident_days').selectAll().where('day', '=', day).execute(),
              links: await trx.selectFrom('monitor_links').selectAll().where('day', '=', day).execute(),
            }
          : null;
        await trx.deleteFrom('monitor_resident_days').where('day', '=', day).execute();
        await trx.deleteFrom('monitor_counts').where('day', '=', day).execute();
        await trx.deleteFrom('monitor_milestones').where('day', '=', day).execute();
        await trx.deleteFrom('monitor_links').where('day', '=', day).execute();
        await bulkInsert(trx, 'monitor_resident_days', facts.residents);
        await bulkInsert(trx, 'monitor_counts', facts.counts);
        await bulkInsert(trx, 'monitor_milestones', facts.milestones);
        await bulkInsert(trx, 'monitor_links', facts.links);
        if (!before) return null;
        const { onlyMerged } = await updateWindowTotals(trx, day, before, facts);
        return { onlyMerged, generation: await bumpGeneration(trx, at) };
      });
      if (merged) changed((m) => m.merged(day, facts, merged.generation, merged.onlyMerged));
    },

    /** The window totals again from all the facts (after a full rebuild). */
    async refillWindowTotals(at: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        await trx.deleteFrom('monitor_window_residents').execute();
        await trx.deleteFrom('monitor_window_ties').execute();
        await trx
          .insertInto('monitor_window_residents')
          .columns(['area_id', 'resident_id', 'last_day', 'last_gives', 'last_receives', 'last_votes'])
          .expression(residentLastDays(trx))
          .execute();
        await trx
          .insertInto('monitor_window_ties')
          .columns(['area_id', 'from_node', 'to_node', 'to_area_id', 'last_day'])
          .expression(tieLastDays(trx))
          .execute();
        // Last, as in a fold: every writer takes the generation's row lock in the same order.
        await bumpGeneration(trx, at);
      });
      changed((m) => m.forget());
    },

    async clearFacts(at: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        for (const table of [
          'monitor_resident_days',
          'monitor_counts',
          'monitor_milestones',
          'monitor_links',
          'monitor_window_residents',
          'monitor_window_ties',
        ] as const)
          await trx.deleteFrom(table).execute();
        await bumpGeneration(trx, at);
      });
      changed((m) => m.forget());
    },

    /** The last day with facts, or null. */
    async lastFoldedDay(): Promise<string | null> {
      const [residents, links] = await Promise.all(
        (['monitor_resident_days', 'monitor_links'] as const).map((table) =>
          db
            .selectFrom(table)
            .select((eb) => eb.fn.max('day').as('day'))
            .executeTakeFirst(),
        ),
      );
      const days = [residents?.day, links?.day].filter((day): day is string => typeof day === 'string');
      return days.sort().at(-1) ?? null;
    },

    /**
     * The facts of the window [from, to] (inclusive days), for `computeSnapshot`. A window that ends
     * on or after the last folded day (the latest date) takes its residents and ties from the window
     * totals; another from the days themselves (`fromDays`, also for tests comparing the two).
     */
    async windowFacts(from: string, to: string, { fromDays = false } = {}): Promise<WindowFacts> {
      const last = fromDays ? null : await this.lastFoldedDay();
      const fromTotals = !fromDays && (last === null || to >= last);
      const latest = fromTotals ? await latestWindow(from) : null;
      const residents = latest
        ? latest.residents
        : (
            await db
              .selectFrom('monitor_resident_days')
              .select((eb) => [
                'area_id',
                'resident_id',
                eb.fn.max('gives').as('gives'),
                eb.fn.max('receives').as('receives'),
                eb.fn.max('votes').as('votes'),
              ])
              .where('day', '>=', from)
              .where('day', '<=', to)
              .groupBy(['area_id', 'resident_id'])
              .execute()
          ).map((row) => ({
            areaId: row.area_id,
            residentId: row.resident_id,
            gives: truthy(row.gives),
            receives: truthy(row.receives),
            votes: truthy(row.votes),
          }));
      const counts = await db
        .selectFrom('monitor_counts')
        .select((eb) => ['area_id', 'measure', eb.fn.sum<number>('value').as('value')])
        .where('day', '>=', from)
        .where('day', '<=', to)
        .where('measure', 'not in', [...RUNNING_MEASURES])
        .groupBy(['area_id', 'measure'])
        .execute();
      const running = await db
        .selectFrom('monitor_counts')
        .select((eb) => ['area_id', 'measure', eb.fn.sum<number>('value').as('value')])
        .where('day', '<=', to)
        .where('measure', 'in', [...RUNNING_MEASURES])
        .groupBy(['area_id', 'measure'])
        .execute();
      // The first time a subject reached a milestone (up to the end of the window), beside each row.
      const firstOf = (milestone: string, upTo: string | null) =>
        sql<
          string | null
        >`(select min(m.occurred_at) from monitor_milestones m where m.milestone = ${milestone} and m.subject_id = r.subject_id${
          upTo === null ? sql`` : sql` and m.day <= ${upTo}`
        })`;
      const requests = await db
        .selectFrom('monitor_milestones as r')
        .select([
          'r.area_id',
          'r.occurred_at',
          firstOf('help_matched', to).as('matched_at'),
          firstOf('help_solved', to).as('solved_at'),
        ])
        .where('r.milestone', '=', 'help_requested')
        .where('r.day', '>=', from)
        .where('r.day', '<=', to)
        .execute();
      const pledges = await db
        .selectFrom('monitor_milestones as r')
        .select(['r.area_id', 'r.occurred_at', firstOf('pledge_delivered', to).as('kept_at')])
        .where('r.milestone', '=', 'pledge_made')
        .where('r.day', '>=', from)
        .where('r.day', '<=', to)
        .execute();
      const ended = async (end: string, start: string, kind: 'response' | 'lifetime') => {
        const rows = await db
          .selectFrom('monitor_milestones as r')
          .select(['r.area_id', 'r.occurred_at', firstOf(start, null).as('started_at')])
          .where('r.milestone', '=', end)
          .where('r.day', '>=', from)
          .where('r.day', '<=', to)
          .execute();
        return rows
          .filter((row) => row.started_at !== null && String(row.started_at) <= row.occurred_at)
          .map((row) => ({ areaId: row.area_id, kind, startedAt: String(row.started_at), endedAt: row.occurred_at }));
      };
      const ties = latest
        ? latest.ties
        : (
            await db
              .selectFrom('monitor_links')
              .select(['area_id', 'from_node', 'to_node', 'to_area_id'])
              .distinct()
              .where('day', '>=', from)
              .where('day', '<=', to)
              .execute()
          ).map((row) => ({ areaId: row.area_id, from: row.from_node, to: row.to_node, toAreaId: row.to_area_id }));
      return {
        residents,
        counts: counts.map((row) => ({ areaId: row.area_id, measure: row.measure, value: Number(row.value) })),
        running: running.map((row) => ({ areaId: row.area_id, measure: row.measure, value: Number(row.value) })),
        requests: requests.map((row) => ({
          areaId: row.area_id,
          requestedAt: row.occurred_at,
          matchedAt: row.matched_at === null ? null : String(row.matched_at),
          solvedAt: row.solved_at === null ? null : String(row.solved_at),
        })),
        pledges: pledges.map((row) => ({
          areaId: row.area_id,
          madeAt: row.occurred_at,
          keptAt: row.kept_at === null ? null : String(row.kept_at),
        })),
        durations: [
          ...(await ended('responded', 'threshold_reached', 'response')),
          ...(await ended('stopped', 'created', 'lifetime')),
        ],
        ties,
      };
    },

    /** Replaces the figures of one date, all or nothing. */
    /** `withheld`: `areaId\0indicator` keys of figures withheld to protect a suppressed sibling. */
    async replaceValues(asOf: string, figures: Map<string, RawFigure[]>, withheld: ReadonlySet<string>): Promise<void> {
      const rows = [...figures.entries()].flatMap(([areaId, list]) =>
        list.map((f) => ({
          withheld: withheld.has(`${areaId}\u0000${f.indicator}`) ? 1 : 0,
          as_of: asOf,
          area_id: areaId,
          indicator: f.indicator,
          value: f.value,
          numerator: f.numerator,
          denominator: f.denominator,
          base: f.base,
        })),
      );
      await inTransaction(db, async (trx) => {
        await trx.deleteFrom('monitor_values').where('as_of', '=', asOf).execute();
        await bulkInsert(trx, 'monitor_values', rows);
      });
    },

    async replaceNetworks(asOf: string, pictures: Map<string, string>): Promise<void> {
      const rows = [...pictures.entries()].map(([areaId, json]) => ({
        area_id: areaId,
        as_of: asOf,
        network_json: json,
      }));
      await inTransaction(db, async (trx) => {
        await trx.deleteFrom('monitor_networks').execute();
        await bulkInsert(trx, 'monitor_networks', rows);
      });
    },

    /** Drops the figures of dates no longer kept (yesterday's "latest day" once a new day has begun). */
    async keepOnlyDates(dates: readonly string[]): Promise<void> {
      await db
        .deleteFrom('monitor_values')
        .where('as_of', 'not in', [...dates])
        .execute();
    },

    async storedDates(): Promise<string[]> {
      const rows = await db.selectFrom('monitor_values').select('as_of').distinct().orderBy('as_of').execute();
      return rows.map((row) => row.as_of);
    },

    valuesOfArea(areaId: string) {
      return db
        .selectFrom('monitor_values')
        .selectAll()
        .where('area_id', '=', areaId)
        .orderBy('as_of')
        .orderBy('indicator')
        .execute();
    },

    valuesAt(asOf: string, areaIds: readonly string[], indicator?: IndicatorId) {
      if (areaIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('monitor_values')
        .selectAll()
        .where('as_of', '=', asOf)
        .where('area_id', 'in', [...areaIds])
        .$if(indicator !== undefined, (q) => q.where('indicator', '=', indicator!))
        .execute();
    },

    network(areaId: string) {
      return db.selectFrom('monitor_networks').selectAll().where('area_id', '=', areaId).executeTakeFirst();
    },

    async state(key: string): Promise<string | null> {
      const row = await db.selectFrom('monitor_state').select('value').where('key', '=', key).executeTakeFirst();
      return row?.value ?? null;
    },

    async setState(key: string, value: string, at: string, trx: Db = db): Promise<void> {
      await trx
        .insertInto('monitor_state')
        .values({ key, value, updated_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
        .execute();
    },

    surveyOfArea(areaId: string) {
      return db
        .selectFrom('monitor_survey')
        .selectAll()
        .where('area_id', '=', areaId)
        .orderBy('topic')
        .orderBy('period', 'desc')
        .execute();
    },

    surveyOf(areaIds: readonly string[], topic?: SurveyTopic) {
      if (areaIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('monitor_survey')
        .selectAll()
        .where('area_id', 'in', [...areaIds])
        .$if(topic !== undefined, (q) => q.where('topic', '=', topic!))
        .orderBy('area_id')
        .orderBy('topic')
        .orderBy('period', 'desc')
        .execute();
    },

    /** Replaces the figures for the same area, topic and period; returns how many were replaced. */
    async upsertSurvey(trx: Db, rows: readonly MonitorSurveyTable[]): Promise<number> {
      let replaced = 0;
      for (const row of rows) {
        const result = await trx
          .deleteFrom('monitor_survey')
          .where('area_id', '=', row.area_id)
          .where('topic', '=', row.topic)
          .where('period', '=', row.period)
          .executeTakeFirst();
        replaced += Number(result.numDeletedRows);
      }
      await insertChunked(rows, (chunk) => trx.insertInto('monitor_survey').values(chunk).execute());
      return replaced;
    },

    /** For the benchmark and the health of the job: how many fact rows there are. */
    async factCount(): Promise<number> {
      const row = await db
        .selectFrom('monitor_resident_days')
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
export type MonitorRepository = ReturnType<typeof createMonitorRepository>;
