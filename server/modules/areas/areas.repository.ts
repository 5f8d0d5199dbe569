import type { AreaKind } from '../../../contracts/areas.ts';
import type { Db } from '../../db/database.ts';
import type { Keyset } from '../../http/pagination.ts';
import type { AreasTable } from './areas.tables.ts';

export interface AreaFilter {
  kind?: AreaKind | undefined;
  parentId?: string | undefined;
  q?: string | undefined;
}

/** Columns without the (large) geometry, for lists. */
const SUMMARY_COLUMNS = [
  'id',
  'kind',
  'code',
  'name',
  'parent_id',
  'municipality_id',
  'population',
  'age_bands_json',
  'updated_at',
] as const;
export type AreaSummaryRow = Pick<AreasTable, (typeof SUMMARY_COLUMNS)[number]>;

// SQLite allows 32,766 bound values per statement; 14 columns × 500 rows stays well below.
const INSERT_CHUNK = 500;

export function createAreasRepository(db: Db) {
  return {
    /** Ordered by CBS code, which also groups each district's neighbourhoods together. */
    async list(filter: AreaFilter, limit: number, after?: Keyset): Promise<AreaSummaryRow[]> {
      let query = db.selectFrom('areas').select(SUMMARY_COLUMNS);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      if (filter.parentId) query = query.where('parent_id', '=', filter.parentId);
      if (filter.q) {
        const pattern = `%${filter.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
        query = query.where((eb) =>
          eb.or([eb(eb.fn('lower', ['name']), 'like', pattern), eb(eb.fn('lower', ['code']), 'like', pattern)]),
        );
      }
      if (after) query = query.where('code', '>', String(after.sort));
      return query
        .orderBy('code')
        .limit(limit + 1)
        .execute();
    },

    findById(id: string): Promise<AreasTable | undefined> {
      return db.selectFrom('areas').selectAll().where('id', '=', id).executeTakeFirst();
    },
    findByCode(code: string): Promise<AreasTable | undefined> {
      return db.selectFrom('areas').selectAll().where('code', '=', code).executeTakeFirst();
    },
    summariesByIds(ids: readonly string[]): Promise<AreaSummaryRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db.selectFrom('areas').select(SUMMARY_COLUMNS).where('id', 'in', ids).execute();
    },
    async findByCodes(codes: readonly string[]): Promise<AreasTable[]> {
      const rows: AreasTable[] = [];
      for (let i = 0; i < codes.length; i += INSERT_CHUNK) {
        rows.push(
          ...(await db
            .selectFrom('areas')
            .selectAll()
            .where('code', 'in', codes.slice(i, i + INSERT_CHUNK))
            .execute()),
        );
      }
      return rows;
    },
    /** Names of every municipality and district: the importer accepts references to these. */
    namesOfContainers(): Promise<Array<{ code: string; name: string }>> {
      return db
        .selectFrom('areas')
        .select(['code', 'name'])
        .where('kind', 'in', ['municipality', 'district'])
        .execute();
    },

    async countChildren(id: string): Promise<number> {
      const row = await db
        .selectFrom('areas')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('parent_id', '=', id)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Every area's place in the tree, without outlines: one municipality's few hundred rows. */
    hierarchy() {
      return db
        .selectFrom('areas')
        .select(['id', 'kind', 'code', 'name', 'parent_id', 'population'])
        .orderBy('code')
        .execute();
    },

    /** The neighbourhoods inside a municipality or district, with their simplified outline. */
    mapFeatures(area: Pick<AreasTable, 'id' | 'kind'>) {
      let query = db
        .selectFrom('areas')
        .select(['id', 'kind', 'code', 'name', 'parent_id', 'population', 'map_geometry_json'])
        .where('kind', '=', 'neighbourhood')
        .where('map_geometry_json', 'is not', null);
      if (area.kind === 'municipality') query = query.where('municipality_id', '=', area.id);
      else if (area.kind === 'district') query = query.where('parent_id', '=', area.id);
      else query = query.where('id', '=', area.id);
      return query.orderBy('code').execute();
    },

    async insertMany(rows: readonly AreasTable[]): Promise<void> {
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await db
          .insertInto('areas')
          .values(rows.slice(i, i + INSERT_CHUNK))
          .execute();
      }
    },
    async update(id: string, changes: Partial<Omit<AreasTable, 'id' | 'code' | 'kind' | 'created_at'>>): Promise<void> {
      await db.updateTable('areas').set(changes).where('id', '=', id).execute();
    },

    async neighbourIds(areaId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('area_neighbours')
        .select('neighbour_id')
        .where('area_id', '=', areaId)
        .orderBy('neighbour_id')
        .execute();
      return rows.map((r) => r.neighbour_id);
    },
    /** Replaces what is known about which of these neighbourhoods touch. */
    async replaceNeighbours(
      areaIds: readonly string[],
      pairs: ReadonlyArray<readonly [string, string]>,
    ): Promise<void> {
      for (let i = 0; i < areaIds.length; i += INSERT_CHUNK) {
        const chunk = areaIds.slice(i, i + INSERT_CHUNK);
        await db
          .deleteFrom('area_neighbours')
          .where((eb) => eb.or([eb('area_id', 'in', chunk), eb('neighbour_id', 'in', chunk)]))
          .execute();
      }
      const rows = pairs.flatMap(([a, b]) => [
        { area_id: a, neighbour_id: b },
        { area_id: b, neighbour_id: a },
      ]);
      for (let i = 0; i < rows.length; i += INSERT_CHUNK * 5) {
        await db
          .insertInto('area_neighbours')
          .values(rows.slice(i, i + INSERT_CHUNK * 5))
          .execute();
      }
    },
    /** Ids of the neighbourhoods inside an area (the area itself when it is one). */
    async neighbourhoodIdsWithin(area: Pick<AreasTable, 'id' | 'kind'>): Promise<string[]> {
      if (area.kind === 'neighbourhood') return [area.id];
      const column = area.kind === 'municipality' ? 'municipality_id' : 'parent_id';
      const rows = await db
        .selectFrom('areas')
        .select('id')
        .where('kind', '=', 'neighbourhood')
        .where(column, '=', area.id)
        .orderBy('code')
        .execute();
      return rows.map((r) => r.id);
    },

    /** The area and every area inside it: districts and buurten of a municipality, buurten of a district. */
    async idsWithin(area: Pick<AreasTable, 'id' | 'kind'>): Promise<string[]> {
      if (area.kind === 'neighbourhood') return [area.id];
      const column = area.kind === 'municipality' ? 'municipality_id' : 'parent_id';
      const rows = await db.selectFrom('areas').select('id').where(column, '=', area.id).orderBy('code').execute();
      return [area.id, ...rows.map((r) => r.id).filter((id) => id !== area.id)];
    },

    /** Population and age bands of every child, to total them up for a district or municipality. */
    figuresOfChildren(parentIds: readonly string[]) {
      if (parentIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('areas')
        .select(['parent_id', 'population', 'age_bands_json'])
        .where('parent_id', 'in', parentIds)
        .execute();
    },
  };
}
export type AreasRepository = ReturnType<typeof createAreasRepository>;
