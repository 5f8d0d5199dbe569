import type { Me } from '../../../contracts/accounts.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { ApiClient } from '../../app/api-client.ts';
import { adminPaths } from '../admin/admin.paths.ts';
import { areasApi } from '../areas/areas.api.ts';
import { areaPaths } from '../areas/areas.paths.ts';
import { helpPaths } from '../help/help.paths.ts';
import { initiativePaths } from '../initiatives/initiatives.paths.ts';
import { steeringPaths } from '../steering/steering.paths.ts';

/** Only paths on this site: a crafted return address must not send people elsewhere after log-in. */
export function safeReturnPath(from: string | null | undefined): string | null {
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/\\') ? from : null;
}

/** A staff member's everyday page, for the first of their roles in this order. */
const STAFF_HOME: ReadonlyArray<[Role, string]> = [
  ['civil_servant', initiativePaths.worklist],
  ['professional', helpPaths.team],
  ['steering_officer', steeringPaths.worklist],
  ['administrator', adminPaths.home],
];

/**
 * Where someone lands after logging in without a page to return to: staff on their worklist,
 * a resident on their neighbourhood's page, or on "Mijn buurt" to choose one.
 */
export async function landingPath(api: ApiClient, me: Me): Promise<string> {
  const staff = STAFF_HOME.find(([role]) => me.roles.some((grant) => grant.role === role));
  if (staff) return staff[1];
  if (!me.homeAreaId) return areaPaths.myNeighbourhood;
  try {
    return areaPaths.area((await areasApi.area(api, me.homeAreaId)).code);
  } catch {
    return areaPaths.myNeighbourhood;
  }
}
