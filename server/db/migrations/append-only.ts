import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../database.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Append-only at the database level: triggers refuse UPDATE and DELETE, so no application path
 * can change or remove a row. Shared by the migrations that create logs and ledgers; keep the SQL
 * stable, since migrations that already ran used it.
 */
export async function forbidChanges(db: AnyDb, table: string): Promise<void> {
  if (isPostgres(db)) {
    await sql`CREATE OR REPLACE FUNCTION forbid_change() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql`.execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION forbid_change()`,
      )
      .execute(db);
    return;
  }
  for (const event of ['UPDATE', 'DELETE']) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_no_${event.toLowerCase()} BEFORE ${event} ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
      )
      .execute(db);
  }
}

/**
 * Append-only, except that one free-text column may be blanked (set to '') while every other
 * column stays as it was: erasure removes what a person wrote without touching the facts. Replaces
 * the UPDATE guard `forbidChanges` made for `table`; DELETE stays refused.
 */
export async function allowBlanking(db: AnyDb, table: string, column: string, others: readonly string[]) {
  if (isPostgres(db)) {
    const same = others.map((c) => `NEW.${c} IS NOT DISTINCT FROM OLD.${c}`).join(' AND ');
    await sql
      .raw(
        `CREATE OR REPLACE FUNCTION ${table}_blank_${column}_only() RETURNS trigger AS $$
      BEGIN
        IF NEW.${column} = '' AND ${same} THEN RETURN NEW; END IF;
        RAISE EXCEPTION '% is append-only (only ${column} can be blanked)', TG_TABLE_NAME;
      END; $$ LANGUAGE plpgsql`,
      )
      .execute(db);
    await sql.raw(`DROP TRIGGER ${table}_append_only ON ${table}`).execute(db);
    await sql
      .raw(`CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION forbid_change()`)
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_blank_${column}_only BEFORE UPDATE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION ${table}_blank_${column}_only()`,
      )
      .execute(db);
    return;
  }
  const same = others.map((c) => `NEW.${c} IS OLD.${c}`).join(' AND ');
  await sql.raw(`DROP TRIGGER ${table}_no_update`).execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    WHEN NOT (NEW.${column} = '' AND ${same})
    BEGIN SELECT RAISE(ABORT, '${table} is append-only (only ${column} can be blanked)'); END`,
    )
    .execute(db);
}

/** Undoes `allowBlanking`: every UPDATE refused again, as `forbidChanges` made it. */
export async function forbidBlanking(db: AnyDb, table: string, column: string) {
  if (isPostgres(db)) {
    await sql.raw(`DROP TRIGGER ${table}_blank_${column}_only ON ${table}`).execute(db);
    await sql.raw(`DROP TRIGGER ${table}_no_delete ON ${table}`).execute(db);
    await sql.raw(`DROP FUNCTION ${table}_blank_${column}_only()`).execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION forbid_change()`,
      )
      .execute(db);
    return;
  }
  await sql.raw(`DROP TRIGGER ${table}_no_update`).execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
    )
    .execute(db);
}
