import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../database.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Every committed write to `tables` bumps the `domain` column of the one `data_versions` row, in
 * the same transaction as the write: cached public lists (http/list-cache.ts) compare it, so no
 * application path, instance or command-line tool can change a table behind a cache's back.
 *
 * PostgreSQL: a deferred constraint trigger bumps the row at commit, at most once per domain and
 * transaction (a transaction-local setting remembers it). Taken at commit, the row lock is the last
 * lock a transaction takes and it is held only while committing, so writers never deadlock on it;
 * commits that touch tracked tables do queue on it, one after the other.
 * SQLite has one writer at a time anyway; a row trigger per event is enough there.
 * Keep the SQL stable: migrations that already ran used it.
 */
export async function trackDataVersion(db: AnyDb, domain: string, tables: readonly string[]): Promise<void> {
  if (isPostgres(db)) {
    await sql`CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger AS $$
      BEGIN
        IF current_setting('wakkere_stad.bumped_' || TG_ARGV[0], true) IS DISTINCT FROM '1' THEN
          PERFORM set_config('wakkere_stad.bumped_' || TG_ARGV[0], '1', true);
          EXECUTE format('UPDATE data_versions SET %I = %I + 1', TG_ARGV[0], TG_ARGV[0]);
        END IF;
        RETURN NULL;
      END; $$ LANGUAGE plpgsql`.execute(db);
    for (const table of tables) {
      await sql
        .raw(
          `CREATE CONSTRAINT TRIGGER ${table}_data_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version('${domain}')`,
        )
        .execute(db);
    }
    return;
  }
  for (const table of tables) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_data_version_${event.toLowerCase()} AFTER ${event} ON ${table}
          BEGIN UPDATE data_versions SET ${domain} = ${domain} + 1; END`,
        )
        .execute(db);
    }
  }
}

/** Undoes `trackDataVersion` for these tables. */
export async function untrackDataVersion(db: AnyDb, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    if (isPostgres(db)) await sql.raw(`DROP TRIGGER ${table}_data_version ON ${table}`).execute(db);
    else
      for (const event of ['insert', 'update', 'delete'])
        await sql.raw(`DROP TRIGGER ${table}_data_version_${event}`).execute(db);
  }
}
