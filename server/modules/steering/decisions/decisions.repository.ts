import type { SteeringLayer, SubjectType } from '../../../../contracts/steering.ts';
import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { SteeringDecisionsTable } from '../steering.tables.ts';

export interface DecisionFilter {
  areaIds?: readonly string[];
  subjectType?: SubjectType;
  subjectId?: string;
  layer?: SteeringLayer;
}

/** All SQL about decisions. */
export function createDecisionsRepository(db: Db) {
  return {
    find(id: string) {
      return db.selectFrom('steering_decisions').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async byIds(ids: readonly string[]) {
      const rows: SteeringDecisionsTable[] = [];
      for (let i = 0; i < ids.length; i += 500)
        rows.push(
          ...(await db
            .selectFrom('steering_decisions')
            .selectAll()
            .where('id', 'in', ids.slice(i, i + 500))
            .execute()),
        );
      return rows;
    },

    /** Newest first. */
    page(filter: DecisionFilter, limit: number, after?: Keyset) {
      return db
        .selectFrom('steering_decisions')
        .selectAll()
        .$if(filter.areaIds !== undefined, (q) => q.where('area_id', 'in', [...filter.areaIds!]))
        .$if(filter.subjectType !== undefined, (q) => q.where('subject_type', '=', filter.subjectType!))
        .$if(filter.subjectId !== undefined, (q) => q.where('subject_id', '=', filter.subjectId!))
        .$if(filter.layer !== undefined, (q) => q.where('layer', '=', filter.layer!))
        .$if(after !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('decided_at', '<', String(after!.sort)),
              eb.and([eb('decided_at', '=', String(after!.sort)), eb('id', '<', after!.id)]),
            ]),
          ),
        )
        .orderBy('decided_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    /** The decisions in force for these subjects, by `type:id`. */
    async currentFor(
      subjects: readonly { type: SubjectType; id: string }[],
    ): Promise<Map<string, SteeringDecisionsTable>> {
      const found = new Map<string, SteeringDecisionsTable>();
      for (const type of ['task', 'initiative'] as const) {
        const ids = [...new Set(subjects.filter((s) => s.type === type).map((s) => s.id))];
        for (let i = 0; i < ids.length; i += 500) {
          const rows = await db
            .selectFrom('steering_decisions')
            .selectAll()
            .where('subject_type', '=', type)
            .where('subject_id', 'in', ids.slice(i, i + 500))
            .where('superseded_at', 'is', null)
            .execute();
          for (const row of rows) found.set(`${type}:${row.subject_id}`, row);
        }
      }
      return found;
    },

    /** Makes earlier decisions of the subject history, and adds the new one. */
    async insert(trx: Db, row: SteeringDecisionsTable): Promise<void> {
      await trx
        .updateTable('steering_decisions')
        .set({ superseded_at: row.decided_at })
        .where('subject_type', '=', row.subject_type)
        .where('subject_id', '=', row.subject_id)
        .where('superseded_at', 'is', null)
        .execute();
      await trx.insertInto('steering_decisions').values(row).execute();
    },

    /** Milestone counts and response counts per decision, for presenting a page. */
    async countsFor(decisionIds: readonly string[]) {
      const milestones = new Map<string, { open: number; met: number; missed: number }>();
      const responses = new Map<string, number>();
      const grants = new Map<string, string>();
      const challenges = new Map<string, string>();
      if (decisionIds.length === 0) return { milestones, responses, grants, challenges };
      const ids = [...new Set(decisionIds)];
      const rows = await db
        .selectFrom('steering_milestones')
        .select((eb) => ['decision_id', 'status', eb.fn.countAll<number>().as('n')])
        .where('decision_id', 'in', ids)
        .groupBy(['decision_id', 'status'])
        .execute();
      for (const row of rows) {
        const counts = milestones.get(row.decision_id!) ?? { open: 0, met: 0, missed: 0 };
        counts[row.status] = Number(row.n);
        milestones.set(row.decision_id!, counts);
      }
      const answered = await db
        .selectFrom('steering_responses')
        .select((eb) => ['decision_id', eb.fn.countAll<number>().as('n')])
        .where('decision_id', 'in', ids)
        .groupBy('decision_id')
        .execute();
      for (const row of answered) responses.set(row.decision_id, Number(row.n));
      const grantRows = await db
        .selectFrom('steering_grants')
        .select(['id', 'decision_id'])
        .where('decision_id', 'in', ids)
        .execute();
      for (const row of grantRows) grants.set(row.decision_id, row.id);
      // A decision that started an accepted challenge's handover shares its milestones with the challenge.
      const fromChallenges = await db
        .selectFrom('steering_milestones')
        .select(['decision_id', 'challenge_id'])
        .distinct()
        .where('decision_id', 'in', ids)
        .where('challenge_id', 'is not', null)
        .execute();
      for (const row of fromChallenges) challenges.set(row.decision_id!, row.challenge_id!);
      return { milestones, responses, grants, challenges };
    },

    /** Decisions in force whose review date is on or before `until`, in these areas. */
    reviewsDue(until: string, areaIds: readonly string[] | null, limit: number) {
      return db
        .selectFrom('steering_decisions')
        .selectAll()
        .where('superseded_at', 'is', null)
        .where('review_date', '<=', until)
        .$if(areaIds !== null, (q) => q.where('area_id', 'in', [...areaIds!]))
        .orderBy('review_date')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
  };
}
export type DecisionsRepository = ReturnType<typeof createDecisionsRepository>;
