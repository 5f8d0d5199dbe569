import type { Db } from '../db/database.ts';
import type { DataDomain } from './data-versions.tables.ts';

export type DataVersions = Readonly<Record<DataDomain, number>>;

/**
 * Reads the data versions (one tiny row) so that the answer includes every write committed before
 * the call, on any instance. Callers at the same moment share a read, but never one that started
 * before they asked: at most one read is running and one waiting, however many requests come in,
 * so under load the check costs a fraction of a query per request.
 */
export function createDataVersionReader(db: Db): () => Promise<DataVersions> {
  const query = db
    .selectFrom('data_versions')
    .select(['areas', 'initiatives', 'budgeting'])
    .where('id', '=', 1)
    .compile();
  let running: Promise<DataVersions> | undefined;
  let waiting: Promise<DataVersions> | undefined;

  async function readNow(): Promise<DataVersions> {
    const row = (await db.executeQuery(query)).rows[0];
    if (!row) throw new Error('data_versions has no row (migration 0014)');
    return { areas: Number(row.areas), initiatives: Number(row.initiatives), budgeting: Number(row.budgeting) };
  }

  function start(): Promise<DataVersions> {
    const read = readNow();
    running = read;
    const done = () => {
      if (running === read) running = undefined;
    };
    read.then(done, done);
    return read;
  }

  return () => {
    if (!running) return start();
    waiting ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        waiting = undefined;
        return start();
      });
    return waiting;
  };
}
