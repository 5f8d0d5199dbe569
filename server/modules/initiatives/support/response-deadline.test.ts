import { describe, expect, test } from 'vitest';
import { dateInAmsterdam } from '../../../platform/dutch-time.ts';
import { daysBetween, daysLeft, dueSoonFrom, dutyState, isLate, responseDueAt } from './response-deadline.ts';

// Reached on Monday 2 March 2026 at 10:00 Amsterdam time (CET); the clocks go forward on 29 March.
const reached = new Date('2026-03-02T09:00:00Z');
const due = responseDueAt(reached, 42);

describe('the response deadline', () => {
  test('six weeks after the threshold was reached, at the same time on the Amsterdam clock', () => {
    // 10:00 CEST on 13 April: 42 calendar days, which over the change of the clocks is an hour short of 42 × 24 h.
    expect(due.toISOString()).toBe('2026-04-13T08:00:00.000Z');
    expect(daysBetween(reached, due)).toBe(42);
  });

  test.each([
    ['2026-03-02T09:00:00Z', 'open', 42],
    ['2026-04-06T07:59:59Z', 'open', 7],
    ['2026-04-06T08:00:00Z', 'due_soon', 7],
    ['2026-04-13T08:00:00Z', 'due_soon', 0],
    ['2026-04-13T08:00:01Z', 'overdue', -1],
    ['2026-04-20T10:00:00Z', 'overdue', -8],
  ] as const)('at %s the duty is %s with %i days left', (now, state, left) => {
    expect(dutyState(due, new Date(now), 7)).toBe(state);
    expect(daysLeft(due, new Date(now))).toBe(left);
  });

  test('an answer after the deadline is late, on the deadline is not', () => {
    expect(isLate(due, new Date('2026-04-13T08:00:00Z'))).toBe(false);
    expect(isLate(due, new Date('2026-04-13T08:00:01Z'))).toBe(true);
  });
});

describe('the deadline over a change of the clocks', () => {
  test.each([
    // [reached, due: 42 days on at the same Amsterdam time, what it is]
    ['2026-03-28T09:00:00Z', '2026-05-09T08:00:00Z', 'Saturday before the clocks go forward, 10:00 CET → 10:00 CEST'],
    ['2026-03-29T00:30:00Z', '2026-05-09T23:30:00Z', '01:30 CET on the morning they go forward → 01:30 CEST'],
    ['2026-10-24T08:00:00Z', '2026-12-05T09:00:00Z', 'Saturday before the clocks go back, 10:00 CEST → 10:00 CET'],
    ['2026-09-16T08:00:00Z', '2026-10-28T09:00:00Z', 'mid-September, 10:00 CEST → 10:00 CET'],
    ['2026-05-01T08:00:00Z', '2026-06-12T08:00:00Z', 'no change in between: exactly 42 × 24 h'],
  ])('%s + 42 days is %s (%s)', (from, to) => {
    const dueAt = responseDueAt(new Date(from), 42);
    expect(dueAt.toISOString()).toBe(new Date(to).toISOString());
    expect(daysBetween(new Date(from), dueAt)).toBe(42);
    expect(daysLeft(dueAt, new Date(from))).toBe(42);
  });

  // Due at 10:00 CET on 28 October; due soon from 10:00 CEST on 21 October, before the clocks went back.
  const october = responseDueAt(new Date('2026-09-16T08:00:00Z'), 42);
  test.each([
    ['2026-10-21T07:59:59Z', 'open', 7],
    ['2026-10-21T08:00:00Z', 'due_soon', 7],
    ['2026-10-21T08:30:00Z', 'due_soon', 6],
    ['2026-10-28T09:00:00Z', 'due_soon', 0],
    ['2026-10-28T09:00:01Z', 'overdue', -1],
  ] as const)('at %s the October duty is %s with %i days left', (now, state, left) => {
    expect(dutyState(october, new Date(now), 7)).toBe(state);
    expect(daysLeft(october, new Date(now))).toBe(left);
  });

  test('the worklist’s due-soon boundary is the same moment that dutyState uses', () => {
    expect(dueSoonFrom(new Date('2026-10-21T08:00:00Z'), 7).toISOString()).toBe(october.toISOString());
  });

  test('reached at 00:30 Amsterdam time, the date on the deadline is the Amsterdam date', () => {
    // 1 July 00:30 CEST is still 30 June in UTC; the deadline is 12 August, not 11 August.
    const dueAt = responseDueAt(new Date('2026-06-30T22:30:00Z'), 42);
    expect(dueAt.toISOString()).toBe('2026-08-11T22:30:00.000Z');
    expect(dateInAmsterdam(dueAt)).toBe('2026-08-12');
  });
});
