import { describe, expect, it } from 'vitest';
import { filterGroups, foldText, groupByDistrict, type ChecklistArea } from './area-groups.ts';

const area = (id: string, name: string, parentId: string | null = null): ChecklistArea => ({
  id,
  name,
  code: id.toUpperCase(),
  parentId,
});

const districts = [area('wk2', 'Zuid'), area('wk1', 'Centrum')];
const neighbourhoods = [
  area('bu3', 'Oude Haven', 'wk1'),
  area('bu1', 'Binnenstad', 'wk1'),
  area('bu2', 'Rivierwijk', 'wk2'),
  area('bu9', 'Buitengebied'),
];

describe('groupByDistrict', () => {
  it('puts neighbourhoods under their district, both by name, loose ones last', () => {
    const groups = groupByDistrict(districts, neighbourhoods);
    expect(groups.map((g) => [g.district?.name ?? null, g.neighbourhoods.map((n) => n.name)])).toEqual([
      ['Centrum', ['Binnenstad', 'Oude Haven']],
      ['Zuid', ['Rivierwijk']],
      [null, ['Buitengebied']],
    ]);
  });
});

describe('filterGroups', () => {
  const groups = groupByDistrict(districts, neighbourhoods);
  const names = (query: string) => filterGroups(groups, query).map((g) => g.neighbourhoods.map((n) => n.name));

  it.each([
    ['', [['Binnenstad', 'Oude Haven'], ['Rivierwijk'], ['Buitengebied']]],
    ['haven', [['Oude Haven']]],
    ['  HAVEN ', [['Oude Haven']]],
    ['centrum', [['Binnenstad', 'Oude Haven']]],
    ['bu2', [['Rivierwijk']]],
    ['xyz', []],
  ])('%j keeps %j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('ignores accents and case', () => {
    expect(foldText('Ève Straße')).toBe('eve straße');
  });
});
