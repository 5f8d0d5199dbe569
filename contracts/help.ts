import * as z from 'zod';
import { personName, titleText } from './text.ts';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';

export const helpKinds = [
  'company',
  'errands',
  'transport',
  'odd_jobs',
  'digital',
  'paperwork',
  'meal',
  'other',
] as const;
export const HelpKindSchema = z
  .enum(helpKinds)
  .describe('Company or a visit, errands, transport, odd jobs, digital help, paperwork, a meal, other');
export type HelpKind = z.infer<typeof HelpKindSchema>;

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const WeekdaySchema = z.enum(weekdays);
export type Weekday = z.infer<typeof WeekdaySchema>;
export const dayParts = ['morning', 'afternoon', 'evening'] as const;
export const DayPartSchema = z.enum(dayParts);
export type DayPart = z.infer<typeof DayPartSchema>;

export const SlotSchema = z.strictObject({ day: WeekdaySchema, part: DayPartSchema }).meta({ id: 'WeeklySlot' });
export type Slot = z.infer<typeof SlotSchema>;

const IsoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD');

/** When the help is needed: once on a date, or recurring on weekdays. No day parts means any time. */
export const HelpWhenSchema = z
  .discriminatedUnion('schedule', [
    z.strictObject({ schedule: z.literal('once'), date: IsoDate, dayParts: z.array(DayPartSchema).max(3).default([]) }),
    z.strictObject({
      schedule: z.literal('recurring'),
      days: z.array(WeekdaySchema).min(1).max(7),
      dayParts: z.array(DayPartSchema).max(3).default([]),
      frequency: z.enum(['weekly', 'fortnightly', 'monthly']),
    }),
  ])
  .meta({ id: 'HelpWhen' });
export type HelpWhen = z.infer<typeof HelpWhenSchema>;

export const UrgencySchema = z.enum(['low', 'normal', 'high']);
export const RequestStatusSchema = z.enum(['open', 'invited', 'matched', 'closed', 'cancelled']);
export type RequestStatus = z.infer<typeof RequestStatusSchema>;
export const HelpedSchema = z
  .enum(['yes', 'partly', 'no'])
  .describe('Were you actually helped? Done is not the same as solved.');

const Title = titleText({ min: 3, max: 120 });
const Text = z.string().trim().max(2000);
const Phone = z
  .string()
  .trim()
  .regex(/^[0-9 +()-]{6,20}$/, 'A phone number: digits, spaces, + ( ) -');
const Address = z.string().trim().min(3).max(200);
const PersonName = personName({ min: 1, max: 80 });

export const NewHelpRequestSchema = z
  .strictObject({
    kind: HelpKindSchema,
    title: Title.describe('Shown publicly: never put an address or a phone number here'),
    description: Text.default(''),
    areaId: IdSchema.describe('The neighbourhood; the exact address stays private'),
    when: HelpWhenSchema,
    urgency: UrgencySchema.default('normal'),
    vulnerable: z
      .boolean()
      .default(false)
      .describe('Involves a vulnerable person: only verified helpers with a valid VOG'),
    estimatedHours: z.number().min(0.25).max(8).multipleOf(0.25).default(1),
    recipientId: IdSchema.optional().describe('Professionals: post on behalf of a resident who is not online'),
    address: Address.optional().describe('Private: shared only with the accepted helper'),
    phone: Phone.optional().describe('Private: shared only with the accepted helper'),
  })
  .meta({ id: 'HelpRequestNew' });
export type NewHelpRequest = z.infer<typeof NewHelpRequestSchema>;

export const HelpRequestSchema = z
  .object({
    id: z.string(),
    kind: HelpKindSchema,
    title: z.string(),
    description: z.string(),
    areaId: z.string(),
    when: HelpWhenSchema,
    urgency: UrgencySchema,
    vulnerable: z.boolean(),
    estimatedHours: z.number(),
    status: RequestStatusSchema,
    onBehalf: z.boolean().describe('Posted by a professional for a resident who is not online'),
    mine: z.boolean().describe('You asked, or you are the contact for this request'),
    helpingMe: z.boolean().describe('You are the helper who accepted'),
    maySeeContact: z
      .boolean()
      .optional()
      .describe('Whether you may read its contact details (GET …/contact); given when one request is read'),
    helperId: z.string().nullable().describe('The helper who accepted; shown only to the asking side and the helper'),
    escalatedAt: TimestampSchema.nullable(),
    createdAt: TimestampSchema,
    closedAt: TimestampSchema.nullable(),
    helped: HelpedSchema.nullable(),
  })
  .meta({ id: 'HelpRequest' });
