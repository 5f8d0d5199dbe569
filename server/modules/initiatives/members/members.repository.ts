import type { MemberStatus } from '../../../../contracts/initiatives.ts';
import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { InitiativeMembersTable } from '../initiatives.tables.ts';

export function createMembersRepository(db: Db) {
  return {
    async insert(row: InitiativeMembersTable): Promise<void> {
      await db.insertInto('initiative_members').values(row).execute();
    },
    find(initiativeId: string, memberId: string): Promise<InitiativeMembersTable | undefined> {
      return db
        .selectFrom('initiative_members')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .where('id', '=', memberId)
        .executeTakeFirst();
    },
    findByAccount(initiativeId: string, accountId: string): Promise<InitiativeMembersTable | undefined> {
      return db
        .selectFrom('initiative_members')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
    },
    async update(id: string, changes: Partial<Omit<InitiativeMembersTable, 'id' | 'initiative_id'>>): Promise<void> {
      await db.updateTable('initiative_members').set(changes).where('id', '=', id).execute();
    },

    /** In order of joining, keyset on (requested_at, id). */
    list(
      initiativeId: string,
      filter: { status: MemberStatus; organisersOnly: boolean; withOffline: boolean },
      limit: number,
      after?: Keyset,
    ) {
      let query = db
        .selectFrom('initiative_members')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .where('status', '=', filter.status);
      if (filter.organisersOnly) query = query.where('role', 'in', ['initiator', 'organiser']);
      if (!filter.withOffline) query = query.where('account_id', 'is not', null);
      if (after)
        query = query.where((eb) => eb(eb.refTuple('requested_at', 'id'), '>', eb.tuple(String(after.sort), after.id)));
      return query
        .orderBy('requested_at')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },

    async countActiveOrganisers(initiativeId: string): Promise<number> {
      const row = await db
        .selectFrom('initiative_members')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('initiative_id', '=', initiativeId)
        .where('status', '=', 'active')
        .where('role', 'in', ['initiator', 'organiser'])
        .where('account_id', 'is not', null)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async organiserAccountIds(initiativeId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('initiative_members')
        .select('account_id')
        .where('initiative_id', '=', initiativeId)
        .where('status', '=', 'active')
        .where('role', 'in', ['initiator', 'organiser'])
        .where('account_id', 'is not', null)
        .execute();
      return rows.map((row) => row.account_id).filter((id): id is string => id !== null);
    },

    /** Erasure: the person leaves everything and what they shared is gone. */
    async forgetAccount(accountId: string, nowIso: string): Promise<void> {
      await db
        .updateTable('initiative_members')
        .set({ contact: null, message: null })
        .where('account_id', '=', accountId)
        .execute();
      await db
        .updateTable('initiative_members')
        .set({ status: 'left', decided_at: nowIso })
        .where('account_id', '=', accountId)
        .where('status', 'in', ['active', 'requested'])
        .execute();
    },
    membershipsOf(accountId: string): Promise<InitiativeMembersTable[]> {
      return db
        .selectFrom('initiative_members')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('requested_at')
        .execute();
    },
  };
}
export type MembersRepository = ReturnType<typeof createMembersRepository>;
