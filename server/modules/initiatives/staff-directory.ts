import type { RolesService } from '../accounts/roles.service.ts';
import type { StaffDirectory } from './initiatives.deps.ts';

const PAGE = 100;

/** Civil servants whose role covers one of these areas (or the whole municipality), via the accounts module's role list. */
export function staffDirectoryFrom(roles: Pick<RolesService, 'listAccounts'>): StaffDirectory {
  return {
    async respondersFor(areaIds) {
      const found = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await roles.listAccounts({ role: 'civil_servant' }, PAGE, cursor);
        for (const account of page.items) {
          const covers = account.roles.some(
            (grant) => grant.role === 'civil_servant' && (grant.areaId === null || areaIds.includes(grant.areaId)),
          );
          if (covers && !account.erased) found.add(account.id);
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return [...found];
    },
  };
}
