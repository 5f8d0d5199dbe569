import type { ProviderKind, SteeringPicture } from '../../../contracts/steering.ts';

/**
 * The 3.0 → 4.0 picture as a force field: government, market and community pull at the corners
 * of a triangle; co-production (community and government together) pulls from halfway between
 * them. An area's balance is the point where those pulls, weighted by each provider's share of
 * the tasks (or of the budgets), hold each other in equilibrium — its centre of mass. A
 * municipality moving towards 4.0 sees its point travel from the government corner to the
 * community side over time.
 */

export interface Point {
  x: number;
  y: number;
}

export type Measure = 'tasks' | 'budget';
export type Shares = SteeringPicture['now'];

const HEIGHT = Math.sqrt(3) / 2;

/** In a unit box: government at the top, market bottom left, community bottom right. */
export const POLES: Record<ProviderKind, Point> = {
  municipality: { x: 0.5, y: 0 },
  market: { x: 0, y: HEIGHT },
  community: { x: 1, y: HEIGHT },
  co_production: { x: 0.75, y: HEIGHT / 2 },
};

export const FIELD_HEIGHT = HEIGHT;

export function shareOf(shares: Shares, provider: ProviderKind, measure: Measure): number {
  const entry = shares.providers.find((p) => p.provider === provider);
  if (!entry) return 0;
  return measure === 'tasks' ? entry.taskShare : entry.budgetShare;
}

/** The balance point of one moment; null when the area has no tasks (or no budget) to weigh. */
export function balancePoint(shares: Shares, measure: Measure): Point | null {
  const total = measure === 'tasks' ? shares.tasks : shares.budgetCents;
  if (total <= 0) return null;
  let x = 0;
  let y = 0;
  let weight = 0;
  for (const provider of Object.keys(POLES) as ProviderKind[]) {
    const share = shareOf(shares, provider, measure);
    x += share * POLES[provider].x;
    y += share * POLES[provider].y;
    weight += share;
  }
  return weight > 0 ? { x: x / weight, y: y / weight } : null;
}

/** The path of the balance point over time, oldest first, ending at now; moments without tasks are left out. */
export function trajectory(picture: SteeringPicture, measure: Measure): Array<Point & { date: string }> {
  const moments = [...picture.history];
  if (moments.at(-1)?.date !== picture.now.date) moments.push(picture.now);
  return moments.flatMap((moment) => {
    const point = balancePoint(moment, measure);
    return point ? [{ ...point, date: moment.date }] : [];
  });
}

/** The share of the community side (community and co-production together): how far along to 4.0. */
export function communityShare(shares: Shares, measure: Measure): number {
  return shareOf(shares, 'community', measure) + shareOf(shares, 'co_production', measure);
}

/** The provider whose share of the budgets changed most between the first moment and now. */
export function biggestShift(
  picture: SteeringPicture,
  measure: Measure,
): { provider: ProviderKind; from: number; to: number; since: string } | null {
  const first = picture.history.find((moment) => balancePoint(moment, measure) !== null);
  if (!first || first.date === picture.now.date || balancePoint(picture.now, measure) === null) return null;
  let best: { provider: ProviderKind; from: number; to: number; since: string } | null = null;
  for (const provider of Object.keys(POLES) as ProviderKind[]) {
    const from = shareOf(first, provider, measure);
    const to = shareOf(picture.now, provider, measure);
    if (Math.abs(to - from) >= 0.005 && (!best || Math.abs(to - from) > Math.abs(best.to - best.from)))
      best = { provider, from, to, since: first.date };
  }
  return best;
}
