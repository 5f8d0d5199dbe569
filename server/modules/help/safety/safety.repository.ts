import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type {
  HelpBlocksTable,
  HelpGuardiansTable,
  HelpRecipientsTable,
  HelpReportsTable,
  HelpVogTable,
} from '../help.tables.ts';

function newestFirst(after: Keyset | undefined) {
  return after ? { sort: String(after.sort), id: after.id } : undefined;
}

/** SQL for the safety side of help: recipients, VOG, guardians, blocks, reports. */
export function createSafetyRepository(db: Db) {
  return {
    async insertRecipient(row: HelpRecipientsTable): Promise<void> {
      await db.insertInto('help_recipients').values(row).execute();
    },
    findRecipient(id: string): Promise<HelpRecipientsTable | undefined> {
      return db.selectFrom('help_recipients').selectAll().where('id', '=', id).executeTakeFirst();
    },
    listRecipients(areaIds: readonly string[] | null, limit: number, after?: Keyset) {
      let query = db.selectFrom('help_recipients').selectAll();
      if (areaIds) query = query.where('area_id', 'in', areaIds.length > 0 ? [...areaIds] : ['']);
      const k = newestFirst(after);
      if (k)
        query = query.where((eb) =>
          eb.or([eb('created_at', '<', k.sort), eb.and([eb('created_at', '=', k.sort), eb('id', '<', k.id)])]),
        );
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    findVog(accountId: string): Promise<HelpVogTable | undefined> {
      return db.selectFrom('help_vog').selectAll().where('account_id', '=', accountId).executeTakeFirst();
    },
    vogOf(accountIds: readonly string[]): Promise<HelpVogTable[]> {
      if (accountIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('help_vog')
        .selectAll()
        .where('account_id', 'in', [...accountIds])
        .execute();
    },
    async upsertVog(row: HelpVogTable): Promise<void> {
      await db
        .insertInto('help_vog')
        .values(row)
        .onConflict((oc) =>
          oc.column('account_id').doUpdateSet({
            status: row.status,
            issued_on: row.issued_on,
            expires_on: row.expires_on,
            recorded_by: row.recorded_by,
            recorded_at: row.recorded_at,
          }),
        )
        .execute();
    },

    async insertGuardian(row: HelpGuardiansTable): Promise<void> {
      await db.insertInto('help_guardians').values(row).execute();
    },
    findGuardian(id: string): Promise<HelpGuardiansTable | undefined> {
      return db.selectFrom('help_guardians').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async deleteGuardian(id: string): Promise<void> {
      await db.deleteFrom('help_guardians').where('id', '=', id).execute();
    },
    guardiansOf(ward: { accountId: string | null; recipientId: string | null }): Promise<HelpGuardiansTable[]> {
      const { accountId, recipientId } = ward;
      if (!accountId && !recipientId) return Promise.resolve([]);
      return db
        .selectFrom('help_guardians')
        .selectAll()
        .where((eb) =>
          eb.or([
            ...(accountId ? [eb('ward_account_id', '=', accountId)] : []),
            ...(recipientId ? [eb('ward_recipient_id', '=', recipientId)] : []),
          ]),
        )
        .execute();
    },
    listGuardians(
      filter: {
        wardAccountId?: string | undefined;
        wardRecipientId?: string | undefined;
        guardianId?: string | undefined;
      },
      limit: number,
      after?: Keyset,
    ) {
      let query = db.selectFrom('help_guardians').selectAll();
      if (filter.wardAccountId) query = query.where('ward_account_id', '=', filter.wardAccountId);
      if (filter.wardRecipientId) query = query.where('ward_recipient_id', '=', filter.wardRecipientId);
      if (filter.guardianId) query = query.where('guardian_id', '=', filter.guardianId);
      const k = newestFirst(after);
      if (k)
        query = query.where((eb) =>
          eb.or([eb('created_at', '<', k.sort), eb.and([eb('created_at', '=', k.sort), eb('id', '<', k.id)])]),
        );
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    async insertBlock(row: HelpBlocksTable): Promise<void> {
      await db
        .insertInto('help_blocks')
        .values(row)
        .onConflict((oc) => oc.columns(['blocker_id', 'blocked_id']).doNothing())
        .execute();
    },
    async deleteBlock(blockerId: string, blockedId: string): Promise<void> {
      await db
        .deleteFrom('help_blocks')
        .where('blocker_id', '=', blockerId)
        .where('blocked_id', '=', blockedId)
        .execute();
    },
    listBlocks(blockerId: string, limit: number, after?: Keyset) {
      let query = db.selectFrom('help_blocks').selectAll().where('blocker_id', '=', blockerId);
      const k = newestFirst(after);
      if (k)
        query = query.where((eb) =>
          eb.or([eb('created_at', '<', k.sort), eb.and([eb('created_at', '=', k.sort), eb('blocked_id', '<', k.id)])]),
        );
      return query
        .orderBy('created_at', 'desc')
        .orderBy('blocked_id', 'desc')
        .limit(limit + 1)
        .execute();
    },
    /** Everyone blocked by, or blocking, any of these accounts. */
    async blockedPartners(accountIds: readonly string[]): Promise<Set<string>> {
      if (accountIds.length === 0) return new Set();
      const ids = [...accountIds];
      const [by, of] = await Promise.all([
        db.selectFrom('help_blocks').select('blocked_id as other').where('blocker_id', 'in', ids).execute(),
        db.selectFrom('help_blocks').select('blocker_id as other').where('blocked_id', 'in', ids).execute(),
      ]);
      return new Set([...by, ...of].map((r) => r.other));
    },

    async insertReport(row: HelpReportsTable): Promise<void> {
      await db.insertInto('help_reports').values(row).execute();
    },
    listReports(areaIds: readonly string[] | null, limit: number, after?: Keyset) {
      let query = db.selectFrom('help_reports').selectAll();
      if (areaIds) query = query.where('area_id', 'in', areaIds.length > 0 ? [...areaIds] : ['']);
      const k = newestFirst(after);
      if (k)
        query = query.where((eb) =>
          eb.or([eb('created_at', '<', k.sort), eb.and([eb('created_at', '=', k.sort), eb('id', '<', k.id)])]),
        );
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },
  };
}
export type SafetyRepository = ReturnType<typeof createSafetyRepository>;
