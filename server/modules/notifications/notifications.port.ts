import type { Db } from '../../db/database.ts';

/** What a module hands the notification centre: one notification, for one or more accounts. */
export interface NotificationDraft {
  /** A kind from the module's catalogue, qualified: `initiatives.member.accepted`. */
  kind: string;
  subject?: { type: string; id: string } | null;
  /** Context under the kind's title, plain text (an initiative's title, a date, a sentence). */
  message: string;
  /** A path in the web app a mail links to instead of the notification (a one-time link). */
  link?: string;
  /** When set, each account gets this notification at most once (jobs rely on it). */
  onceKey?: string;
  /** After this moment a mail with it is not sent any more (its link has expired). */
  expiresAt?: Date;
}

/**
 * The notification centre, for every module. `notify` runs inside the caller's transaction (pass
 * it as `db`): the notification exists exactly when the change it tells about does. Mails are
 * composed and sent later by the centre's job, from the outbox.
 */
export interface NotificationsPort {
  /** Returns how many accounts got it (an existing once-key counts as none). */
  notify(db: Db, accountIds: readonly string[], draft: NotificationDraft): Promise<number>;
  /** Erasure: removes the notifications about these subjects (only of these kinds, when given). */
  forgetAbout(db: Db, about: { subjectIds: readonly string[]; kinds?: readonly string[] }): Promise<void>;
  /** Erasure: rewrites the messages of notifications about these subjects (taking a name out). */
  rewriteMessages(db: Db, subjectIds: readonly string[], rewrite: (message: string) => string): Promise<void>;
}
