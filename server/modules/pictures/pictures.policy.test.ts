import { describe, expect, test } from 'vitest';
import type { Role } from '../../../contracts/roles.ts';
import type { Caller } from '../../http/auth.ts';
import { pictureRight, type SubjectRights } from './pictures.policy.ts';

const caller = (accountId: string, grants: Array<{ role: Role; areaId: string | null }> = []): Caller => ({
  accountId,
  sessionId: 's',
  csrfToken: 'c',
  grants,
});

// Areas as lineages: a buurt, its wijk, the municipality.
const buurtA = ['buurt-a', 'wijk-1', 'gemeente'];
const buurtB = ['buurt-b', 'wijk-1', 'gemeente'];
const initiative: SubjectRights = {
  managerIds: ['olga'],
  staffRoles: ['civil_servant', 'administrator'],
  areaLineages: [buurtA, buurtB],
  staffScope: 'any-area',
};
const round: SubjectRights = {
  ...initiative,
  managerIds: ['auteur'],
  staffRoles: ['civil_servant'],
  staffScope: 'every-area',
};

describe('who may manage a subject’s pictures', () => {
  test.each([
    ['nobody logged in', null, initiative, undefined],
    ['an organiser', caller('olga'), initiative, 'manager'],
    ['another resident', caller('bert'), initiative, undefined],
    [
      'a civil servant for one of its buurten',
      caller('x', [{ role: 'civil_servant', areaId: 'buurt-b' }]),
      initiative,
      'staff',
    ],
    ['a civil servant for its wijk', caller('x', [{ role: 'civil_servant', areaId: 'wijk-1' }]), initiative, 'staff'],
    ['a civil servant elsewhere', caller('x', [{ role: 'civil_servant', areaId: 'buurt-z' }]), initiative, undefined],
    ['a professional for the buurt', caller('x', [{ role: 'professional', areaId: 'buurt-a' }]), initiative, undefined],
    ['the proposal’s author', caller('auteur'), round, 'manager'],
    [
      'an officer for one buurt of a two-buurt round',
      caller('x', [{ role: 'civil_servant', areaId: 'buurt-a' }]),
      round,
      undefined,
    ],
    [
      'an officer for the wijk of the round',
      caller('x', [{ role: 'civil_servant', areaId: 'wijk-1' }]),
      round,
      'staff',
    ],
    ['an administrator for a round', caller('x', [{ role: 'administrator', areaId: null }]), round, undefined],
    [
      'a municipality-wide administrator for an initiative',
      caller('x', [{ role: 'administrator', areaId: null }]),
      initiative,
      'staff',
    ],
  ] as const)('%s', (_, who, rights, expected) => {
    expect(pictureRight(who, rights)?.kind).toBe(expected);
  });

  test('a staff right names the grant it rests on, for the audit log', () => {
    expect(pictureRight(caller('x', [{ role: 'civil_servant', areaId: 'wijk-1' }]), round)).toEqual({
      kind: 'staff',
      authority: { role: 'civil_servant', areaId: 'wijk-1' },
    });
  });
});
