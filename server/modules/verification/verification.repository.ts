import type { Db } from '../../db/database.ts';
import type { Keyset } from '../../http/pagination.ts';
import type {
  VerificationAttemptsTable,
  VerificationCodeBatchesTable,
  VerificationCodesTable,
  VerificationsTable,
} from './verification.tables.ts';

// 7 columns × 2,000 rows stays under SQLite's 32,766 bound values per statement.
const CODE_CHUNK = 2_000;

export function createVerificationRepository(db: Db) {
  return {
    async insertBatch(batch: VerificationCodeBatchesTable, codes: readonly VerificationCodesTable[]): Promise<void> {
      await db.insertInto('verification_code_batches').values(batch).execute();
      for (let i = 0; i < codes.length; i += CODE_CHUNK) {
        await db
          .insertInto('verification_codes')
          .values(codes.slice(i, i + CODE_CHUNK))
          .execute();
      }
    },

    /** Newest first, keyset on (created_at, id). */
    async listBatches(areaId: string, limit: number, after?: Keyset): Promise<VerificationCodeBatchesTable[]> {
      let query = db.selectFrom('verification_code_batches').selectAll().where('area_id', '=', areaId);
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

    async usedCounts(batchIds: readonly string[]): Promise<Map<string, number>> {
      if (batchIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('verification_codes')
        .select(['batch_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('batch_id', 'in', batchIds)
        .where('used_at', 'is not', null)
        .groupBy('batch_id')
        .execute();
      return new Map(rows.map((r) => [r.batch_id, Number(r.n)]));
    },

    findCode(codeHash: string): Promise<VerificationCodesTable | undefined> {
      return db.selectFrom('verification_codes').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
    },

    /** Marks the code used; false when another request used it first. */
    async useCode(id: string, accountId: string, nowIso: string): Promise<boolean> {
      const result = await db
        .updateTable('verification_codes')
        .set({ used_at: nowIso, used_by: accountId })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async insertVerification(row: VerificationsTable): Promise<void> {
      await db.insertInto('verifications').values(row).execute();
    },
    findVerification(id: string): Promise<VerificationsTable | undefined> {
      return db.selectFrom('verifications').selectAll().where('id', '=', id).executeTakeFirst();
    },
    /** Whether another account holds a verification that rested on this provider identity. */
    async identityVerifiesOther(identityKey: string, accountId: string): Promise<boolean> {
      const row = await db
        .selectFrom('verifications')
        .select('id')
        .where('identity_key', '=', identityKey)
        .where('account_id', '!=', accountId)
        .executeTakeFirst();
      return row !== undefined;
    },
    findVerificationByCode(codeId: string): Promise<VerificationsTable | undefined> {
      return db.selectFrom('verifications').selectAll().where('code_id', '=', codeId).executeTakeFirst();
    },

    /** A resident's verifications, newest first, keyset on (verified_at, id). */
    async listVerifications(accountId: string, limit: number, after?: Keyset): Promise<VerificationsTable[]> {
      let query = db.selectFrom('verifications').selectAll().where('account_id', '=', accountId);
      if (after) {
        const sort = String(after.sort);
        query = query.where((eb) =>
          eb.or([eb('verified_at', '<', sort), eb.and([eb('verified_at', '=', sort), eb('id', '<', after.id)])]),
        );
      }
      return query
        .orderBy('verified_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },
    latestVerification(accountId: string): Promise<VerificationsTable | undefined> {
      return db
        .selectFrom('verifications')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('verified_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    /** The latest verification of each of these accounts. */
    async latestOfEach(accountIds: readonly string[]): Promise<Map<string, VerificationsTable>> {
      const latest = new Map<string, VerificationsTable>();
      for (let i = 0; i < accountIds.length; i += CODE_CHUNK) {
        const rows = await db
          .selectFrom('verifications')
          .selectAll()
          .where('account_id', 'in', accountIds.slice(i, i + CODE_CHUNK))
          .orderBy('account_id')
          .orderBy('verified_at', 'desc')
          .orderBy('id', 'desc')
          .execute();
        for (const row of rows) if (!latest.has(row.account_id)) latest.set(row.account_id, row);
      }
      return latest;
    },

    async insertAttempt(row: VerificationAttemptsTable): Promise<void> {
      await db.insertInto('verification_attempts').values(row).execute();
    },
    /** Failed guesses after `sinceIso`, and the oldest of them (it decides when a guess is allowed again). */
    async failuresSince(
      by: { accountId: string } | { ip: string },
      sinceIso: string,
    ): Promise<{ count: number; oldest: string | null }> {
      let query = db
        .selectFrom('verification_attempts')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('attempted_at').as('oldest')])
        .where('attempted_at', '>', sinceIso);
      query = 'accountId' in by ? query.where('account_id', '=', by.accountId) : query.where('ip', '=', by.ip);
      const row = await query.executeTakeFirstOrThrow();
      return { count: Number(row.n), oldest: row.oldest ?? null };
    },
    async deleteAttemptsBefore(beforeIso: string): Promise<void> {
      await db.deleteFrom('verification_attempts').where('attempted_at', '<', beforeIso).execute();
    },
    attemptsOf(accountId: string) {
      return db
        .selectFrom('verification_attempts')
        .select(['attempted_at', 'ip'])
        .where('account_id', '=', accountId)
        .orderBy('attempted_at')
        .execute();
    },

    /** Erasure: the resident's own records go; others' records keep no pointer to them. */
    async eraseAccount(accountId: string): Promise<void> {
      await db.deleteFrom('verifications').where('account_id', '=', accountId).execute();
      await db.deleteFrom('verification_attempts').where('account_id', '=', accountId).execute();
      await db.updateTable('verifications').set({ verified_by: null }).where('verified_by', '=', accountId).execute();
      await db.updateTable('verification_codes').set({ used_by: null }).where('used_by', '=', accountId).execute();
      await db
        .updateTable('verification_code_batches')
        .set({ created_by: null })
        .where('created_by', '=', accountId)
        .execute();
    },
  };
}
export type VerificationRepository = ReturnType<typeof createVerificationRepository>;
