import * as z from 'zod';
import { displayName } from './text.ts';
import { IdSchema, PageQuerySchema, TimestampSchema, pageOf } from './common.ts';
import { RoleSchema } from './roles.ts';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

const Email = z.string().trim().toLowerCase().pipe(z.email().max(254));
const Password = z.string().min(PASSWORD_MIN, `At least ${PASSWORD_MIN} characters`).max(PASSWORD_MAX);
const DisplayName = displayName();
export const LocaleSchema = z.enum(['nl', 'en']);

export const RegisterSchema = z
  .strictObject({ email: Email, password: Password, displayName: DisplayName, locale: LocaleSchema.default('nl') })
  .meta({ id: 'Registration' });

export const LoginSchema = z
  .strictObject({ email: Email, password: z.string().min(1).max(PASSWORD_MAX) })
  .meta({ id: 'Login' });

export const ChangePasswordSchema = z
  .strictObject({ currentPassword: z.string().min(1).max(PASSWORD_MAX), newPassword: Password })
  .meta({ id: 'PasswordChange' });

export const UpdateProfileSchema = z
  .strictObject({
    displayName: DisplayName.optional(),
    locale: LocaleSchema.optional(),
    homeAreaId: IdSchema.nullable()
      .optional()
      .describe('My neighbourhood (buurt) id; null to clear. Never an address.'),
  })
  .meta({ id: 'ProfileUpdate' });

export const EraseAccountSchema = z
  .strictObject({
    password: z
      .string()
      .min(1)
      .max(PASSWORD_MAX)
      .optional()
      .describe('Your password, to confirm (an account made through a log-in provider has none)'),
  })
  .meta({ id: 'AccountErasure' });

export const PasswordResetRequestSchema = z.strictObject({ email: Email }).meta({ id: 'PasswordResetRequest' });
export const PasswordResetConfirmSchema = z
  .strictObject({ token: z.string().min(20).max(200), newPassword: Password })
  .meta({ id: 'PasswordResetConfirmation' });

export const RoleGrantSchema = z
  .object({ id: z.string(), role: RoleSchema, areaId: z.string().nullable() })
  .meta({ id: 'RoleGrant' });

export const MeSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: LocaleSchema,
    createdAt: TimestampSchema,
    homeAreaId: z.string().nullable().describe('My neighbourhood (buurt), if I chose one or was verified for one'),
    roles: z.array(RoleGrantSchema),
    hasPassword: z.boolean().describe('False for an account made by logging in through a provider'),
    csrfToken: z.string().describe('Send back as the X-CSRF-Token header on every write'),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

export const AccountSummarySchema = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    displayName: z.string(),
    createdAt: TimestampSchema,
    erased: z.boolean(),
    roles: z.array(RoleGrantSchema),
  })
  .meta({ id: 'AccountSummary' });
export type AccountSummary = z.infer<typeof AccountSummarySchema>;

export const AccountQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional().describe('Part of an email address or display name'),
  role: RoleSchema.optional(),
});
export const AccountPageSchema = pageOf(AccountSummarySchema).meta({ id: 'AccountPage' });

export const GrantRoleSchema = z
  .strictObject({
    role: RoleSchema.exclude(['resident']),
    areaId: IdSchema.nullable().default(null).describe('Limit the role to one area; null for the whole municipality'),
  })
  .meta({ id: 'RoleGrantRequest' });

export const AccountIdParams = z.strictObject({ accountId: IdSchema });
export const RoleGrantParams = z.strictObject({ accountId: IdSchema, grantId: IdSchema });

export const AcceptedSchema = z.object({ message: z.string() }).meta({ id: 'Accepted' });
