import type { AreasService } from './areas.service.ts';

/** What other modules may ask the areas module; they never read its tables. */
export type AreasPort = Pick<
  AreasService,
  'exists' | 'isNeighbourhood' | 'lineage' | 'within' | 'subtree' | 'nearby' | 'refs' | 'hierarchy' | 'map'
>;

/** The area's id and the ids of every area it lies in; empty when there is no such area. */
export async function lineageIds(areas: Pick<AreasPort, 'lineage'>, areaId: string): Promise<string[]> {
  return (await areas.lineage(areaId))?.ids ?? [];
}

/** These areas and every area above them, for roles granted per district or municipality. */
export async function withAncestors(areas: Pick<AreasPort, 'lineage'>, areaIds: readonly string[]): Promise<string[]> {
  const lineages = await Promise.all(areaIds.map((id) => areas.lineage(id)));
  return [...new Set([...areaIds, ...lineages.flatMap((lineage) => lineage?.ids ?? [])])];
}

/**
 * Every area a scope covers: the scope's areas and everything inside them (`scopeOf` in
 * http/scope.ts gives the scope). Null — the whole municipality — stays null.
 */
export async function coveredAreas(
  areas: Pick<AreasPort, 'subtree'>,
  scope: readonly string[] | null,
): Promise<string[] | null> {
  if (scope === null) return null;
  const subtrees = await Promise.all(scope.map((id) => areas.subtree(id)));
  return [...new Set([...scope, ...subtrees.flat()])];
}

/** The ids among these that are not neighbourhoods (buurten) of this municipality. */
export async function unknownNeighbourhoods(
  areas: Pick<AreasPort, 'isNeighbourhood'>,
  areaIds: readonly string[],
): Promise<string[]> {
  const checks = await Promise.all(areaIds.map(async (id) => ((await areas.isNeighbourhood(id)) ? null : id)));
  return checks.filter((id): id is string => id !== null);
}
