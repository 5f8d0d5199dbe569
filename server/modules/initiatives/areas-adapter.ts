import type { AreaLookup } from './initiatives.deps.ts';

/** The slice of the areas module's service this module uses. */
export interface AreasServiceSlice {
  isNeighbourhood(id: string): Promise<boolean>;
  exists(id: string): Promise<boolean>;
  lineage(id: string): Promise<{ ids: string[] } | undefined>;
  within(id: string): Promise<string[]>;
}

export function areaLookupFrom(areas: AreasServiceSlice): AreaLookup {
  return {
    async unknownNeighbourhoods(areaIds) {
      const checks = await Promise.all(areaIds.map(async (id) => ((await areas.isNeighbourhood(id)) ? null : id)));
      return checks.filter((id): id is string => id !== null);
    },
    async withAncestors(areaIds) {
      const lineages = await Promise.all(areaIds.map((id) => areas.lineage(id)));
      return [...new Set([...areaIds, ...lineages.flatMap((lineage) => lineage?.ids ?? [])])];
    },
    neighbourhoodsWithin: (areaId) => areas.within(areaId),
    exists: (areaId) => areas.exists(areaId),
  };
}
