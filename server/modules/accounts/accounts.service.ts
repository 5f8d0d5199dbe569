import { randomBytes } from 'node:crypto';
import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { hashToken, newSessionToken, type Caller } from '../../http/auth.ts';
import { badRequest, conflict, notFound, ProblemError, TooManyRequests, unauthorized } from '../../http/problem.ts';
import type { Me } from '../../../contracts/accounts.ts';
import type { AuditWriter } from '../audit/audit.service.ts';
import type { NotificationsPort } from '../notifications/notifications.port.ts';
import { accountsNotificationKinds } from './accounts.notification-kinds.ts';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password.ts';
import { createAccountsRepository } from './accounts.repository.ts';
import type { AccountsTable, RoleAssignmentsTable } from './accounts.tables.ts';
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottlePolicy } from './login-throttle.ts';
import { createLoginThrottleRepository } from './login-throttle.repository.ts';
import { ERASED_NAME, type PersonalDataSource } from './privacy.ts';

export interface AccountsDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
  /** The reset link goes out by mail, through the notification centre's outbox. */
  notifications: Pick<NotificationsPort, 'notify'>;
  sessionDays: number;
  personalData: readonly PersonalDataSource[];
  /** Checks a home neighbourhood (the areas module); without it no home neighbourhood can be set. */
  neighbourhoodExists?: (areaId: string) => Promise<boolean>;
  /** Per-address log-in throttling (login-throttle.ts); the default unless a test shortens it. */
  loginThrottle?: LoginThrottlePolicy;
}

export interface NewSession {
  token: string;
  expiresAt: Date;
}

const RESET_MINUTES = 30;

/** Log-in attempts are counted per normalised e-mail address; only its hash is stored. */
export function loginThrottleKey(email: string): string {
  return hashToken(email.trim().toLowerCase());
}

