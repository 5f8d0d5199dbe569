import type { MilestoneStatus, SubjectType } from '../../../../contracts/steering.ts';
import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { SteeringIncidentsTable, SteeringMilestonesTable } from '../steering.tables.ts';

export interface MilestoneFilter {
  decisionId?: string;
  challengeId?: string;
  taskId?: string;
  initiativeId?: string;
  status?: MilestoneStatus;
}

/** All SQL about milestones and incidents: what the advice reads as performance. */
export function createPerformanceRepository(db: Db) {
  return {
    milestone(id: string) {
      return db.selectFrom('steering_milestones').selectAll().where('id', '=', id).executeTakeFirst();
    },

    insertMilestones(trx: Db, rows: readonly SteeringMilestonesTable[]) {
      if (rows.length === 0) return Promise.resolve();
      return trx
        .insertInto('steering_milestones')
        .values([...rows])
        .execute();
    },

    /** Records met or missed once: returns false when the milestone was no longer open. */
    async recordMilestone(
      trx: Db,
      id: string,
      change: Pick<SteeringMilestonesTable, 'status' | 'note' | 'recorded_at' | 'recorded_by'>,
    ): Promise<boolean> {
      const result = await trx
        .updateTable('steering_milestones')
        .set(change)
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** By due date, then id. */
    milestonePage(filter: MilestoneFilter, limit: number, after?: Keyset) {
      return db
        .selectFrom('steering_milestones')
        .selectAll()
        .$if(filter.decisionId !== undefined, (q) => q.where('decision_id', '=', filter.decisionId!))
        .$if(filter.challengeId !== undefined, (q) => q.where('challenge_id', '=', filter.challengeId!))
        .$if(filter.taskId !== undefined, (q) => q.where('task_id', '=', filter.taskId!))
        .$if(filter.initiativeId !== undefined, (q) => q.where('initiative_id', '=', filter.initiativeId!))
        .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status!))
        .$if(after !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('due_date', '>', String(after!.sort)),
              eb.and([eb('due_date', '=', String(after!.sort)), eb('id', '>', after!.id)]),
            ]),
          ),
        )
        .orderBy('due_date')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },

    /** Open milestones due on or before `until`, in these areas (the worklist). */
    milestonesDue(until: string, areaIds: readonly string[] | null, limit: number) {
      return db
        .selectFrom('steering_milestones')
        .selectAll()
        .where('status', '=', 'open')
        .where('due_date', '<=', until)
        .$if(areaIds !== null, (q) => q.where('area_id', 'in', [...areaIds!]))
        .orderBy('due_date')
        .orderBy('id')
        .limit(limit)
        .execute();
    },

    insertIncident(trx: Db, row: SteeringIncidentsTable) {
      return trx.insertInto('steering_incidents').values(row).execute();
    },

    /** Newest first. */
    incidentPage(
      filter: { subjectType?: SubjectType; subjectId?: string; areaIds?: readonly string[] | null },
      limit: number,
      after?: Keyset,
    ) {
      return db
        .selectFrom('steering_incidents')
        .selectAll()
        .$if(filter.subjectType !== undefined, (q) => q.where('subject_type', '=', filter.subjectType!))
        .$if(filter.subjectId !== undefined, (q) => q.where('subject_id', '=', filter.subjectId!))
        .$if(filter.areaIds !== undefined && filter.areaIds !== null, (q) =>
          q.where('area_id', 'in', [...filter.areaIds!]),
        )
        .$if(after !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('reported_at', '<', String(after!.sort)),
              eb.and([eb('reported_at', '=', String(after!.sort)), eb('id', '<', after!.id)]),
            ]),
          ),
        )
        .orderBy('reported_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },
  };
}
export type PerformanceRepository = ReturnType<typeof createPerformanceRepository>;