export type HelpRequest = z.infer<typeof HelpRequestSchema>;

export const HelpRequestQuerySchema = PageQuerySchema.extend({
  areaId: IdSchema.optional(),
  kind: HelpKindSchema.optional(),
  status: RequestStatusSchema.optional(),
  mine: z.enum(['true', 'false']).optional().describe('Only requests you asked or are the contact for'),
});
export const HelpRequestPageSchema = pageOf(HelpRequestSchema).meta({ id: 'HelpRequestPage' });

export const HelpContactSchema = z
  .object({
    requestId: z.string(),
    name: z.string().describe('Who is helped'),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    contactName: z.string().describe('Who to contact: the resident, or their professional'),
    contactAccountId: z.string(),
  })
  .meta({ id: 'HelpContact' });
export type HelpContact = z.infer<typeof HelpContactSchema>;

export const ReasonSchema = z
  .object({
    code: z.string(),
    points: z.number(),
    text: z.string().describe('Why, in plain English; the web app translates `code`'),
    values: z.record(z.string(), z.number()).optional().describe('The numbers in the text, e.g. { count: 3 }'),
  })
  .meta({ id: 'MatchReason' });
export const ProposalSchema = z
  .object({
    helperId: z.string(),
    helperName: z.string(),
    offerId: z.string(),
    score: z.number(),
    reasons: z.array(ReasonSchema),
  })
  .meta({ id: 'HelperProposal' });
export const ProposalListSchema = z
  .object({
    items: z.array(ProposalSchema),
    notProposed: z
      .array(z.object({ code: z.string(), count: z.number().int() }))
      .describe('How many helpers in or near the neighbourhood were left out, by reason (blocks are never counted)'),
  })
  .meta({ id: 'HelperProposalList' });

export const InvitationStatusSchema = z.enum(['pending', 'accepted', 'declined', 'withdrawn']);
export const NewInvitationSchema = z.strictObject({ helperId: IdSchema }).meta({ id: 'HelpInvitationNew' });
export const InvitationAnswerSchema = z
  .strictObject({ answer: z.enum(['accept', 'decline']) })
  .meta({ id: 'HelpInvitationAnswer' });
export const InvitationSchema = z
  .object({
    id: z.string(),
    requestId: z.string(),
    helperId: z.string(),
    status: InvitationStatusSchema,
    score: z.number(),
    reasons: z.array(ReasonSchema),
    createdAt: TimestampSchema,
    answeredAt: TimestampSchema.nullable(),
    request: HelpRequestSchema,
  })
  .meta({ id: 'HelpInvitation' });
export const InvitationPageSchema = pageOf(InvitationSchema).meta({ id: 'HelpInvitationPage' });
export const InvitationQuerySchema = PageQuerySchema.extend({ status: InvitationStatusSchema.optional() });

export const ClosingSchema = z
  .strictObject({
    helped: HelpedSchema,
    hours: z.number().min(0).max(24).multipleOf(0.25).default(0).describe('Hours to book in the time bank (0: none)'),
    comment: Text.optional(),
  })
  .meta({ id: 'HelpRequestClosing' });

export const NewOfferSchema = z
  .strictObject({
    kinds: z.array(HelpKindSchema).min(1).max(helpKinds.length),
    description: Text.default(''),
    areaIds: z.array(IdSchema).min(1).max(20).describe('Neighbourhoods where you help'),
    availability: z.array(SlotSchema).max(21).describe('When you are usually available; empty means by arrangement'),
    maxPerWeek: z.number().int().min(1).max(14).describe('How often a week at most'),
    active: z.boolean().default(true),
  })
  .meta({ id: 'HelpOfferNew' });
