import type { Db } from '../../db/database.ts';
import type { NotificationsPort } from '../notifications/notifications.port.ts';
import { initiativesNotificationKinds, type InitiativesNotificationKind } from './initiatives.notification-kinds.ts';

export interface NotificationDraft {
  kind: InitiativesNotificationKind;
  subjectType: string;
  subjectId: string;
  /** Context shown under the kind's title, e.g. the initiative's title and a date. */
  message: string;
  /** When set, each account gets this notification at most once (the reminder job relies on it). */
  onceKey?: string;
}

/** Notifies through the notification centre, inside the caller's transaction; returns how many were new. */
export function createNotifier({ notifications }: { notifications: Pick<NotificationsPort, 'notify'> }) {
  return (db: Db, accountIds: readonly string[], draft: NotificationDraft): Promise<number> =>
    notifications.notify(db, accountIds, {
      kind: initiativesNotificationKinds.qualified(draft.kind),
      subject: { type: draft.subjectType, id: draft.subjectId },
      message: draft.message,
      ...(draft.onceKey ? { onceKey: draft.onceKey } : {}),
    });
}
export type Notifier = ReturnType<typeof createNotifier>;
