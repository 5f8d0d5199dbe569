import type { Access, Role } from '../../../contracts/roles.ts';
import { hasRoleFor, type Caller } from '../../http/auth.ts';
import { authorityFor, authorityForAll, type Authority } from '../../http/scope.ts';
import { forbidden } from '../../http/problem.ts';
import type { InitiativeMembersTable } from './initiatives.tables.ts';

/**
 * Route-level access for every endpoint of the module. Finer rules (organisers only, members
 * only, moderators for the area, verified residents) are the functions below, applied by the
 * services once the initiative is loaded.
 */
export const initiativesAccess = {
  browse: 'public',
  read: 'public',
  write: 'authenticated',
  moderate: ['civil_servant', 'administrator'],
  respond: ['civil_servant', 'steering_officer', 'administrator'],
} as const satisfies Record<string, Access>;

export const MODERATOR_ROLES = initiativesAccess.moderate satisfies readonly Role[];
export const RESPONDER_ROLES = initiativesAccess.respond satisfies readonly Role[];
export const ON_BEHALF_ROLES = ['professional'] as const satisfies readonly Role[];

/** What the caller is to one initiative. */
export interface InitiativeViewer {
  caller: Caller | null;
  /** The caller's own membership row, in any status. */
  membership: InitiativeMembersTable | undefined;
  isMember: boolean;
  isOrganiser: boolean;
  /** A civil servant or administrator for one of the initiative's areas (or above). */
  isModerator: boolean;
  /** May claim the response duty and publish the municipality's response. */
  isResponder: boolean;
  /** The grant that makes the caller a responder (recorded as the scope of the response in the audit log). */
  responderAuthority: Authority | undefined;
}

export function viewerOf(
  caller: Caller | null,
  membership: InitiativeMembersTable | undefined,
  areaLineage: readonly string[],
): InitiativeViewer {
  const active = membership?.status === 'active';
  return {
    caller,
    membership,
    isMember: active,
    isOrganiser: active && (membership?.role === 'initiator' || membership?.role === 'organiser'),
    isModerator: hasRoleFor(caller, MODERATOR_ROLES, areaLineage),
    isResponder: hasRoleFor(caller, RESPONDER_ROLES, areaLineage),
    responderAuthority: authorityFor(caller, RESPONDER_ROLES, areaLineage),
  };
}

export function requireOrganiser(viewer: InitiativeViewer): void {
  if (!viewer.isOrganiser) throw forbidden('Only the organisers of this initiative can do this.');
}

export function requireResponder(viewer: InitiativeViewer): Authority {
  if (!viewer.responderAuthority)
    throw forbidden('Only civil servants for this initiative’s neighbourhood can do this.');
  return viewer.responderAuthority;
}

/** Hidden content stays visible to its author, the initiative's organisers and moderators. */
export function canSeeHidden(viewer: InitiativeViewer, authorId: string | null): boolean {
  return viewer.isOrganiser || viewer.isModerator || (viewer.caller !== null && viewer.caller.accountId === authorId);
}

/**
 * A professional registers an initiative for a resident who is not online only where its grant
 * reaches: every neighbourhood of the initiative (each given by its lineage) must be covered.
 */
export function canRegisterOnBehalf(caller: Caller | null, lineages: readonly (readonly string[])[]): boolean {
  return authorityForAll(caller, ON_BEHALF_ROLES, lineages) !== undefined;
}
