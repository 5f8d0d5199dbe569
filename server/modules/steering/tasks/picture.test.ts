import { describe, expect, test } from 'vitest';
import { quarterEnds, sharesOf, sharesOverTime, type Snapshot } from './picture.ts';

describe('the 3.0 → 4.0 picture', () => {
  test('shares of tasks and of budgets, always all four providers in a fixed order', () => {
    const shares = sharesOf('2026-03-31', [
      { taskId: 'a', provider: 'municipality', budgetCents: 300 },
      { taskId: 'b', provider: 'community', budgetCents: 100 },
      { taskId: 'c', provider: 'community', budgetCents: 0 },
      { taskId: 'd', provider: 'market', budgetCents: 600 },
    ]);
    expect(shares.tasks).toBe(4);
    expect(shares.budgetCents).toBe(1000);
    expect(shares.providers).toEqual([
      { provider: 'municipality', tasks: 1, taskShare: 0.25, budgetCents: 300, budgetShare: 0.3 },
      { provider: 'market', tasks: 1, taskShare: 0.25, budgetCents: 600, budgetShare: 0.6 },
      { provider: 'community', tasks: 2, taskShare: 0.5, budgetCents: 100, budgetShare: 0.1 },
      { provider: 'co_production', tasks: 0, taskShare: 0, budgetCents: 0, budgetShare: 0 },
    ]);
  });

  test('nothing registered: zero shares, no division by zero', () => {
    expect(sharesOf('2026-03-31', []).providers.every((p) => p.taskShare === 0 && p.budgetShare === 0)).toBe(true);
  });

  test('replays the history: a task counts from its creation, with the provider it had then', () => {
    const snapshots: Snapshot[] = [
      { taskId: 'green', provider: 'municipality', budgetCents: 100, date: '2025-01-10' },
      { taskId: 'care', provider: 'market', budgetCents: 300, date: '2025-05-01' },
      { taskId: 'green', provider: 'community', budgetCents: 90, date: '2025-08-15' },
    ];
    const [q1, q2, q3] = sharesOverTime(snapshots, ['2025-09-30', '2025-03-31', '2025-06-30']);
    expect([q1!.date, q2!.date, q3!.date]).toEqual(['2025-03-31', '2025-06-30', '2025-09-30']);
    expect(q1!.providers.map((p) => p.tasks)).toEqual([1, 0, 0, 0]);
    expect(q2!.budgetCents).toBe(400);
    expect(q3!.providers.find((p) => p.provider === 'community')).toMatchObject({ tasks: 1, budgetCents: 90 });
    expect(q3!.providers.find((p) => p.provider === 'municipality')!.tasks).toBe(0);
  });

  test('a change on the quarter’s last day counts in that quarter', () => {
    const [shares] = sharesOverTime(
      [{ taskId: 'x', provider: 'community', budgetCents: 1, date: '2025-12-31' }],
      ['2025-12-31'],
    );
    expect(shares!.tasks).toBe(1);
  });

  test.each([
    ['2026-03-02', '2023-03-31', '2025-12-31'],
    ['2026-04-01', '2023-06-30', '2026-03-31'],
    ['2026-12-31', '2023-12-31', '2026-09-30'],
    ['2026-01-01', '2023-03-31', '2025-12-31'],
  ])('twelve quarter ends before %s: %s … %s', (today, first, last) => {
    const dates = quarterEnds(today);
    expect(dates).toHaveLength(12);
    expect([dates[0], dates.at(-1)]).toEqual([first, last]);
    expect(new Set(dates).size).toBe(12);
  });
});
