import * as z from 'zod';

/** Every account is a resident; the other roles are granted by an administrator, optionally per area. */
export const roles = ['resident', 'professional', 'civil_servant', 'steering_officer', 'administrator'] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

export const staffRoles = [
  'professional',
  'civil_servant',
  'steering_officer',
  'administrator',
] as const satisfies readonly Role[];

/**
 * Who may call an endpoint: `public` (anyone, also anonymous), `authenticated` (any account),
 * or a list of roles of which the caller must hold at least one.
 */
export type Access = 'public' | 'authenticated' | readonly Role[];
