import type { ModeratedType, ReportStatus } from '../../../../contracts/initiatives-moderation.ts';
import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { ContentReportsTable, Hideable } from '../initiatives.tables.ts';

/** Whatever can be hidden, reduced to what moderation needs to know about it. */
export interface ModeratedSubject extends Hideable {
  type: ModeratedType;
  id: string;
  authorId: string;
  /** The initiative it belongs to (null for an organisation). */
  initiativeId: string | null;
  /** For an organisation: its area, for area-bound moderators. */
  areaId: string | null;
  title: string;
}

const HIDEABLE = ['hidden_at', 'hidden_by', 'hidden_reason'] as const;
const EXCERPT = 300;

/** Reported content as the moderation queue shows it. */
export interface ReportedContentRow {
  title: string;
  text: string;
  initiativeId: string | null;
  initiativeTitle: string | null;
  hidden: boolean;
}

const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text);

export function createModerationRepository(db: Db) {
  return {
    async findSubject(type: ModeratedType, id: string): Promise<ModeratedSubject | undefined> {
      const base = { type, id };
      switch (type) {
        case 'initiative': {
          const row = await db
            .selectFrom('initiatives')
            .select([...HIDEABLE, 'created_by', 'title'])
            .where('id', '=', id)
            .executeTakeFirst();
          return row && { ...base, ...row, authorId: row.created_by, initiativeId: id, areaId: null };
        }
        case 'need': {
          const row = await db
            .selectFrom('initiative_needs')
            .select([...HIDEABLE, 'created_by', 'title', 'initiative_id'])
            .where('id', '=', id)
            .executeTakeFirst();
          return row && { ...base, ...row, authorId: row.created_by, initiativeId: row.initiative_id, areaId: null };
        }
        case 'update': {
          const row = await db
            .selectFrom('initiative_updates')
            .select([...HIDEABLE, 'author_id', 'title', 'initiative_id'])
            .where('id', '=', id)
            .executeTakeFirst();
          return row && { ...base, ...row, authorId: row.author_id, initiativeId: row.initiative_id, areaId: null };
        }
        case 'activity': {
          const row = await db
            .selectFrom('initiative_activities')
            .select([...HIDEABLE, 'created_by', 'title', 'initiative_id'])
            .where('id', '=', id)
            .executeTakeFirst();
          return row && { ...base, ...row, authorId: row.created_by, initiativeId: row.initiative_id, areaId: null };
        }
        case 'organisation': {
          const row = await db
            .selectFrom('organisations')
            .select([...HIDEABLE, 'created_by', 'name', 'area_id'])
            .where('id', '=', id)
            .executeTakeFirst();
          return (
            row && {
              ...base,
              ...row,
              authorId: row.created_by,
              title: row.name,
              initiativeId: null,
              areaId: row.area_id,
            }
          );
        }
      }
    },

    /**
     * The reported content of one page of the queue, in one query per kind: `type:id` → its title,
     * the start of its text and the initiative it belongs to. Content that is gone is left out.
     */
    async reportedContent(subjects: ReadonlyArray<{ type: string; id: string }>) {
      const found = new Map<string, ReportedContentRow>();
      const idsOf = (type: ModeratedType) => [...new Set(subjects.filter((s) => s.type === type).map((s) => s.id))];
      const put = (type: ModeratedType, id: string, row: Omit<ReportedContentRow, 'initiativeTitle'>) =>
        found.set(`${type}:${id}`, { ...row, text: excerpt(row.text), initiativeTitle: null });
      const initiatives = idsOf('initiative');
      if (initiatives.length > 0)
        for (const row of await db
          .selectFrom('initiatives')
          .select(['id', 'title', 'summary', 'hidden_at'])
          .where('id', 'in', initiatives)
          .execute())
          put('initiative', row.id, {
            title: row.title,
            text: row.summary,
            initiativeId: row.id,
            hidden: row.hidden_at !== null,
          });
      const needs = idsOf('need');
      if (needs.length > 0)
        for (const row of await db
          .selectFrom('initiative_needs')
          .select(['id', 'title', 'description', 'initiative_id', 'hidden_at'])
          .where('id', 'in', needs)
          .execute())
          put('need', row.id, {
            title: row.title,
            text: row.description,
            initiativeId: row.initiative_id,
            hidden: row.hidden_at !== null,
          });
      const updates = idsOf('update');
      if (updates.length > 0)
        for (const row of await db
          .selectFrom('initiative_updates')
          .select(['id', 'title', 'body', 'initiative_id', 'hidden_at'])
          .where('id', 'in', updates)
          .execute())
          put('update', row.id, {
            title: row.title,
            text: row.body,
            initiativeId: row.initiative_id,
            hidden: row.hidden_at !== null,
          });
      const activities = idsOf('activity');
      if (activities.length > 0)
        for (const row of await db
          .selectFrom('initiative_activities')
          .select(['id', 'title', 'description', 'initiative_id', 'hidden_at'])
          .where('id', 'in', activities)
          .execute())
          put('activity', row.id, {
            title: row.title,
            text: row.description,
            initiativeId: row.initiative_id,
            hidden: row.hidden_at !== null,
          });
      const organisations = idsOf('organisation');
      if (organisations.length > 0)
        for (const row of await db
          .selectFrom('organisations')
          .select(['id', 'name', 'description', 'hidden_at'])
          .where('id', 'in', organisations)
          .execute())
          put('organisation', row.id, {
            title: row.name,
            text: row.description,
            initiativeId: null,
            hidden: row.hidden_at !== null,
          });
      const initiativeIds = [...new Set([...found.values()].flatMap((c) => (c.initiativeId ? [c.initiativeId] : [])))];
      if (initiativeIds.length > 0) {
        const titles = new Map(
          (await db.selectFrom('initiatives').select(['id', 'title']).where('id', 'in', initiativeIds).execute()).map(
            (row) => [row.id, row.title],
          ),
        );
        for (const content of found.values())
          if (content.initiativeId) content.initiativeTitle = titles.get(content.initiativeId) ?? null;
      }
      return found;
    },

    /** Hidden content is kept: only these three columns change. */
    async setHidden(type: ModeratedType, id: string, fields: Hideable): Promise<void> {
      const table = (
        {
          initiative: 'initiatives',
          need: 'initiative_needs',
          update: 'initiative_updates',
          activity: 'initiative_activities',
          organisation: 'organisations',
        } as const
      )[type];
      await db.updateTable(table).set(fields).where('id', '=', id).execute();
    },

    async insertReport(row: ContentReportsTable): Promise<void> {
      await db.insertInto('initiative_reports').values(row).execute();
    },
    findReport(id: string): Promise<ContentReportsTable | undefined> {
      return db.selectFrom('initiative_reports').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** Closes a report once; false when another moderator already did. */
    async closeReport(
      id: string,
      changes: Pick<ContentReportsTable, 'status' | 'resolved_at' | 'resolved_by' | 'resolution_note'>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('initiative_reports')
        .set(changes)
        .where('id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /**
     * Open reports oldest first (a queue); closed ones newest first. With `within` (a scoped
     * moderator's areas), only reports about content in one of those areas: an initiative, or the
     * need, update or activity of one, with a neighbourhood among them, or an organisation based there.
     */
    async listReports(status: ReportStatus, limit: number, after?: Keyset, within?: readonly string[] | null) {
      if (within?.length === 0) return [];
      const ascending = status === 'open';
      let query = db.selectFrom('initiative_reports').selectAll().where('status', '=', status);
      if (within) {
        query = query.where((eb) => {
          const initiativesThere = eb
            .selectFrom('initiative_areas')
            .select('initiative_areas.initiative_id')
            .where('initiative_areas.area_id', 'in', within);
          const partOf = (table: 'initiative_needs' | 'initiative_updates' | 'initiative_activities') =>
            eb.selectFrom(table).select(`${table}.id`).where(`${table}.initiative_id`, 'in', initiativesThere);
          return eb.or([
            eb.and([eb('subject_type', '=', 'initiative'), eb('subject_id', 'in', initiativesThere)]),
            eb.and([eb('subject_type', '=', 'need'), eb('subject_id', 'in', partOf('initiative_needs'))]),
            eb.and([eb('subject_type', '=', 'update'), eb('subject_id', 'in', partOf('initiative_updates'))]),
            eb.and([eb('subject_type', '=', 'activity'), eb('subject_id', 'in', partOf('initiative_activities'))]),
            eb.and([
              eb('subject_type', '=', 'organisation'),
              eb(
                'subject_id',
                'in',
                eb.selectFrom('organisations').select('organisations.id').where('organisations.area_id', 'in', within),
              ),
            ]),
          ]);
        });
      }
      if (after)
        query = query.where((eb) =>
          eb(eb.refTuple('created_at', 'id'), ascending ? '>' : '<', eb.tuple(String(after.sort), after.id)),
        );
      const direction = ascending ? 'asc' : 'desc';
      return query
        .orderBy('created_at', direction)
        .orderBy('id', direction)
        .limit(limit + 1)
        .execute();
    },
    async closeOpenReportsOn(
      type: ModeratedType,
      id: string,
      changes: Pick<ContentReportsTable, 'status' | 'resolved_at' | 'resolved_by' | 'resolution_note'>,
    ): Promise<void> {
      await db
        .updateTable('initiative_reports')
        .set(changes)
        .where('subject_type', '=', type)
        .where('subject_id', '=', id)
        .where('status', '=', 'open')
        .execute();
    },
    reportsBy(accountId: string): Promise<ContentReportsTable[]> {
      return db
        .selectFrom('initiative_reports')
        .selectAll()
        .where('reporter_id', '=', accountId)
        .orderBy('created_at')
        .execute();
    },
  };
}
