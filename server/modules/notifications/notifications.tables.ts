import type { Channel } from '../../../contracts/notifications.ts';

/** One notification to one account, from any module, through the `notifications` port. */
export interface NotificationsTable {
  id: string;
  account_id: string;
  /** From a module's catalogue, prefixed with the module: `initiatives.member.accepted`. */
  kind: string;
  subject_type: string | null;
  subject_id: string | null;
  /** Context under the kind's title: an initiative's title, a date, a sentence. Plain text. */
  message: string;
  /** A path in the web app a mail links to instead of the notification (a password-reset link). */
  link: string | null;
  /** Unique: a job may notify any number of times and the account hears once. */
  dedupe_key: string | null;
  /** How it reaches the account, decided when it was made (the account's choice for the kind then). */
  channel: Channel;
  /** 0 for mail-only kinds (a password reset): never listed, deleted once the mail is composed. */
  in_app: number;
  /** When a mail with this notification is due (at once, or the next digest); null when none is. */
  mail_due_at: string | null;
  mailed_at: string | null;
  /** A mail composed after this moment would be useless (the link has expired). */
  expires_at: string | null;
  created_at: string;
  read_at: string | null;
}

/** Per account and kind; a kind without a row uses the catalogue's default. */
export interface NotificationPreferencesTable {
  account_id: string;
  kind: string;
  channel: Channel;
  updated_at: string;
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'expired';

/** Mails waiting for, or handed to, the mail server. ISO times compare as text on both dialects. */
export interface MailOutboxTable {
  id: string;
  account_id: string;
  /** The recipient's home neighbourhood when composed: a scoped administrator sees only mails within its areas. */
  area_id: string | null;
  /** A notification kind, or `digest.daily` / `digest.weekly`. */
  kind: string;
  to_address: string;
  subject: string;
  /** Null once sent or expired: the outbox keeps only that a mail went out. */
  text_body: string | null;
  html_body: string | null;
  /** Extra headers (List-Unsubscribe, List-Unsubscribe-Post), as JSON. */
  headers_json: string;
  /** Stable across retries, so a receiving server can tell a repeat. */
  message_id: string;
  /** 1 when the body holds a secret (a one-time link): never shown to administrators. */
  secret: number;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  /** Who is sending it now, until when: a crashed sender's claim lapses and another takes the mail. */
  claim_token: string | null;
  claimed_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  expires_at: string | null;
}

/** Keys for signed links (the unsubscribe link), made once by the migration. */
export interface NotificationKeysTable {
  name: string;
  secret: string;
}

export interface NotificationsTables {
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  mail_outbox: MailOutboxTable;
  notification_keys: NotificationKeysTable;
}
