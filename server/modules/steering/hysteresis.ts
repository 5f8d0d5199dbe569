import type { SteeringLayer, SteeringThresholds } from '../../../contracts/steering.ts';
import { addCalendarDays } from '../../platform/dutch-time.ts';
import { layerAt, levelOf } from './advice.ts';

/**
 * Slow leadership (langzaam leiderschap): the published advice follows the rule's raw layer one
 * layer at a time, and only once the signal has lasted. A signal up must hold for `upWeeks`, a
 * recovery for `downWeeks`; each further step needs its own period again. The one exception is a
 * critical-risk incident, which moves the advice to the raw layer at once. The state lives in the
 * latest advice row: the advised layer, the layer a signal points to and since when.
 */

export interface AdviceState {
  layer: SteeringLayer;
  /** The next layer a lasting signal points to (one up or one down), or null. */
  pendingLayer: SteeringLayer | null;
  pendingSince: Date | null;
}

export type StepChange = 'initial' | 'up' | 'down' | 'signal' | 'signal_cleared' | 'none';

export interface StepResult extends AdviceState {
  change: StepChange;
}

/** When a signal seen since `since` has lasted `weeks` (calendar weeks in Amsterdam). */
export function lastsUntil(since: Date, weeks: number): Date {
  return addCalendarDays(since, weeks * 7);
}

export function step(
  previous: AdviceState | null,
  raw: SteeringLayer,
  now: Date,
  urgent: boolean,
  hysteresis: SteeringThresholds['hysteresis'],
): StepResult {
  if (!previous) return { layer: raw, pendingLayer: null, pendingSince: null, change: 'initial' };
  const current = levelOf(previous.layer);
  const target = levelOf(raw);
  if (target === current)
    return {
      layer: previous.layer,
      pendingLayer: null,
      pendingSince: null,
      change: previous.pendingLayer ? 'signal_cleared' : 'none',
    };
  if (target > current && urgent) return { layer: raw, pendingLayer: null, pendingSince: null, change: 'up' };

  const direction = target > current ? 1 : -1;
  const next = layerAt(current + direction);
  const weeks = direction > 0 ? hysteresis.upWeeks : hysteresis.downWeeks;
  const ongoing = previous.pendingLayer === next && previous.pendingSince !== null;
  const since = ongoing ? previous.pendingSince! : now;
  if (now.getTime() < lastsUntil(since, weeks).getTime())
    return { layer: previous.layer, pendingLayer: next, pendingSince: since, change: ongoing ? 'none' : 'signal' };

  // The signal lasted: one layer, and a further step starts its own period now.
  const moved = levelOf(next);
  const further = target === moved ? null : layerAt(moved + direction);
  return {
    layer: next,
    pendingLayer: further,
    pendingSince: further ? now : null,
    change: direction > 0 ? 'up' : 'down',
  };
}
