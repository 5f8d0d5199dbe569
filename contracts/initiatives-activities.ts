import * as z from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';
import { LongText, ModerationStateSchema, PersonRefSchema, TitleText } from './initiatives.ts';

export const signUpStatuses = ['confirmed', 'waiting', 'cancelled'] as const;
export const SignUpStatusSchema = z.enum(signUpStatuses).meta({ id: 'ActivitySignUpStatus' });
export type SignUpStatus = z.infer<typeof SignUpStatusSchema>;

const When = z.iso.datetime({ offset: true }).describe('ISO 8601 date-time');
const Capacity = z.number().int().min(1, 'At least 1 place').max(10_000);
const Place = z.string().trim().min(2).max(200);

export const UpdateParams = z.strictObject({ initiativeId: IdSchema, updateId: IdSchema });
export const ActivityParams = z.strictObject({ initiativeId: IdSchema, activityId: IdSchema });
export const SignUpParams = z.strictObject({ initiativeId: IdSchema, activityId: IdSchema, signUpId: IdSchema });

export const CreateUpdateSchema = z
  .strictObject({ title: TitleText, body: z.string().trim().min(1).max(10_000) })
  .meta({ id: 'InitiativeUpdateCreation' });

export const UpdateSchema = z
  .object({
    id: z.string(),
    initiativeId: z.string(),
    author: PersonRefSchema,
    title: z.string(),
    body: z.string(),
    createdAt: TimestampSchema,
    moderation: ModerationStateSchema,
  })
  .meta({ id: 'InitiativeUpdate' });
export const UpdatePageSchema = pageOf(UpdateSchema).meta({ id: 'InitiativeUpdatePage' });

export const CreateActivitySchema = z
  .strictObject({
    title: TitleText,
    description: LongText.default(''),
    place: Place,
    startsAt: When.describe('Must be in the future'),
    endsAt: When.optional(),
    capacity: Capacity,
  })
  .meta({ id: 'InitiativeActivityCreation' });

export const ActivityChangeSchema = z
  .strictObject({
    title: TitleText.optional(),
    description: LongText.optional(),
    place: Place.optional(),
    startsAt: When.optional(),
    endsAt: When.nullable().optional(),
    capacity: Capacity.optional().describe(
      'Not below the confirmed sign-ups; more places move people up from the waiting list',
    ),
    cancelled: z.literal(true).optional().describe('Cancel the activity'),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), 'Change at least one field')
  .meta({ id: 'InitiativeActivityChange' });

export const ActivitySchema = z
  .object({
    id: z.string(),
    initiativeId: z.string(),
    title: z.string(),
    description: z.string(),
    place: z.string(),
    startsAt: TimestampSchema,
    endsAt: TimestampSchema.nullable(),
    capacity: z.number().int(),
    seatsTaken: z.number().int(),
    waiting: z.number().int(),
    cancelled: z.boolean(),
    mySignUp: z
      .object({ id: z.string(), status: SignUpStatusSchema, waitingPosition: z.number().int().nullable() })
      .nullable(),
    createdAt: TimestampSchema,
    moderation: ModerationStateSchema,
  })
  .meta({ id: 'InitiativeActivity' });
export type Activity = z.infer<typeof ActivitySchema>;

export const ActivityQuerySchema = PageQuerySchema.extend({
  when: z.enum(['upcoming', 'past']).default('upcoming'),
});
export const ActivityPageSchema = pageOf(ActivitySchema).meta({ id: 'InitiativeActivityPage' });

export const SignUpSchema = z
  .object({
    id: z.string(),
    activityId: z.string(),
    person: PersonRefSchema,
    status: SignUpStatusSchema,
    waitingPosition: z.number().int().nullable(),
    attended: z.boolean().nullable().describe('Null until an organiser records attendance'),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'ActivitySignUp' });
export const SignUpQuerySchema = PageQuerySchema.extend({ status: SignUpStatusSchema.optional() });
export const SignUpPageSchema = pageOf(SignUpSchema).meta({ id: 'ActivitySignUpPage' });

export const AttendanceSchema = z.strictObject({ attended: z.boolean() }).meta({ id: 'ActivityAttendance' });
