import { describe, expect, test } from 'vitest';
import type { Role } from '../../contracts/roles.ts';
import type { Caller } from './auth.ts';
import { authorityFor, authorityForAll, isSelfGrant, roleAuthority, scopeOf } from './scope.ts';

// Lineages as the areas port gives them: the area first, then every area above it.
const CITY = 'gm';
const NORTH = ['wk-north', CITY];
const SOUTH = ['wk-south', CITY];
const NORTH_1 = ['bu-north-1', ...NORTH];
const NORTH_2 = ['bu-north-2', ...NORTH];
const SOUTH_1 = ['bu-south-1', ...SOUTH];

const caller = (...grants: Array<[Role, string | null]>): Caller => ({
  accountId: 'me',
  sessionId: 's',
  csrfToken: 'c',
  grants: grants.map(([role, areaId]) => ({ role, areaId })),
});

describe('authorityFor', () => {
  test('a district grant covers the district and its buurten, nothing else', () => {
    const officer = caller(['civil_servant', 'wk-north']);
    expect(authorityFor(officer, ['civil_servant'], NORTH_1)).toEqual({ role: 'civil_servant', areaId: 'wk-north' });
    expect(authorityFor(officer, ['civil_servant'], NORTH)).toEqual({ role: 'civil_servant', areaId: 'wk-north' });
    expect(authorityFor(officer, ['civil_servant'], SOUTH_1)).toBeUndefined();
    expect(authorityFor(officer, ['civil_servant'], [CITY])).toBeUndefined();
    expect(authorityFor(officer, ['civil_servant'], [])).toBeUndefined();
  });

  test('a buurt grant does not cover its district', () => {
    expect(authorityFor(caller(['professional', 'bu-north-1']), ['professional'], NORTH)).toBeUndefined();
    expect(authorityFor(caller(['professional', 'bu-north-1']), ['professional'], NORTH_2)).toBeUndefined();
  });

  test('a municipality-wide grant covers everything, also what has no area', () => {
    const wide = caller(['administrator', null]);
    for (const lineage of [NORTH_1, SOUTH, [CITY], []])
      expect(authorityFor(wide, ['administrator'], lineage)).toEqual({ role: 'administrator', areaId: null });
  });

  test('of several grants, the widest one that covers; other roles never count', () => {
    const both = caller(['professional', 'bu-north-1'], ['professional', 'wk-north'], ['administrator', null]);
    expect(authorityFor(both, ['professional'], NORTH_1)).toEqual({ role: 'professional', areaId: 'wk-north' });
    expect(authorityFor(both, ['professional', 'administrator'], NORTH_1)).toEqual({
      role: 'administrator',
      areaId: null,
    });
    expect(authorityFor(both, ['civil_servant'], NORTH_1)).toBeUndefined();
    expect(authorityFor(null, ['professional'], NORTH_1)).toBeUndefined();
  });
});

describe('authorityForAll', () => {
  test('every area must be covered', () => {
    const officer = caller(['civil_servant', 'wk-north']);
    expect(authorityForAll(officer, ['civil_servant'], [NORTH_1, NORTH_2])).toEqual({
      role: 'civil_servant',
      areaId: 'wk-north',
    });
    expect(authorityForAll(officer, ['civil_servant'], [NORTH_1, SOUTH_1])).toBeUndefined();
    expect(authorityForAll(officer, ['civil_servant'], [])).toBeUndefined();
  });

  test('the widest grant it relies on is the one recorded', () => {
    const officer = caller(['civil_servant', 'bu-north-1'], ['civil_servant', 'wk-north']);
    expect(authorityForAll(officer, ['civil_servant'], [NORTH_1, NORTH_2])?.areaId).toBe('wk-north');
  });
});

describe('scopeOf', () => {
  test('the areas of the grants, null when one is municipality-wide', () => {
    expect(
      scopeOf(caller(['professional', 'a'], ['professional', 'b'], ['civil_servant', 'c']), ['professional']),
    ).toEqual(['a', 'b']);
    expect(scopeOf(caller(['professional', 'a'], ['professional', null]), ['professional'])).toBeNull();
    expect(scopeOf(caller(['civil_servant', null]), ['professional'])).toEqual([]);
    expect(scopeOf(null, ['professional'])).toEqual([]);
  });
});

describe('roleAuthority: who may give or withdraw a role', () => {
  const cityAdmin = caller(['administrator', null]);
  const northAdmin = caller(['administrator', 'wk-north']);
  const buurtAdmin = caller(['administrator', 'bu-north-1']);

  test('a municipality-wide grant: only a municipality-wide administrator', () => {
    expect(roleAuthority(cityAdmin, 'civil_servant', null)).toEqual({ role: 'administrator', areaId: null });
    expect(roleAuthority(cityAdmin, 'administrator', null)).toEqual({ role: 'administrator', areaId: null });
    expect(roleAuthority(northAdmin, 'civil_servant', null)).toBeUndefined();
    expect(roleAuthority(northAdmin, 'administrator', null)).toBeUndefined();
  });

  test('other roles: anywhere inside the administrator’s own area, itself included', () => {
    expect(roleAuthority(northAdmin, 'professional', NORTH)).toEqual({ role: 'administrator', areaId: 'wk-north' });
    expect(roleAuthority(northAdmin, 'professional', NORTH_2)).toEqual({ role: 'administrator', areaId: 'wk-north' });
    expect(roleAuthority(northAdmin, 'professional', SOUTH_1)).toBeUndefined();
    expect(roleAuthority(northAdmin, 'professional', [CITY])).toBeUndefined();
    expect(roleAuthority(buurtAdmin, 'steering_officer', NORTH_1)).toEqual({
      role: 'administrator',
      areaId: 'bu-north-1',
    });
    expect(roleAuthority(buurtAdmin, 'steering_officer', NORTH)).toBeUndefined();
  });

  test('the administrator role: only strictly inside the administrator’s own area', () => {
    expect(roleAuthority(northAdmin, 'administrator', NORTH_1)).toEqual({ role: 'administrator', areaId: 'wk-north' });
    expect(roleAuthority(northAdmin, 'administrator', NORTH)).toBeUndefined();
    expect(roleAuthority(buurtAdmin, 'administrator', NORTH_1)).toBeUndefined();
    expect(roleAuthority(cityAdmin, 'administrator', [CITY])).toEqual({ role: 'administrator', areaId: null });
  });

  test('other roles never administer roles', () => {
    expect(roleAuthority(caller(['civil_servant', null]), 'professional', NORTH_1)).toBeUndefined();
  });

  test('giving oneself a role is recognised', () => {
    expect(isSelfGrant(cityAdmin, 'me')).toBe(true);
    expect(isSelfGrant(cityAdmin, 'someone-else')).toBe(false);
  });
});
