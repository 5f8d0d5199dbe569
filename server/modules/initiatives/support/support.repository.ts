import { sql } from 'kysely';
import type { DutyState } from '../../../../contracts/initiatives-support.ts';
import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { InitiativeSupportsTable, ResponseDutiesTable } from '../initiatives.tables.ts';

export interface WorklistFilter {
  state?: DutyState | undefined;
  department?: string | undefined;
  areaIds?: readonly string[] | undefined;
  responsibleId?: string | undefined;
  nowIso: string;
  dueSoonIso: string;
}

export function createSupportRepository(db: Db) {
  return {
    findSupport(initiativeId: string, accountId: string): Promise<InitiativeSupportsTable | undefined> {
      return db
        .selectFrom('initiative_supports')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
    },
    async insertSupport(row: InitiativeSupportsTable): Promise<void> {
      await db.insertInto('initiative_supports').values(row).execute();
    },
    async deleteSupport(initiativeId: string, accountId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('initiative_supports')
        .where('initiative_id', '=', initiativeId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    /** Atomic on both dialects; returns the new count. */
    async addToCount(initiativeId: string, delta: 1 | -1): Promise<number> {
      const row = await db
        .updateTable('initiatives')
        .set((eb) => ({ support_count: eb('support_count', '+', delta) }))
        .where('id', '=', initiativeId)
        .returning('support_count')
        .executeTakeFirstOrThrow();
      return Number(row.support_count);
    },
    async supporterIds(initiativeId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('initiative_supports')
        .select('account_id')
        .where('initiative_id', '=', initiativeId)
        .execute();
      return rows.map((row) => row.account_id);
    },
    supportsOf(accountId: string): Promise<InitiativeSupportsTable[]> {
      return db
        .selectFrom('initiative_supports')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .execute();
    },

    findDuty(initiativeId: string): Promise<ResponseDutiesTable | undefined> {
      return db
        .selectFrom('initiative_response_duties')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .executeTakeFirst();
    },
    /** The duty arises once: a second insert (a concurrent support, a rerun of the job) does nothing. */
    async insertDutyOnce(row: ResponseDutiesTable): Promise<boolean> {
      const inserted = await db
        .insertInto('initiative_response_duties')
        .values(row)
        .onConflict((oc) => oc.column('initiative_id').doNothing())
        .returning('initiative_id')
        .executeTakeFirst();
      return inserted !== undefined;
    },
    async assignDuty(
      initiativeId: string,
      changes: Pick<ResponseDutiesTable, 'department' | 'responsible_account_id' | 'assigned_at'>,
    ): Promise<void> {
      await db
        .updateTable('initiative_response_duties')
        .set(changes)
        .where('initiative_id', '=', initiativeId)
        .execute();
    },
    /** Publishes once; false when a response was already published. */
    async publishResponse(
      initiativeId: string,
      changes: Pick<ResponseDutiesTable, 'response_text' | 'responded_at' | 'responded_by' | 'late' | 'department'>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('initiative_response_duties')
        .set(changes)
        .where('initiative_id', '=', initiativeId)
        .where('responded_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Unanswered duties, earliest deadline first; keyset on (due_at, initiative_id). */
    worklist(filter: WorklistFilter, limit: number, after?: Keyset) {
      let query = db
        .selectFrom('initiative_response_duties as d')
        .innerJoin('initiatives as i', 'i.id', 'd.initiative_id')
        .select([
          'd.initiative_id',
          'd.area_id',
          'd.reached_at',
          'd.due_at',
          'd.department',
          'd.responsible_account_id',
          'i.title',
          'i.domain',
          'i.support_count',
        ])
        .where('d.responded_at', 'is', null);
      if (filter.state === 'overdue') query = query.where('d.due_at', '<', filter.nowIso);
      if (filter.state === 'due_soon')
        query = query.where('d.due_at', '>=', filter.nowIso).where('d.due_at', '<=', filter.dueSoonIso);
      if (filter.state === 'open') query = query.where('d.due_at', '>', filter.dueSoonIso);
      if (filter.department) query = query.where('d.department', '=', filter.department);
      if (filter.responsibleId) query = query.where('d.responsible_account_id', '=', filter.responsibleId);
      if (filter.areaIds) {
        const areaIds = filter.areaIds.length > 0 ? filter.areaIds : ['-'];
        query = query.where('d.initiative_id', 'in', (eb) =>
          eb.selectFrom('initiative_areas').select('initiative_id').where('area_id', 'in', areaIds),
        );
      }
      if (after)
        query = query.where((eb) =>
          eb(eb.refTuple('d.due_at', 'd.initiative_id'), '>', eb.tuple(String(after.sort), after.id)),
        );
      return query
        .orderBy('d.due_at')
        .orderBy('d.initiative_id')
        .limit(limit + 1)
        .execute();
    },

    /** Per department (unassigned as ''), keyset on the department name. */
    statistics(nowIso: string, limit: number, afterDepartment?: string) {
      let query = db.selectFrom('initiative_response_duties').select((eb) => {
        const department = eb.fn.coalesce('department', sql.lit('')).as('department_key');
        const when = (condition: ReturnType<typeof eb.and>) =>
          eb.fn.sum<number>(eb.case().when(condition).then(1).else(0).end());
        return [
          department,
          when(eb.and([eb('responded_at', 'is not', null)])).as('responded'),
          when(eb.and([eb('late', '=', 1)])).as('responded_late'),
          when(eb.and([eb('responded_at', 'is', null)])).as('open'),
          when(eb.and([eb('responded_at', 'is', null), eb('due_at', '<', nowIso)])).as('overdue'),
        ];
      });
      if (afterDepartment !== undefined)
        query = query.where((eb) => eb(eb.fn.coalesce('department', sql.lit('')), '>', afterDepartment));
      return query
        .groupBy((eb) => eb.fn.coalesce('department', sql.lit('')))
        .orderBy('department_key')
        .limit(limit + 1)
        .execute();
    },
    /** Answered duties of these departments, for the average response time (computed in the service). */
    answeredIn(departments: readonly string[]) {
      if (departments.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('initiative_response_duties')
        .select(['department', 'reached_at', 'responded_at'])
        .where('responded_at', 'is not', null)
        .where((eb) => eb(eb.fn.coalesce('department', sql.lit('')), 'in', departments))
        .execute();
    },

    /** Unanswered duties whose deadline is within the reminder window or past. */
    dutiesToRemind(dueSoonIso: string): Promise<ResponseDutiesTable[]> {
      return db
        .selectFrom('initiative_response_duties')
        .selectAll()
        .where('responded_at', 'is', null)
        .where('due_at', '<=', dueSoonIso)
        .orderBy('due_at')
        .execute();
    },
    unassignedDuties(): Promise<ResponseDutiesTable[]> {
      return db
        .selectFrom('initiative_response_duties')
        .selectAll()
        .where('responded_at', 'is', null)
        .where('responsible_account_id', 'is', null)
        .orderBy('due_at')
        .execute();
    },
    /** Initiatives at or above the threshold without a duty (e.g. after the threshold was lowered). */
    async missingDuties(threshold: number) {
      return db
        .selectFrom('initiatives as i')
        .select(['i.id', 'i.primary_area_id', 'i.domain'])
        .where('i.support_count', '>=', threshold)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('initiative_response_duties as d')
                .select('d.initiative_id')
                .whereRef('d.initiative_id', '=', 'i.id'),
            ),
          ),
        )
        .execute();
    },
  };
}
export type SupportRepository = ReturnType<typeof createSupportRepository>;
