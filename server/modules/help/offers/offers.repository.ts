import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import type { HelpOffersTable } from '../help.tables.ts';

export type OfferRow = HelpOffersTable & { areaIds: string[] };

export function createOffersRepository(db: Db) {
  async function withAreas(rows: HelpOffersTable[]): Promise<OfferRow[]> {
    if (rows.length === 0) return [];
    const areas = await db
      .selectFrom('help_offer_areas')
      .selectAll()
      .where(
        'offer_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((row) => ({
      ...row,
      areaIds: areas
        .filter((a) => a.offer_id === row.id)
        .map((a) => a.area_id)
        .sort(),
    }));
  }

  return {
    async insert(row: HelpOffersTable, areaIds: readonly string[]): Promise<void> {
      await db.insertInto('help_offers').values(row).execute();
      await db
        .insertInto('help_offer_areas')
        .values(areaIds.map((area_id) => ({ offer_id: row.id, area_id })))
        .execute();
    },
    async replace(
      id: string,
      changes: Omit<HelpOffersTable, 'id' | 'helper_id' | 'created_at'>,
      areaIds: readonly string[],
    ): Promise<void> {
      await db.updateTable('help_offers').set(changes).where('id', '=', id).execute();
      await db.deleteFrom('help_offer_areas').where('offer_id', '=', id).execute();
      await db
        .insertInto('help_offer_areas')
        .values(areaIds.map((area_id) => ({ offer_id: id, area_id })))
        .execute();
    },
    async find(id: string): Promise<OfferRow | undefined> {
      const row = await db.selectFrom('help_offers').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? (await withAreas([row]))[0] : undefined;
    },
    async delete(id: string): Promise<void> {
      await db.deleteFrom('help_offer_areas').where('offer_id', '=', id).execute();
      await db.deleteFrom('help_offers').where('id', '=', id).execute();
    },

    async list(
      filter: { areaIds?: readonly string[] | undefined; helperId?: string | undefined; activeOnly: boolean },
      limit: number,
      after?: Keyset,
    ): Promise<OfferRow[]> {
      let query = db.selectFrom('help_offers').selectAll('help_offers');
      if (filter.areaIds) {
        const areaIds = filter.areaIds.length > 0 ? [...filter.areaIds] : [''];
        query = query.where('id', 'in', (eb) =>
          eb.selectFrom('help_offer_areas').select('offer_id').where('area_id', 'in', areaIds),
        );
      }
      if (filter.helperId) query = query.where('helper_id', '=', filter.helperId);
      if (filter.activeOnly) query = query.where('active', '=', 1);
      if (after) {
        const sort = String(after.sort);
        query = query.where((eb) =>
          eb.or([eb('created_at', '<', sort), eb.and([eb('created_at', '=', sort), eb('id', '<', after.id)])]),
        );
      }
      return withAreas(
        await query
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(limit + 1)
          .execute(),
      );
    },

    /** Active offers in any of these neighbourhoods: the candidates for one request. Bounded. */
    async candidates(areaIds: readonly string[], max: number): Promise<OfferRow[]> {
      if (areaIds.length === 0) return [];
      const rows = await db
        .selectFrom('help_offers')
        .selectAll('help_offers')
        .where('active', '=', 1)
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('help_offer_areas')
            .select('offer_id')
            .where('area_id', 'in', [...areaIds]),
        )
        .orderBy('created_at')
        .limit(max)
        .execute();
      return withAreas(rows);
    },

    ofHelper(helperId: string): Promise<HelpOffersTable[]> {
      return db.selectFrom('help_offers').selectAll().where('helper_id', '=', helperId).execute();
    },
  };
}
export type OffersRepository = ReturnType<typeof createOffersRepository>;
