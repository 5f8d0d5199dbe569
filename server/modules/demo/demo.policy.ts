import type { Access } from '../../../contracts/roles.ts';

export const demoAccess = {
  /** Public on purpose, and only in demo mode: the log-in page shows the demo credentials. */
  accounts: 'public',
  /** Any logged-in visitor of the demo may get a fresh letter code to try verification. */
  letterCode: 'authenticated',
} as const satisfies Record<string, Access>;
