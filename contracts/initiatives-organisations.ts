import * as z from 'zod';
import { titleText } from './text.ts';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';
import {
  DomainSchema,
  InitiativeStatusSchema,
  LongText,
  MemberStatusSchema,
  ModerationStateSchema,
} from './initiatives.ts';

export const organisationKinds = [
  'association',
  'foundation',
  'social_enterprise',
  'care_provider',
  'housing_corporation',
  'school',
  'company',
] as const;
export const OrganisationKindSchema = z.enum(organisationKinds).meta({ id: 'OrganisationKind' });
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

export const OrganisationRoleSchema = z.enum(['admin', 'member']).meta({ id: 'OrganisationRole' });
export type OrganisationRole = z.infer<typeof OrganisationRoleSchema>;

/** Either side proposes; the other side confirms. */
export const partnerStatuses = ['proposed_by_initiative', 'proposed_by_organisation', 'confirmed', 'ended'] as const;
export const PartnerStatusSchema = z.enum(partnerStatuses).meta({ id: 'PartnerStatus' });
export type PartnerStatus = z.infer<typeof PartnerStatusSchema>;

const Name = titleText({ min: 2, max: 120 });
const Website = z.url({ protocol: /^https?$/ }).max(300);

export const OrganisationParams = z.strictObject({ organisationId: IdSchema });
export const OrganisationMemberParams = z.strictObject({ organisationId: IdSchema, memberId: IdSchema });
export const PartnerParams = z.strictObject({ initiativeId: IdSchema, organisationId: IdSchema });

export const CreateOrganisationSchema = z
  .strictObject({
    name: Name,
    kind: OrganisationKindSchema,
    description: LongText.default(''),
    website: Website.optional(),
    areaId: IdSchema.optional().describe('Where it is based'),
  })
  .meta({ id: 'OrganisationCreation' });

export const OrganisationChangeSchema = z
  .strictObject({
    name: Name.optional(),
    kind: OrganisationKindSchema.optional(),
    description: LongText.optional(),
    website: Website.nullable().optional(),
    areaId: IdSchema.nullable().optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), 'Change at least one field')
  .meta({ id: 'OrganisationChange' });

export const OrganisationSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: OrganisationKindSchema,
    areaId: z.string().nullable(),
    createdAt: TimestampSchema,
    moderation: ModerationStateSchema,
  })
  .meta({ id: 'OrganisationSummary' });

export const OrganisationSchema = OrganisationSummarySchema.extend({
  description: z.string(),
  website: z.string().nullable(),
  figures: z.object({
    members: z.number().int(),
    partnerInitiatives: z.number().int(),
    pledgesMade: z.number().int(),
    pledgesKept: z.number().int(),
  }),
  viewer: z.object({
    membership: z.object({ id: z.string(), role: OrganisationRoleSchema, status: MemberStatusSchema }).nullable(),
    canEdit: z.boolean(),
  }),
}).meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof OrganisationSchema>;

export const OrganisationQuerySchema = PageQuerySchema.extend({
  kind: OrganisationKindSchema.optional(),
  q: z.string().trim().min(2).max(100).optional(),
});
export const OrganisationPageSchema = pageOf(OrganisationSummarySchema).meta({ id: 'OrganisationPage' });

export const OrganisationMemberChangeSchema = z
  .strictObject({
    status: z.enum(['active', 'declined']).optional(),
    role: OrganisationRoleSchema.optional(),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), 'Change at least one field')
  .meta({ id: 'OrganisationMemberChange' });

export const OrganisationMemberSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    displayName: z.string(),
    role: OrganisationRoleSchema,
    status: MemberStatusSchema,
    requestedAt: TimestampSchema,
  })
  .meta({ id: 'OrganisationMember' });
export const OrganisationMemberQuerySchema = PageQuerySchema.extend({ status: MemberStatusSchema.default('active') });
export const OrganisationMemberPageSchema = pageOf(OrganisationMemberSchema).meta({ id: 'OrganisationMemberPage' });

export const ProposePartnerSchema = z.strictObject({ organisationId: IdSchema }).meta({ id: 'PartnerProposal' });
export const PartnerChangeSchema = z
  .strictObject({ status: z.enum(['confirmed', 'ended']) })
  .meta({ id: 'PartnerChange' });

export const PartnerSchema = z
  .object({
    initiativeId: z.string(),
    initiativeTitle: z.string(),
    initiativeStatus: InitiativeStatusSchema,
    domain: DomainSchema,
    organisation: z.object({ id: z.string(), name: z.string(), kind: OrganisationKindSchema }),
    status: PartnerStatusSchema,
    proposedAt: TimestampSchema,
    confirmedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'Partnership' });
export const PartnerQuerySchema = PageQuerySchema.extend({
  status: PartnerStatusSchema.optional().describe(
    'Default: confirmed only; organisers and organisation admins can ask for proposals',
  ),
});
export const PartnerPageSchema = pageOf(PartnerSchema).meta({ id: 'PartnershipPage' });
