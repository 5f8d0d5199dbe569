import { describe, expect, test } from 'vitest';
import { subjectLink } from './subject-links.ts';

describe('where a notification opens', () => {
  test.each<[string, string | null]>([
    ['initiative', '/initiatieven/x1'],
    ['budget_round', '/buurtbudget/x1'],
    ['public_task', '/sturing/taken/x1'],
    ['steering_decision', '/sturing/besluiten/x1'],
    ['challenge', '/sturing/uitdagingen/x1'],
    ['account', null],
  ])('%s', (subjectType, expected) => {
    const link = subjectLink({ subjectType, subjectId: 'x1' });
    if (expected === null) expect(link).toBeNull();
    else expect(link).toBe(expected);
  });

  test('no id, no link', () => {
    expect(subjectLink({ subjectType: 'initiative', subjectId: null })).toBeNull();
  });
});
