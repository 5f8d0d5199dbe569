import { indicatorIds, type IndicatorId } from '../../../contracts/monitor.ts';
import { isSuppressed, type RawFigure } from './indicators.ts';
import type { AreaNode } from './snapshot.ts';

/**
 * Secondary suppression (docs/monitor.md, "Privacy: suppression"). Hiding a figure that rests on
 * fewer than `k` residents is not enough when its parent and its other siblings are shown: the
 * parent's count minus the siblings' counts gives the hidden one back. So, per parent and
 * indicator, the counts (`base`) the parent does not account for with shown children must be none
 * or at least `k`; when not, the shown children with the smallest counts are withheld as well,
 * until they are. A withheld parent must not be given back by its shown children either, so the
 * same holds below it; one pass from the municipality down settles every level, because withholding
 * a child never changes what its parent reveals.
 *
 * Pure: returns the figures to withhold beyond the primary suppression, as `areaId\0indicator` keys.
 * Counts are treated as additive (a district's residents are its neighbourhoods' residents); for
 * figures where they are not quite (ties across neighbourhoods), the rule still hides the smallest.
 */
export function withheldFigures(
  areas: readonly AreaNode[],
  figures: ReadonlyMap<string, readonly RawFigure[]>,
  k: number,
  populationOf: (areaId: string) => number | null,
): Set<string> {
  const withheld = new Set<string>();
  const children = new Map<string, AreaNode[]>();
  for (const area of areas)
    if (area.parentId) children.set(area.parentId, [...(children.get(area.parentId) ?? []), area]);
  const depth = (area: AreaNode): number => {
    let n = 0;
    for (let a = area; a.parentId && n < 5; n++) {
      const parent = areas.find((p) => p.id === a.parentId);
      if (!parent) break;
      a = parent;
    }
    return n;
  };
  // From the top down, so a parent's own withholding is known before its children are looked at.
  const parents = areas.filter((a) => children.has(a.id)).sort((a, b) => depth(a) - depth(b) || (a.id < b.id ? -1 : 1));
  const byArea = new Map<string, Map<IndicatorId, RawFigure>>();
  for (const [areaId, list] of figures) byArea.set(areaId, new Map(list.map((f) => [f.indicator, f])));
  const key = (areaId: string, indicator: IndicatorId) => `${areaId}\u0000${indicator}`;
  const hidden = (areaId: string, figure: RawFigure) =>
    withheld.has(key(areaId, figure.indicator)) || isSuppressed(figure, populationOf(areaId), k);

  for (const parent of parents) {
    for (const indicator of indicatorIds) {
      const own = byArea.get(parent.id)?.get(indicator);
      const total = own?.base ?? null;
      if (!own || total === null) continue;
      const kids = (children.get(parent.id) ?? [])
        .map((area) => ({ id: area.id, figure: byArea.get(area.id)?.get(indicator) }))
        .filter((kid): kid is { id: string; figure: RawFigure } => kid.figure !== undefined);
      const shown = kids
        .filter((kid) => !hidden(kid.id, kid.figure))
        .sort((a, b) => (a.figure.base ?? 0) - (b.figure.base ?? 0) || (a.id < b.id ? -1 : 1));
      const parentHidden = hidden(parent.id, own);
      // Nothing to protect: every child with someone in it is shown, and so is the parent.
      if (!parentHidden && kids.every((kid) => (kid.figure.base ?? 0) <= 0 || !hidden(kid.id, kid.figure))) continue;
      let unaccounted = total - shown.reduce((sum, kid) => sum + (kid.figure.base ?? 0), 0);
      // A shown parent may leave nothing unaccounted; a withheld one may not (its children would give it back).
      const safe = () => unaccounted >= k || (unaccounted <= 0 && !(parentHidden && total > 0));
      while (!safe()) {
        const next = shown.shift();
        if (!next) break;
        if ((next.figure.base ?? 0) <= 0) continue; // withholding a zero adds nothing
        withheld.add(key(next.id, indicator));
        unaccounted += next.figure.base ?? 0;
      }
    }
  }
  return withheld;
}
