import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * Migrations and a few queries need to know which SQL they speak. Here, not in `database.ts`, so
 * code that only asks does not load the database drivers (the CLI's `--help` and `budget count`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
