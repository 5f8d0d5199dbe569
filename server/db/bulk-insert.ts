import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import { isPostgres } from './dialect.ts';
import type { Database } from './schema.ts';

/** Parameters per statement: well under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 8000;

/** Table and column names are written into the statement: only plain lower-case SQL names. */
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export interface BulkInsertOptions {
  /**
   * SQL after the values, the same on both databases (an `on conflict … do …` clause). Written by
   * the caller from names in code, never from input.
   */
  onConflict?: string;
}

/**
 * Many rows into one table, written here rather than by Kysely's query builder, which for tens of
 * thousands of rows costs as much as the database's own work. Full chunks repeat one statement
 * text, which SQLite prepares once. Columns are those of any row; a row without one gets null there (not the column's default).
 * Used by the demo generator (millions of rows) and the monitor's fold (a day's facts).
 */
export async function bulkInsert<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  values: ReadonlyArray<Insertable<Database[T]>>,
  { onConflict = '' }: BulkInsertOptions = {},
): Promise<void> {
  if (values.length === 0) return;
  const placeholder = isPostgres(db) ? (n: number) => `$${n}` : () => '?';
  const names = new Set<string>();
  for (const row of values) for (const key in row) names.add(key);
  const columns = [...names];
  for (const name of [table, ...columns])
    if (!IDENTIFIER.test(name)) throw new TypeError(`bulkInsert: not a plain SQL name: ${JSON.stringify(name)}`);
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
  const tail = onConflict ? ` ${onConflict}` : '';
  let text = '';
  let size = 0;
  for (let i = 0; i < values.length; i += size) {
    // Full chunks, then the rest in powers of two: a handful of statement texts per table, which
    // SQLite's statement cache keeps, rather than a new one for every odd-sized rest.
    const rest = values.length - i;
    const next = rest >= chunk ? chunk : 2 ** Math.floor(Math.log2(rest));
    const slice = values.slice(i, i + next) as ReadonlyArray<Record<string, unknown>>;
    if (slice.length !== size) {
      size = slice.length;
      let n = 0;
      const tuple = () => `(${columns.map(() => placeholder(++n)).join(', ')})`;
      text = head + Array.from({ length: size }, tuple).join(', ') + tail;
    }
    const parameters = new Array<unknown>(size * columns.length);
    let p = 0;
    for (const row of slice) for (const column of columns) parameters[p++] = row[column] ?? null;
    await db.executeQuery(CompiledQuery.raw(text, parameters));
  }
}
