import type { Db } from '../../db/database.ts';
import type { JobLeasesTable } from './job-leases.tables.ts';

export interface LeaseRequest {
  name: string;
  holder: string;
  token: string;
  nowIso: string;
  expiresIso: string;
  /** The job counts as due when it last started at or before this moment (by any instance). */
  dueIfStartedBeforeIso: string;
}

export interface LeaseRelease {
  name: string;
  token: string;
  nowIso: string;
  outcome: 'ok' | 'failed';
  error: string | null;
}

/** The SQL behind the job runner's leases; every write decides in one statement. */
export function createJobLeasesRepository(db: Db) {
  return {
    /**
     * Takes the lease when nobody holds an unexpired one and the job is due; true when taken.
     * One upsert: the first run inserts the row, later ones update it only under the WHERE. On
     * PostgreSQL, ON CONFLICT DO UPDATE locks the row and evaluates the WHERE against its latest
     * committed version, so of many concurrent attempts exactly one returns a row; SQLite runs
     * writes one at a time anyway.
     */
    async acquire(request: LeaseRequest): Promise<boolean> {
      const row = await db
        .insertInto('job_leases')
        .values({
          name: request.name,
          holder: request.holder,
          token: request.token,
          expires_at: request.expiresIso,
          last_started_at: request.nowIso,
          last_started_by: request.holder,
        })
        .onConflict((conflict) =>
          conflict
            .column('name')
            .doUpdateSet((eb) => ({
              holder: eb.ref('excluded.holder'),
              token: eb.ref('excluded.token'),
              expires_at: eb.ref('excluded.expires_at'),
              last_started_at: eb.ref('excluded.last_started_at'),
              last_started_by: eb.ref('excluded.last_started_by'),
            }))
            .where((eb) =>
              eb.and([
                eb.or([eb('job_leases.expires_at', 'is', null), eb('job_leases.expires_at', '<=', request.nowIso)]),
                eb.or([
                  eb('job_leases.last_started_at', 'is', null),
                  eb('job_leases.last_started_at', '<=', request.dueIfStartedBeforeIso),
                ]),
              ]),
            ),
        )
        .returning('token')
        .executeTakeFirst();
      return row?.token === request.token;
    },

    /** Moves a held lease's expiry on; false when this lease is no longer ours (it expired and was taken). */
    async renew(name: string, token: string, expiresIso: string): Promise<boolean> {
      const result = await db
        .updateTable('job_leases')
        .set({ expires_at: expiresIso })
        .where('name', '=', name)
        .where('token', '=', token)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Frees the lease and records how the run ended; false when this lease was no longer ours. */
    async release(release: LeaseRelease): Promise<boolean> {
      const result = await db
        .updateTable('job_leases')
        .set({
          holder: null,
          token: null,
          expires_at: null,
          last_finished_at: release.nowIso,
          last_outcome: release.outcome,
          last_error: release.error,
        })
        .where('name', '=', release.name)
        .where('token', '=', release.token)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async find(name: string): Promise<JobLeasesTable | undefined> {
      return db.selectFrom('job_leases').selectAll().where('name', '=', name).executeTakeFirst();
    },
  };
}
export type JobLeasesRepository = ReturnType<typeof createJobLeasesRepository>;
