import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrator.ts';

export type TestDialect = 'sqlite' | 'postgres';

export function testDialect(): TestDialect {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

/**
 * A fresh, migrated database for one test file: in-memory SQLite, or a new database in the
 * throwaway PostgreSQL cluster (dropped again by `close`).
 */
export async function createTestDatabase(): Promise<OpenedDatabase> {
  if (testDialect() === 'sqlite') {
    const opened = openDatabase({ dialect: 'sqlite', file: ':memory:' });
    await migrateToLatest(opened.db);
    return opened;
  }
  const adminUrl = inject('postgresUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened = openDatabase({ dialect: 'postgres', connectionString: url.toString() });
  await migrateToLatest(opened.db);
  return {
    ...opened,
    close: async () => {
      await opened.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      // pg-pool's end() resolves before its idle connections are gone; dropping the database under
      // them would cut them mid-close. Wait (briefly) until the server sees none.
      for (let attempt = 0; attempt < 50; attempt++) {
        const { rows } = await cleanup.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
          [name],
        );
        if ((rows[0]?.n ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
