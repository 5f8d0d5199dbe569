/** What an area checklist needs to know of an area. */
export interface ChecklistArea {
  id: string;
  name: string;
  code: string;
  parentId: string | null;
}

export interface AreaGroup {
  /** The district (wijk), or null for the neighbourhoods outside any known district. */
  district: ChecklistArea | null;
  neighbourhoods: ChecklistArea[];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Lower case without accents, so "Zuid" finds "zuid" and "Ève" finds "eve". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** Neighbourhoods grouped under their district, both by name; the ones without a district last. */
export function groupByDistrict(
  districts: readonly ChecklistArea[],
  neighbourhoods: readonly ChecklistArea[],
): AreaGroup[] {
  const byName = (a: ChecklistArea, b: ChecklistArea) => collator.compare(a.name, b.name);
  const groups = [...districts].sort(byName).map((district) => ({
    district,
    neighbourhoods: neighbourhoods.filter((n) => n.parentId === district.id).sort(byName),
  }));
  const known = new Set(districts.map((d) => d.id));
  const loose = neighbourhoods.filter((n) => n.parentId === null || !known.has(n.parentId)).sort(byName);
  return loose.length > 0 ? [...groups, { district: null, neighbourhoods: loose }] : groups;
}

/**
 * The groups that match a search: a district whose name or code matches keeps all its
 * neighbourhoods; otherwise only its neighbourhoods that match are kept. Empty groups are left out.
 */
export function filterGroups(groups: readonly AreaGroup[], query: string): AreaGroup[] {
  const q = foldText(query);
  if (q === '') return [...groups];
  const matches = (area: ChecklistArea) => foldText(area.name).includes(q) || foldText(area.code).includes(q);
  return groups.flatMap((group) => {
    if (group.district && matches(group.district)) return [group];
    const neighbourhoods = group.neighbourhoods.filter(matches);
    return neighbourhoods.length > 0 ? [{ district: group.district, neighbourhoods }] : [];
  });
}
