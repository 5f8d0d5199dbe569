import type { Person } from '../../../contracts/people.ts';
import { staffRoles } from '../../../contracts/roles.ts';
import type { Db } from '../../db/database.ts';
import type { Caller } from '../../http/auth.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { scopeOf } from '../../http/scope.ts';
import { coveredAreas, type AreasPort } from '../areas/areas.port.ts';
import { createAccountsRepository } from './accounts.repository.ts';
import { createPeopleRepository } from './people.repository.ts';

export interface PeopleDeps {
  db: Db;
  areas: Pick<AreasPort, 'subtree' | 'refs'>;
}

/**
 * Who a caller may find by name: staff, the people living in the areas of their grants (the whole
 * municipality for a municipality-wide grant); a resident, the neighbours of their own
 * neighbourhood (to give hours to) — nobody else. Only a name and a neighbourhood are shown.
 */
export function createPeopleService({ db, areas }: PeopleDeps) {
  const repo = createPeopleRepository(db);

  async function findableAreas(caller: Caller): Promise<string[] | null> {
    const scope = scopeOf(caller, staffRoles);
    if (scope === null || scope.length > 0) return coveredAreas(areas, scope);
    const home = (await createAccountsRepository(db).findById(caller.accountId))?.home_area_id;
    return home ? [home] : [];
  }

  return {
    async search(caller: Caller, q: string, limit: number, cursor?: string) {
      const areaIds = await findableAreas(caller);
      const rows = await repo.search(q, areaIds, limit, decodeCursor(cursor));
      const names = await areas.refs(rows.flatMap((row) => (row.home_area_id ? [row.home_area_id] : [])));
      return toPage(
        rows,
        limit,
        (row) => ({ sort: row.display_name, id: row.id }),
        (row): Person => ({
          id: row.id,
          displayName: row.display_name,
          neighbourhood: row.home_area_id ? (names.get(row.home_area_id)?.name ?? null) : null,
        }),
      );
    },
  };
}
export type PeopleService = ReturnType<typeof createPeopleService>;
