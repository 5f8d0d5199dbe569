import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Keyset } from '../../http/pagination.ts';

/** Accounts by part of their name, within some neighbourhoods (or all when `areaIds` is null). */
export function createPeopleRepository(db: Db) {
  return {
    search(q: string, areaIds: readonly string[] | null, limit: number, after: Keyset | undefined) {
      const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      let query = db
        .selectFrom('accounts')
        .select(['id', 'display_name', 'home_area_id'])
        .where('erased_at', 'is', null)
        // The backslash escapes % and _ typed by the caller, on both databases.
        .where(sql<boolean>`lower(display_name) like ${pattern} escape '\\'`);
      if (areaIds !== null) query = query.where('home_area_id', 'in', areaIds.length > 0 ? [...areaIds] : ['']);
      if (after)
        query = query.where((eb) =>
          eb.or([
            eb('display_name', '>', String(after.sort)),
            eb.and([eb('display_name', '=', String(after.sort)), eb('id', '>', after.id)]),
          ]),
        );
      return query
        .orderBy('display_name')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },
  };
}
