import type { Access } from '../../../contracts/roles.ts';

/**
 * Who may call each endpoint of the site module. The identity and the footer pages belong to the
 * whole municipality: the service also asks for an administrator grant without an area.
 */
export const siteAccess = {
  readIdentity: 'public',
  changeIdentity: ['administrator'],
  readPage: 'public',
  changePage: ['administrator'],
  /** The stylesheet, the logo and the share image: what every page loads. */
  assets: 'public',
} as const satisfies Record<string, Access>;
