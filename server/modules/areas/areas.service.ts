import {
  type AgeBands,
  type Area,
  type AreaGeometry,
  type AreaMap,
  type AreaRef,
  type AreaSummary,
} from '../../../contracts/areas.ts';
import type { Db } from '../../db/database.ts';
import { decodeCursor, toPage } from '../../http/pagination.ts';
import { notFound } from '../../http/problem.ts';
import { bboxOf, type Bbox } from './geometry.ts';
import { createAreasRepository, type AreaFilter, type AreaSummaryRow } from './areas.repository.ts';
import type { AreasTable } from './areas.tables.ts';

/** An area's place in the tree. */
export interface AreaNodeRef extends AreaRef {
  parentId: string | null;
  population: number | null;
}

const ANY_CODE = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;

/** Reading areas: lists, one area with its outline, and the map of a municipality or district. */
export function createAreasService(db: Db) {
  const repo = createAreasRepository(db);

  /** Areas are addressed by id or, for readable links, by CBS code. */
  async function find(idOrCode: string): Promise<AreasTable | undefined> {
    return ANY_CODE.test(idOrCode) ? repo.findByCode(idOrCode) : repo.findById(idOrCode);
  }

  async function mustFind(idOrCode: string): Promise<AreasTable> {
    const area = await find(idOrCode);
    if (!area) throw notFound('The area');
    return area;
  }

  return {
    async list(filter: AreaFilter, limit: number, cursor?: string) {
      const rows = await repo.list(filter, limit, decodeCursor(cursor));
      return toPage(rows, limit, (row) => ({ sort: row.code, id: row.id }), presentSummary);
    },

    async children(idOrCode: string, limit: number, cursor?: string) {
      const area = await mustFind(idOrCode);
      const rows = await repo.list({ parentId: area.id }, limit, decodeCursor(cursor));
      return toPage(rows, limit, (row) => ({ sort: row.code, id: row.id }), presentSummary);
    },

    async get(idOrCode: string): Promise<Area> {
      const area = await mustFind(idOrCode);
      const ancestorIds = [area.municipality_id, area.parent_id].filter(
        (id): id is string => id !== null && id !== area.id,
      );
      const ancestors = await repo.summariesByIds([...new Set(ancestorIds)]);
      const order = { municipality: 0, district: 1, neighbourhood: 2 } as const;
      return {
        ...presentSummary(area),
        ancestors: ancestors.sort((a, b) => order[a.kind] - order[b.kind]).map(presentRef),
        childCount: await repo.countChildren(area.id),
        geometry: area.geometry_json ? (JSON.parse(area.geometry_json) as AreaGeometry) : null,
        bbox: area.bbox_json ? (JSON.parse(area.bbox_json) as Bbox) : null,
        updatedAt: area.updated_at,
      };
    },

    /** One municipality's (or district's) neighbourhoods: bounded, and simplified at import. */
    async map(idOrCode: string): Promise<AreaMap> {
      const area = await mustFind(idOrCode);
      const rows = await repo.mapFeatures(area);
      const features = rows.map((row) => ({
        type: 'Feature' as const,
        id: row.id,
        properties: {
          id: row.id,
          code: row.code,
          name: row.name,
          kind: row.kind,
          parentId: row.parent_id,
          population: row.population,
        },
        geometry: JSON.parse(row.map_geometry_json ?? 'null') as AreaGeometry,
      }));
      const bbox = bboxOf(features.map((f) => f.geometry));
      return { type: 'FeatureCollection', ...(bbox ? { bbox } : {}), features };
    },

    /** Every area, as a tree of ids with codes, names and populations (for the monitor's roll-up). */
    async hierarchy(): Promise<AreaNodeRef[]> {
      const rows = await repo.hierarchy();
      return rows.map((row) => ({ ...presentRef(row), parentId: row.parent_id, population: row.population }));
    },

    async exists(id: string): Promise<boolean> {
      return (await repo.findById(id)) !== undefined;
    },

    async isNeighbourhood(id: string): Promise<boolean> {
      return (await repo.findById(id))?.kind === 'neighbourhood';
    },

    /**
     * The area and everything above it, for scoped role checks: a grant for a district covers
     * its neighbourhoods. Undefined when there is no such area.
     */
    async lineage(idOrCode: string): Promise<{ area: AreaRef; ids: string[] } | undefined> {
      const area = await find(idOrCode);
      if (!area) return undefined;
      const ids = [area.id, area.parent_id, area.municipality_id].filter((id): id is string => id !== null);
      return { area: presentRef(area), ids: [...new Set(ids)] };
    },

    /** Neighbourhoods that touch this one. */
    async nearby(areaId: string): Promise<string[]> {
      return repo.neighbourIds(areaId);
    },

    /** The neighbourhoods below an area (itself when it is a neighbourhood); empty for an unknown area. */
    async within(areaId: string): Promise<string[]> {
      const area = await repo.findById(areaId);
      return area ? repo.neighbourhoodIdsWithin(area) : [];
    },

    /** The area and every area inside it (for scoped grants: what a grant for this area covers); empty when unknown. */
    async subtree(areaId: string): Promise<string[]> {
      const area = await repo.findById(areaId);
      return area ? repo.idsWithin(area) : [];
    },

    async refs(ids: readonly string[]): Promise<Map<string, AreaRef>> {
      const rows = await repo.summariesByIds([...new Set(ids)]);
      return new Map(rows.map((row) => [row.id, presentRef(row)]));
    },
  };
}
export type AreasService = ReturnType<typeof createAreasService>;

export function presentSummary(row: AreaSummaryRow): AreaSummary {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    parentId: row.parent_id,
    population: row.population,
    ageBands: row.age_bands_json ? (JSON.parse(row.age_bands_json) as AgeBands) : null,
  };
}

function presentRef(row: Pick<AreasTable, 'id' | 'kind' | 'code' | 'name'>): AreaRef {
  return { id: row.id, kind: row.kind, code: row.code, name: row.name };
}
