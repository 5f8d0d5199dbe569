import type { Notification } from '../../../../contracts/initiatives-notifications.ts';
import type { Clock } from '../../../clock.ts';
import type { Db } from '../../../db/database.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { notFound } from '../../../http/problem.ts';
import type { NotificationsTable } from '../initiatives.tables.ts';
import { createNotificationsRepository } from './notifications.repository.ts';

function present(row: NotificationsTable): Notification {
  return {
    id: row.id,
    kind: row.kind,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    message: row.message,
    createdAt: row.created_at,
    read: row.read_at !== null,
  };
}

/** My notifications about initiatives: reminders, decisions, moderation. Each account sees only its own. */
export function createNotificationsService(deps: { db: Db; clock: Clock }) {
  const repo = createNotificationsRepository(deps.db);
  return {
    async list(caller: Caller, query: { unread?: boolean | undefined; limit: number; cursor?: string | undefined }) {
      const rows = await repo.list(caller.accountId, query.unread ?? false, query.limit, decodeCursor(query.cursor));
      return toPage(rows, query.limit, (row) => ({ sort: row.created_at, id: row.id }), present);
    },
    async markRead(caller: Caller, notificationId: string): Promise<Notification> {
      const own = await repo.find(caller.accountId, notificationId);
      if (!own) throw notFound('The notification');
      await repo.markRead(own.id, deps.clock.now().toISOString());
      return present((await repo.find(caller.accountId, own.id)) ?? own);
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
