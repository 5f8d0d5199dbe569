import type { Access, Role } from '../../../contracts/roles.ts';
import type { Caller } from '../../http/auth.ts';
import { authorityFor, authorityForAll, type Authority } from '../../http/scope.ts';

/**
 * Who may call each endpoint. Anyone sees the pictures of what they may see; uploading, changing
 * the alt text and removing are for logged-in accounts, and per subject (`pictureRight`) for:
 *
 * - an initiative and its updates: its organisers (initiator and organisers with an active
 *   membership), and civil servants and administrators for one of its neighbourhoods (the
 *   initiative's moderators);
 * - a budget proposal: the resident who submitted it, and the budget officers (civil servants)
 *   for every area of its round.
 */
export const picturesAccess = {
  list: 'public',
  file: 'public',
  upload: 'authenticated',
  change: 'authenticated',
  remove: 'authenticated',
} as const satisfies Record<string, Access>;

/** Who may manage the pictures of one subject, as the subject's own module tells it. */
export interface SubjectRights {
  /** Accounts that manage the subject themselves: the organisers, the proposal's author. */
  managerIds: readonly string[];
  /** Staff roles that may manage it for the municipality, within its areas. */
  staffRoles: readonly Role[];
  /** Each area of the subject with the areas above it. */
  areaLineages: readonly (readonly string[])[];
  /** An initiative's moderators need a grant for one of its areas; a round's officers for every one. */
  staffScope: 'any-area' | 'every-area';
}

/** The caller's right to manage a subject's pictures: as its own manager, on a staff grant, or none. */
export type PictureRight = { kind: 'manager' } | { kind: 'staff'; authority: Authority } | undefined;

export function pictureRight(caller: Caller | null, rights: SubjectRights): PictureRight {
  if (!caller) return undefined;
  if (rights.managerIds.includes(caller.accountId)) return { kind: 'manager' };
  const authority =
    rights.staffScope === 'every-area'
      ? authorityForAll(caller, rights.staffRoles, rights.areaLineages)
      : rights.areaLineages
          .map((lineage) => authorityFor(caller, rights.staffRoles, lineage))
          .find((found) => found !== undefined);
  return authority ? { kind: 'staff', authority } : undefined;
}
