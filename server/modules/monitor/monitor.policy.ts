import type { Access } from '../../../contracts/roles.ts';

/** The figures are public; changing the index weights and importing survey figures are staff work. */
export const monitorAccess = {
  read: 'public',
  /** Administrators for the whole municipality (checked in the service). */
  changeWeights: ['administrator'],
  /** Administrators and civil servants, for the areas the file names (checked per area). */
  importSurvey: ['administrator', 'civil_servant'],
} as const satisfies Record<string, Access>;
