import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';

/** Something of an initiative that happens on a date: an activity, or a need with a date (help on a given day). */
export interface DatedItem {
  kind: 'activity' | 'need';
  id: string;
  initiativeId: string;
  initiativeTitle: string;
  title: string;
  description: string;
  /** Where it happens; empty for a need. */
  place: string;
  startsAt: string;
  endsAt: string | null;
  /** An activity that was called off (it stays on the calendar, marked as such). */
  cancelledAt: string | null;
  createdAt: string;
}

/** News of an initiative: an update it posted, or an activity it planned. */
export interface InitiativeNews {
  kind: 'update' | 'activity';
  id: string;
  initiativeId: string;
  initiativeTitle: string;
  title: string;
  /** When it was posted or planned. */
  at: string;
  /** For an activity: when it takes place. */
  startsAt: string | null;
  /** Who posted or planned it (not told of their own news). */
  authorId: string;
}

export interface DatedFilter {
  /** Initiatives in any of these areas (or `initiativeId`). */
  areaIds?: readonly string[];
  initiativeId?: string;
  /** Starting in [from, to). */
  from: Date;
  to: Date;
  /** Keyset: only items after (startsAt, `kind:id`). */
  after?: { at: string; key: string };
  limit: number;
}

export interface NewsFilter {
  initiativeIds: readonly string[];
  /** Keyset, newest first: only news before (at, `kind:id`). */
  before?: { at: string; key: string };
  /** Only news posted at or after this moment. */
  since?: Date;
  limit: number;
}

const keyOf = (item: { kind: string; id: string }) => `${item.kind}:${item.id}`;

interface Position {
  at: string;
  kind: string;
  id: string;
}

function splitKey(position: { at: string; key: string }): Position {
  const colon = position.key.indexOf(':');
  return { at: position.at, kind: position.key.slice(0, colon), id: position.key.slice(colon + 1) };
}

/**
 * Keyset over items of several tables, ordered by (moment, `kind:id`): rows of this table come after
 * the position when their moment is later, or equal and their key sorts after it.
 */
function afterKeyset(moment: string, id: string, position: Position, kind: string): RawBuilder<SqlBool> {
  const [m, i] = [sql.ref(moment), sql.ref(id)];
  if (kind < position.kind) return sql<SqlBool>`${m} > ${position.at}`;
  if (kind > position.kind) return sql<SqlBool>`${m} >= ${position.at}`;
  return sql<SqlBool>`(${m} > ${position.at} or (${m} = ${position.at} and ${i} > ${position.id}))`;
}

/** The same, newest first. */
function beforeKeyset(moment: string, id: string, position: Position, kind: string): RawBuilder<SqlBool> {
  const [m, i] = [sql.ref(moment), sql.ref(id)];
  if (kind > position.kind) return sql<SqlBool>`${m} < ${position.at}`;
  if (kind < position.kind) return sql<SqlBool>`${m} <= ${position.at}`;
  return sql<SqlBool>`(${m} < ${position.at} or (${m} = ${position.at} and ${i} < ${position.id}))`;
}

/**
 * What the calendar module reads of the initiatives: public dated items and news only — nothing
 * hidden by moderation, of no hidden initiative. Two small queries each (activities, needs /
 * updates), merged here in keyset order.
 */
