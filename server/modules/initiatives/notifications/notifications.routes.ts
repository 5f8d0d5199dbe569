import { requireCaller } from '../../../http/auth.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  NotificationChangeSchema,
  NotificationPageSchema,
  NotificationParams,
  NotificationQuerySchema,
  NotificationSchema,
} from '../../../../contracts/initiatives-notifications.ts';
import { initiativesAccess as access } from '../initiatives.policy.ts';
import type { NotificationsService } from './notifications.service.ts';

const tags = ['Notifications'];

export const notificationsRoutes =
  (notifications: NotificationsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/initiative-notifications', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'listInitiativeNotifications',
        summary: 'My notifications about initiatives, newest first',
        querystring: NotificationQuerySchema,
        response: { 200: NotificationPageSchema },
      },
      handler: async (request) => notifications.list(requireCaller(request.caller), request.query),
    });

    app.patch('/initiative-notifications/:notificationId', {
      config: { access: access.write },
      schema: {
        tags,
        operationId: 'markInitiativeNotificationRead',
        summary: 'Mark one of my notifications as read',
        params: NotificationParams,
        body: NotificationChangeSchema,
        response: { 200: NotificationSchema },
      },
      handler: async (request) => notifications.markRead(requireCaller(request.caller), request.params.notificationId),
    });
  };
