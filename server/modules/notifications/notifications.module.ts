import { defineModule } from '../../platform/module.ts';

/**
 * The notification centre: every module notifies through its port; residents read and choose per
 * kind; mails go through the outbox, sent by its job over SMTP.
 */
export const notificationsModule = defineModule({
  name: 'notifications',
  create: async (platform) => (await import('./notifications.parts.ts')).createNotificationsParts(platform),
});
