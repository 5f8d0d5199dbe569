import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { NotificationsTable } from '../initiatives.tables.ts';

export function createNotificationsRepository(db: Db) {
  return {
    /** Rows whose dedupe key already exists are skipped; returns how many were new. */
    async insertOnce(rows: NotificationsTable[]): Promise<number> {
      if (rows.length === 0) return 0;
      const inserted = await db
        .insertInto('initiative_notifications')
        .values(rows)
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning('id')
        .execute();
      return inserted.length;
    },
    list(accountId: string, unreadOnly: boolean, limit: number, after?: Keyset): Promise<NotificationsTable[]> {
      let query = db.selectFrom('initiative_notifications').selectAll().where('account_id', '=', accountId);
      if (unreadOnly) query = query.where('read_at', 'is', null);
      if (after)
        query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(String(after.sort), after.id)));
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },
    find(accountId: string, id: string): Promise<NotificationsTable | undefined> {
      return db
        .selectFrom('initiative_notifications')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async markRead(id: string, nowIso: string): Promise<void> {
      await db
        .updateTable('initiative_notifications')
        .set({ read_at: nowIso })
        .where('id', '=', id)
        .where('read_at', 'is', null)
        .execute();
    },
    allOf(accountId: string): Promise<NotificationsTable[]> {
      return db
        .selectFrom('initiative_notifications')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .execute();
    },
    async deleteAllOf(accountId: string): Promise<void> {
      await db.deleteFrom('initiative_notifications').where('account_id', '=', accountId).execute();
    },
  };
}
