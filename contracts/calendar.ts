import * as z from 'zod';
import { AreaRefSchema } from './areas.ts';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';

/** The longest date range one calendar page covers. */
export const CALENDAR_MAX_DAYS = 92;

const IsoDate = z.iso.date().describe('A calendar date in Amsterdam, YYYY-MM-DD');

export const CalendarItemKindSchema = z
  .enum(['activity', 'need', 'round-milestone'])
  .describe("An initiative's activity, a need of an initiative on a date, or a milestone of a budget round")
  .meta({ id: 'CalendarItemKind' });

export const RoundMilestoneSchema = z
  .enum(['proposals-open', 'review-open', 'voting-open', 'voting-close'])
  .describe('Which date of the round: ideas can be sent in, review starts, voting opens, voting closes')
  .meta({ id: 'RoundMilestone' });
export type RoundMilestone = z.infer<typeof RoundMilestoneSchema>;

export const CalendarItemSchema = z
  .object({
    uid: z.string().describe('Stable for as long as the item exists; the UID of its event in the iCal feeds'),
    kind: CalendarItemKindSchema,
    title: z.string(),
    description: z.string(),
    place: z.string().describe('Empty when the item has no place'),
    startsAt: TimestampSchema,
    endsAt: TimestampSchema.nullable(),
    cancelled: z.boolean().describe('An activity that was called off; it stays on the calendar'),
    initiative: z.object({ id: z.string(), title: z.string() }).nullable(),
    round: z.object({ id: z.string(), title: z.string(), milestone: RoundMilestoneSchema }).nullable(),
  })
  .meta({ id: 'CalendarItem' });
export type CalendarItem = z.infer<typeof CalendarItemSchema>;

export const AreaCalendarParams = z.strictObject({ areaId: IdSchema.describe('The area id, or its CBS code') });
export const InitiativeCalendarParams = z.strictObject({ initiativeId: IdSchema });

export const CalendarQuerySchema = PageQuerySchema.extend({
  from: IsoDate.optional().describe('First day (default: today)'),
  to: IsoDate.optional().describe(`Last day, at most ${CALENDAR_MAX_DAYS} days after \`from\` (default: 30 days on)`),
});

export const CalendarPageSchema = pageOf(CalendarItemSchema)
  .extend({
    area: AreaRefSchema,
    from: IsoDate,
    to: IsoDate,
  })
  .meta({ id: 'CalendarPage' });
export type CalendarPage = z.infer<typeof CalendarPageSchema>;

/** What a resident can follow. */
export const FollowSubjectTypeSchema = z.enum(['initiative', 'budget-round']).meta({ id: 'FollowSubjectType' });
export type FollowSubjectType = z.infer<typeof FollowSubjectTypeSchema>;

export const FollowParams = z.strictObject({ subjectType: FollowSubjectTypeSchema, subjectId: IdSchema });

export const FollowSchema = z
  .object({
    subjectType: FollowSubjectTypeSchema,
    subjectId: z.string(),
    title: z.string().describe('Empty when the subject no longer exists or is hidden'),
    followedAt: TimestampSchema,
  })
  .meta({ id: 'Follow' });
export type Follow = z.infer<typeof FollowSchema>;
export const FollowPageSchema = pageOf(FollowSchema).meta({ id: 'FollowPage' });
export const FollowQuerySchema = PageQuerySchema.extend({
  subjectType: FollowSubjectTypeSchema.optional().describe('Only follows of this kind of subject'),
  subjectId: IdSchema.optional().describe(
    'Only the follow of this subject: am I following it? (an empty list when not)',
  ),
});

export const NewsKindSchema = z
  .enum(['update', 'activity', 'round-phase'])
  .describe("An initiative's update, an activity it planned, or a budget round entering a new phase")
  .meta({ id: 'NewsKind' });
export type NewsKind = z.infer<typeof NewsKindSchema>;

export const NewsItemSchema = z
  .object({
    id: z.string().describe('Stable: the kind and the id of what it is about'),
    kind: NewsKindSchema,
    subjectType: FollowSubjectTypeSchema,
    subjectId: z.string(),
    subjectTitle: z.string(),
    title: z.string().describe("The update's or the activity's title; empty for a phase change"),
    at: TimestampSchema.describe('When it was posted or planned, or when the phase began'),
    startsAt: TimestampSchema.nullable().describe('For an activity: when it takes place'),
    milestone: RoundMilestoneSchema.nullable(),
  })
  .meta({ id: 'NewsItem' });
export type NewsItem = z.infer<typeof NewsItemSchema>;
export const NewsPageSchema = pageOf(NewsItemSchema).meta({ id: 'NewsPage' });
export const NewsQuerySchema = PageQuerySchema;
