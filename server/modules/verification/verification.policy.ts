import type { Access } from '../../../contracts/roles.ts';

/**
 * Who may call each verification endpoint. The staff endpoints check, beyond the role, that the
 * role covers the neighbourhood (granted for it, its district, or the whole municipality).
 */
export const verificationAccess = {
  issueCodes: ['administrator'],
  listBatches: ['administrator'],
  verifyInPerson: ['professional', 'civil_servant'],
  redeem: 'authenticated',
  listMine: 'authenticated',
} as const satisfies Record<string, Access>;
