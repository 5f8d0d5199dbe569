import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MailStatusSchema,
  NotificationChangeSchema,
  NotificationPageSchema,
  NotificationParams,
  NotificationQuerySchema,
  NotificationSchema,
  OutboxPageSchema,
  OutboxQuerySchema,
  PreferenceChangeSchema,
  PreferenceListSchema,
  PreferenceParams,
  PreferenceSchema,
  UnsubscribeBodySchema,
  UnsubscribeQuerySchema,
  UnsubscriptionSchema,
} from '../../../contracts/notifications.ts';
import { requireCaller } from '../../http/auth.ts';
import type { MailOutboxService } from './mail-outbox.service.ts';
import { notificationsAccess as access } from './notifications.policy.ts';
import type { NotificationsService } from './notifications.service.ts';

const tags = ['Notifications'];

export interface NotificationsRoutesDeps {
  notifications: NotificationsService;
  outbox: MailOutboxService;
}

/** The notification centre: my notifications, my choice per kind, unsubscribing, and the outbox. */
export const notificationsRoutes =
  ({ notifications, outbox }: NotificationsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/notifications', {
      config: { access: access.list },
      schema: {
        tags,
        operationId: 'listNotifications',
        summary: 'My notifications from every module, newest first',
        querystring: NotificationQuerySchema,
        response: { 200: NotificationPageSchema },
      },
      handler: async (request) => notifications.list(requireCaller(request.caller), request.query),
    });

    app.patch('/notifications/:notificationId', {
      config: { access: access.markRead },
      schema: {
        tags,
        operationId: 'markNotificationRead',
        summary: 'Mark one of my notifications as read',
        params: NotificationParams,
        body: NotificationChangeSchema,
        response: { 200: NotificationSchema },
      },
      handler: async (request) => notifications.markRead(requireCaller(request.caller), request.params.notificationId),
    });

    app.get('/notification-preferences', {
      config: { access: access.preferences },
      schema: {
        tags,
        operationId: 'listNotificationPreferences',
        summary: 'How each kind of notification reaches me',
        response: { 200: PreferenceListSchema },
      },
      handler: async (request) => notifications.preferences(requireCaller(request.caller)),
    });

    app.put('/notification-preferences/:kind', {
      config: { access: access.choose },
      schema: {
        tags,
        operationId: 'setNotificationPreference',
        summary:
          'Choose how a kind of notification reaches me: in the app only, by e-mail at once, or in a daily or weekly digest',
        params: PreferenceParams,
        body: PreferenceChangeSchema,
        response: { 200: PreferenceSchema },
      },
      handler: async (request) =>
        notifications.setPreference(requireCaller(request.caller), request.params.kind, request.body.channel),
    });

    await app.register(unsubscribeRoutes(notifications));

    app.get('/mail-outbox', {
      config: { access: access.outbox },
      schema: {
        tags,
        operationId: 'listOutboxMails',
        summary: 'Mails waiting for, or handed to, the mail server, newest first',
        description:
          'A municipality-wide administrator sees every mail; an administrator for an area sees the mails to residents of that area. A mail with a one-time link (a password reset) never shows its text.',
        querystring: OutboxQuerySchema,
        response: { 200: OutboxPageSchema },
      },
      handler: async (request) => outbox.list(requireCaller(request.caller), request.query),
    });

    app.get('/mail-status', {
      config: { access: access.outbox },
      schema: {
        tags,
        operationId: 'readMailStatus',
        summary: 'Whether a mail server is configured, and the sender address',
        response: { 200: MailStatusSchema },
      },
      handler: async () => outbox.status(),
    });
  };

/**
 * The unsubscribe link, in its own scope: it also takes the form body that mail clients post for
 * a one-click unsubscribe (RFC 8058), which no other route accepts.
 */
const unsubscribeRoutes =
  (notifications: NotificationsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    // RFC 8058 prefers multipart/form-data; its one field is all that counts.
    app.addContentTypeParser('multipart/form-data', { parseAs: 'string' }, (_request, body, done) => {
      const oneClick = /name="List-Unsubscribe"\s+One-Click/.test(String(body));
      done(null, oneClick ? { 'List-Unsubscribe': 'One-Click' } : {});
    });

    app.get('/notification-unsubscriptions', {
      config: { access: access.unsubscribe },
      schema: {
        tags,
        operationId: 'readUnsubscription',
        summary: 'What an unsubscribe link from a mail is for; changes nothing',
        security: [],
        querystring: UnsubscribeQuerySchema,
        response: { 200: UnsubscriptionSchema },
      },
      handler: async (request) => notifications.readUnsubscription(request.query.token),
    });

    app.post('/notification-unsubscriptions', {
      config: { access: access.unsubscribe },
      schema: {
        tags,
        operationId: 'unsubscribe',
        summary: 'Stop the e-mail of the kinds in an unsubscribe link (one click, no log-in)',
        description:
          'Mail clients post `List-Unsubscribe=One-Click` as a form (RFC 8058); the web page posts JSON. The kinds then reach the resident in the app only.',
        security: [],
        querystring: UnsubscribeQuerySchema,
        body: UnsubscribeBodySchema,
        response: { 200: UnsubscriptionSchema },
      },
      handler: async (request) => notifications.unsubscribe(request.query.token),
    });
  };
