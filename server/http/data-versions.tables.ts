/**
 * One row (id 1): a counter per domain, bumped by database triggers in the same transaction as
 * every write to the domain's tables (db/migrations/data-versions.ts). Read by http/list-cache.ts.
 */
export interface DataVersionsTable {
  id: number;
  areas: number;
  initiatives: number;
  budgeting: number;
  /** Since migration 0024: the monitor's stored figures and state. */
  monitor: number;
}

export type DataDomain = Exclude<keyof DataVersionsTable, 'id'>;

export interface DataVersionsTables {
  data_versions: DataVersionsTable;
}
