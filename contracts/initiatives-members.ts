import * as z from 'zod';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';
import { MemberRoleSchema, MemberStatusSchema, PersonName } from './initiatives.ts';

const Contact = z.string().trim().min(3).max(200).describe('Phone or email to share with fellow members only');

export const MemberParams = z.strictObject({ initiativeId: IdSchema, memberId: IdSchema });

export const JoinRequestSchema = z
  .strictObject({
    message: z.string().trim().max(500).optional().describe('A note to the organisers'),
    contact: Contact.optional(),
  })
  .meta({ id: 'InitiativeJoinRequest' });

export const MemberChangeSchema = z
  .strictObject({
    status: z.enum(['active', 'declined']).optional().describe('Organisers: accept or decline a join request'),
    role: MemberRoleSchema.optional().describe('Organisers: change a member’s role'),
    contact: Contact.nullable().optional().describe('The member themself: what fellow members see'),
  })
  .refine((body) => Object.values(body).some((v) => v !== undefined), 'Change at least one field')
  .meta({ id: 'InitiativeMemberChange' });

export const OfflineMemberSchema = z
  .strictObject({
    name: PersonName.describe('Name only; visible to organisers'),
    role: MemberRoleSchema.default('member'),
  })
  .meta({ id: 'InitiativeOfflineMemberCreation' });

export const MemberSchema = z
  .object({
    id: z.string(),
    accountId: z.string().nullable(),
    displayName: z.string(),
    role: MemberRoleSchema,
    status: MemberStatusSchema,
    offline: z.boolean().describe('Added by name, without an account'),
    contact: z.string().nullable().describe('Only members see this'),
    message: z.string().nullable().describe('Only organisers see join-request messages'),
    requestedAt: TimestampSchema,
  })
  .meta({ id: 'InitiativeMember' });
export type Member = z.infer<typeof MemberSchema>;

export const MemberQuerySchema = PageQuerySchema.extend({
  status: MemberStatusSchema.default('active').describe('Organisers can list join requests (`requested`)'),
});
export const MemberPageSchema = pageOf(MemberSchema).meta({ id: 'InitiativeMemberPage' });
