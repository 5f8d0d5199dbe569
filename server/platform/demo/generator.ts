import type { Insertable } from 'kysely';
import type { IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Database } from '../../db/schema.ts';
import { DEMO_ACCOUNTS } from './demo-accounts.ts';
import { createDemoActivityLog, type DemoActivityLog } from './activity-log.ts';
import { createCalendar, type DemoCalendar } from './calendar.ts';
import { createRandom, seededIds, type Random } from './random.ts';

/**
 * The synthetic-data generator: a list of steps, each filling in one capability, run in order in
 * one transaction. Every step draws from its own seeded random stream and id stream, so the same
 * seed gives the same data, and a step added later leaves the data of earlier steps unchanged.
 *
 * Steps write rows in bulk straight into the tables (through `insert`): going through each
 * module's service one row at a time would take minutes for a city of 500,000.
 */

export const MIN_RESIDENTS = 2_000;
export const MAX_RESIDENTS = 500_000;
export const MAX_ACTIVITY_MULTIPLIER = 100;

export interface DemoOptions {
  seed: string;
  residents: number;
  /** "Now" for the generated data: every timestamp lies before it. */
  asOf: Date;
  /**
   * For benchmarks: how many times as busy the town is (default 1). Help requests, gifts and the
   * series of activities (with their sign-ups and attendance) are multiplied; residents, areas,
   * verifications, initiatives and budget rounds are not.
   */
  activityMultiplier?: number;
}

export interface DemoArea {
  id: string;
  code: string;
  name: string;
  population: number;
}

export interface DemoNeighbourhood extends DemoArea {
  districtIndex: number;
  /**
   * How much its residents take part, around 1: a few neighbourhoods are nearly silent, some are
   * lively, so a map of the town shows differences. Steps scale their rates by it.
   */
  liveliness: number;
}

/** What earlier steps made, for later steps to build on. */
export interface DemoState {
  municipality: DemoArea | null;
  districts: DemoArea[];
  neighbourhoods: DemoNeighbourhood[];
  /** Demo account ids by their key in DEMO_ACCOUNTS. */
  demoAccounts: Map<string, string>;
  /** Generated residents: ids, and each one's neighbourhood as an index into `neighbourhoods`. */
  residents: { ids: string[]; neighbourhood: Int32Array };
}

export interface DemoContext {
  db: Db;
  options: DemoOptions;
  /** `options.activityMultiplier`, defaulted to 1. */
  multiplier: number;
  state: DemoState;
  random(stream: string): Random;
  ids(stream: string): IdGenerator;
  /** An ISO timestamp `days` before `asOf` (fractions allowed). */
  daysAgo(days: number): string;
  /** Busy and quiet times of the year, for dating events. */
  calendar: DemoCalendar;
  /** The activity log, written in bulk as it fills up (each step flushes it when done). */
  activity: DemoActivityLog;
  /** A resident's home neighbourhood id (generated residents and the demo residents), else null. */
  homeOf(accountId: string): string | null;
  /** Batch insert, chunked to stay under both databases' limits on bound parameters. */
  insert<T extends keyof Database & string>(table: T, rows: ReadonlyArray<Insertable<Database[T]>>): Promise<void>;
}

export interface GeneratorStep {
  name: string;
  run(context: DemoContext): Promise<void>;
}

export interface DemoSummary {
  seed: string;
  residents: number;
  activityMultiplier: number;
  asOf: string;
  steps: Array<{ name: string; milliseconds: number }>;
  rows: Record<string, number>;
}

export function validateDemoOptions(options: DemoOptions): void {
  if (!Number.isInteger(options.residents) || options.residents < MIN_RESIDENTS || options.residents > MAX_RESIDENTS) {
    throw new RangeError(
      `residents must be a whole number from ${MIN_RESIDENTS.toLocaleString('en')} to ${MAX_RESIDENTS.toLocaleString('en')}`,
    );
  }
  if (options.seed.length === 0) throw new RangeError('the seed must not be empty');
  if (Number.isNaN(options.asOf.getTime())) throw new RangeError('asOf is not a valid date');
  const multiplier = options.activityMultiplier ?? 1;
  if (!Number.isFinite(multiplier) || multiplier < 1 || multiplier > MAX_ACTIVITY_MULTIPLIER) {
    throw new RangeError(`the activity multiplier must be a number from 1 to ${MAX_ACTIVITY_MULTIPLIER}`);
  }
}

export async function generateDemo(
  db: Db,
  options: DemoOptions,
  steps: readonly GeneratorStep[],
  onStep?: (name: string, milliseconds: number) => void,
): Promise<DemoSummary> {
  validateDemoOptions(options);
  const multiplier = options.activityMultiplier ?? 1;
  const rows: Record<string, number> = {};
  const summary: DemoSummary = {
    seed: options.seed,
    residents: options.residents,
    activityMultiplier: multiplier,
    asOf: options.asOf.toISOString(),
    steps: [],
    rows,
  };
  await db.transaction().execute(async (trx) => {
    const state: DemoState = {
      municipality: null,
      districts: [],
      neighbourhoods: [],
      demoAccounts: new Map(),
      residents: { ids: [], neighbourhood: new Int32Array(0) },
    };
    async function insert<T extends keyof Database & string>(
      table: T,
      values: ReadonlyArray<Insertable<Database[T]>>,
    ): Promise<void> {
      if (values.length === 0) return;
      await bulkInsert(trx, table, values);
      rows[table] = (rows[table] ?? 0) + values.length;
    }
    const homeOf = homeLookup(state);
    const context: DemoContext = {
      db: trx,
      options,
      multiplier,
      state,
      random: (stream) => createRandom(`${options.seed}/${stream}`),
      ids: (stream) => seededIds(`${options.seed}/${stream}`),
      daysAgo: (days) => new Date(options.asOf.getTime() - Math.round(days * 86_400_000)).toISOString(),
      calendar: createCalendar(options.asOf.getTime()),
      activity: createDemoActivityLog({
        ids: seededIds(`${options.seed}/activity`),
        asOf: options.asOf.getTime(),
        homeOf,
        insert: (batch) => insert('activity_log', batch),
      }),
      homeOf,
      insert,
    };
    for (const step of steps) {
      const started = performance.now();
      await step.run(context);
      await context.activity.flush();
      const milliseconds = Math.round(performance.now() - started);
      summary.steps.push({ name: step.name, milliseconds });
      onStep?.(step.name, milliseconds);
    }
  });
  return summary;
}

/**
 * Home neighbourhoods by account id, built once the residents exist (and again if they change):
 * the demo residents live in the first neighbourhood, everyone generated in their own.
 */
function homeLookup(state: DemoState): (accountId: string) => string | null {
  let built: { ids: readonly string[]; demo: number; home: Map<string, string> } | null = null;
  return (accountId) => {
    const { ids, neighbourhood } = state.residents;
    if (built?.ids !== ids || built.demo !== state.demoAccounts.size) {
      const home = new Map<string, string>();
      for (let i = 0; i < ids.length; i++) home.set(ids[i]!, state.neighbourhoods[neighbourhood[i]!]!.id);
      const first = state.neighbourhoods[0]?.id;
      for (const demo of DEMO_ACCOUNTS) {
        const id = state.demoAccounts.get(demo.key);
        if (id && first && demo.role === 'resident') home.set(id, first);
      }
      built = { ids, demo: state.demoAccounts.size, home };
    }
    return built.home.get(accountId) ?? null;
  };
}

/** Splits `total` into whole parts proportional to `weights` (largest remainder), summing exactly to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts;
}
