import type { Access } from '../../../contracts/roles.ts';

/** Who may call each accounts endpoint; the routes use these, the role-walk test checks them. */
export const accountsAccess = {
  register: 'public',
  login: 'public',
  passwordReset: 'public',
  logout: 'authenticated',
  me: 'authenticated',
  updateProfile: 'authenticated',
  changePassword: 'authenticated',
  exportData: 'authenticated',
  erase: 'authenticated',
  listAccounts: ['administrator'],
  grantRole: ['administrator'],
  revokeRole: ['administrator'],
  /** Residents find neighbours of their own buurt; staff, the people in the areas they work for (people.service.ts). */
  findPeople: 'authenticated',
} as const satisfies Record<string, Access>;
