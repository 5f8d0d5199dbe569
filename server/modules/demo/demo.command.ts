import type { Command } from 'commander';
import type { CliContext } from '../../platform/module.ts';
import { InvalidArgumentError } from 'commander';
import { systemClock } from '../../clock.ts';
import { dateInAmsterdam, startOfDayInAmsterdam } from '../../platform/dutch-time.ts';
import { DEFAULT_DEMO_SEED } from './demo.seed.ts';
import { generateDemo, MAX_ACTIVITY_MULTIPLIER, MAX_RESIDENTS, MIN_RESIDENTS } from '../../platform/demo/generator.ts';

/** Fixed, so that the same seed gives the same data on any day; pass --as-of to date it otherwise. */
const DEFAULT_AS_OF = '2026-01-01';

function wholeNumber(value: string): number {
  const n = Number(value.replace(/[_,.]/g, ''));
  if (!Number.isInteger(n) || n < MIN_RESIDENTS || n > MAX_RESIDENTS) {
    throw new InvalidArgumentError(`a whole number from ${MIN_RESIDENTS} to ${MAX_RESIDENTS}`);
  }
  return n;
}

function multiplier(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 1 || n > MAX_ACTIVITY_MULTIPLIER) {
    throw new InvalidArgumentError(`a number from 1 to ${MAX_ACTIVITY_MULTIPLIER}`);
  }
  return n;
}

function date(value: string): Date {
  // Today as on a Dutch calendar, from its midnight; a date like 2026-01-01 is read as UTC midnight, as before.
  const at = value === 'today' ? startOfDayInAmsterdam(systemClock.now()) : new Date(value);
  if (Number.isNaN(at.getTime())) throw new InvalidArgumentError('a date like 2026-01-01, or "today"');
  return at;
}

/** `npm run cli -- demo generate --residents 100000 --seed 42 [--activity-multiplier 10]` */
export function registerDemoCommands(program: Command, cli: CliContext): void {
  const demo = program.command('demo').description('The demo municipality Wakkerdam and synthetic data');
  demo
    .command('generate')
    .description('Fill an empty database with a synthetic Wakkerdam: the same seed gives the same data')
    .option('--residents <n>', `residents, ${MIN_RESIDENTS}–${MAX_RESIDENTS}`, wholeNumber, 30_000)
    .option('--seed <seed>', 'any text', DEFAULT_DEMO_SEED)
    .option('--as-of <date>', 'the date the data is "now" for', date, new Date(DEFAULT_AS_OF))
    .option(
      '--activity-multiplier <n>',
      `for benchmarks: n times the help, gifts and activity sessions of a normal year (1–${MAX_ACTIVITY_MULTIPLIER})`,
      multiplier,
      1,
    )
    .action(async (options: { residents: number; seed: string; asOf: Date; activityMultiplier: number }) => {
      const { sql } = await import('kysely');
      const { loadConfig } = await import('../../config.ts');
      const { openDatabase } = await import('../../db/database.ts');
      const { migrateToLatest } = await import('../../db/migrator.ts');
      const { databaseIsEmpty } = await import('./demo.seed.ts');
      const config = loadConfig();
      const database = openDatabase(config.database);
      try {
        await migrateToLatest(database.db);
        if (!(await databaseIsEmpty(database.db))) {
          console.error('The database already has accounts or areas. Point DATABASE_URL at a new file or database.');
          process.exitCode = 1;
          return;
        }
        // Random ids land all over the indexes; a bigger page cache keeps them in memory (SQLite only).
        if (database.dialect === 'sqlite') await sql`PRAGMA cache_size = -262144`.execute(database.db);
        const started = performance.now();
        const busier = options.activityMultiplier === 1 ? '' : `, ${options.activityMultiplier}× the activity`;
        console.log(
          `Generating Wakkerdam: ${options.residents.toLocaleString('en')} residents, seed "${options.seed}", as of ${dateInAmsterdam(options.asOf)}${busier}`,
        );
        const summary = await generateDemo(
          database.db,
          {
            seed: options.seed,
            residents: options.residents,
            asOf: options.asOf,
            activityMultiplier: options.activityMultiplier,
          },
          await cli.demoSteps(),
          (name, ms) => console.log(`  ${name.padEnd(16)} ${(ms / 1000).toFixed(2).padStart(7)} s`),
        );
        const seconds = (performance.now() - started) / 1000;
        console.log(
          `Rows: ${Object.entries(summary.rows)
            .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
            .join(', ')}`,
        );
        console.log(
          `Done in ${seconds.toFixed(1)} s (${Math.round(options.residents / seconds).toLocaleString('en')} residents/s).`,
        );
      } finally {
        await database.close();
      }
    });
}
