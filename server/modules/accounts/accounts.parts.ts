import type { Role } from '../../../contracts/roles.ts';
import type { ModuleParts, Platform } from '../../platform/module.ts';
import { accountsNotificationKinds } from './accounts.notification-kinds.ts';
import type { AccountsPort, MailContact } from './accounts.port.ts';
import { createAccountsRepository } from './accounts.repository.ts';
import { accountsRoutes } from './accounts.routes.ts';
import { createAccountsService, type AccountsService } from './accounts.service.ts';
import { peopleRoutes } from './people.routes.ts';
import { createPeopleService } from './people.service.ts';
import { createRolesService, type RolesService } from './roles.service.ts';
import { API_PREFIX } from '../../http/openapi.ts';
import { loginProvidersPersonalData } from './login-providers/login-providers.privacy.ts';
import { loginProvidersRoutes } from './login-providers/login-providers.routes.ts';
import { createLoginProvidersService } from './login-providers/login-providers.service.ts';
import { createOidcClient } from './login-providers/oidc-client.ts';

const STAFF_PAGE = 100;

/** Accounts, sessions, role grants, password reset, and "download my data" / "delete my account". */
export function createAccountsParts(platform: Platform): ModuleParts {
  const { db, clock, ids, audit, ports, settings } = platform;
  const accounts = createAccountsService({
    db,
    clock,
    ids,
    audit,
    notifications: ports.notifications,
    sessionDays: settings.sessionDays,
    personalData: platform.personalData,
    neighbourhoodExists: (areaId) => ports.areas.isNeighbourhood(areaId),
  });
  const roles = createRolesService({
    db,
    clock,
    ids,
    audit,
    areas: ports.areas,
  });
  const people = createPeopleService({ db, areas: ports.areas });
  const loginProviders = createLoginProvidersService({
    db,
    clock,
    ids,
    audit,
    log: platform.log,
    providers: settings.loginProviders,
    oidc: createOidcClient({
      redirectUri: (provider) => `${settings.publicUrl ?? ''}${API_PREFIX}/login-providers/${provider.id}/callback`,
    }),
    accounts,
    verification: ports.verification,
  });
  return {
    routes: async (app) => {
      await app.register(
        accountsRoutes({
          accounts,
          roles,
          cookieSecure: settings.cookieSecure,
          now: () => clock.now(),
          authRateLimit: settings.authRateLimit,
        }),
      );
      await app.register(peopleRoutes(people));
      await app.register(
        loginProvidersRoutes({
          service: loginProviders,
          cookieSecure: settings.cookieSecure,
          authRateLimit: settings.authRateLimit,
        }),
      );
    },
    personalData: [loginProvidersPersonalData],
    jobs: [
      {
        name: 'expired-sessions',
        everyMs: 60 * 60_000,
        run: (now) => createAccountsRepository(db).deleteExpiredSessions(now.toISOString()),
      },
      { name: 'forgotten-login-attempts', everyMs: 60 * 60_000, run: (now) => accounts.forgetLoginAttempts(now) },
      { name: 'ended-login-flows', everyMs: 60 * 60_000, run: (now) => loginProviders.forgetFlows(now) },
    ],
    notificationKinds: accountsNotificationKinds.kinds,
    ports: { accounts: accountsPort(accounts, roles) },
  };
}

function accountsPort(accounts: AccountsService, roles: Pick<RolesService, 'listAllAccounts'>): AccountsPort {
  return {
    findCaller: (sessionId, now) => accounts.findCaller(sessionId, now),
    displayNames: (accountIds) => accounts.displayNames(accountIds),
    findActive: (by) => accounts.findActive(by),
    isActive: async (accountId) => (await accounts.findActive({ accountId })) !== undefined,
    setHomeArea: (trx, accountId, areaId) => accounts.setHomeArea(trx, accountId, areaId),
    async mailContacts(db, accountIds) {
      const contacts = new Map<string, MailContact>();
      for (let i = 0; i < accountIds.length; i += 500)
        for (const row of await createAccountsRepository(db).mailContactsOf(accountIds.slice(i, i + 500)))
          contacts.set(row.id, {
            email: row.email ?? '',
            locale: row.locale,
            displayName: row.display_name,
            homeAreaId: row.home_area_id,
          });
      return contacts;
    },
    homeAreaOf: async (db, accountId) => (await createAccountsRepository(db).findById(accountId))?.home_area_id ?? null,
    async staffFor(role: Role, areaIds: readonly string[]) {
      const found = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await roles.listAllAccounts({ role }, STAFF_PAGE, cursor);
        for (const account of page.items) {
          const covers = account.roles.some(
            (grant) => grant.role === role && (grant.areaId === null || areaIds.includes(grant.areaId)),
          );
          if (covers && !account.erased) found.add(account.id);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return [...found];
    },
  };
}
