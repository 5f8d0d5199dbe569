import type { Role } from '../../contracts/roles.ts';
import type { Caller } from './auth.ts';

/**
 * Scoped power, in one place (docs/SECURITY.md, "Scoped power"). Pure: the callers look up an
 * area's lineage (the area itself and every area above it, from the areas port) and pass it in.
 *
 * A grant with `areaId: null` covers the whole municipality; a grant for an area covers that area
 * and everything inside it (a district grant covers its buurten), because the grant's area then
 * appears in the lineage of every area below it.
 */

/** The grant an action rests on: its role and area (null: the whole municipality). Goes into the audit log. */
export interface Authority {
  role: Role;
  areaId: string | null;
}

/**
 * The grant of one of `roles` that covers the area with this lineage, or undefined when none does.
 * When several do, the widest (a municipality-wide grant before a district grant before a buurt
 * grant): that is the power the action relies on. An empty lineage — something without an area —
 * is covered only by a municipality-wide grant.
 */
export function authorityFor(
  caller: Caller | null,
  roles: readonly Role[],
  lineage: readonly string[],
): Authority | undefined {
  if (!caller) return undefined;
  let best: Authority | undefined;
  let bestRank = -1;
  for (const grant of caller.grants) {
    if (!roles.includes(grant.role)) continue;
    const rank = grant.areaId === null ? lineage.length : lineage.indexOf(grant.areaId);
    if (rank > bestRank) {
      best = { role: grant.role, areaId: grant.areaId };
      bestRank = rank;
    }
  }
  return best;
}

/**
 * The widest authority that covers every one of several areas (each given by its lineage), or
 * undefined when one of them is not covered. Used for actions on something with several areas.
 */
export function authorityForAll(
  caller: Caller | null,
  roles: readonly Role[],
  lineages: readonly (readonly string[])[],
): Authority | undefined {
  if (lineages.length === 0) return undefined;
  let widest: Authority | undefined;
  for (const lineage of lineages) {
    const authority = authorityFor(caller, roles, lineage);
    if (!authority) return undefined;
    if (!widest || authority.areaId === null || (widest.areaId !== null && lineage.includes(widest.areaId)))
      widest = authority;
  }
  return widest;
}

/**
 * The areas a caller's grants of these roles are for: null when one of them is municipality-wide,
 * an empty list when the caller has none. (Everything inside these areas is covered too: see
 * `coveredAreas` in the areas port for the full list.)
 */
export function scopeOf(caller: Caller | null, roles: readonly Role[]): string[] | null {
  if (!caller) return [];
  const grants = caller.grants.filter((grant) => roles.includes(grant.role));
  if (grants.some((grant) => grant.areaId === null)) return null;
  return [...new Set(grants.flatMap((grant) => (grant.areaId === null ? [] : [grant.areaId])))];
}

export const ROLE_ADMINISTRATORS: readonly Role[] = ['administrator'];

/**
 * Who may give — or withdraw — `role` for an area (its lineage; null for a municipality-wide grant):
 *
 * - a municipality-wide grant of any role: only a municipality-wide administrator;
 * - the administrator role for an area: an administrator whose grant lies strictly above that area
 *   (so nobody creates or removes a peer of their own scope, or anyone above it);
 * - any other role for an area: an administrator whose grant covers that area.
 *
 * The answer is the administrator grant that allows it (for the audit log), or undefined.
 * That nobody grants a role to themselves is checked separately (`isSelfGrant`), since withdrawing
 * one's own grant narrows power and stays allowed.
 */
export function roleAuthority(caller: Caller, role: Role, lineage: readonly string[] | null): Authority | undefined {
  if (lineage === null) return authorityFor(caller, ROLE_ADMINISTRATORS, []);
  return authorityFor(caller, ROLE_ADMINISTRATORS, role === 'administrator' ? lineage.slice(1) : lineage);
}

/** Nobody widens their own power: a role is always given by someone else. */
export function isSelfGrant(caller: Caller, accountId: string): boolean {
  return caller.accountId === accountId;
}
