import { describe, expect, test } from 'vitest';
import type { InitiativeStatus } from '../../../contracts/initiatives.ts';
import { checkTransition, statusVerb } from './lifecycle.ts';

describe('initiative lifecycle', () => {
  test.each<[InitiativeStatus, InitiativeStatus, string | undefined, boolean]>([
    ['idea', 'active', undefined, true],
    ['idea', 'sustained', undefined, false],
    ['idea', 'stopped', 'no volunteers', true],
    ['idea', 'stopped', undefined, false],
    ['active', 'sustained', undefined, true],
    ['active', 'idea', undefined, false],
    ['sustained', 'active', undefined, true],
    ['sustained', 'stopped', 'handed over', true],
    ['stopped', 'active', undefined, true],
    ['stopped', 'sustained', undefined, false],
    ['active', 'active', undefined, false],
  ])('%s → %s (reason %s): allowed %s', (from, to, reason, allowed) => {
    expect(checkTransition(from, to, reason).ok).toBe(allowed);
  });

  test('a stop without a reason names the reason field', () => {
    expect(checkTransition('active', 'stopped', undefined)).toEqual({
      ok: false,
      field: 'reason',
      reason: expect.any(String),
    });
  });

  test.each([
    ['idea', 'active', 'initiative.activated'],
    ['active', 'sustained', 'initiative.sustained'],
    ['sustained', 'active', 'initiative.activated'],
    ['active', 'stopped', 'initiative.stopped'],
    ['stopped', 'active', 'initiative.restarted'],
  ] as const)('%s → %s records %s', (from, to, verb) => {
    expect(statusVerb(from, to)).toBe(verb);
  });
});
