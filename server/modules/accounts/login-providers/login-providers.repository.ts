import type { Db } from '../../../db/database.ts';
import type { LoginFlowsTable, LoginIdentitiesTable, LoginProviderPoliciesTable } from './login-providers.tables.ts';

export function createLoginProvidersRepository(db: Db) {
  return {
    async insertFlow(row: LoginFlowsTable): Promise<void> {
      await db.insertInto('login_flows').values(row).execute();
    },
    findFlow(id: string): Promise<LoginFlowsTable | undefined> {
      return db.selectFrom('login_flows').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** Marks the flow used; false when it was used already (a replayed answer) or has expired. */
    async useFlow(id: string, nowIso: string): Promise<boolean> {
      const result = await db
        .updateTable('login_flows')
        .set({ used_at: nowIso })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('expires_at', '>', nowIso)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async deleteFlowsBefore(nowIso: string): Promise<void> {
      await db.deleteFrom('login_flows').where('expires_at', '<=', nowIso).execute();
    },

    findIdentity(providerId: string, subject: string): Promise<LoginIdentitiesTable | undefined> {
      return db
        .selectFrom('login_identities')
        .selectAll()
        .where('provider_id', '=', providerId)
        .where('subject', '=', subject)
        .executeTakeFirst();
    },
    identitiesOf(accountId: string): Promise<LoginIdentitiesTable[]> {
      return db
        .selectFrom('login_identities')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('linked_at')
        .orderBy('id')
        .execute();
    },
    async insertIdentity(row: LoginIdentitiesTable): Promise<void> {
      await db.insertInto('login_identities').values(row).execute();
    },
    async updateIdentity(
      id: string,
      changes: Pick<LoginIdentitiesTable, 'email' | 'assurance_level' | 'last_login_at'>,
    ): Promise<void> {
      await db.updateTable('login_identities').set(changes).where('id', '=', id).execute();
    },
    async deleteIdentity(id: string): Promise<void> {
      await db.deleteFrom('login_identities').where('id', '=', id).execute();
    },
    async deleteIdentitiesOf(accountId: string): Promise<void> {
      await db.deleteFrom('login_identities').where('account_id', '=', accountId).execute();
      await db.deleteFrom('login_flows').where('account_id', '=', accountId).execute();
    },

    findPolicy(providerId: string): Promise<LoginProviderPoliciesTable | undefined> {
      return db
        .selectFrom('login_provider_policies')
        .selectAll()
        .where('provider_id', '=', providerId)
        .executeTakeFirst();
    },
    async savePolicy(row: LoginProviderPoliciesTable): Promise<void> {
      await db
        .insertInto('login_provider_policies')
        .values(row)
        .onConflict((oc) =>
          oc.column('provider_id').doUpdateSet({
            accepted_levels: row.accepted_levels,
            updated_by: row.updated_by,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },
  };
}
