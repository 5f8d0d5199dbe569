import { describe, expect, test } from 'vitest';
import { ManualClock, sequentialIds } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { ACTIVITY_VERBS, isActivityVerb, UnknownActivityVerb } from './activity-verbs.ts';
import { createActivityRecorder } from './activity.service.ts';

describe('the activity verb catalogue', () => {
  test.each(Object.entries(ACTIVITY_VERBS))('%s has a class and a meaning', (verb, definition) => {
    expect(verb).toMatch(/^[a-z_]+\.[a-z_-]+$/);
    expect(['giving', 'receiving', 'organising', 'government', 'democracy']).toContain(definition.class);
    expect(definition.meaning.length).toBeGreaterThan(10);
  });

  test.each(['help.requested', 'ballot.cast', 'hours.gifted'])('%s is known', (verb) => {
    expect(isActivityVerb(verb)).toBe(true);
  });

  test.each(['', 'help', 'help.unknown', 'toString', '__proto__', 'constructor'])('"%s" is not a verb', (verb) => {
    expect(isActivityVerb(verb)).toBe(false);
  });

  test('recording an unknown verb is refused before anything is written', async () => {
    const record = createActivityRecorder({ clock: new ManualClock(new Date('2026-01-01')), ids: sequentialIds() });
    const untouched = new Proxy({} as Db, {
      get: () => {
        throw new Error('the database was touched');
      },
    });
    await expect(
      record(untouched, { verb: 'help.teleported', actorId: null, subjectType: 'x', subjectId: 'y', areaId: null }),
    ).rejects.toBeInstanceOf(UnknownActivityVerb);
  });
});
