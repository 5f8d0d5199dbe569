import type { Db } from '../db/database.ts';
import type { DataDomain } from './data-versions.tables.ts';

export type DataVersions = Readonly<Record<DataDomain, number>>;

/**
 * Reads the data versions (one tiny row) so that the answer includes every write committed before
 * the call, on any instance. Callers share reads, but never one that started before they asked: the
 * callers of one turn of the event loop wait for one read, started once they have all asked (and
 * once the previous read is done: at most one runs at a time). Under load that is one read for all
 * the requests that arrived together, so the check costs a fraction of a query per request.
 */
export function createDataVersionReader(db: Db): () => Promise<DataVersions> {
  // The table holds one row (a CHECK on its id). Without parameters, pg sends one simple-protocol
  // message instead of parse, bind, describe, execute and sync.
  const query = db.selectFrom('data_versions').select(['areas', 'initiatives', 'budgeting', 'monitor']).compile();
  let running: Promise<unknown> | undefined;
  let waiting: Promise<DataVersions> | undefined;

  async function read(): Promise<DataVersions> {
    const row = (await db.executeQuery(query)).rows[0];
    if (!row) throw new Error('data_versions has no row (migration 0014)');
    return {
      areas: Number(row.areas),
      initiatives: Number(row.initiatives),
      budgeting: Number(row.budgeting),
      monitor: Number(row.monitor),
    };
  }

  function nextRead(): Promise<DataVersions> {
    const previous = running;
    const next = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => previous)
      .catch(() => undefined)
      .then(() => {
        if (waiting === next) waiting = undefined;
        return read();
      });
    running = next;
    return next;
  }

  return () => (waiting ??= nextRead());
}