export const OfferSchema = z
  .object({
    id: z.string(),
    helperId: z.string(),
    helperName: z.string(),
    kinds: z.array(HelpKindSchema),
    description: z.string(),
    areaIds: z.array(z.string()),
    availability: z.array(SlotSchema),
    maxPerWeek: z.number(),
    active: z.boolean(),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'HelpOffer' });
export const OfferQuerySchema = PageQuerySchema.extend({
  areaId: IdSchema.optional(),
  mine: z.enum(['true', 'false']).optional(),
});
export const OfferPageSchema = pageOf(OfferSchema).meta({ id: 'HelpOfferPage' });

export const NewRecipientSchema = z
  .strictObject({
    name: PersonName,
    areaId: IdSchema,
    address: Address.optional(),
    phone: Phone.optional(),
    vulnerable: z.boolean().default(true),
  })
  .meta({ id: 'HelpRecipientNew' });
export const RecipientSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    areaId: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    vulnerable: z.boolean(),
    professionalId: z.string(),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'HelpRecipient' });
export const RecipientQuerySchema = PageQuerySchema.extend({ areaId: IdSchema.optional() });
export const RecipientPageSchema = pageOf(RecipientSchema).meta({ id: 'HelpRecipientPage' });

export const VogInputSchema = z
  .strictObject({ status: z.enum(['valid', 'revoked']), issuedOn: IsoDate, expiresOn: IsoDate })
  .meta({ id: 'VogRecord' });
export const VogSchema = z
  .object({
    accountId: z.string(),
    status: z.enum(['valid', 'revoked', 'expired', 'none']),
    issuedOn: z.string().nullable(),
    expiresOn: z.string().nullable(),
    recordedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'Vog' });

export const NewGuardianSchema = z
  .strictObject({
    guardianId: IdSchema.describe('The account of the family member or professional'),
    wardAccountId: IdSchema.optional().describe('A resident with an account…'),
    wardRecipientId: IdSchema.optional().describe('…or a resident who is not online'),
    relation: titleText({ min: 2, max: 60 }).describe('How they are related, e.g. daughter'),
  })
  .meta({ id: 'GuardianLinkNew' });
export const GuardianSchema = z
  .object({
    id: z.string(),
    guardianId: z.string(),
    wardAccountId: z.string().nullable(),
    wardRecipientId: z.string().nullable(),
    relation: z.string(),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'GuardianLink' });
export const GuardianQuerySchema = PageQuerySchema.extend({
  wardAccountId: IdSchema.optional(),
  wardRecipientId: IdSchema.optional(),
});
export const GuardianPageSchema = pageOf(GuardianSchema).meta({ id: 'GuardianLinkPage' });

export const NewBlockSchema = z.strictObject({ accountId: IdSchema }).meta({ id: 'HelpBlockNew' });
export const BlockSchema = z.object({ accountId: z.string(), createdAt: TimestampSchema }).meta({ id: 'HelpBlock' });
export const BlockPageSchema = pageOf(BlockSchema).meta({ id: 'HelpBlockPage' });

export const NewReportSchema = z
  .strictObject({ accountId: IdSchema, requestId: IdSchema.optional(), reason: z.string().trim().min(5).max(2000) })
  .meta({ id: 'HelpReportNew' });
export const ReportSchema = z
  .object({
    id: z.string(),
    reporterId: z.string(),
    accountId: z.string(),
    requestId: z.string().nullable(),
    areaId: z.string().nullable(),
    reason: z.string(),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'HelpReport' });
export const ReportQuerySchema = PageQuerySchema.extend({ areaId: IdSchema.optional() });
export const ReportPageSchema = pageOf(ReportSchema).meta({ id: 'HelpReportPage' });

export const WorklistQuerySchema = PageQuerySchema.extend({ areaId: IdSchema.optional() });

export const RequestIdParams = z.strictObject({ requestId: IdSchema });
export const InvitationIdParams = z.strictObject({ invitationId: IdSchema });
export const OfferIdParams = z.strictObject({ offerId: IdSchema });
export const RecipientIdParams = z.strictObject({ recipientId: IdSchema });
export const AccountIdParams = z.strictObject({ accountId: IdSchema });
export const GuardianIdParams = z.strictObject({ guardianLinkId: IdSchema });
