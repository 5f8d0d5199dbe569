import type { ChangeCondition, ChangePath, SteeringLayer, SteeringThresholds } from '../../../contracts/steering.ts';
import { conditionsFor, layerAt, levelOf, type AdviceInputs } from './advice.ts';

/**
 * "What would change it": from the advised layer one layer down, and the whole way back to
 * facilitate — always both when the advice is above facilitate, because slow leadership means
 * naming the way back. An exclusive task has none: it stays with the municipality.
 */
export function pathsDown(inputs: AdviceInputs, t: SteeringThresholds, advised: SteeringLayer): ChangePath[] {
  if (inputs.exclusive || advised === 'facilitate') return [];
  const targets = [layerAt(levelOf(advised) - 1)];
  if (targets[0] !== 'facilitate') targets.push('facilitate');
  return targets.map((toLayer) => {
    const conditions = conditionsFor(inputs, t, toLayer) ?? [];
    const sustainedWeeks = t.hysteresis.downWeeks * (levelOf(advised) - levelOf(toLayer));
    return { toLayer, conditions, sustainedWeeks, text: describePath(toLayer, conditions, sustainedWeeks, t) };
  });
}

const LAYER_WORDS: Record<SteeringLayer, string> = {
  facilitate: 'facilitate',
  frameworks: 'set frameworks',
  compel: 'compel',
  take_over: 'take over',
};

const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n: number) => numberWords[n] ?? String(n);

export function describeCondition(condition: ChangeCondition, t: SteeringThresholds): string {
  const window = plural(t.performance.windowWeeks, 'week', 'weeks');
  const { value, current } = condition;
  const more = (unit: string, units: string) => {
    const needed = Number(value) - Number(current ?? 0);
    return `${count(needed)} more ${needed === 1 ? unit : units} (${String(value)} in all)`;
  };
  switch (condition.input) {
    case 'activeMembers':
      return more('active member', 'active members');
    case 'verifiedSupporters':
      return more('verified supporter', 'verified supporters');
    case 'monthsActive':
      return `${count(Number(value) - Number(current ?? 0))} more months of activity (${String(value)} in all)`;
    case 'pledgeKeptShare':
      return `at least ${percent(Number(value))} of pledges kept (now ${percent(Number(current ?? 0))})`;
    case 'areaIndex':
      return `a community-power index of at least ${String(value)} in the area (now ${current === null ? 'not measured' : String(current)})`;
    case 'helpAnswered':
      return `at least ${percent(Number(value))} of help requests in the area answered (now ${percent(Number(current ?? 0))})`;
    case 'milestonesMissed':
      return value === 0
        ? `no missed milestone for ${window}`
        : `at most ${plural(Number(value), 'missed milestone', 'missed milestones')} in ${window}`;
    case 'incidents':
      return value === 0
        ? `no incident for ${window}`
        : `at most ${plural(Number(value), 'incident', 'incidents')} in ${window}`;
    case 'criticalIncidents':
      return `no critical incident for ${window}`;
    case 'effectiveRisk':
      return `a task whose risk (with its legal duty) is at most ${String(value)} — a change to the task itself, e.g. splitting off the statutory part`;
    case 'provider':
      return 'an initiative that takes the task on';
    default:
      return `${condition.input} ${condition.op.replace('_', ' ')} ${String(value)}`;
  }
}

export function describePath(
  toLayer: SteeringLayer,
  conditions: readonly ChangeCondition[],
  sustainedWeeks: number,
  t: SteeringThresholds,
): string {
  const weeks = plural(sustainedWeeks, 'week', 'weeks');
  if (conditions.length === 0)
    return sustainedWeeks > 0
      ? `The situation already allows ${LAYER_WORDS[toLayer]}: if it holds for ${weeks} the advice moves there.`
      : `The situation already allows ${LAYER_WORDS[toLayer]}: the advice moves there at the next computation.`;
  const held = sustainedWeeks > 0 ? `, held for ${weeks},` : '';
  const parts = conditions.map((c) => describeCondition(c, t));
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)}${held} would move this to ${LAYER_WORDS[toLayer]}.`;
}
