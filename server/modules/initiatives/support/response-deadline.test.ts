import { describe, expect, test } from 'vitest';
import { daysLeft, dutyState, isLate, responseDueAt } from './response-deadline.ts';

const reached = new Date('2026-03-02T09:00:00Z');
const due = responseDueAt(reached, 42);

describe('the response deadline', () => {
  test('six weeks after the threshold was reached', () => {
    expect(due.toISOString()).toBe('2026-04-13T09:00:00.000Z');
  });

  test.each([
    ['2026-03-02T09:00:00Z', 'open', 42],
    ['2026-04-06T08:59:59Z', 'open', 7],
    ['2026-04-06T09:00:00Z', 'due_soon', 7],
    ['2026-04-13T09:00:00Z', 'due_soon', 0],
    ['2026-04-13T09:00:01Z', 'overdue', -1],
    ['2026-04-20T10:00:00Z', 'overdue', -8],
  ] as const)('at %s the duty is %s with %i days left', (now, state, left) => {
    expect(dutyState(due, new Date(now), 7)).toBe(state);
    expect(daysLeft(due, new Date(now))).toBe(left);
  });

  test('an answer after the deadline is late, on the deadline is not', () => {
    expect(isLate(due, new Date('2026-04-13T09:00:00Z'))).toBe(false);
    expect(isLate(due, new Date('2026-04-13T09:00:01Z'))).toBe(true);
  });
});
