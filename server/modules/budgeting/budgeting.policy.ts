import type { Access, Role } from '../../../contracts/roles.ts';
import type { Caller } from '../../http/auth.ts';
import { authorityForAll, type Authority } from '../../http/scope.ts';

/**
 * The budget officer (budgetfunctionaris) is a civil servant: municipality-wide, or for the
 * district or neighbourhoods of a round. Steering officers decide on public tasks, not on budgets.
 */
export const BUDGET_OFFICER: readonly Role[] = ['civil_servant'];

/** Who may call each budgeting endpoint; finer, per-round rules are in `mayManageRound`. */
export const budgetingAccess = {
  listRounds: 'public',
  getRound: 'public',
  createRound: BUDGET_OFFICER,
  updateRound: BUDGET_OFFICER,
  changePhase: BUDGET_OFFICER,
  importRound: BUDGET_OFFICER,
  listProposals: 'public',
  getProposal: 'public',
  submitProposal: 'authenticated',
  updateProposal: 'authenticated',
  withdrawProposal: 'authenticated',
  reviewProposal: BUDGET_OFFICER,
  participation: 'authenticated',
  castBallot: 'authenticated',
  lookupBallot: 'authenticated',
  changeBallot: 'authenticated',
  enterPaperBallot: BUDGET_OFFICER,
  requestCount: BUDGET_OFFICER,
  getResult: 'public',
  getCount: 'public',
  exportPabulib: 'public',
} as const satisfies Record<string, Access>;

/**
 * An officer manages a round only with the role for every one of its areas (granted for the area
 * itself, one above it, or the whole municipality). `lineages` holds each area with its ancestors.
 */
export function mayManageRound(caller: Caller | null, lineages: readonly (readonly string[])[]): boolean {
  return managerAuthority(caller, lineages) !== undefined;
}

/** The officer's grant that covers every area of the round (the widest one), for the audit log; undefined when none. */
export function managerAuthority(
  caller: Caller | null,
  lineages: readonly (readonly string[])[],
): Authority | undefined {
  return authorityForAll(caller, BUDGET_OFFICER, lineages);
}
