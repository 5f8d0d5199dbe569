import * as z from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';
import { ReasonText } from './initiatives.ts';

export const moderatedTypes = ['initiative', 'need', 'update', 'activity', 'organisation'] as const;
export const ModeratedTypeSchema = z.enum(moderatedTypes).meta({ id: 'ModeratedContentType' });
export type ModeratedType = z.infer<typeof ModeratedTypeSchema>;

export const reportReasons = ['spam', 'offensive', 'personal_data', 'misleading', 'other'] as const;
export const ReportReasonSchema = z.enum(reportReasons).meta({ id: 'ReportReason' });
export type ReportReason = z.infer<typeof ReportReasonSchema>;

export const ReportStatusSchema = z.enum(['open', 'resolved', 'dismissed']).meta({ id: 'ReportStatus' });
export type ReportStatus = z.infer<typeof ReportStatusSchema>;

export const ReportParams = z.strictObject({ reportId: IdSchema });
export const ModerationParams = z.strictObject({ subjectType: ModeratedTypeSchema, subjectId: IdSchema });

export const CreateReportSchema = z
  .strictObject({
    subjectType: ModeratedTypeSchema,
    subjectId: IdSchema,
    reason: ReportReasonSchema,
    explanation: z.string().trim().max(1000).default(''),
  })
  .meta({ id: 'ReportCreation' });

export const ReportSchema = z
  .object({
    id: z.string(),
    subjectType: ModeratedTypeSchema,
    subjectId: z.string(),
    reason: ReportReasonSchema,
    explanation: z.string(),
    status: ReportStatusSchema,
    createdAt: TimestampSchema,
    resolvedAt: TimestampSchema.nullable(),
    resolutionNote: z.string().nullable(),
  })
  .meta({ id: 'ContentReport' });
export const ReportedContentSchema = z
  .object({
    title: z.string().describe('Its title (an organisation: its name)'),
    excerpt: z.string().describe('The start of its text, at most 300 characters'),
    initiativeId: z.string().nullable().describe('The initiative it is or belongs to; null for an organisation'),
    initiativeTitle: z.string().nullable(),
    hidden: z.boolean().describe('Already hidden by a moderator'),
  })
  .meta({ id: 'ReportedContent' });
export type ReportedContent = z.infer<typeof ReportedContentSchema>;

export const QueuedReportSchema = ReportSchema.extend({
  content: ReportedContentSchema.nullable().describe('What was reported, as a moderator sees it; null when it is gone'),
  reporterName: z.string().nullable().describe('Who reported it; null when that account no longer exists'),
}).meta({ id: 'QueuedContentReport' });
export type QueuedReport = z.infer<typeof QueuedReportSchema>;

export const ReportQuerySchema = PageQuerySchema.extend({ status: ReportStatusSchema.default('open') });
export const ReportPageSchema = pageOf(QueuedReportSchema).meta({ id: 'ContentReportPage' });

export const ReportResolutionSchema = z
  .strictObject({
    action: z.enum(['hide', 'dismiss']),
    reason: ReasonText.describe('Hide: the author sees this reason. Dismiss: why nothing is done'),
  })
  .meta({ id: 'ReportResolution' });

export const ModerationChangeSchema = z
  .strictObject({ hidden: z.boolean(), reason: ReasonText.describe('The author sees this reason; it is audit-logged') })
  .meta({ id: 'ModerationChange' });

export const ModerationResultSchema = z
  .object({
    subjectType: ModeratedTypeSchema,
    subjectId: z.string(),
    hidden: z.boolean(),
    hiddenAt: TimestampSchema.nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'ModerationResult' });
