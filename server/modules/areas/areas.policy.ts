import type { Access } from '../../../contracts/roles.ts';

/** Who may call each areas endpoint. Area outlines and figures are public information. */
export const areasAccess = {
  list: 'public',
  show: 'public',
  children: 'public',
  map: 'public',
  mapSettings: 'public',
  /** Further restricted in the route to a municipality-wide administrator. */
  import: ['administrator'],
} as const satisfies Record<string, Access>;
