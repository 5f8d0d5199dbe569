import type { AreaSummary } from '../../../../contracts/areas.ts';

export interface AreaOption {
  value: string;
  /** The area's name, indented by its level: the municipality, its districts, their neighbourhoods. */
  label: string;
  area: AreaSummary;
}

const byName = (a: AreaSummary, b: AreaSummary) => a.name.localeCompare(b.name, 'nl');

/**
 * Areas in the order a reader looks for them: the municipality, then each district followed by
 * its neighbourhoods, by name. Neighbourhoods whose district is unknown come last.
 */
export function areaOptions(areas: readonly AreaSummary[], kindLabel: (area: AreaSummary) => string): AreaOption[] {
  const option = (area: AreaSummary, depth: number): AreaOption => ({
    value: area.id,
    label: `${'\u2003'.repeat(depth)}${area.name} (${kindLabel(area)})`,
    area,
  });
  const children = (parentId: string, kind: AreaSummary['kind']) =>
    areas.filter((a) => a.kind === kind && a.parentId === parentId).sort(byName);
  const out: AreaOption[] = [];
  const seen = new Set<string>();
  const push = (area: AreaSummary, depth: number) => {
    if (seen.has(area.id)) return;
    seen.add(area.id);
    out.push(option(area, depth));
  };
  const municipalities = areas.filter((a) => a.kind === 'municipality').sort(byName);
  const districts = areas.filter((a) => a.kind === 'district').sort(byName);
  for (const municipality of municipalities) push(municipality, 0);
  for (const district of districts) {
    push(district, 1);
    for (const neighbourhood of children(district.id, 'neighbourhood')) push(neighbourhood, 2);
  }
  for (const rest of areas.filter((a) => !seen.has(a.id)).sort(byName))
    push(rest, rest.kind === 'municipality' ? 0 : 2);
  return out;
}
