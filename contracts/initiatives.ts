import * as z from 'zod';
import { personName, titleText } from './text.ts';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';

/** Policy domains (beleidsdomeinen); other modules (monitor, steering) group by these too. */
export const domains = [
  'care_and_wellbeing',
  'safety',
  'green_and_public_space',
  'energy_and_climate',
  'culture',
  'youth',
  'sport',
  'work_and_economy',
] as const;
export const DomainSchema = z.enum(domains).meta({ id: 'Domain' });
export type Domain = z.infer<typeof DomainSchema>;

/** idea → active → sustained, or stopped (with a reason); a stopped initiative can be restarted. */
export const initiativeStatuses = ['idea', 'active', 'sustained', 'stopped'] as const;
export const InitiativeStatusSchema = z.enum(initiativeStatuses).meta({ id: 'InitiativeStatus' });
export type InitiativeStatus = z.infer<typeof InitiativeStatusSchema>;

export const memberRoles = ['initiator', 'organiser', 'member'] as const;
export const MemberRoleSchema = z.enum(memberRoles).meta({ id: 'InitiativeMemberRole' });
export type MemberRole = z.infer<typeof MemberRoleSchema>;

export const memberStatuses = ['requested', 'active', 'declined', 'left'] as const;
export const MemberStatusSchema = z.enum(memberStatuses).meta({ id: 'InitiativeMemberStatus' });
export type MemberStatus = z.infer<typeof MemberStatusSchema>;

export const TitleText = titleText({ min: 3, max: 120, tooShort: 'At least 3 characters' });
export const LongText = z.string().trim().max(10_000);
export const ReasonText = z.string().trim().min(3, 'At least 3 characters').max(1000);
const SummaryText = z.string().trim().min(10, 'At least 10 characters').max(300);
export const PersonName = personName({ min: 2, max: 80, tooShort: 'At least 2 characters' });
const AreaIds = z
  .array(IdSchema)
  .min(1, 'Choose at least one neighbourhood')
  .max(20)
  .refine((ids) => new Set(ids).size === ids.length, 'Each neighbourhood once');

/** Query-string booleans: `true`/`false` (and 1/0). */
export const QueryBoolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const InitiativeParams = z.strictObject({ initiativeId: IdSchema });

export const CreateInitiativeSchema = z
  .strictObject({
    title: TitleText,
    summary: SummaryText,
    description: LongText.default(''),
    domain: DomainSchema,
    areaIds: AreaIds.describe('The neighbourhoods (buurten) it is about; the first is its home neighbourhood'),
    partnerOrganisationIds: z.array(IdSchema).max(10).default([]).describe('Organisations invited as partners'),
    onBehalfOf: z
      .strictObject({ name: PersonName.describe('The resident who started it, name only (visible to organisers)') })
      .optional()
      .describe('Professionals only: register for a resident who is not online; that resident becomes the initiator'),
  })
  .meta({ id: 'InitiativeCreation' });

export const UpdateInitiativeSchema = z
  .strictObject({
    title: TitleText.optional(),
    summary: SummaryText.optional(),
    description: LongText.optional(),
    domain: DomainSchema.optional(),
    areaIds: AreaIds.optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), 'Change at least one field')
  .meta({ id: 'InitiativeChange' });

