import * as z from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';
import { RoleSchema } from './roles.ts';

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable().describe('The actor’s display name; null for the system'),
    action: z.string().describe('What happened, e.g. `role.granted`, `account.erased`'),
    subjectType: z.string(),
    subjectId: z.string(),
    subjectName: z
      .string()
      .nullable()
      .describe('The subject by name or title (an account, area, initiative or its content); null when unknown'),
    subjectInitiative: z
      .object({ id: z.string(), title: z.string() })
      .nullable()
      .describe('The initiative the subject is or belongs to (a need, update, activity or pledge)'),
    areaId: z.string().nullable(),
    areaName: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    reason: z.string().nullable(),
    occurredAt: TimestampSchema,
    scope: z
      .object({
        role: RoleSchema,
        areaId: z.string().nullable().describe('The area of the grant; null when it is municipality-wide'),
      })
      .nullable()
      .describe('The grant the action was done under; null when it needed none (e.g. one’s own account)'),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = PageQuerySchema.extend({
  action: z.string().max(100).optional(),
  actorId: IdSchema.optional(),
  subjectType: z.string().max(100).optional(),
  subjectId: IdSchema.optional(),
  from: z.iso.datetime().optional().describe('Only entries at or after this time'),
  to: z.iso.datetime().optional().describe('Only entries before this time'),
});

export const AuditPageSchema = pageOf(AuditEntrySchema).meta({ id: 'AuditPage' });
