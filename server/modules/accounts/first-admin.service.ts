import { randomBytes } from 'node:crypto';
import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { hashToken } from '../../http/auth.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import { createAccountsRepository } from './accounts.repository.ts';

/** How long the printed link sets the password: long enough to hand it to the person it is for. */
export const PASSWORD_LINK_HOURS = 24;
const DEFAULT_NAME = 'Beheerder';
const VIA = 'command line: accounts create-admin';

export interface FirstAdministratorDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
}

export interface FirstAdministratorResult {
  outcome: 'created' | 'granted' | 'already-administrator';
  accountId: string;
  /** A one-time link to set the password, when the account has none yet (new, or made earlier and never used). */
  passwordToken: string | null;
  passwordTokenExpiresAt: Date | null;
}

/**
 * The first administrator of a real installation (where no administrator exists to grant roles):
 * creates the account when the address is new, with a one-time password-set link instead of a
 * password, or gives an existing account the municipality-wide administrator role. Every change
 * is audit-logged in the same transaction (no actor: the command line). Running it again is safe.
 */
export async function createFirstAdministrator(
  deps: FirstAdministratorDeps,
  input: { email: string; displayName?: string | undefined },
): Promise<FirstAdministratorResult> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const repo = createAccountsRepository(trx);
    let account = await repo.findByEmail(input.email);
    let outcome: FirstAdministratorResult['outcome'] = 'granted';
    if (!account) {
      account = {
        id: deps.ids(),
        email: input.email,
        password_hash: null,
        display_name: input.displayName ?? DEFAULT_NAME,
        locale: 'nl',
        created_at: nowIso,
        password_changed_at: null,
        erased_at: null,
        home_area_id: null,
      };
      await repo.insert(account);
      await deps.audit(trx, {
        actorId: null,
        action: 'account.created',
        subjectType: 'account',
        subjectId: account.id,
        reason: VIA,
        authority: null,
      });
      outcome = 'created';
    }

    if (await repo.findSameGrant(account.id, 'administrator', null)) {
      outcome = 'already-administrator';
    } else {
      await repo.insertGrant({
        id: deps.ids(),
        account_id: account.id,
        role: 'administrator',
        area_id: null,
        granted_by: null,
        created_at: nowIso,
      });
      await deps.audit(trx, {
        actorId: null,
        action: 'role.granted',
        subjectType: 'account',
        subjectId: account.id,
        areaId: null,
        after: { role: 'administrator', areaId: null },
        reason: VIA,
        authority: null,
      });
    }

    if (account.password_hash !== null) {
      return { outcome, accountId: account.id, passwordToken: null, passwordTokenExpiresAt: null };
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + PASSWORD_LINK_HOURS * 3_600_000);
    await repo.insertPasswordReset({
      id: hashToken(token),
      account_id: account.id,
      expires_at: expiresAt.toISOString(),
    });
    return { outcome, accountId: account.id, passwordToken: token, passwordTokenExpiresAt: expiresAt };
  });
}
