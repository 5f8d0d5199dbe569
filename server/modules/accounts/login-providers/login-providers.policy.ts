import type { Access } from '../../../../contracts/roles.ts';

/**
 * Who may call each log-in-provider endpoint. Starting a log-in and the provider's callback are
 * public (that is how one logs in); linking is one's own account; the verification policy is an
 * administrator's, and the service further requires a municipality-wide grant to change it.
 */
export const loginProvidersAccess = {
  listProviders: 'public',
  authorize: 'public',
  callback: 'public',
  startLink: 'authenticated',
  listIdentities: 'authenticated',
  unlink: 'authenticated',
  readPolicy: ['administrator'],
  changePolicy: ['administrator'],
} as const satisfies Record<string, Access>;
