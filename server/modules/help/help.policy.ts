import type { Access, Role } from '../../../contracts/roles.ts';
import { hasRoleFor, type Caller } from '../../http/auth.ts';
import type { HelpRequestsTable } from './help.tables.ts';

/** The neighbourhood team: professionals (wijkteam, gebiedsmakelaar) for the area or an area around it. */
export const TEAM_ROLES: readonly Role[] = ['professional'];
/** Who records certificates of conduct (VOG): the team, or a civil servant. */
export const VOG_ROLES: readonly Role[] = ['professional', 'civil_servant'];

/** Route-level access; the finer, per-request rules are the functions below. */
export const helpAccess = {
  postRequest: 'authenticated',
  listRequests: 'authenticated',
  getRequest: 'authenticated',
  getContact: 'authenticated',
  changeRequest: 'authenticated',
  proposals: 'authenticated',
  invite: 'authenticated',
  answerInvitation: 'authenticated',
  myInvitations: 'authenticated',
  offers: 'authenticated',
  blocks: 'authenticated',
  report: 'authenticated',
  readVog: 'authenticated',
  recordVog: VOG_ROLES,
  team: TEAM_ROLES,
} as const satisfies Record<string, Access>;

export function isTeamFor(caller: Caller, lineage: readonly string[]): boolean {
  return hasRoleFor(caller, TEAM_ROLES, lineage);
}

/** The resident who asked, or the professional who posted for them and stays their contact. */
export function isAskingSide(caller: Caller, request: HelpRequestsTable): boolean {
  return request.contact_id === caller.accountId || request.requester_id === caller.accountId;
}

/** Only once both sides agreed: the helper who accepted, while the exchange runs and after. */
export function isAcceptedHelper(caller: Caller, request: HelpRequestsTable): boolean {
  return request.helper_id === caller.accountId && (request.status === 'matched' || request.status === 'closed');
}

/**
 * Who may read the exact address and contact details of a request: the asking side, the accepted
 * helper, a guardian of the resident, and the neighbourhood team for that area. Nobody else.
 */
export function maySeeContact(
  caller: Caller,
  request: HelpRequestsTable,
  facts: { lineage: readonly string[]; guardianIds: readonly string[] },
): boolean {
  return (
    isAskingSide(caller, request) ||
    isAcceptedHelper(caller, request) ||
    facts.guardianIds.includes(caller.accountId) ||
    isTeamFor(caller, facts.lineage)
  );
}

/** Propose, invite, cancel and close: the asking side or the team. */
export function mayManage(caller: Caller, request: HelpRequestsTable, lineage: readonly string[]): boolean {
  return isAskingSide(caller, request) || isTeamFor(caller, lineage);
}
