import type { ModuleParts, Platform } from '../../platform/module.ts';
import { createMailComposer } from './mail-composer.ts';
import { createMailOutboxService } from './mail-outbox.service.ts';
import { createMailSender } from './mail-sender.ts';
import { catalogueOf, type NotificationKindDefinition } from './notification-kinds.ts';
import { notificationsPersonalData } from './notifications.privacy.ts';
import { createNotificationsRepository } from './notifications.repository.ts';
import { notificationsRoutes } from './notifications.routes.ts';
import { createNotificationsService } from './notifications.service.ts';
import { createSmtpTransport } from './smtp-transport.ts';

/** How often the outbox job composes due mails and sends what is queued. */
export const MAIL_JOB_EVERY_MS = 15_000;

export function createNotificationsParts(platform: Platform): ModuleParts {
  const { db, clock, ids, log, ports, settings } = platform;
  let catalogue: Map<string, NotificationKindDefinition> | undefined;
  // Complete once every module is built; read when first used.
  const catalogueNow = () => (catalogue ??= catalogueOf(platform.notificationKinds));
  let secret: Promise<string> | undefined;
  const unsubscribeSecret = () => (secret ??= createNotificationsRepository(db).key('unsubscribe'));

  const notifications = createNotificationsService({ db, clock, ids, catalogue: catalogueNow, unsubscribeSecret });
  const composer = createMailComposer({
    db,
    ids,
    catalogue: catalogueNow,
    accounts: ports.accounts,
    areas: ports.areas,
    publicUrl: settings.publicUrl,
    unsubscribeSecret,
  });
  const transport = settings.mail.smtp ? createSmtpTransport(settings.mail.smtp) : undefined;
  const sender = createMailSender({ db, clock, log, transport, from: settings.mail.from });
  const outbox = createMailOutboxService({
    db,
    areas: ports.areas,
    smtpConfigured: transport !== undefined,
    from: settings.mail.from,
  });

  return {
    routes: notificationsRoutes({ notifications, outbox }),
    jobs: [
      {
        name: 'notification-mail',
        everyMs: MAIL_JOB_EVERY_MS,
        run: async (now) => {
          await composer.compose(now);
          await sender.send(now);
        },
      },
      { name: 'mail-outbox-clean-up', everyMs: 60 * 60_000, run: (now) => outbox.cleanUp(now) },
    ],
    personalData: [notificationsPersonalData],
    ports: { notifications: notifications.port },
    onClose: async () => transport?.close(),
  };
}
