import type { Access } from '../../../contracts/roles.ts';

export const demoAccess = {
  /** Public on purpose, and only in demo mode: the log-in page shows the demo credentials. */
  accounts: 'public',
} as const satisfies Record<string, Access>;
