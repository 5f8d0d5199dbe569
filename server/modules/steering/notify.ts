import type { Db } from '../../db/database.ts';

/** What steering tells people about (their titles: steering.notification-kinds.ts). */
export const steeringNoticeKinds = [
  'decision.published',
  'incident.reported',
  'milestone.recorded',
  'grant.report-overdue',
  'grant.clawed-back',
  'challenge.submitted',
  'challenge.decided',
  'response.submitted',
  'response.answered',
] as const;
export type SteeringNotificationKind = (typeof steeringNoticeKinds)[number];

export interface SteeringNotice {
  kind: SteeringNotificationKind;
  subject: { type: string; id: string };
  /** Context under the kind's title: a task's or initiative's title, a date. */
  message: string;
  onceKey?: string;
}

/** The notification centre's `notify`, as steering uses it (the `notifications` port). */
export interface NotificationSink {
  notify(
    db: Db,
    accountIds: readonly string[],
    draft: { kind: string; subject: { type: string; id: string }; message: string; onceKey?: string },
  ): Promise<number>;
}

/**
 * The one way steering tells people something: through the notification centre, inside the caller's
 * transaction (so a notice exists exactly when the change does). Switching the mechanism is this file.
 */
export function createSteeringNotifier(notifications: NotificationSink) {
  return async (db: Db, accountIds: readonly string[], notice: SteeringNotice): Promise<void> => {
    if (accountIds.length === 0) return;
    await notifications.notify(db, accountIds, {
      kind: `steering.${notice.kind}`,
      subject: notice.subject,
      message: notice.message,
      ...(notice.onceKey ? { onceKey: notice.onceKey } : {}),
    });
  };
}
export type SteeringNotifier = ReturnType<typeof createSteeringNotifier>;
