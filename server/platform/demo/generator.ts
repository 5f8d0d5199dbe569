import type { Insertable } from 'kysely';
import type { IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';
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

export interface DemoOptions {
  seed: string;
  residents: number;
  /** "Now" for the generated data: every timestamp lies before it. */
  asOf: Date;
}

export interface DemoArea {
  id: string;
  code: string;
  name: string;
  population: number;
}

export interface DemoNeighbourhood extends DemoArea {
  districtIndex: number;
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
  state: DemoState;
  random(stream: string): Random;
  ids(stream: string): IdGenerator;
  /** An ISO timestamp `days` before `asOf` (fractions allowed). */
  daysAgo(days: number): string;
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
  asOf: string;
  steps: Array<{ name: string; milliseconds: number }>;
  rows: Record<string, number>;
}

const MAX_PARAMETERS = 8000;

export function validateDemoOptions(options: DemoOptions): void {
  if (!Number.isInteger(options.residents) || options.residents < MIN_RESIDENTS || options.residents > MAX_RESIDENTS) {
    throw new RangeError(
      `residents must be a whole number from ${MIN_RESIDENTS.toLocaleString('en')} to ${MAX_RESIDENTS.toLocaleString('en')}`,
    );
  }
  if (options.seed.length === 0) throw new RangeError('the seed must not be empty');
  if (Number.isNaN(options.asOf.getTime())) throw new RangeError('asOf is not a valid date');
}

export async function generateDemo(
  db: Db,
  options: DemoOptions,
  steps: readonly GeneratorStep[],
  onStep?: (name: string, milliseconds: number) => void,
): Promise<DemoSummary> {
  validateDemoOptions(options);
  const rows: Record<string, number> = {};
  const summary: DemoSummary = {
    seed: options.seed,
    residents: options.residents,
    asOf: options.asOf.toISOString(),
    steps: [],
    rows,
  };
  await db.transaction().execute(async (trx) => {
    const context: DemoContext = {
      db: trx,
      options,
      state: {
        municipality: null,
        districts: [],
        neighbourhoods: [],
        demoAccounts: new Map(),
        residents: { ids: [], neighbourhood: new Int32Array(0) },
      },
      random: (stream) => createRandom(`${options.seed}/${stream}`),
      ids: (stream) => seededIds(`${options.seed}/${stream}`),
      daysAgo: (days) => new Date(options.asOf.getTime() - Math.round(days * 86_400_000)).toISOString(),
      async insert(table, values) {
        if (values.length === 0) return;
        const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(values[0]!).length));
        for (let i = 0; i < values.length; i += chunk) {
          // Kysely cannot relate a generic table name to its row type; the signature above does.
          await trx
            .insertInto(table)
            .values(values.slice(i, i + chunk) as never)
            .execute();
        }
        rows[table] = (rows[table] ?? 0) + values.length;
      },
    };
    for (const step of steps) {
      const started = performance.now();
      await step.run(context);
      const milliseconds = Math.round(performance.now() - started);
      summary.steps.push({ name: step.name, milliseconds });
      onStep?.(step.name, milliseconds);
    }
  });
  return summary;
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
