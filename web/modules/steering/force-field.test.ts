import { describe, expect, it } from 'vitest';
import type { ProviderKind, SteeringPicture } from '../../../contracts/steering.ts';
import { POLES, balancePoint, biggestShift, communityShare, trajectory, type Shares } from './force-field.ts';

const area = { id: 'a1', kind: 'municipality' as const, code: 'GM0001', name: 'Wakkerdam' };

/** Shares from task counts and budgets per provider, in the contract's order. */
function moment(date: string, counts: Partial<Record<ProviderKind, [number, number]>>): Shares {
  const kinds: ProviderKind[] = ['municipality', 'market', 'community', 'co_production'];
  const tasks = kinds.reduce((sum, k) => sum + (counts[k]?.[0] ?? 0), 0);
  const budgetCents = kinds.reduce((sum, k) => sum + (counts[k]?.[1] ?? 0), 0);
  return {
    date,
    tasks,
    budgetCents,
    providers: kinds.map((provider) => ({
      provider,
      tasks: counts[provider]?.[0] ?? 0,
      taskShare: tasks ? (counts[provider]?.[0] ?? 0) / tasks : 0,
      budgetCents: counts[provider]?.[1] ?? 0,
      budgetShare: budgetCents ? (counts[provider]?.[1] ?? 0) / budgetCents : 0,
    })),
  };
}

describe('the force field', () => {
  it('puts an area that does everything itself on the government corner', () => {
    expect(balancePoint(moment('2026-01-01', { municipality: [3, 900] }), 'budget')).toEqual(POLES.municipality);
  });

  it('puts co-production halfway between government and community', () => {
    const point = balancePoint(moment('2026-01-01', { co_production: [1, 100] }), 'tasks')!;
    expect(point.x).toBeCloseTo((POLES.municipality.x + POLES.community.x) / 2);
    expect(point.y).toBeCloseTo((POLES.municipality.y + POLES.community.y) / 2);
  });

  it('weighs by tasks or by budget, and has no point without tasks', () => {
    const shares = moment('2026-01-01', { municipality: [1, 900], community: [1, 100] });
    expect(balancePoint(shares, 'tasks')!.x).toBeCloseTo(0.75);
    expect(balancePoint(shares, 'budget')!.x).toBeCloseTo(0.55);
    expect(balancePoint(moment('2026-01-01', {}), 'tasks')).toBeNull();
    expect(
      communityShare(moment('2026-01-01', { community: [1, 1], co_production: [1, 1], market: [2, 2] }), 'tasks'),
    ).toBe(0.5);
  });

  it('follows the point over time and names the largest shift', () => {
    const picture: SteeringPicture = {
      area,
      history: [
        moment('2024-12-31', {}),
        moment('2025-03-31', { municipality: [4, 1000] }),
        moment('2025-12-31', { municipality: [3, 700], community: [1, 300] }),
      ],
      now: moment('2026-05-01', { municipality: [2, 600], community: [2, 400] }),
    };
    const path = trajectory(picture, 'budget');
    expect(path.map((p) => p.date)).toEqual(['2025-03-31', '2025-12-31', '2026-05-01']);
    expect(path.at(-1)!.x).toBeGreaterThan(path[0]!.x);
    expect(biggestShift(picture, 'budget')).toEqual({
      provider: 'municipality',
      from: 1,
      to: 0.6,
      since: '2025-03-31',
    });
    expect(biggestShift({ ...picture, history: [] }, 'budget')).toBeNull();
  });
});
