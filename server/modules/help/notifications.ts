import type { Db } from '../../db/database.ts';
import type { NotificationsPort } from '../notifications/notifications.port.ts';
import { helpNotificationKinds, type HelpNotificationKind } from './help.notification-kinds.ts';

/** The subject type of a notification about a help request (the web app links it to the request). */
export const HELP_REQUEST_SUBJECT = 'help_request';

/**
 * Notifies through the notification centre, inside the caller's transaction. What happened is the
 * kind, whose title and mail intro are in each reader's language (help.notification-kinds.ts); the
 * message is only the request's title, in no language, as other modules send an initiative's title.
 * It holds no name, address or phone number: those are read through the contact endpoint, which
 * checks who asks.
 */
export function createNotifier(notifications: Pick<NotificationsPort, 'notify'>) {
  return async (
    db: Db,
    accountIds: readonly string[],
    kind: HelpNotificationKind,
    requestId: string | null,
    requestTitle: string,
  ): Promise<void> => {
    await notifications.notify(db, accountIds, {
      kind: helpNotificationKinds.qualified(kind),
      subject: requestId ? { type: HELP_REQUEST_SUBJECT, id: requestId } : null,
      message: requestTitle,
    });
  };
}
export type Notifier = ReturnType<typeof createNotifier>;
