import type { PersonalDataSource } from '../accounts/privacy.ts';
import { withoutPerson } from '../accounts/privacy.ts';
import { createMailOutboxRepository } from './mail-outbox.repository.ts';
import { createNotificationsRepository } from './notifications.repository.ts';

/**
 * The notification centre's part of "download my data" and "delete my account" (docs/privacy.md):
 * their notifications, their choices per kind and the mails to them; erasure deletes all three, and
 * takes their name out of mails to others that still wait in the outbox.
 */
export const notificationsPersonalData: PersonalDataSource = {
  name: 'notifications',
  async export(db, accountId) {
    const notifications = await createNotificationsRepository(db).allOf(accountId);
    const preferences = await createNotificationsRepository(db).preferencesOf(accountId);
    const mails = await createMailOutboxRepository(db).allOf(accountId);
    return {
      notifications: notifications
        .filter((row) => row.in_app === 1)
        .map((row) => ({
          kind: row.kind,
          subjectType: row.subject_type,
          subjectId: row.subject_id,
          message: row.message,
          channel: row.channel,
          createdAt: row.created_at,
          mailedAt: row.mailed_at,
          readAt: row.read_at,
        })),
      preferences: preferences.map((row) => ({ kind: row.kind, channel: row.channel, updatedAt: row.updated_at })),
      mails: mails.map((row) => ({
        kind: row.kind,
        to: row.to_address,
        subject: row.subject,
        status: row.status,
        createdAt: row.created_at,
        sentAt: row.sent_at,
      })),
    };
  },
  async erase(db, accountId, erasure) {
    await createNotificationsRepository(db).deleteAllOf(accountId);
    const outbox = createMailOutboxRepository(db);
    await outbox.deleteAllOf(accountId);
    for (const mail of await outbox.unsentBodies()) {
      const text = mail.text_body === null ? null : withoutPerson(mail.text_body, erasure);
      const html = mail.html_body === null ? null : withoutPerson(mail.html_body, erasure);
      if (text !== mail.text_body || html !== mail.html_body) await outbox.setBodies(mail.id, text, html);
    }
  },
};
