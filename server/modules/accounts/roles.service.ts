import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { badRequest, conflict, notFound, ProblemError } from '../../http/problem.ts';
import { isSelfGrant, ROLE_ADMINISTRATORS, roleAuthority, scopeOf } from '../../http/scope.ts';
import type { AccountSummary } from '../../../contracts/accounts.ts';
import type { Role } from '../../../contracts/roles.ts';
import { coveredAreas, type AreasPort } from '../areas/areas.port.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import { createAccountsRepository } from './accounts.repository.ts';
import { presentGrants } from './accounts.service.ts';

export interface RolesDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
  /** An area (by id or CBS code) with its lineage, and the areas inside an area, for scoped administrators. */
  areas: Pick<AreasPort, 'lineage' | 'subtree'>;
}

type AccountFilter = { q?: string | undefined; role?: Role | undefined };

/**
 * Administrators assign and withdraw roles, each within its own scope (`roleAuthority` in
 * http/scope.ts; docs/SECURITY.md); every change is audit-logged with before, after and scope.
 */
export function createRolesService(deps: RolesDeps) {
  const { db } = deps;
  const repo = createAccountsRepository(db);

  /** The lineage of a grant's area; an area that no longer exists counts as itself alone. */
  async function lineageOf(areaId: string | null): Promise<string[] | null> {
    if (areaId === null) return null;
    return (await deps.areas.lineage(areaId))?.ids ?? [areaId];
  }

  /** Accounts with their role grants; `within` limits both to these areas (undefined: everything). */
  async function accountPage(
    filter: AccountFilter,
    within: readonly string[] | undefined,
    limit: number,
    cursor?: string,
  ) {
    const rows = await repo.list({ ...filter, within }, limit, decodeCursor(cursor));
    const grants = await repo.grantsOf(rows.slice(0, limit).map((r) => r.id));
    const shown =
      within === undefined ? grants : grants.filter((g) => g.area_id !== null && within.includes(g.area_id));
    return toPage(
      rows,
      limit,
      (row) => ({ sort: filter.q ? row.name_key : row.created_at, id: row.id }),
      (row): AccountSummary => ({
        id: row.id,
        email: row.email,
        displayName: row.display_name,
        createdAt: row.created_at,
        erased: row.erased_at !== null,
        roles: presentGrants(shown.filter((g) => g.account_id === row.id)),
      }),
    );
  }

  return {
    /** Every account, for other modules (the accounts port's `staffFor`); never for a route. */
    listAllAccounts: (filter: AccountFilter, limit: number, cursor?: string) =>
      accountPage(filter, undefined, limit, cursor),

    /**
     * The accounts an administrator may see, with their e-mail addresses: all of them for a
     * municipality-wide administrator; for one limited to an area, the accounts whose home
     * neighbourhood lies inside that area or that hold a role for an area inside it — and of their
     * roles only those inside it.
     */
    async listAccounts(caller: Caller, filter: AccountFilter, limit: number, cursor?: string) {
      const within = await coveredAreas(deps.areas, scopeOf(caller, ROLE_ADMINISTRATORS));
      return accountPage(filter, within ?? undefined, limit, cursor);
    },

    async grant(caller: Caller, accountId: string, input: { role: Exclude<Role, 'resident'>; areaId: string | null }) {
      if (isSelfGrant(caller, accountId))
        throw new ProblemError(403, 'Nobody grants a role to themselves; ask another administrator.', 'self-grant');
      const account = await repo.findById(accountId);
      if (!account || account.erased_at) throw notFound('The account');
      const lineage = input.areaId === null ? null : await deps.areas.lineage(input.areaId);
      if (lineage === undefined) {
        throw badRequest('There is no area with this id or code.', [{ name: 'body.areaId', reason: 'Unknown area' }]);
      }
      const areaId = lineage === null ? null : lineage.area.id;
      const authority = roleAuthority(caller, input.role, lineage === null ? null : lineage.ids);
      if (!authority) {
        throw new ProblemError(
          403,
          input.role === 'administrator'
            ? 'You may grant the administrator role only for an area inside your own.'
            : 'You may grant roles only for your own area or an area inside it.',
          'outside-your-scope',
        );
      }
      if (await repo.findSameGrant(accountId, input.role, areaId)) {
        throw conflict('The account already has this role for this area.', 'role-exists');
      }
      const row = {
        id: deps.ids(),
        account_id: accountId,
        role: input.role,
        area_id: areaId,
        granted_by: caller.accountId,
        created_at: deps.clock.now().toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        await createAccountsRepository(trx).insertGrant(row);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'role.granted',
          subjectType: 'account',
          subjectId: accountId,
          areaId,
          after: { role: input.role, areaId },
          authority,
        });
      });
      return { id: row.id, role: row.role, areaId: row.area_id };
    },

    async revoke(caller: Caller, accountId: string, grantId: string): Promise<void> {
      const grant = await repo.findGrant(accountId, grantId);
      // A grant outside the caller's scope is not found: its existence is not the caller's business.
      const authority = grant && roleAuthority(caller, grant.role, await lineageOf(grant.area_id));
      if (!grant || !authority) throw notFound('The role assignment');
      if (grant.role === 'administrator' && grant.area_id === null) {
        const admins = await db
          .selectFrom('role_assignments')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('role', '=', 'administrator')
          .where('area_id', 'is', null)
          .executeTakeFirstOrThrow();
        if (Number(admins.n) <= 1)
          throw conflict('This is the last administrator; grant the role to someone else first.', 'last-administrator');
      }
      await db.transaction().execute(async (trx) => {
        await createAccountsRepository(trx).deleteGrant(grantId);
        await deps.audit(trx, {
          actorId: caller.accountId,
          action: 'role.revoked',
          subjectType: 'account',
          subjectId: accountId,
          areaId: grant.area_id,
          before: { role: grant.role, areaId: grant.area_id },
          authority,
        });
      });
    },
  };
}
export type RolesService = ReturnType<typeof createRolesService>;
