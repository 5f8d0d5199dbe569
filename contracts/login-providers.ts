import * as z from 'zod';
import { IdSchema, TimestampSchema } from './common.ts';
import { LocaleSchema } from './accounts.ts';

/** A provider's id as the operator configured it (OIDC_<n>_ID): lower-case letters, digits and dashes. */
export const ProviderIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/)
  .describe('The provider id the operator configured, e.g. digid');

export const LoginProviderSchema = z
  .object({
    id: ProviderIdSchema,
    name: z.string().describe('What the log-in button says after "Inloggen met" / "Log in with"'),
  })
  .meta({ id: 'LoginProvider' });
export type LoginProvider = z.infer<typeof LoginProviderSchema>;

export const LoginProviderListSchema = z
  .object({ items: z.array(LoginProviderSchema) })
  .meta({ id: 'LoginProviderList' });

export const ProviderParams = z.strictObject({ providerId: ProviderIdSchema });

/** Only paths on this site, so a crafted link cannot send someone elsewhere after logging in. */
export const ReturnPathSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/, 'A path on this site, starting with one /')
  .describe('Where in the web app to land after logging in (a path on this site)');

export const AuthorizationQuerySchema = z.strictObject({
  returnTo: ReturnPathSchema.optional(),
  locale: LocaleSchema.optional().describe('The language of an account created by this log-in'),
});

/** The provider's answer, as its redirect brings it back: only the parameters OIDC defines. */
export const CallbackQuerySchema = z
  .object({
    code: z.string().max(2000).optional(),
    state: z.string().max(200).optional(),
    iss: z.string().max(500).optional(),
    error: z.string().max(200).optional(),
    error_description: z.string().max(1000).optional(),
    session_state: z.string().max(500).optional(),
  })
  .describe('The authorization response (code and state, or an error)');

export const LinkRequestSchema = z.strictObject({ providerId: ProviderIdSchema }).meta({ id: 'IdentityLinkRequest' });

export const LinkStartSchema = z
  .object({
    authorizationUrl: z.string().describe("Send the browser here; the provider's answer links the identity"),
  })
  .meta({ id: 'IdentityLinkStart' });

export const LinkedIdentitySchema = z
  .object({
    id: IdSchema,
    providerId: ProviderIdSchema,
    providerName: z.string(),
    email: z.string().nullable().describe('The e-mail address the provider gave, if any'),
    assuranceLevel: z
      .string()
      .nullable()
      .describe('The level of assurance (acr) the provider reported at the last log-in'),
    linkedAt: TimestampSchema,
    lastLoginAt: TimestampSchema,
  })
  .meta({ id: 'LinkedIdentity' });
export type LinkedIdentity = z.infer<typeof LinkedIdentitySchema>;

export const LinkedIdentityListSchema = z
  .object({ items: z.array(LinkedIdentitySchema) })
  .meta({ id: 'LinkedIdentityList' });

export const IdentityParams = z.strictObject({ identityId: IdSchema });

export const VerificationPolicySchema = z
  .object({
    providerId: ProviderIdSchema,
    acceptedLevels: z
      .array(z.string().min(1).max(200))
      .describe('acr values that count as verification; empty: the provider never verifies (the default)'),
    updatedBy: z.string().nullable(),
    updatedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'ProviderVerificationPolicy' });
export type VerificationPolicy = z.infer<typeof VerificationPolicySchema>;

export const VerificationPolicyUpdateSchema = z
  .strictObject({
    acceptedLevels: z
      .array(z.string().trim().min(1).max(200))
      .max(20)
      .describe('acr values that count as verification for the resident’s home neighbourhood; [] turns it off'),
    reason: z.string().trim().max(500).optional().describe('Why, for the audit log'),
  })
  .meta({ id: 'ProviderVerificationPolicyUpdate' });

/**
 * Why a log-in through a provider was refused: the callback sends the browser to the web app with
 * `?oidc-error=<code>`, and the web app says it in Dutch or English.
 */
export const loginProviderErrors = [
  'provider-unknown',
  'provider-unavailable',
  'provider-refused',
  'state-invalid',
  'code-invalid',
  'id-token-invalid',
  'email-taken',
  'identity-linked-elsewhere',
  'link-session-ended',
] as const;
export type LoginProviderError = (typeof loginProviderErrors)[number];

/** Which log-in page result the callback reports (`?oidc=<outcome>`) when all went well. */
export const loginProviderOutcomes = ['logged-in', 'account-created', 'linked'] as const;
export type LoginProviderOutcome = (typeof loginProviderOutcomes)[number];
