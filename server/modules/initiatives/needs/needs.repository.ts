import type { Domain } from '../../../../contracts/initiatives.ts';
import type { NeedKind, PledgeStatus } from '../../../../contracts/initiatives-needs.ts';
import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { InitiativeNeedsTable, PledgesTable } from '../initiatives.tables.ts';

export function createNeedsRepository(db: Db) {
  return {
    async insertNeed(row: InitiativeNeedsTable): Promise<void> {
      await db.insertInto('initiative_needs').values(row).execute();
    },
    findNeed(initiativeId: string, needId: string): Promise<InitiativeNeedsTable | undefined> {
      return db
        .selectFrom('initiative_needs')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .where('id', '=', needId)
        .executeTakeFirst();
    },
    async updateNeed(
      id: string,
      changes: Partial<Pick<InitiativeNeedsTable, 'title' | 'description' | 'starts_at' | 'ends_at' | 'closed_at'>>,
    ): Promise<void> {
      await db.updateTable('initiative_needs').set(changes).where('id', '=', id).execute();
    },
    /** Never below what is already pledged (checked in the same statement). */
    async setQuantityNeeded(id: string, quantity: number): Promise<boolean> {
      const result = await db
        .updateTable('initiative_needs')
        .set({ quantity_needed: quantity })
        .where('id', '=', id)
        .where('quantity_pledged', '<=', quantity)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * Takes `quantity` of what is still open, or nothing: one conditional UPDATE, so two
     * residents pledging the last place at once cannot both get it (the row lock on PostgreSQL
     * re-evaluates the condition for the second; SQLite runs writers one at a time).
     */
    async reserve(needId: string, quantity: number): Promise<boolean> {
      const result = await db
        .updateTable('initiative_needs')
        .set((eb) => ({ quantity_pledged: eb('quantity_pledged', '+', quantity) }))
        .where('id', '=', needId)
        .where('closed_at', 'is', null)
        .where('hidden_at', 'is', null)
        .where((eb) => eb(eb('quantity_pledged', '+', quantity), '<=', eb.ref('quantity_needed')))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async release(needId: string, quantity: number): Promise<void> {
      await db
        .updateTable('initiative_needs')
        .set((eb) => ({ quantity_pledged: eb('quantity_pledged', '-', quantity) }))
        .where('id', '=', needId)
        .execute();
    },
    async addDelivered(needId: string, quantity: number): Promise<void> {
      await db
        .updateTable('initiative_needs')
        .set((eb) => ({ quantity_delivered: eb('quantity_delivered', '+', quantity) }))
        .where('id', '=', needId)
        .execute();
    },

    /** Oldest first, keyset on (created_at, id). */
    listNeeds(
      initiativeId: string,
      filter: { open?: boolean | undefined; withHidden: boolean },
      limit: number,
      after?: Keyset,
    ) {
      let query = db.selectFrom('initiative_needs').selectAll().where('initiative_id', '=', initiativeId);
      if (!filter.withHidden) query = query.where('hidden_at', 'is', null);
      if (filter.open === true)
        query = query.where('closed_at', 'is', null).whereRef('quantity_pledged', '<', 'quantity_needed');
      if (filter.open === false)
        query = query.where((eb) =>
          eb.or([eb('closed_at', 'is not', null), eb('quantity_pledged', '>=', eb.ref('quantity_needed'))]),
        );
      if (after)
        query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '>', eb.tuple(String(after.sort), after.id)));
      return query
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },

    /** Needs nobody has met yet, across initiatives that are running; newest first. */
    listOpenNeeds(
      filter: { areaIds?: readonly string[] | undefined; kind?: NeedKind | undefined; domain?: Domain | undefined },
      limit: number,
      after?: Keyset,
    ) {
      let query = db
        .selectFrom('initiative_needs as n')
        .innerJoin('initiatives as i', 'i.id', 'n.initiative_id')
        .selectAll('n')
        .select(['i.title as initiative_title', 'i.domain'])
        .where('n.closed_at', 'is', null)
        .where('n.hidden_at', 'is', null)
        .whereRef('n.quantity_pledged', '<', 'n.quantity_needed')
        .where('i.hidden_at', 'is', null)
        .where('i.status', '!=', 'stopped');
      if (filter.kind) query = query.where('n.kind', '=', filter.kind);
      if (filter.domain) query = query.where('i.domain', '=', filter.domain);
      if (filter.areaIds) {
        const areaIds = filter.areaIds.length > 0 ? filter.areaIds : ['-'];
        query = query.where('n.initiative_id', 'in', (eb) =>
          eb.selectFrom('initiative_areas').select('initiative_id').where('area_id', 'in', areaIds),
        );
      }
      if (after)
        query = query.where((eb) =>
          eb(eb.refTuple('n.created_at', 'n.id'), '<', eb.tuple(String(after.sort), after.id)),
        );
      return query
        .orderBy('n.created_at', 'desc')
        .orderBy('n.id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    async insertPledge(row: PledgesTable): Promise<void> {
      await db.insertInto('initiative_pledges').values(row).execute();
    },
    findPledge(initiativeId: string, pledgeId: string): Promise<PledgesTable | undefined> {
      return db
        .selectFrom('initiative_pledges')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .where('id', '=', pledgeId)
        .executeTakeFirst();
    },
    /** Moves a pledge out of `made` once; false when someone else already did. */
    async settle(
      pledgeId: string,
      changes: Pick<PledgesTable, 'status'> &
        Partial<Pick<PledgesTable, 'delivered_at' | 'delivered_by' | 'withdrawn_at'>>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('initiative_pledges')
        .set(changes)
        .where('id', '=', pledgeId)
        .where('status', '=', 'made')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Oldest first, keyset on (created_at, id). */
    listPledges(
      needId: string,
      filter: { accountId?: string | undefined; status?: PledgeStatus | undefined },
      limit: number,
      after?: Keyset,
    ) {
      let query = db.selectFrom('initiative_pledges').selectAll().where('need_id', '=', needId);
      if (filter.accountId) query = query.where('account_id', '=', filter.accountId);
      if (filter.status) query = query.where('status', '=', filter.status);
      if (after)
        query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '>', eb.tuple(String(after.sort), after.id)));
      return query
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },
    async clearNotesOf(accountId: string): Promise<void> {
      await db.updateTable('initiative_pledges').set({ note: null }).where('account_id', '=', accountId).execute();
    },
    pledgesOf(accountId: string): Promise<PledgesTable[]> {
      return db
        .selectFrom('initiative_pledges')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .execute();
    },
  };
}
export type NeedsRepository = ReturnType<typeof createNeedsRepository>;
