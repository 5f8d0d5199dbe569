import { z } from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';
import { QueryBoolean } from './initiatives.ts';

export const NotificationParams = z.strictObject({ notificationId: IdSchema });

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.string().describe('e.g. `response.due_soon`, `response.overdue`, `content.hidden`, `member.accepted`'),
    subjectType: z.string(),
    subjectId: z.string(),
    message: z.string(),
    createdAt: TimestampSchema,
    read: z.boolean(),
  })
  .meta({ id: 'InitiativeNotification' });
export type Notification = z.infer<typeof NotificationSchema>;
export const NotificationQuerySchema = PageQuerySchema.extend({ unread: QueryBoolean.optional() });
export const NotificationPageSchema = pageOf(NotificationSchema).meta({ id: 'InitiativeNotificationPage' });
export const NotificationChangeSchema = z
  .strictObject({ read: z.literal(true) })
  .meta({ id: 'InitiativeNotificationChange' });
