import type { Domain, InitiativeStatus } from '../../../contracts/initiatives.ts';
import type { Db } from '../../db/database.ts';
import type { Keyset } from '../../http/pagination.ts';
import { prefixRange } from './search-terms.ts';
import type {
  InitiativeSearchTermsTable,
  InitiativeStatusChangesTable,
  InitiativesTable,
} from './initiatives.tables.ts';

export interface InitiativeFilter {
  /** Neighbourhoods; the initiative must be about at least one of them. */
  areaIds?: readonly string[] | undefined;
  domain?: Domain | undefined;
  status?: InitiativeStatus | undefined;
  hasOpenNeeds?: boolean | undefined;
  /** Folded query words; every one must start a word of the initiative. */
  terms?: readonly string[] | undefined;
  /** Only initiatives this account is an active member of (hidden ones included). */
  memberId?: string | undefined;
}

export function createInitiativesRepository(db: Db) {
  return {
    async insert(row: InitiativesTable): Promise<void> {
      await db.insertInto('initiatives').values(row).execute();
    },
    find(id: string): Promise<InitiativesTable | undefined> {
      return db.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async update(id: string, changes: Partial<Omit<InitiativesTable, 'id'>>): Promise<void> {
      await db.updateTable('initiatives').set(changes).where('id', '=', id).execute();
    },
    /** Only moves on when the status is still what the caller saw: two organisers cannot both win. */
    async changeStatus(
      id: string,
      from: InitiativeStatus,
      changes: Pick<InitiativesTable, 'status' | 'stop_reason' | 'updated_at'>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('initiatives')
        .set(changes)
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async replaceAreas(initiativeId: string, areaIds: readonly string[]): Promise<void> {
      await db.deleteFrom('initiative_areas').where('initiative_id', '=', initiativeId).execute();
      await db
        .insertInto('initiative_areas')
        .values(areaIds.map((area_id) => ({ initiative_id: initiativeId, area_id })))
        .execute();
    },
    async areasOf(initiativeIds: readonly string[]): Promise<Map<string, string[]>> {
      const result = new Map<string, string[]>(initiativeIds.map((id) => [id, []]));
      if (initiativeIds.length === 0) return result;
      const rows = await db
        .selectFrom('initiative_areas')
        .selectAll()
        .where('initiative_id', 'in', initiativeIds)
        .execute();
      for (const row of rows) result.get(row.initiative_id)?.push(row.area_id);
      return result;
    },

    async replaceSearchTerms(
      subjectType: InitiativeSearchTermsTable['subject_type'],
      subjectId: string,
      terms: readonly string[],
    ): Promise<void> {
      await db
        .deleteFrom('initiative_search_terms')
        .where('subject_type', '=', subjectType)
        .where('subject_id', '=', subjectId)
        .execute();
      if (terms.length === 0) return;
      await db
        .insertInto('initiative_search_terms')
        .values(terms.map((term) => ({ subject_type: subjectType, term, subject_id: subjectId })))
        .execute();
    },

    /** Newest first, keyset on (created_at, id); hidden initiatives only for their members. */
    async list(filter: InitiativeFilter, limit: number, after?: Keyset): Promise<InitiativesTable[]> {
      let query = db.selectFrom('initiatives').selectAll('initiatives');
      if (filter.memberId) {
        const memberId = filter.memberId;
        query = query.where('initiatives.id', 'in', (eb) =>
          eb
            .selectFrom('initiative_members')
            .select('initiative_id')
            .where('account_id', '=', memberId)
            .where('status', '=', 'active'),
        );
      } else {
        query = query.where('initiatives.hidden_at', 'is', null);
      }
      if (filter.domain) query = query.where('initiatives.domain', '=', filter.domain);
      if (filter.status) query = query.where('initiatives.status', '=', filter.status);
      if (filter.areaIds) {
        const areaIds = filter.areaIds.length > 0 ? filter.areaIds : ['-'];
        query = query.where('initiatives.id', 'in', (eb) =>
          eb.selectFrom('initiative_areas').select('initiative_id').where('area_id', 'in', areaIds),
        );
      }
      for (const term of filter.terms ?? []) {
        const range = prefixRange(term);
        query = query.where('initiatives.id', 'in', (eb) =>
          eb
            .selectFrom('initiative_search_terms')
            .select('subject_id')
            .where('subject_type', '=', 'initiative')
            .where('term', '>=', range.from)
            .where('term', '<', range.to),
        );
      }
      if (filter.hasOpenNeeds) {
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('initiative_needs as n')
              .select('n.id')
              .whereRef('n.initiative_id', '=', 'initiatives.id')
              .where('n.closed_at', 'is', null)
              .where('n.hidden_at', 'is', null)
              .whereRef('n.quantity_pledged', '<', 'n.quantity_needed'),
          ),
        );
      }
      if (after) {
        query = query.where((eb) =>
          eb(eb.refTuple('initiatives.created_at', 'initiatives.id'), '<', eb.tuple(String(after.sort), after.id)),
        );
      }
      return query
        .orderBy('initiatives.created_at', 'desc')
        .orderBy('initiatives.id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    async openNeedCounts(initiativeIds: readonly string[]): Promise<Map<string, number>> {
      if (initiativeIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('initiative_needs')
        .select(['initiative_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('initiative_id', 'in', initiativeIds)
        .where('closed_at', 'is', null)
        .where('hidden_at', 'is', null)
        .whereRef('quantity_pledged', '<', 'quantity_needed')
        .groupBy('initiative_id')
        .execute();
      return new Map(rows.map((row) => [row.initiative_id, Number(row.n)]));
    },

    async figures(initiativeId: string, nowIso: string) {
      const count = (n: { n: number | string } | undefined) => Number(n?.n ?? 0);
      const members = await db
        .selectFrom('initiative_members')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('initiative_id', '=', initiativeId)
        .where('status', '=', 'active')
        .executeTakeFirst();
      const pledges = await db
        .selectFrom('initiative_pledges')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('initiative_id', '=', initiativeId)
        .groupBy('status')
        .execute();
      const upcoming = await db
        .selectFrom('initiative_activities')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('initiative_id', '=', initiativeId)
        .where('starts_at', '>', nowIso)
        .where('cancelled_at', 'is', null)
        .where('hidden_at', 'is', null)
        .executeTakeFirst();
      const byStatus = new Map(pledges.map((row) => [row.status, Number(row.n)]));
      return {
        members: count(members),
        pledgesMade: (byStatus.get('made') ?? 0) + (byStatus.get('delivered') ?? 0),
        pledgesKept: byStatus.get('delivered') ?? 0,
        upcomingActivities: count(upcoming),
      };
    },

    startedBy(accountId: string) {
      return db
        .selectFrom('initiatives')
        .select(['id', 'title', 'created_at'])
        .where('created_by', '=', accountId)
        .orderBy('created_at')
        .execute();
    },

    async insertStatusChange(row: InitiativeStatusChangesTable): Promise<void> {
      await db.insertInto('initiative_status_changes').values(row).execute();
    },
    /** Oldest first: the history reads as a story. */
    listStatusChanges(initiativeId: string, limit: number, after?: Keyset): Promise<InitiativeStatusChangesTable[]> {
      let query = db.selectFrom('initiative_status_changes').selectAll().where('initiative_id', '=', initiativeId);
      if (after)
        query = query.where((eb) => eb(eb.refTuple('changed_at', 'id'), '>', eb.tuple(String(after.sort), after.id)));
      return query
        .orderBy('changed_at')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },

    /** Initiatives per neighbourhood, for the map; keyset on the area id. */
    async countsPerArea(
      filter: { domain?: Domain | undefined; status?: InitiativeStatus | undefined },
      limit: number,
      afterAreaId?: string,
    ) {
      let query = db
        .selectFrom('initiative_areas as a')
        .innerJoin('initiatives as i', 'i.id', 'a.initiative_id')
        .select((eb) => [
          'a.area_id',
          eb.fn.countAll<number>().as('initiatives'),
          eb.fn
            .sum<number>(
              eb
                .case()
                .when(
                  eb.exists(
                    eb
                      .selectFrom('initiative_needs as n')
                      .select('n.id')
                      .whereRef('n.initiative_id', '=', 'i.id')
                      .where('n.closed_at', 'is', null)
                      .where('n.hidden_at', 'is', null)
                      .whereRef('n.quantity_pledged', '<', 'n.quantity_needed'),
                  ),
                )
                .then(1)
                .else(0)
                .end(),
            )
            .as('with_open_needs'),
        ])
        .where('i.hidden_at', 'is', null);
      if (filter.domain) query = query.where('i.domain', '=', filter.domain);
      if (filter.status) query = query.where('i.status', '=', filter.status);
      else query = query.where('i.status', '!=', 'stopped');
      if (afterAreaId) query = query.where('a.area_id', '>', afterAreaId);
      return query
        .groupBy('a.area_id')
        .orderBy('a.area_id')
        .limit(limit + 1)
        .execute();
    },
  };
}
export type InitiativesRepository = ReturnType<typeof createInitiativesRepository>;
