import type { InitiativeSummary } from '../../../contracts/initiatives.ts';
import type { Hideable, InitiativesTable } from './initiatives.tables.ts';

/** The moderation state, for those allowed to see hidden content; null when not hidden. */
export function moderationOf(row: Hideable): { hiddenAt: string; reason: string } | null {
  return row.hidden_at ? { hiddenAt: row.hidden_at, reason: row.hidden_reason ?? '' } : null;
}

export function presentInitiativeSummary(
  row: InitiativesTable,
  areaIds: string[],
  openNeeds: number,
): InitiativeSummary {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    domain: row.domain,
    status: row.status,
    areaIds,
    supportCount: row.support_count,
    openNeeds,
    createdAt: row.created_at,
    moderation: moderationOf(row),
  };
}