export function createAccountsService(deps: AccountsDeps) {
  const { db, clock, ids } = deps;
  const repo = createAccountsRepository(db);
  const throttlePolicy = deps.loginThrottle ?? DEFAULT_LOGIN_THROTTLE;
  const throttle = createLoginThrottleRepository(db, throttlePolicy);

  async function openSession(accountId: string): Promise<NewSession> {
    const { token, sessionId } = newSessionToken();
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + deps.sessionDays * 86_400_000);
    await repo.insertSession({
      id: sessionId,
      account_id: accountId,
      csrf_token: randomBytes(24).toString('base64url'),
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    });
    return { token, expiresAt };
  }

  async function requireAccount(accountId: string): Promise<AccountsTable> {
    const account = await repo.findById(accountId);
    if (!account || account.erased_at) throw notFound('The account');
    return account;
  }

  return {
    /** Sessions are looked up on every request: one indexed join. */
    async findCaller(sessionId: string, now: Date): Promise<Caller | null> {
      const session = await repo.findSession(sessionId, now.toISOString());
      if (!session) return null;
      const grants = await repo.grantsOf([session.account_id]);
      return {
        accountId: session.account_id,
        sessionId: session.id,
        csrfToken: session.csrf_token,
        grants: [{ role: 'resident', areaId: null }, ...grants.map((g) => ({ role: g.role, areaId: g.area_id }))],
      };
    },

    async register(input: {
      email: string;
      password: string;
      displayName: string;
      locale: 'nl' | 'en';
    }): Promise<NewSession> {
      if (await repo.findByEmail(input.email)) {
        throw conflict(
          'An account with this email address already exists. Log in, or reset your password.',
          'email-taken',
        );
      }
      const id = ids();
      try {
        await repo.insert({
          id,
          email: input.email,
          password_hash: await hashPassword(input.password),
          display_name: input.displayName,
          locale: input.locale,
          created_at: clock.now().toISOString(),
          password_changed_at: null,
          erased_at: null,
          home_area_id: null,
        });
      } catch (error) {
        // Two registrations with the same email at once: the unique index decides.
        if (await repo.findByEmail(input.email))
          throw conflict('An account with this email address already exists.', 'email-taken');
        throw error;
      }
      return openSession(id);
    },

    /**
     * The same answer for an unknown email and a wrong password, and the same throttling: after a
     * few attempts for one address, whatever their IP addresses, it is locked for a while (429 with
     * Retry-After, even for the right password). Rotates the session.
     */
    async login(input: { email: string; password: string }, previousSessionId?: string): Promise<NewSession> {
      const throttleKey = loginThrottleKey(input.email);
      const attempt = await throttle.attempt(throttleKey, clock.now());
      if (!attempt.allowed) {
        const minutes = Math.ceil(attempt.retryAfterMs / 60_000);
        throw new TooManyRequests(
          `Too many attempts to log in with this email address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or choose a new password with "Forgot password".`,
          'too-many-login-attempts',
          attempt.retryAfterMs,
        );
      }
      const account = await repo.findByEmail(input.email);
      const valid = account?.password_hash
        ? await verifyPassword(account.password_hash, input.password)
        : await verifyAgainstNothing(input.password);
      if (!account || !valid) throw unauthorized('The email address or password is not correct.');
      await throttle.reset(throttleKey);
      if (previousSessionId) await repo.deleteSession(previousSessionId);
      return openSession(account.id);
    },

    /**
     * A session for someone a provider vouched for (log-in through OpenID Connect). Like `login`, it
     * ends the session the browser had. Refused for an erased account.
     */
    async openProviderSession(accountId: string, previousSessionId?: string): Promise<NewSession> {
      await requireAccount(accountId);
      if (previousSessionId) await repo.deleteSession(previousSessionId);
      return openSession(accountId);
    },

    /**
     * An account made by a first log-in through a provider, inside the caller's transaction: no
     * password, the e-mail address only when the provider gave one, and never a role.
     */
    async createForProvider(
      trx: Db,
      input: { email: string | null; displayName: string; locale: 'nl' | 'en' },
    ): Promise<string> {
      const id = ids();
      await createAccountsRepository(trx).insert({
        id,
        email: input.email,
        password_hash: null,
        display_name: input.displayName,
        locale: input.locale,
        created_at: clock.now().toISOString(),
        password_changed_at: null,
        erased_at: null,
        home_area_id: null,
      });
      return id;
    },

    /** Whether the account has a password (else it logs in only through a provider). */
    async hasPassword(accountId: string): Promise<boolean> {
      return Boolean((await repo.findById(accountId))?.password_hash);
    },

    /** Whether an account uses this e-mail address. */
    async emailTaken(email: string): Promise<boolean> {
      return (await repo.findByEmail(email)) !== undefined;
    },

    /** Forgets log-in attempt counts that nobody added to for a day (a periodic job). */
    forgetLoginAttempts: (now: Date) => throttle.deleteForgotten(now),

    async logout(sessionId: string): Promise<void> {
      await repo.deleteSession(sessionId);
    },

    async me(caller: Caller): Promise<Me> {
      const account = await requireAccount(caller.accountId);
      const grants = await repo.grantsOf([account.id]);
      return {
        id: account.id,
        email: account.email ?? '',
        displayName: account.display_name,
        locale: account.locale === 'en' ? 'en' : 'nl',
        createdAt: account.created_at,
        homeAreaId: account.home_area_id,
        roles: presentGrants(grants),
        hasPassword: account.password_hash !== null,
        csrfToken: caller.csrfToken,
      };
    },

    async updateProfile(
      caller: Caller,
      changes: {
        displayName?: string | undefined;
        locale?: 'nl' | 'en' | undefined;
        homeAreaId?: string | null | undefined;
      },
    ) {
      await requireAccount(caller.accountId);
      const set: Partial<AccountsTable> = {};
      if (changes.displayName !== undefined) set.display_name = changes.displayName;
      if (changes.locale !== undefined) set.locale = changes.locale;
      if (changes.homeAreaId !== undefined) {
        if (changes.homeAreaId !== null && !(await deps.neighbourhoodExists?.(changes.homeAreaId))) {
          throw badRequest('There is no neighbourhood with this id.', [
            { name: 'body.homeAreaId', reason: 'Not a neighbourhood (buurt)' },
          ]);
        }
        set.home_area_id = changes.homeAreaId;
      }
      if (Object.keys(set).length > 0) await repo.update(caller.accountId, set);
    },

    /** Other sessions end; this one stays so the resident is not thrown out mid-task. */
    async changePassword(caller: Caller, input: { currentPassword: string; newPassword: string }): Promise<void> {
      const account = await requireAccount(caller.accountId);
      if (!account.password_hash || !(await verifyPassword(account.password_hash, input.currentPassword))) {
        throw badRequest('The current password is not correct.', [
          { name: 'body.currentPassword', reason: 'Not correct' },
        ]);
      }
      await repo.update(account.id, {
        password_hash: await hashPassword(input.newPassword),
        password_changed_at: clock.now().toISOString(),
      });
      await repo.deleteSessionsOf(account.id, caller.sessionId);
    },

    /** Always the same answer, whether or not the email is known. */
    async requestPasswordReset(email: string): Promise<void> {
      const account = await repo.findByEmail(email);
      if (!account) return;
      const token = randomBytes(32).toString('base64url');
      const expires = new Date(clock.now().getTime() + RESET_MINUTES * 60_000);
      await repo.insertPasswordReset({
        id: hashToken(token),
        account_id: account.id,
        expires_at: expires.toISOString(),
      });
      await deps.notifications.notify(db, [account.id], {
        kind: accountsNotificationKinds.qualified('password-reset'),
        message: '',
        link: `/wachtwoord-herstellen#${token}`,
        expiresAt: expires,
      });
    },

    async confirmPasswordReset(input: { token: string; newPassword: string }): Promise<void> {
      const nowIso = clock.now().toISOString();
      const tokenId = hashToken(input.token);
      await db.transaction().execute(async (trx) => {
        const tx = createAccountsRepository(trx);
        const reset = await tx.findPasswordReset(tokenId, nowIso);
        if (!reset || !(await tx.usePasswordReset(tokenId, nowIso))) {
          throw new ProblemError(
            400,
            'This reset link is not valid or has expired. Ask for a new one.',
            'reset-token-invalid',
            [{ name: 'body.token', reason: 'Unknown, used or expired' }],
          );
        }
        await tx.update(reset.account_id, {
          password_hash: await hashPassword(input.newPassword),
          password_changed_at: nowIso,
        });
        await tx.deleteSessionsOf(reset.account_id);
        // A resident locked out by someone guessing can always get in again this way.
        const email = (await tx.findById(reset.account_id))?.email;
        if (email) await createLoginThrottleRepository(trx, throttlePolicy).reset(loginThrottleKey(email));
      });
    },

    async exportData(caller: Caller): Promise<Record<string, unknown>> {
      const account = await requireAccount(caller.accountId);
      const grants = await repo.grantsOf([account.id]);
      const modules: Record<string, unknown> = {};
      for (const source of deps.personalData) modules[source.name] = await source.export(db, account.id);
      return {
        exportedAt: clock.now().toISOString(),
        account: {
          id: account.id,
          email: account.email,
          displayName: account.display_name,
          locale: account.locale,
          createdAt: account.created_at,
          passwordChangedAt: account.password_changed_at,
          homeAreaId: account.home_area_id,
          roles: presentGrants(grants),
        },
        ...modules,
      };
    },

    /** Personal data goes; public contributions stay under an anonymous name. All or nothing. */
    async erase(caller: Caller, password: string | undefined): Promise<void> {
      const account = await requireAccount(caller.accountId);
      // An account made through a provider has no password: its session is the confirmation.
      if (account.password_hash && !(await verifyPassword(account.password_hash, password ?? ''))) {
        throw badRequest('The password is not correct.', [{ name: 'body.password', reason: 'Not correct' }]);
      }
      const nowIso = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const erasure = { displayName: account.display_name, email: account.email, at: nowIso };
        for (const source of deps.personalData) await source.erase(trx, account.id, erasure);
        const tx = createAccountsRepository(trx);
        await tx.deleteGrantsOf(account.id);
        await tx.deleteSessionsOf(account.id);
        await tx.update(account.id, {
          email: null,
          password_hash: null,
          display_name: ERASED_NAME,
          erased_at: nowIso,
          home_area_id: null,
        });
        await deps.audit(trx, {
          actorId: account.id,
          action: 'account.erased',
          subjectType: 'account',
          subjectId: account.id,
          authority: null,
        });
      });
    },

    /** An account that has not been erased, by id or email: how staff find a resident at the desk. */
    async findActive(by: {
      accountId?: string | undefined;
      email?: string | undefined;
    }): Promise<{ id: string; displayName: string } | undefined> {
      const account =
        by.accountId !== undefined
          ? await repo.findById(by.accountId)
          : by.email !== undefined
            ? await repo.findByEmail(by.email)
            : undefined;
      if (!account || account.erased_at) return undefined;
      return { id: account.id, displayName: account.display_name };
    },

    async displayNames(accountIds: readonly string[]): Promise<Map<string, string>> {
      const names = new Map<string, string>();
      const unique = [...new Set(accountIds)];
      // Chunked so a long list stays within SQLite's bound-parameter limit.
      for (let i = 0; i < unique.length; i += 500) {
        for (const row of await repo.displayNamesOf(unique.slice(i, i + 500))) names.set(row.id, row.display_name);
      }
      return names;
    },

    /** Sets the home neighbourhood inside the caller's transaction (verification proves where one lives). */
    async setHomeArea(trx: Db, accountId: string, areaId: string): Promise<void> {
      await createAccountsRepository(trx).update(accountId, { home_area_id: areaId });
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;

export function presentGrants(grants: RoleAssignmentsTable[]) {
  return grants.map((g) => ({ id: g.id, role: g.role, areaId: g.area_id }));
}
