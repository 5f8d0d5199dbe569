import type { Channel } from '../../../contracts/notifications.ts';
import type { Db } from '../../db/database.ts';
import type { Keyset } from '../../http/pagination.ts';
import type { NotificationPreferencesTable, NotificationsTable } from './notifications.tables.ts';

const IN_BATCHES = 500;

/** The SQL of notifications and the residents' choices per kind. */
export function createNotificationsRepository(db: Db) {
  return {
    /** Rows whose dedupe key already exists are skipped; returns how many were new. */
    async insertOnce(rows: NotificationsTable[]): Promise<number> {
      if (rows.length === 0) return 0;
      const inserted = await db
        .insertInto('notifications')
        .values(rows)
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning('id')
        .execute();
      return inserted.length;
    },

    async chosenChannels(accountIds: readonly string[], kind: string): Promise<Map<string, Channel>> {
      const chosen = new Map<string, Channel>();
      for (let i = 0; i < accountIds.length; i += IN_BATCHES) {
        const rows = await db
          .selectFrom('notification_preferences')
          .select(['account_id', 'channel'])
          .where('kind', '=', kind)
          .where('account_id', 'in', accountIds.slice(i, i + IN_BATCHES))
          .execute();
        for (const row of rows) chosen.set(row.account_id, row.channel);
      }
      return chosen;
    },

    preferencesOf(accountId: string): Promise<NotificationPreferencesTable[]> {
      return db.selectFrom('notification_preferences').selectAll().where('account_id', '=', accountId).execute();
    },

    async setPreference(row: NotificationPreferencesTable): Promise<void> {
      await db
        .insertInto('notification_preferences')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['account_id', 'kind']).doUpdateSet({ channel: row.channel, updated_at: row.updated_at }),
        )
        .execute();
    },

    /** Notifications of this kind still waiting for a mail move to the new channel (null: no mail any more). */
    async reschedulePending(accountId: string, kind: string, channel: Channel, dueAt: string | null): Promise<void> {
      await db
        .updateTable('notifications')
        .set({ channel, mail_due_at: dueAt })
        .where('account_id', '=', accountId)
        .where('kind', '=', kind)
        .where('mail_due_at', 'is not', null)
        .execute();
    },

    list(
      accountId: string,
      filter: { unread: boolean; module: string | undefined },
      limit: number,
      after?: Keyset,
    ): Promise<NotificationsTable[]> {
      let query = db
        .selectFrom('notifications')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('in_app', '=', 1);
      if (filter.unread) query = query.where('read_at', 'is', null);
      if (filter.module) query = query.where('kind', 'like', `${filter.module}.%`);
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
        .selectFrom('notifications')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .where('in_app', '=', 1)
        .executeTakeFirst();
    },

    async markRead(id: string, nowIso: string): Promise<void> {
      await db
        .updateTable('notifications')
        .set({ read_at: nowIso })
        .where('id', '=', id)
        .where('read_at', 'is', null)
        .execute();
    },

    /** Notifications whose mail is due, oldest first. */
    mailDue(nowIso: string, limit: number): Promise<NotificationsTable[]> {
      return db
        .selectFrom('notifications')
        .selectAll()
        .where('mail_due_at', '<=', nowIso)
        .orderBy('mail_due_at')
        .orderBy('id')
        .limit(limit)
        .execute();
    },

    /**
     * Takes these notifications for one mail: only those still due, in one statement, so two
     * composers never put the same notification in two mails. Returns the ids taken.
     */
    async takeForMail(ids: readonly string[], nowIso: string): Promise<string[]> {
      if (ids.length === 0) return [];
      const taken = await db
        .updateTable('notifications')
        .set({ mail_due_at: null, mailed_at: nowIso })
        .where('id', 'in', ids)
        .where('mail_due_at', 'is not', null)
        .returning('id')
        .execute();
      return taken.map((row) => row.id);
    },

    async deleteMailOnly(ids: readonly string[]): Promise<void> {
      if (ids.length > 0) await db.deleteFrom('notifications').where('id', 'in', ids).where('in_app', '=', 0).execute();
    },

    allOf(accountId: string): Promise<NotificationsTable[]> {
      return db
        .selectFrom('notifications')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    async deleteAllOf(accountId: string): Promise<void> {
      await db.deleteFrom('notifications').where('account_id', '=', accountId).execute();
      await db.deleteFrom('notification_preferences').where('account_id', '=', accountId).execute();
    },

    async forgetAbout(subjectIds: readonly string[], kinds: readonly string[] | undefined): Promise<void> {
      for (let i = 0; i < subjectIds.length; i += IN_BATCHES) {
        let query = db.deleteFrom('notifications').where('subject_id', 'in', subjectIds.slice(i, i + IN_BATCHES));
        if (kinds) query = query.where('kind', 'in', kinds);
        await query.execute();
      }
    },

    async aboutSubjects(subjectIds: readonly string[]): Promise<Array<{ id: string; message: string }>> {
      const rows: Array<{ id: string; message: string }> = [];
      for (let i = 0; i < subjectIds.length; i += IN_BATCHES)
        rows.push(
          ...(await db
            .selectFrom('notifications')
            .select(['id', 'message'])
            .where('subject_id', 'in', subjectIds.slice(i, i + IN_BATCHES))
            .execute()),
        );
      return rows;
    },

    /** A key the migration made (`unsubscribe`). */
    async key(name: string): Promise<string> {
      return (
        await db.selectFrom('notification_keys').select('secret').where('name', '=', name).executeTakeFirstOrThrow()
      ).secret;
    },

    async setMessage(id: string, message: string): Promise<void> {
      await db.updateTable('notifications').set({ message }).where('id', '=', id).execute();
    },
  };
}
export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
