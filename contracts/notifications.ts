import * as z from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';
import { QueryBoolean } from './initiatives.ts';

/** How a kind of notification reaches a resident: only in the app, by e-mail at once, or in a daily or weekly digest. */
export const channels = ['app', 'email', 'daily', 'weekly'] as const;
export const ChannelSchema = z.enum(channels);
export type Channel = z.infer<typeof ChannelSchema>;

/**
 * `choice`: the resident chooses the channel; `always-email`: in the app and e-mailed at once,
 * whatever the choice (a help invitation); `mail-only`: e-mailed at once, never listed (a password reset).
 */
export const DeliverySchema = z.enum(['choice', 'always-email', 'mail-only']);
export type Delivery = z.infer<typeof DeliverySchema>;

export const LocalizedTextSchema = z.object({ nl: z.string(), en: z.string() }).meta({ id: 'LocalizedText' });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const NotificationParams = z.strictObject({ notificationId: IdSchema });

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.string().describe('From the catalogue of the module that sent it, e.g. `initiatives.member.accepted`'),
    module: z.string().describe('The module that sent it: `initiatives`, `help`, …'),
    title: LocalizedTextSchema.describe("The kind's title in Dutch and English"),
    subjectType: z.string().nullable().describe('What it is about: `initiative`, `help_request`, …'),
    subjectId: z.string().nullable(),
    message: z.string().describe('Context under the title, plain text'),
    createdAt: TimestampSchema,
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationQuerySchema = PageQuerySchema.extend({
  unread: QueryBoolean.optional().describe('Only unread notifications'),
  module: z
    .string()
    .regex(/^[a-z-]{1,40}$/)
    .optional()
    .describe('Only the notifications of one module, e.g. `help`'),
});
export const NotificationPageSchema = pageOf(NotificationSchema).meta({ id: 'NotificationPage' });
export const NotificationChangeSchema = z.strictObject({ read: z.literal(true) }).meta({ id: 'NotificationChange' });

export const PreferenceParams = z.strictObject({ kind: z.string().min(3).max(100) });

export const PreferenceSchema = z
  .object({
    kind: z.string(),
    module: z.string(),
    title: LocalizedTextSchema,
    delivery: DeliverySchema,
    channel: ChannelSchema.describe('For `always-email` and `mail-only` kinds always `email`'),
  })
  .meta({ id: 'NotificationPreference' });
export type Preference = z.infer<typeof PreferenceSchema>;
export const PreferenceListSchema = z
  .object({ items: z.array(PreferenceSchema).describe('Every kind a resident can receive, grouped by module') })
  .meta({ id: 'NotificationPreferenceList' });
export const PreferenceChangeSchema = z
  .strictObject({ channel: ChannelSchema })
  .meta({ id: 'NotificationPreferenceChange' });

export const UnsubscribeQuerySchema = z.strictObject({
  token: z.string().min(10).max(2000).describe('The signed token from the mail'),
});
/** RFC 8058: a mail client posts `List-Unsubscribe=One-Click` as a form; the web page posts JSON. */
export const UnsubscribeBodySchema = z
  .strictObject({ 'List-Unsubscribe': z.literal('One-Click').optional() })
  .meta({ id: 'UnsubscribeRequest' });
export const UnsubscriptionSchema = z
  .object({
    kinds: z.array(
      z.object({ kind: z.string(), title: LocalizedTextSchema, channel: ChannelSchema, delivery: DeliverySchema }),
    ),
  })
  .meta({ id: 'Unsubscription' });
export type Unsubscription = z.infer<typeof UnsubscriptionSchema>;

export const outboxStatuses = ['queued', 'sending', 'sent', 'failed', 'expired'] as const;
export const OutboxStatusSchema = z.enum(outboxStatuses);

export const OutboxQuerySchema = PageQuerySchema.extend({
  status: OutboxStatusSchema.optional().describe('Only mails in this state'),
});
export const OutboxMailSchema = z
  .object({
    id: z.string(),
    kind: z.string().describe('The notification kind, or `digest.daily` / `digest.weekly`'),
    to: z.string(),
    subject: z.string(),
    status: OutboxStatusSchema,
    attempts: z.number().int(),
    createdAt: TimestampSchema,
    nextAttemptAt: TimestampSchema.describe('When the sender tries again (queued mails)'),
    sentAt: TimestampSchema.nullable(),
    lastError: z.string().nullable().describe("The mail server's last answer, when sending failed"),
    text: z
      .string()
      .nullable()
      .describe('The plain-text body; null once sent or expired, and always for a mail with a one-time link'),
    secret: z.boolean().describe('The body holds a one-time link and is never shown'),
  })
  .meta({ id: 'OutboxMail' });
export type OutboxMail = z.infer<typeof OutboxMailSchema>;
export const OutboxPageSchema = pageOf(OutboxMailSchema).meta({ id: 'OutboxPage' });
export const MailStatusSchema = z
  .object({
    smtpConfigured: z.boolean().describe('False: mails are kept in the outbox and not sent'),
    from: z.string(),
  })
  .meta({ id: 'MailStatus' });
