import * as z from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';
import {
  DomainSchema,
  LongText,
  ModerationStateSchema,
  PersonRefSchema,
  QueryBoolean,
  TitleText,
} from './initiatives.ts';

export const needKinds = ['volunteers', 'materials', 'money', 'space', 'permit', 'expertise'] as const;
export const NeedKindSchema = z.enum(needKinds).meta({ id: 'NeedKind' });
export type NeedKind = z.infer<typeof NeedKindSchema>;

export const pledgeStatuses = ['made', 'delivered', 'withdrawn'] as const;
export const PledgeStatusSchema = z.enum(pledgeStatuses).meta({ id: 'PledgeStatus' });
export type PledgeStatus = z.infer<typeof PledgeStatusSchema>;

export const MAX_CENTS = 100_000_000;
const Cents = z.number().int('Whole cents').min(1, 'At least 1 cent').max(MAX_CENTS);
const Count = z.number().int().min(1, 'At least 1').max(100_000);
const When = z.iso.datetime({ offset: true }).describe('ISO 8601 date-time');

export const NeedParams = z.strictObject({ initiativeId: IdSchema, needId: IdSchema });
export const PledgeParams = z.strictObject({ initiativeId: IdSchema, pledgeId: IdSchema });

const base = { title: TitleText, description: LongText.default('') };
export const CreateNeedSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('volunteers'),
      ...base,
      people: Count.max(1000).describe('How many volunteers'),
      startsAt: When.describe('When they are needed'),
      endsAt: When.optional(),
    }),
    z.strictObject({
      kind: z.literal('materials'),
      ...base,
      items: Count,
      unit: z.string().trim().min(1).max(40).optional().describe('e.g. "zakken potgrond"'),
    }),
    z.strictObject({
      kind: z.literal('money'),
      ...base,
      amountCents: Cents.describe('The amount needed, in euro cents'),
    }),
    z.strictObject({ kind: z.literal('space'), ...base }),
    z.strictObject({ kind: z.literal('permit'), ...base }),
    z.strictObject({ kind: z.literal('expertise'), ...base, people: Count.max(100).default(1) }),
  ])
  .meta({ id: 'NeedCreation' });
export type CreateNeed = z.infer<typeof CreateNeedSchema>;

export const NeedChangeSchema = z
  .strictObject({
    title: TitleText.optional(),
    description: LongText.optional(),
    quantity: z
      .number()
      .int()
      .min(1)
      .max(MAX_CENTS)
      .optional()
      .describe('People, items or cents needed; not below what is pledged'),
    startsAt: When.optional(),
    endsAt: When.nullable().optional(),
    closed: z.boolean().optional().describe('Closed needs take no more pledges'),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), 'Change at least one field')
  .meta({ id: 'NeedChange' });

export const NeedSchema = z
  .object({
    id: z.string(),
    initiativeId: z.string(),
    kind: NeedKindSchema,
    title: z.string(),
    description: z.string(),
    unit: z.enum(['people', 'items', 'cents', 'offer']).describe('What the quantities count'),
    unitLabel: z.string().nullable(),
    needed: z.number().int(),
    pledged: z.number().int(),
    delivered: z.number().int(),
    remaining: z.number().int(),
    coverage: z.number().describe('Share pledged, 0 to 1'),
    startsAt: TimestampSchema.nullable(),
    endsAt: TimestampSchema.nullable(),
    closed: z.boolean(),
    open: z.boolean().describe('Not closed and not fully pledged'),
    createdAt: TimestampSchema,
    moderation: ModerationStateSchema,
  })
  .meta({ id: 'Need' });
export type Need = z.infer<typeof NeedSchema>;

export const NeedQuerySchema = PageQuerySchema.extend({ open: QueryBoolean.optional() });
export const NeedPageSchema = pageOf(NeedSchema).meta({ id: 'NeedPage' });

export const OpenNeedSchema = NeedSchema.extend({
  initiativeTitle: z.string(),
  domain: DomainSchema,
  areaIds: z.array(z.string()),
}).meta({ id: 'OpenNeed' });
export const OpenNeedQuerySchema = PageQuerySchema.extend({
  areaId: IdSchema.optional(),
  kind: NeedKindSchema.optional(),
  domain: DomainSchema.optional(),
});
export const OpenNeedPageSchema = pageOf(OpenNeedSchema).meta({ id: 'OpenNeedPage' });

export const CreatePledgeSchema = z
  .strictObject({
    quantity: Count.optional().describe('People (volunteers, expertise) or items (materials); default 1'),
    amountCents: Cents.optional().describe('Money needs: the amount, in euro cents'),
    hours: z.number().positive().max(2000).optional().describe('Volunteers: hours per person you offer'),
    note: z.string().trim().max(500).optional(),
    organisationId: IdSchema.optional().describe('Pledge on behalf of an organisation you are a member of'),
  })
  .meta({ id: 'PledgeCreation' });
export type CreatePledge = z.infer<typeof CreatePledgeSchema>;

export const PledgeSchema = z
  .object({
    id: z.string(),
    needId: z.string(),
    initiativeId: z.string(),
    by: PersonRefSchema.nullable().describe('Visible to organisers and the pledger'),
    organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
    quantity: z.number().int(),
    hours: z.number().nullable(),
    note: z.string().nullable(),
    status: PledgeStatusSchema,
    createdAt: TimestampSchema,
    deliveredAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'Pledge' });
export type Pledge = z.infer<typeof PledgeSchema>;

export const PledgeQuerySchema = PageQuerySchema.extend({ status: PledgeStatusSchema.optional() });
export const PledgePageSchema = pageOf(PledgeSchema).meta({ id: 'PledgePage' });
