import { sql } from 'kysely';
import { inject } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { openDatabase, type OpenedDatabase } from '../../server/db/database.ts';
import type { TestContext } from './test-app.ts';
import { testDialect } from './test-db.ts';

/**
 * A second app instance on the test app's database, as a second process behind a load balancer
 * would run: on PostgreSQL with its own connection pool; on SQLite (one instance in production) on
 * the same handle. `close` closes the app and its pool.
 */
export async function secondInstance(t: TestContext) {
  const database = await openSecondHandle(t);
  const app = await buildApp({ db: database.db, clock: t.clock, ids: t.ids });
  await app.ready();
  return {
    app,
    db: database.db,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

async function openSecondHandle(t: TestContext): Promise<OpenedDatabase> {
  if (testDialect() === 'sqlite') return { db: t.db, dialect: 'sqlite', close: async () => {} };
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(t.db);
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${rows[0]?.name ?? ''}`;
  return openDatabase({ dialect: 'postgres', connectionString: url.toString() });
}
