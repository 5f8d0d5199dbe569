import { describe, expect, test } from 'vitest';
import { mailDueAt } from './digest-schedule.ts';

const at = (iso: string) => new Date(iso);

describe('when a notification is mailed', () => {
  test.each([
    // [channel, made at (UTC), due (UTC)]
    ['app', '2026-03-02T09:00:00.000Z', null],
    ['email', '2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z'],
    // Winter (CET, UTC+1): 07:00 in Amsterdam is 06:00 UTC.
    ['daily', '2026-03-02T09:00:00.000Z', '2026-03-03T06:00:00.000Z'],
    ['daily', '2026-03-02T05:59:59.999Z', '2026-03-02T06:00:00.000Z'],
    ['daily', '2026-03-02T06:00:00.000Z', '2026-03-03T06:00:00.000Z'],
    // The clocks go forward on Sunday 29 March 2026: from then on 07:00 is 05:00 UTC.
    ['daily', '2026-03-28T12:00:00.000Z', '2026-03-29T05:00:00.000Z'],
    ['daily', '2026-03-29T04:00:00.000Z', '2026-03-29T05:00:00.000Z'],
    // …and back on Sunday 25 October 2026.
    ['daily', '2026-10-24T12:00:00.000Z', '2026-10-25T06:00:00.000Z'],
    // Weekly: Monday 07:00. 2 March 2026 is a Monday.
    ['weekly', '2026-03-02T05:00:00.000Z', '2026-03-02T06:00:00.000Z'],
    ['weekly', '2026-03-02T06:00:00.000Z', '2026-03-09T06:00:00.000Z'],
    ['weekly', '2026-03-08T22:00:00.000Z', '2026-03-09T06:00:00.000Z'],
    ['weekly', '2026-03-27T12:00:00.000Z', '2026-03-30T05:00:00.000Z'],
  ] as const)('%s, made %s → %s', (channel, made, due) => {
    expect(mailDueAt(channel, at(made))?.toISOString() ?? null).toBe(due);
  });
});
