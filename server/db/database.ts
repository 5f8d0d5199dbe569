import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type Dialect,
  type SqliteDatabase,
  type SqliteStatement,
} from 'kysely';
import type pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import type { Database } from './schema.ts';

// Only the driver of the database in use is loaded (start-up: pg alone costs a tenth of it).
const require = createRequire(import.meta.url);
let pgDriver: typeof pg | undefined;
function loadPg(): typeof pg {
  if (!pgDriver) {
    pgDriver = require('pg') as typeof pg;
    // COUNT(*) and BIGINT come back from pg as strings; every count we make fits in a JS number.
    pgDriver.types.setTypeParser(pgDriver.types.builtins.INT8, (value) => Number(value));
    pgDriver.types.setTypeParser(pgDriver.types.builtins.NUMERIC, (value) => Number(value));
  }
  return pgDriver;
}

export type Db = Kysely<Database>;

export interface OpenedDatabase {
  db: Db;
  dialect: DatabaseTarget['dialect'];
  close(): Promise<void>;
}

export function openDatabase(target: DatabaseTarget): OpenedDatabase {
  const dialect = createDialect(target);
  const db = new Kysely<Database>({ dialect });
  return { db, dialect: target.dialect, close: () => db.destroy() };
}

function createDialect(target: DatabaseTarget): Dialect {
  if (target.dialect === 'postgres') {
    const pool = new (loadPg().Pool)({ connectionString: target.connectionString, max: 10 });
    // An idle connection can be cut by the server (restart, failover, DROP DATABASE). pg then emits
    // 'error' on the pool; unhandled, that would crash the process. The pool replaces the client.
    pool.on('error', (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
    return new PostgresDialect({ pool });
  }
  if (target.file !== ':memory:') mkdirSync(dirname(target.file), { recursive: true });
  const SQLiteDatabase = require('better-sqlite3') as typeof SQLite;
  const sqlite = new SQLiteDatabase(target.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // A 64 MB page cache (the default is 2 MB): the monitor's fold and window reads touch large indexes.
  sqlite.pragma('cache_size = -65536');
  return new SqliteDialect({ database: withStatementCache(sqlite) });
}

/**
 * Kysely prepares every query afresh; better-sqlite3 statements can be reused, and preparing is a
 * large part of a small query's cost. Kysely parameterises values, so the SQL texts are few.
 */
function withStatementCache(sqlite: SQLite.Database, limit = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      let statement = cache.get(text);
      if (!statement) {
        statement = sqlite.prepare(text);
        if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
        cache.set(text, statement);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}

export { isPostgres } from './dialect.ts';
