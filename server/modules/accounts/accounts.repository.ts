import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { Keyset } from '../../http/pagination.ts';
import type { AccountsTable, RoleAssignmentsTable, SessionsTable } from './accounts.tables.ts';

export function createAccountsRepository(db: Db) {
  return {
    async insert(row: AccountsTable): Promise<void> {
      await db.insertInto('accounts').values(row).execute();
    },
    findById(id: string): Promise<AccountsTable | undefined> {
      return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** Display names for a page of ids, in one query. */
    async displayNamesOf(ids: readonly string[]): Promise<Array<{ id: string; display_name: string }>> {
      if (ids.length === 0) return [];
      return db.selectFrom('accounts').select(['id', 'display_name']).where('id', 'in', ids).execute();
    },
    /** Accounts that can be mailed: not erased, with an address. */
    mailContactsOf(ids: readonly string[]) {
      return db
        .selectFrom('accounts')
        .select(['id', 'email', 'locale', 'display_name', 'home_area_id'])
        .where('id', 'in', ids)
        .where('erased_at', 'is', null)
        .where('email', 'is not', null)
        .execute();
    },
    findByEmail(email: string): Promise<AccountsTable | undefined> {
      return db.selectFrom('accounts').selectAll().where('email', '=', email).executeTakeFirst();
    },
    async update(id: string, changes: Partial<Omit<AccountsTable, 'id'>>): Promise<void> {
      await db.updateTable('accounts').set(changes).where('id', '=', id).execute();
    },

    /**
     * Newest first; with `q` (part of the email or display name) in order of name instead, walking
     * the index on the lower-case name (migration 0022) so a page costs the same in a large city.
     * `within` (a scoped administrator's areas) keeps the accounts whose home neighbourhood is one
     * of them or that hold a role for one of them; with `role` too, that role for one of them.
     */
    async list(
      filter: { q?: string | undefined; role?: Role | undefined; within?: readonly string[] | undefined },
      limit: number,
      after?: Keyset,
    ): Promise<Array<AccountsTable & { name_key: string }>> {
      const within = filter.within;
      if (within?.length === 0) return [];
      const nameKey = sql<string>`lower(display_name)`;
      let query = db.selectFrom('accounts').selectAll().select(nameKey.as('name_key'));
      if (within) {
        query = query.where((eb) =>
          eb.or([
            eb('home_area_id', 'in', within),
            eb('id', 'in', eb.selectFrom('role_assignments').select('account_id').where('area_id', 'in', within)),
          ]),
        );
      }
      if (filter.q) {
        const pattern = `%${filter.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
        // The backslash escapes % and _ typed by the caller, on both databases.
        query = query.where(
          sql<boolean>`(lower(email) like ${pattern} escape '\\' or lower(display_name) like ${pattern} escape '\\')`,
        );
      }
      if (filter.role && filter.role !== 'resident') {
        const role = filter.role;
        query = query.where('id', 'in', (eb) => {
          const holders = eb.selectFrom('role_assignments').select('account_id').where('role', '=', role);
          return within ? holders.where('area_id', 'in', within) : holders;
        });
      }
      if (filter.q) {
        if (after) {
          const sort = String(after.sort);
          query = query.where((eb) =>
            eb.or([eb(nameKey, '>', sort), eb.and([eb(nameKey, '=', sort), eb('id', '>', after.id)])]),
          );
        }
        return query
          .orderBy(nameKey)
          .orderBy('id')
          .limit(limit + 1)
          .execute();
      }
      if (after) {
        const sort = String(after.sort);
        query = query.where((eb) =>
          eb.or([eb('created_at', '<', sort), eb.and([eb('created_at', '=', sort), eb('id', '<', after.id)])]),
        );
      }
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    grantsOf(accountIds: readonly string[]): Promise<RoleAssignmentsTable[]> {
      if (accountIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('role_assignments')
        .selectAll()
        .where('account_id', 'in', accountIds)
        .orderBy('created_at')
        .execute();
    },
    findGrant(accountId: string, grantId: string): Promise<RoleAssignmentsTable | undefined> {
      return db
        .selectFrom('role_assignments')
        .selectAll()
        .where('id', '=', grantId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
    },
    findSameGrant(accountId: string, role: Role, areaId: string | null): Promise<RoleAssignmentsTable | undefined> {
      return db
        .selectFrom('role_assignments')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('role', '=', role)
        .where((eb) => (areaId === null ? eb('area_id', 'is', null) : eb('area_id', '=', areaId)))
        .executeTakeFirst();
    },
    async insertGrant(row: RoleAssignmentsTable): Promise<void> {
      await db.insertInto('role_assignments').values(row).execute();
    },
    async deleteGrant(grantId: string): Promise<void> {
      await db.deleteFrom('role_assignments').where('id', '=', grantId).execute();
    },
    async deleteGrantsOf(accountId: string): Promise<void> {
      await db.deleteFrom('role_assignments').where('account_id', '=', accountId).execute();
    },

    async insertSession(row: SessionsTable): Promise<void> {
      await db.insertInto('sessions').values(row).execute();
    },
    findSession(id: string, nowIso: string) {
      return db
        .selectFrom('sessions')
        .selectAll()
        .where('id', '=', id)
        .where('expires_at', '>', nowIso)
        .executeTakeFirst();
    },
    async deleteSession(id: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },
    async deleteSessionsOf(accountId: string, except?: string): Promise<void> {
      let query = db.deleteFrom('sessions').where('account_id', '=', accountId);
      if (except) query = query.where('id', '!=', except);
      await query.execute();
    },
    async deleteExpiredSessions(nowIso: string): Promise<void> {
      await db.deleteFrom('sessions').where('expires_at', '<=', nowIso).execute();
    },

    async insertPasswordReset(row: { id: string; account_id: string; expires_at: string }): Promise<void> {
      await db
        .insertInto('password_resets')
        .values({ ...row, used_at: null })
        .execute();
    },
    findPasswordReset(id: string, nowIso: string) {
      return db
        .selectFrom('password_resets')
        .selectAll()
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('expires_at', '>', nowIso)
        .executeTakeFirst();
    },
    /** Marks the token used; returns false when another request used it first. */
    async usePasswordReset(id: string, nowIso: string): Promise<boolean> {
      const result = await db
        .updateTable('password_resets')
        .set({ used_at: nowIso })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