export const StatusChangeRequestSchema = z
  .strictObject({
    status: InitiativeStatusSchema,
    reason: ReasonText.optional().describe('Required when stopping'),
  })
  .superRefine((body, ctx) => {
    if (body.status === 'stopped' && !body.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why the initiative stops' });
  })
  .meta({ id: 'StatusChangeRequest' });

/** Shown only to the author, the initiative's organisers and moderators: hidden content and why. */
export const ModerationStateSchema = z
  .object({ hiddenAt: TimestampSchema, reason: z.string() })
  .nullable()
  .meta({ id: 'ModerationState' });

export const PersonRefSchema = z
  .object({ id: z.string(), displayName: z.string() })
  .meta({ id: 'InitiativePersonRef' });

export const ResponseStateSchema = z
  .enum(['not_due', 'open', 'due_soon', 'overdue', 'answered'])
  .describe('not_due: below the threshold; open/due_soon/overdue: a response is owed; answered: published')
  .meta({ id: 'ResponseState' });

export const InitiativeSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    domain: DomainSchema,
    status: InitiativeStatusSchema,
    areaIds: z.array(z.string()),
    supportCount: z.number().int(),
    openNeeds: z.number().int(),
    createdAt: TimestampSchema,
    moderation: ModerationStateSchema,
  })
  .meta({ id: 'InitiativeSummary' });
export type InitiativeSummary = z.infer<typeof InitiativeSummarySchema>;

export const MunicipalResponseSchema = z
  .object({
    text: z.string(),
    department: z.string().nullable(),
    respondedAt: TimestampSchema,
    late: z.boolean(),
  })
  .meta({ id: 'MunicipalResponse' });

export const InitiativeSchema = InitiativeSummarySchema.extend({
  description: z.string(),
  stopReason: z.string().nullable(),
  updatedAt: TimestampSchema,
  registeredOnBehalf: z.boolean(),
  figures: z.object({
    members: z.number().int(),
    pledgesMade: z.number().int().describe('Pledges not withdrawn'),
    pledgesKept: z.number().int().describe('Pledges marked delivered'),
    upcomingActivities: z.number().int(),
  }),
  support: z.object({
    threshold: z.number().int(),
    count: z.number().int(),
    supportedByMe: z.boolean().nullable().describe('Null when not logged in'),
    reachedAt: TimestampSchema.nullable(),
    responseDueAt: TimestampSchema.nullable(),
    responseState: ResponseStateSchema,
  }),
  response: MunicipalResponseSchema.nullable(),
  viewer: z.object({
    membership: z.object({ id: z.string(), role: MemberRoleSchema, status: MemberStatusSchema }).nullable(),
    canEdit: z.boolean(),
    canModerate: z.boolean(),
    canRespond: z.boolean(),
  }),
}).meta({ id: 'Initiative' });
export type Initiative = z.infer<typeof InitiativeSchema>;

export const InitiativeQuerySchema = PageQuerySchema.extend({
  areaId: IdSchema.optional().describe('A neighbourhood, or a district/municipality: everything inside it'),
  domain: DomainSchema.optional(),
  status: InitiativeStatusSchema.optional(),
  hasOpenNeeds: QueryBoolean.optional().describe('Only initiatives with a need that is not yet covered'),
  q: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .optional()
    .describe('Words (or starts of words) in the title, summary or description'),
  mine: QueryBoolean.optional().describe('Only initiatives I am a member of (log in first)'),
});
export const InitiativePageSchema = pageOf(InitiativeSummarySchema).meta({ id: 'InitiativePage' });

export const StatusChangeSchema = z
  .object({
    id: z.string(),
    fromStatus: InitiativeStatusSchema.nullable(),
    toStatus: InitiativeStatusSchema,
    reason: z.string().nullable(),
    changedBy: PersonRefSchema,
    changedAt: TimestampSchema,
  })
  .meta({ id: 'StatusChange' });
export const StatusChangePageSchema = pageOf(StatusChangeSchema).meta({ id: 'StatusChangePage' });

export const AreaCountQuerySchema = PageQuerySchema.extend({
  domain: DomainSchema.optional(),
  status: InitiativeStatusSchema.optional(),
});
export const AreaCountSchema = z
  .object({ areaId: z.string(), initiatives: z.number().int(), withOpenNeeds: z.number().int() })
  .meta({ id: 'InitiativeAreaCount' });
export const AreaCountPageSchema = pageOf(AreaCountSchema).meta({ id: 'InitiativeAreaCountPage' });
