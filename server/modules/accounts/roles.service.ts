import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { badRequest, conflict, notFound } from '../../http/problem.ts';
import type { AccountSummary } from '../../../contracts/accounts.ts';
import type { Role } from '../../../contracts/roles.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import { createAccountsRepository } from './accounts.repository.ts';
import { presentGrants } from './accounts.service.ts';

export interface RolesDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
  /** The area's id for an id or a CBS code; undefined when there is no such area. */
  resolveAreaId(idOrCode: string): Promise<string | undefined>;
}

/** Administrators assign and withdraw roles; every change is audit-logged with before and after. */
export function createRolesService(deps: RolesDeps) {
  const { db } = deps;
  const repo = createAccountsRepository(db);

  return {
    async listAccounts(filter: { q?: string | undefined; role?: Role | undefined }, limit: number, cursor?: string) {
      const rows = await repo.list(filter, limit, decodeCursor(cursor));
      const grants = await repo.grantsOf(rows.slice(0, limit).map((r) => r.id));
      return toPage(
        rows,
        limit,
        (row) => ({ sort: row.created_at, id: row.id }),
        (row): AccountSummary => ({
          id: row.id,
          email: row.email,
          displayName: row.display_name,
          createdAt: row.created_at,
          erased: row.erased_at !== null,
          roles: presentGrants(grants.filter((g) => g.account_id === row.id)),
        }),
      );
    },

    async grant(caller: Caller, accountId: string, input: { role: Exclude<Role, 'resident'>; areaId: string | null }) {
      const account = await repo.findById(accountId);
      if (!account || account.erased_at) throw notFound('The account');
      const areaId = input.areaId === null ? null : await deps.resolveAreaId(input.areaId);
      if (areaId === undefined) {
        throw badRequest('There is no area with this id or code.', [{ name: 'body.areaId', reason: 'Unknown area' }]);
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
        });
      });
      return { id: row.id, role: row.role, areaId: row.area_id };
    },

    async revoke(caller: Caller, accountId: string, grantId: string): Promise<void> {
      const grant = await repo.findGrant(accountId, grantId);
      if (!grant) throw notFound('The role assignment');
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
        });
      });
    },
  };
}
export type RolesService = ReturnType<typeof createRolesService>;
