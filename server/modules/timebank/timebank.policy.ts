import type { Access } from '../../../contracts/roles.ts';

export const timebankAccess = {
  balance: 'authenticated',
  history: 'authenticated',
  gift: 'authenticated',
  pot: 'authenticated',
  /** Corrections: an administrator, or the neighbourhood team for the exchange's area (checked per transaction). */
  reverse: ['administrator', 'professional'],
} as const satisfies Record<string, Access>;
