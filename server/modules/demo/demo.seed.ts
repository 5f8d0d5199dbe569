import type { Db } from '../../db/database.ts';
import { startOfDayInAmsterdam } from '../../platform/dutch-time.ts';
import { DEMO_ACCOUNTS } from '../../platform/demo/demo-accounts.ts';
import type { DemoSummary, GeneratorStep } from '../../platform/demo/generator.ts';

export const DEFAULT_DEMO_SEED = 'wakkerdam';
/** A small town: about twenty neighbourhoods in three districts, seeded in a second or two. */
export const DEFAULT_DEMO_RESIDENTS = 30_000;

/** True when nobody has used this database yet: no accounts and no areas. */
export async function databaseIsEmpty(db: Db): Promise<boolean> {
  const account = await db.selectFrom('accounts').select('id').limit(1).executeTakeFirst();
  const area = await db.selectFrom('areas').select('id').limit(1).executeTakeFirst();
  return !account && !area;
}

/** True when the demo log-ins (published passwords) exist in this database: it was seeded as a demo. */
export async function holdsDemoAccounts(db: Db): Promise<boolean> {
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  return (
    (await db.selectFrom('accounts').select('id').where('email', 'in', emails).limit(1).executeTakeFirst()) !==
    undefined
  );
}

/**
 * First start in demo mode: Wakkerdam, dated to today (midnight in Amsterdam) so its activity looks
 * recent. The generator and the steps (every module's generator code) load only for an empty database.
 */
export async function seedDemoIfEmpty(
  db: Db,
  now: Date,
  steps: () => Promise<readonly GeneratorStep[]>,
): Promise<DemoSummary | undefined> {
  if (!(await databaseIsEmpty(db))) return undefined;
  const asOf = startOfDayInAmsterdam(now);
  const { generateDemo } = await import('../../platform/demo/generator.ts');
  return generateDemo(db, { seed: DEFAULT_DEMO_SEED, residents: DEFAULT_DEMO_RESIDENTS, asOf }, await steps());
}
