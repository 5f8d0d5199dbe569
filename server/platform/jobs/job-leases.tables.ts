/**
 * One row per periodic job, shared by every app instance on the same database. All times are ISO
 * 8601 strings from `Date.toISOString()`, so they compare correctly as text on both dialects.
 */
export interface JobLeasesTable {
  /** The job's name, e.g. `expired-sessions`. */
  name: string;
  /** The instance running the job now; null when nobody holds the lease. */
  holder: string | null;
  /** Random per acquisition: renewing and releasing only touch the lease this run took. */
  token: string | null;
  /** The lease counts as free from this moment on, even if never released (a crashed holder). */
  expires_at: string | null;
  last_started_at: string | null;
  last_started_by: string | null;
  last_finished_at: string | null;
  last_outcome: 'ok' | 'failed' | null;
  last_error: string | null;
}

export interface JobLeasesTables {
  job_leases: JobLeasesTable;
}
