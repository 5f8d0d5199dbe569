import type { AreaRef } from '../../../contracts/areas.ts';

/** What budgeting needs from the areas module (its service satisfies this). */
export interface BudgetAreas {
  /** The area and its ancestors; undefined when there is no such area. */
  lineage(areaId: string): Promise<{ area: AreaRef; ids: string[] } | undefined>;
  refs(ids: readonly string[]): Promise<Map<string, AreaRef>>;
}

/** What budgeting needs from resident verification. */
export interface ResidentRegistry {
  /** The neighbourhoods this account is a verified resident of. */
  verifiedAreaIds(accountId: string): Promise<string[]>;
}
