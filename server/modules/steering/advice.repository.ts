import type { SteeringLayer, SubjectType } from '../../../contracts/steering.ts';
import type { Db } from '../../db/database.ts';
import type { Keyset } from '../../http/pagination.ts';
import type { SteeringAdviceTable } from './steering.tables.ts';

export interface AdviceFilter {
  areaIds?: readonly string[];
  subjectType?: SubjectType;
  layer?: SteeringLayer;
}

const subjectKey = (type: string, id: string) => `${type}:${id}`;

/** All SQL about the advice timeline, the thresholds, and what the advice reads of milestones and incidents. */
export function createAdviceRepository(db: Db) {
  return {
    latest(subjectType: SubjectType, subjectId: string, trx: Db = db) {
      return trx
        .selectFrom('steering_advice')
        .selectAll()
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .where('latest', '=', 1)
        .executeTakeFirst();
    },

    /** The latest advice of many subjects, by `type:id`. */
    async latestOf(subjects: readonly { type: SubjectType; id: string }[]): Promise<Map<string, SteeringAdviceTable>> {
      const found = new Map<string, SteeringAdviceTable>();
      for (const type of ['task', 'initiative'] as const) {
        const ids = [...new Set(subjects.filter((s) => s.type === type).map((s) => s.id))];
        for (let i = 0; i < ids.length; i += 500) {
          const rows = await db
            .selectFrom('steering_advice')
            .selectAll()
            .where('latest', '=', 1)
            .where('subject_type', '=', type)
            .where('subject_id', 'in', ids.slice(i, i + 500))
            .execute();
          for (const row of rows) found.set(subjectKey(row.subject_type, row.subject_id), row);
        }
      }
      return found;
    },

    /** The latest advice per subject, ordered by subject (type, then id). */
    page(filter: AdviceFilter, limit: number, after?: Keyset) {
      return db
        .selectFrom('steering_advice')
        .selectAll()
        .where('latest', '=', 1)
        .$if(filter.areaIds !== undefined, (q) => q.where('area_id', 'in', [...filter.areaIds!]))
        .$if(filter.subjectType !== undefined, (q) => q.where('subject_type', '=', filter.subjectType!))
        .$if(filter.layer !== undefined, (q) => q.where('layer', '=', filter.layer!))
        .$if(after !== undefined, (q) =>
          q.where((eb) => {
            const [type, id] = String(after!.sort).split(':') as [string, string];
            return eb.or([
              eb('subject_type', '>', type as SubjectType),
              eb.and([eb('subject_type', '=', type as SubjectType), eb('subject_id', '>', id)]),
            ]);
          }),
        )
        .orderBy('subject_type')
        .orderBy('subject_id')
        .limit(limit + 1)
        .execute();
    },

    /** The timeline of one subject, newest first (keyset on seq). */
    timeline(subjectType: SubjectType, subjectId: string, limit: number, beforeSeq?: number) {
      return db
        .selectFrom('steering_advice')
        .selectAll()
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .$if(beforeSeq !== undefined, (q) => q.where('seq', '<', beforeSeq!))
        .orderBy('seq', 'desc')
        .limit(limit + 1)
        .execute();
    },

    /** The layer of every timeline entry of these subjects, newest first (for "since when"). */
    async layersOf(subjects: readonly { type: SubjectType; id: string }[]) {
      const rows: {
        subject_type: SubjectType;
        subject_id: string;
        seq: number;
        layer: SteeringLayer;
        changed_at: string;
      }[] = [];
      for (const type of ['task', 'initiative'] as const) {
        const ids = [...new Set(subjects.filter((s) => s.type === type).map((s) => s.id))];
        for (let i = 0; i < ids.length; i += 500)
          rows.push(
            ...(await db
              .selectFrom('steering_advice')
              .select(['subject_type', 'subject_id', 'seq', 'layer', 'changed_at'])
              .where('subject_type', '=', type)
              .where('subject_id', 'in', ids.slice(i, i + 500))
              .orderBy('seq', 'desc')
              .execute()),
          );
      }
      return rows;
    },

    /** Appends a timeline entry and makes it the latest, in the caller's transaction. */
    async append(trx: Db, row: SteeringAdviceTable): Promise<void> {
      await trx
        .updateTable('steering_advice')
        .set({ latest: 0 })
        .where('subject_type', '=', row.subject_type)
        .where('subject_id', '=', row.subject_id)
        .where('latest', '=', 1)
        .execute();
      await trx.insertInto('steering_advice').values(row).execute();
    },

    /** Refreshes the latest entry when nothing about the advice changed (inputs and time only). */
    refresh(
      id: string,
      changes: Pick<
        SteeringAdviceTable,
        'inputs_json' | 'paths_json' | 'thresholds_json' | 'capacity' | 'effective_risk' | 'computed_at' | 'area_id'
      >,
    ) {
      return db.updateTable('steering_advice').set(changes).where('id', '=', id).execute();
    },

    /** Every subject that has an advice (so an initiative keeps being followed once it had one). */
    async subjectsWithAdvice(): Promise<{ type: SubjectType; id: string }[]> {
      const rows = await db
        .selectFrom('steering_advice')
        .select(['subject_type', 'subject_id'])
        .where('latest', '=', 1)
        .execute();
      return rows.map((row) => ({ type: row.subject_type, id: row.subject_id }));
    },

    async state(key: string): Promise<{ value: string; updated_at: string } | undefined> {
      return db.selectFrom('steering_state').select(['value', 'updated_at']).where('key', '=', key).executeTakeFirst();
    },

    async setState(trx: Db, key: string, value: string, at: string, by: string | null): Promise<void> {
      await trx
        .insertInto('steering_state')
        .values({ key, value, updated_at: at, updated_by: by })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at, updated_by: by }))
        .execute();
    },

    /**
     * Milestones that feed a subject's advice: met and missed ones due in the window, and open ones
     * past due. Counted up to `today`, so the advice can also be computed for a moment in the past.
     */
    async milestoneCounts(
      column: 'task_id' | 'initiative_id',
      id: string,
      windowStart: string,
      today: string,
    ): Promise<{ met: number; missed: number }> {
      const rows = await db
        .selectFrom('steering_milestones')
        .select(['status', 'due_date', 'recorded_at'])
        .where(column, '=', id)
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'open'), eb('due_date', '<', today)]),
            eb.and([eb('status', '!=', 'open'), eb('due_date', '>=', windowStart), eb('due_date', '<=', today)]),
          ]),
        )
        .execute();
      return {
        met: rows.filter((row) => row.status === 'met').length,
        missed: rows.filter((row) => row.status !== 'met').length,
      };
    },

    async incidentCounts(
      column: 'task_id' | 'initiative_id',
      id: string,
      windowStart: string,
      today: string,
    ): Promise<{ normal: number; critical: number }> {
      const rows = await db
        .selectFrom('steering_incidents')
        .select('severity')
        .where(column, '=', id)
        .where('occurred_on', '>=', windowStart)
        .where('occurred_on', '<=', today)
        .execute();
      return {
        normal: rows.filter((row) => row.severity === 'normal').length,
        critical: rows.filter((row) => row.severity === 'critical').length,
      };
    },

    /** Initiatives that carry public work: a task's provider, an accepted challenge, a decision's subject. */
    async initiativesCarryingWork(): Promise<string[]> {
      const providers = await db
        .selectFrom('public_tasks')
        .select('provider_initiative_id as id')
        .where('provider_initiative_id', 'is not', null)
        .execute();
      const challengers = await db
        .selectFrom('challenges')
        .select('initiative_id as id')
        .where('status', '=', 'accepted')
        .execute();
      const decided = await db
        .selectFrom('steering_decisions')
        .select('subject_id as id')
        .where('subject_type', '=', 'initiative')
        .execute();
      return [...new Set([...providers, ...challengers, ...decided].map((row) => row.id!))];
    },
  };
}
export type AdviceRepository = ReturnType<typeof createAdviceRepository>;
