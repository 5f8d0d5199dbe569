import * as z from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';
import { DomainSchema, PersonRefSchema, QueryBoolean } from './initiatives.ts';

export const SupportSchema = z
  .object({
    count: z.number().int(),
    threshold: z.number().int(),
    supportedByMe: z.boolean(),
    reachedAt: TimestampSchema.nullable(),
    responseDueAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'SupportState' });

export const ResponseDutyAssignmentSchema = z
  .strictObject({
    department: z
      .string()
      .trim()
      .min(2)
      .max(80)
      .describe('The department that answers; you become the responsible civil servant'),
  })
  .meta({ id: 'ResponseDutyAssignment' });

export const PublishResponseSchema = z
  .strictObject({
    text: z.string().trim().min(20, 'At least 20 characters').max(10_000),
    department: z
      .string()
      .trim()
      .min(2)
      .max(80)
      .optional()
      .describe('Needed when nobody has claimed the duty for a department yet'),
  })
  .meta({ id: 'MunicipalResponseCreation' });

export const dutyStates = ['open', 'due_soon', 'overdue'] as const;
export const DutyStateSchema = z.enum(dutyStates).meta({ id: 'ResponseDutyState' });
export type DutyState = z.infer<typeof DutyStateSchema>;

export const WorklistItemSchema = z
  .object({
    initiativeId: z.string(),
    title: z.string(),
    domain: DomainSchema,
    areaId: z.string(),
    supportCount: z.number().int(),
    reachedAt: TimestampSchema,
    dueAt: TimestampSchema,
    daysLeft: z.number().int().describe('Negative when overdue'),
    state: DutyStateSchema,
    department: z.string().nullable(),
    responsible: PersonRefSchema.nullable(),
  })
  .meta({ id: 'ResponseWorklistItem' });
export const WorklistQuerySchema = PageQuerySchema.extend({
  state: DutyStateSchema.optional().describe('due_soon: within the reminder window; overdue: past the deadline'),
  department: z.string().trim().min(1).max(80).optional(),
  areaId: IdSchema.optional(),
  mine: QueryBoolean.optional().describe('Only duties I am responsible for'),
});
export const WorklistPageSchema = pageOf(WorklistItemSchema).meta({ id: 'ResponseWorklistPage' });

export const DepartmentStatisticsSchema = z
  .object({
    department: z.string().nullable().describe('Null: not yet assigned to a department'),
    responded: z.number().int(),
    respondedLate: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int().describe('Open and past the deadline now'),
    averageDaysToRespond: z.number().nullable(),
  })
  .meta({ id: 'DepartmentResponseStatistics' });
export const DepartmentStatisticsPageSchema = pageOf(DepartmentStatisticsSchema).meta({
  id: 'DepartmentResponseStatisticsPage',
});
export const StatisticsQuerySchema = PageQuerySchema;
