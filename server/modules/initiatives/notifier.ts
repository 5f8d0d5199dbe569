import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { createNotificationsRepository } from './notifications/notifications.repository.ts';

export interface NotificationDraft {
  kind: string;
  subjectType: string;
  subjectId: string;
  /** Context shown under the translated kind, e.g. the initiative's title and a date. */
  message: string;
  /** When set, each account gets this notification at most once (the reminder job relies on it). */
  onceKey?: string;
}

/** In-app notifications, stored in the database so every app instance and the CLI share them. */
export function createNotifier({ clock, ids }: { clock: Clock; ids: IdGenerator }) {
  return async (db: Db, accountIds: readonly string[], draft: NotificationDraft): Promise<number> => {
    const at = clock.now().toISOString();
    return createNotificationsRepository(db).insertOnce(
      [...new Set(accountIds)].map((accountId) => ({
        id: ids(),
        account_id: accountId,
        kind: draft.kind,
        subject_type: draft.subjectType,
        subject_id: draft.subjectId,
        message: draft.message,
        dedupe_key: draft.onceKey ? `${draft.onceKey}:${accountId}` : null,
        created_at: at,
        read_at: null,
      })),
    );
  };
}
export type Notifier = ReturnType<typeof createNotifier>;