export function createDatedItemsReader(db: Db) {
  const visibleInitiatives = (filter: { areaIds?: readonly string[]; initiativeId?: string }) => {
    let query = db.selectFrom('initiatives').select('id').where('hidden_at', 'is', null);
    if (filter.initiativeId !== undefined) query = query.where('id', '=', filter.initiativeId);
    if (filter.areaIds !== undefined) {
      const areaIds = filter.areaIds.length > 0 ? [...filter.areaIds] : [''];
      query = query.where(
        'id',
        'in',
        db.selectFrom('initiative_areas').select('initiative_id').where('area_id', 'in', areaIds),
      );
    }
    return query;
  };

  return {
    async datedItems(filter: DatedFilter): Promise<DatedItem[]> {
      const from = filter.from.toISOString();
      const to = filter.to.toISOString();
      const after = filter.after ? splitKey(filter.after) : undefined;
      const activities = await db
        .selectFrom('initiative_activities as a')
        .innerJoin('initiatives as i', 'i.id', 'a.initiative_id')
        .select([
          'a.id',
          'a.initiative_id',
          'i.title as initiative_title',
          'a.title',
          'a.description',
          'a.place',
          'a.starts_at',
          'a.ends_at',
          'a.cancelled_at',
          'a.created_at',
        ])
        .where('a.hidden_at', 'is', null)
        .where('a.initiative_id', 'in', visibleInitiatives(filter))
        .where('a.starts_at', '>=', from)
        .where('a.starts_at', '<', to)
        .$if(after !== undefined, (q) => q.where(afterKeyset('a.starts_at', 'a.id', after!, 'activity')))
        .orderBy('a.starts_at')
        .orderBy('a.id')
        .limit(filter.limit + 1)
        .execute();
      const needs = await db
        .selectFrom('initiative_needs as n')
        .innerJoin('initiatives as i', 'i.id', 'n.initiative_id')
        .select([
          'n.id',
          'n.initiative_id',
          'i.title as initiative_title',
          'n.title',
          'n.description',
          'n.starts_at',
          'n.ends_at',
          'n.created_at',
        ])
        .where('n.hidden_at', 'is', null)
        .where('n.closed_at', 'is', null)
        .where('n.starts_at', 'is not', null)
        .where('n.initiative_id', 'in', visibleInitiatives(filter))
        .where('n.starts_at', '>=', from)
        .where('n.starts_at', '<', to)
        .$if(after !== undefined, (q) => q.where(afterKeyset('n.starts_at', 'n.id', after!, 'need')))
        .orderBy('n.starts_at')
        .orderBy('n.id')
        .limit(filter.limit + 1)
        .execute();
      const items: DatedItem[] = [
        ...activities.map((row) => ({
          kind: 'activity' as const,
          id: row.id,
          initiativeId: row.initiative_id,
          initiativeTitle: row.initiative_title,
          title: row.title,
          description: row.description,
          place: row.place,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          cancelledAt: row.cancelled_at,
          createdAt: row.created_at,
        })),
        ...needs.map((row) => ({
          kind: 'need' as const,
          id: row.id,
          initiativeId: row.initiative_id,
          initiativeTitle: row.initiative_title,
          title: row.title,
          description: row.description,
          place: '',
          startsAt: row.starts_at!,
          endsAt: row.ends_at,
          cancelledAt: null,
          createdAt: row.created_at,
        })),
      ];
      return items
        .sort((a, b) => (a.startsAt === b.startsAt ? (keyOf(a) < keyOf(b) ? -1 : 1) : a.startsAt < b.startsAt ? -1 : 1))
        .slice(0, filter.limit + 1);
    },

    async news(filter: NewsFilter): Promise<InitiativeNews[]> {
      if (filter.initiativeIds.length === 0) return [];
      const ids = [...filter.initiativeIds];
      const before = filter.before ? splitKey(filter.before) : undefined;
      const since = filter.since?.toISOString();
      let updates = db
        .selectFrom('initiative_updates as u')
        .innerJoin('initiatives as i', 'i.id', 'u.initiative_id')
        .select(['u.id', 'u.initiative_id', 'i.title as initiative_title', 'u.title', 'u.created_at', 'u.author_id'])
        .where('u.hidden_at', 'is', null)
        .where('i.hidden_at', 'is', null)
        .where('u.initiative_id', 'in', ids);
      let activities = db
        .selectFrom('initiative_activities as a')
        .innerJoin('initiatives as i', 'i.id', 'a.initiative_id')
        .select([
          'a.id',
          'a.initiative_id',
          'i.title as initiative_title',
          'a.title',
          'a.created_at',
          'a.starts_at',
          'a.created_by',
        ])
        .where('a.hidden_at', 'is', null)
        .where('i.hidden_at', 'is', null)
        .where('a.initiative_id', 'in', ids);
      if (before !== undefined) {
        updates = updates.where(beforeKeyset('u.created_at', 'u.id', before, 'update'));
        activities = activities.where(beforeKeyset('a.created_at', 'a.id', before, 'activity'));
      }
      if (since !== undefined) {
        updates = updates.where('u.created_at', '>=', since);
        activities = activities.where('a.created_at', '>=', since);
      }
      const [updateRows, activityRows] = await Promise.all([
        updates
          .orderBy('u.created_at', 'desc')
          .orderBy('u.id', 'desc')
          .limit(filter.limit + 1)
          .execute(),
        activities
          .orderBy('a.created_at', 'desc')
          .orderBy('a.id', 'desc')
          .limit(filter.limit + 1)
          .execute(),
      ]);
      const items: InitiativeNews[] = [
        ...updateRows.map((row) => ({
          kind: 'update' as const,
          id: row.id,
          initiativeId: row.initiative_id,
          initiativeTitle: row.initiative_title,
          title: row.title,
          at: row.created_at,
          startsAt: null,
          authorId: row.author_id,
        })),
        ...activityRows.map((row) => ({
          kind: 'activity' as const,
          id: row.id,
          initiativeId: row.initiative_id,
          initiativeTitle: row.initiative_title,
          title: row.title,
          at: row.created_at,
          startsAt: row.starts_at,
          authorId: row.created_by,
        })),
      ];
      return items
        .sort((a, b) => (a.at === b.at ? (keyOf(a) < keyOf(b) ? 1 : -1) : a.at < b.at ? 1 : -1))
        .slice(0, filter.limit + 1);
    },

    /** The initiative's public title and areas; null when it does not exist or is hidden. */
    async publicInitiative(id: string): Promise<{ id: string; title: string; areaIds: string[] } | null> {
      const row = await db
        .selectFrom('initiatives')
        .select(['id', 'title'])
        .where('id', '=', id)
        .where('hidden_at', 'is', null)
        .executeTakeFirst();
      if (!row) return null;
      const areas = await db.selectFrom('initiative_areas').select('area_id').where('initiative_id', '=', id).execute();
      return { id: row.id, title: row.title, areaIds: areas.map((a) => a.area_id) };
    },
  };
}
export type DatedItemsReader = ReturnType<typeof createDatedItemsReader>;
