import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * Copies every table of a generated SQLite city into an empty, migrated PostgreSQL database, for
 * benchmarks that need the same big city on both (generating 500,000 residents again on PostgreSQL
 * takes well over an hour). Rows go in as multi-row inserts in batches, with triggers and foreign
 * keys off for the session (`session_replication_role = replica`: the bench's throwaway cluster runs
 * as a superuser), so the order of tables does not matter; booleans stored by SQLite as 0/1 become
 * booleans where the PostgreSQL column is one. Returns the number of rows copied.
 */
export async function copySqliteToPostgres(
  sqliteFile: string,
  postgresUrl: string,
  progress: (table: string, rows: number) => void = () => undefined,
): Promise<number> {
  const source = new Database(sqliteFile, { readonly: true });
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  let total = 0;
  try {
    await client.query(`SET session_replication_role = replica`);
    const tables = source
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name`,
      )
      .all() as { name: string }[];
    for (const { name } of tables) {
      const columns = (source.prepare(`select name from pragma_table_info(?)`).all(name) as { name: string }[]).map(
        (c) => c.name,
      );
      const booleans = new Set(
        (
          await client.query<{ column_name: string }>(
            `select column_name from information_schema.columns where table_name = $1 and data_type = 'boolean'`,
            [name],
          )
        ).rows.map((r) => r.column_name),
      );
      // Tables the migrations fill (settings, data versions) start afresh from the copy.
      await client.query(`DELETE FROM "${name}"`);
      const perBatch = Math.max(1, Math.floor(30_000 / columns.length));
      const quoted = columns.map((c) => `"${c}"`).join(', ');
      let batch: unknown[][] = [];
      let copied = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const values: unknown[] = [];
        const rows = batch.map(
          (row) =>
            `(${row
              .map((value) => {
                values.push(value);
                return `$${values.length}`;
              })
              .join(', ')})`,
        );
        await client.query(`INSERT INTO "${name}" (${quoted}) VALUES ${rows.join(', ')}`, values);
        copied += batch.length;
        batch = [];
      };
      await client.query('BEGIN');
      for (const row of source.prepare(`select ${quoted} from "${name}"`).raw().iterate() as Iterable<unknown[]>) {
        batch.push(row.map((value, i) => (booleans.has(columns[i]!) && value !== null ? value === 1 : value)));
        if (batch.length >= perBatch) await flush();
      }
      await flush();
      await client.query('COMMIT');
      progress(name, copied);
      total += copied;
    }
    await client.query(`SET session_replication_role = DEFAULT`);
    await client.query('ANALYZE');
  } finally {
    await client.end();
    source.close();
  }
  return total;
}
