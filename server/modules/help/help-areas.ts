/**
 * What the help module needs to know about areas and verification, answered by the areas and
 * verification services (wired in app.ts). Kept narrow so the help module never reads their tables.
 */
export interface HelpAreas {
  exists(areaId: string): Promise<boolean>;
  /** Neighbourhoods next to this one (for "nearby" in matching). */
  nearby(areaId: string): Promise<string[]>;
  /** The area and every area it lies in, for area-scoped roles. */
  lineage(areaId: string): Promise<string[]>;
  /** The neighbourhoods below an area (itself when it is a neighbourhood), for area filters. */
  within(areaId: string): Promise<string[]>;
  /** Neighbourhoods each of these accounts is verified for (missing: none). */
  verifiedAreasOf(accountIds: readonly string[]): Promise<Map<string, string[]>>;
}
