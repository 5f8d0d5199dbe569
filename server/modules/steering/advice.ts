import type {
  AdviceInput,
  AdviceRule,
  CapacityLevel,
  ChangeCondition,
  ProviderKind,
  SteeringLayer,
  SteeringThresholds,
  SubjectType,
  TaskRisk,
} from '../../../contracts/steering.ts';
import { steeringLayers, taskRisks } from '../../../contracts/steering.ts';

/**
 * The steering advice, as a pure rule over measured inputs (docs/steering.md, "The advice rule").
 *
 * 1. An exclusive government task stays with the municipality: take over, always.
 * 2. A baseline from the capacity × risk matrix: how strong the community that carries it is,
 *    against the public risk if it fails (a statutory duty raises the risk one step).
 * 3. Performance sets a floor: missed milestones, incidents and unanswered help requests in the area
 *    push the advice up, a critical incident straight to take over.
 *
 * The raw layer is the higher of baseline and floor; slow leadership (hysteresis.ts) decides how
 * fast the published advice follows it. Every input is returned with its value, and `pathDown`
 * names what would move the advice down, in conditions and in words with numbers.
 */

export interface InitiativeCapacity {
  activeMembers: number;
  pledgesMade: number;
  pledgesKept: number;
  /** Whole months since it became active; 0 for an idea. */
  monthsActive: number;
  verifiedSupporters: number;
}

export interface AdviceInputs {
  subjectType: SubjectType;
  provider: ProviderKind;
  risk: TaskRisk;
  statutory: boolean;
  exclusive: boolean;
  /** The initiative that carries the work; null when none does (municipality or market). */
  initiative: InitiativeCapacity | null;
  /** The area's community-power index (0–100) and share of help requests answered (0–1), from the monitor; null when not shown. */
  areaIndex: number | null;
  helpAnswered: number | null;
  /** Within the performance window; an open milestone past its due date counts as missed. */
  milestonesMet: number;
  milestonesMissed: number;
  incidents: number;
  criticalIncidents: number;
}

export interface Evaluation {
  layer: SteeringLayer;
  rule: AdviceRule;
  capacity: CapacityLevel;
  effectiveRisk: TaskRisk;
  /** The baseline from the matrix and the floor from performance, before taking the higher. */
  baseline: SteeringLayer;
  floor: SteeringLayer;
  inputs: AdviceInput[];
}

export const levelOf = (layer: SteeringLayer): number => steeringLayers.indexOf(layer);
export const layerAt = (level: number): SteeringLayer =>
  steeringLayers[Math.max(0, Math.min(steeringLayers.length - 1, level))]!;
const riskLevel = (risk: TaskRisk) => taskRisks.indexOf(risk);
const capacityOrder: readonly CapacityLevel[] = ['strong', 'adequate', 'weak', 'absent'];

/** Rows: capacity strong → absent; columns: effective risk low → critical. */
export const ADVICE_MATRIX: readonly (readonly SteeringLayer[])[] = [
  ['facilitate', 'facilitate', 'frameworks', 'frameworks'],
  ['facilitate', 'frameworks', 'frameworks', 'compel'],
  ['frameworks', 'frameworks', 'compel', 'take_over'],
  ['frameworks', 'compel', 'take_over', 'take_over'],
];

export const DEFAULT_THRESHOLDS: SteeringThresholds = {
  capacity: {
    minActiveMembers: 4,
    strongActiveMembers: 8,
    minPledgeKeptShare: 0.7,
    minMonthsActive: 6,
    strongSupporters: 20,
    areaIndexAdequate: 50,
    areaIndexWeak: 25,
  },
  performance: {
    windowWeeks: 8,
    frameworksMissed: 1,
    compelMissed: 2,
    takeOverMissed: 4,
    frameworksIncidents: 1,
    compelIncidents: 3,
    minHelpAnswered: 0.5,
  },
  hysteresis: { upWeeks: 4, downWeeks: 4 },
  deadlines: { challengeAssessmentWeeks: 10, responseAnswerDays: 42, dueSoonDays: 14 },
};

export function effectiveRiskOf(risk: TaskRisk, statutory: boolean): TaskRisk {
  return taskRisks[Math.min(taskRisks.length - 1, riskLevel(risk) + (statutory ? 1 : 0))]!;
}

export function keptShare(initiative: InitiativeCapacity | null): number | null {
  if (!initiative || initiative.pledgesMade === 0) return null;
  return initiative.pledgesKept / initiative.pledgesMade;
}

export function capacityOf(inputs: AdviceInputs, t: SteeringThresholds): CapacityLevel {
  const c = t.capacity;
  const initiative = inputs.initiative;
  if (initiative) {
    const share = keptShare(initiative);
    const keptOk = share === null || share >= c.minPledgeKeptShare;
    if (
      initiative.activeMembers >= c.strongActiveMembers &&
      keptOk &&
      initiative.monthsActive >= c.minMonthsActive &&
      initiative.verifiedSupporters >= c.strongSupporters
    )
      return 'strong';
    if (initiative.activeMembers >= c.minActiveMembers && keptOk) return 'adequate';
    return initiative.activeMembers >= 1 ? 'weak' : 'absent';
  }
  if (inputs.areaIndex === null) return 'absent';
  if (inputs.areaIndex >= c.areaIndexAdequate) return 'adequate';
  return inputs.areaIndex >= c.areaIndexWeak ? 'weak' : 'absent';
}

export function baselineOf(capacity: CapacityLevel, effectiveRisk: TaskRisk): SteeringLayer {
  return ADVICE_MATRIX[capacityOrder.indexOf(capacity)]![riskLevel(effectiveRisk)]!;
}

/** The performance floor and the rule behind it (null: nothing pushes the advice up). */
export function floorOf(
  inputs: AdviceInputs,
  t: SteeringThresholds,
): { layer: SteeringLayer; rule: AdviceRule } | null {
  const p = t.performance;
  if (inputs.criticalIncidents > 0) return { layer: 'take_over', rule: 'critical_incident' };
  if (inputs.milestonesMissed >= p.takeOverMissed) return { layer: 'take_over', rule: 'milestones_failing_badly' };
  if (inputs.milestonesMissed >= p.compelMissed) return { layer: 'compel', rule: 'milestones_failing' };
  if (inputs.incidents >= p.compelIncidents) return { layer: 'compel', rule: 'incidents_repeated' };
  if (inputs.milestonesMissed >= p.frameworksMissed) return { layer: 'frameworks', rule: 'milestones_slipping' };
  if (inputs.incidents >= p.frameworksIncidents) return { layer: 'frameworks', rule: 'incident_reported' };
  if (inputs.helpAnswered !== null && inputs.helpAnswered < p.minHelpAnswered)
    return { layer: 'frameworks', rule: 'help_unanswered' };
  return null;
}

export function evaluate(inputs: AdviceInputs, t: SteeringThresholds): Evaluation {
  const effectiveRisk = effectiveRiskOf(inputs.risk, inputs.statutory);
  const capacity = capacityOf(inputs, t);
  const baseline = baselineOf(capacity, effectiveRisk);
  const floor = floorOf(inputs, t);
  const list = inputList(inputs, capacity, effectiveRisk);
  if (inputs.exclusive)
    return {
      layer: 'take_over',
      rule: 'exclusive_task',
      capacity,
      effectiveRisk,
      baseline,
      floor: 'take_over',
      inputs: list,
    };
  const floorLayer = floor?.layer ?? 'facilitate';
  const fromFloor = floor !== null && levelOf(floorLayer) > levelOf(baseline);
  return {
    layer: fromFloor ? floorLayer : baseline,
    rule: fromFloor ? floor.rule : 'capacity_and_risk',
    capacity,
    effectiveRisk,
    baseline,
    floor: floorLayer,
    inputs: list,
  };
}

function inputList(inputs: AdviceInputs, capacity: CapacityLevel, effectiveRisk: TaskRisk): AdviceInput[] {
  const i = inputs.initiative;
  const share = keptShare(i);
  return [
    { key: 'provider', value: inputs.provider, source: 'task' },
    { key: 'risk', value: inputs.risk, source: 'task' },
    { key: 'statutory', value: inputs.statutory, source: 'task' },
    { key: 'effectiveRisk', value: effectiveRisk, source: 'rule' },
    { key: 'exclusive', value: inputs.exclusive, source: 'task' },
    { key: 'activeMembers', value: i?.activeMembers ?? null, source: 'initiative' },
    { key: 'pledgesMade', value: i?.pledgesMade ?? null, source: 'initiative' },
    { key: 'pledgesKept', value: i?.pledgesKept ?? null, source: 'initiative' },
    { key: 'pledgeKeptShare', value: share === null ? null : round(share, 3), source: 'initiative' },
    { key: 'monthsActive', value: i?.monthsActive ?? null, source: 'initiative' },
    { key: 'verifiedSupporters', value: i?.verifiedSupporters ?? null, source: 'initiative' },
    { key: 'areaIndex', value: inputs.areaIndex === null ? null : round(inputs.areaIndex, 1), source: 'monitor' },
    {
      key: 'helpAnswered',
      value: inputs.helpAnswered === null ? null : round(inputs.helpAnswered, 3),
      source: 'monitor',
    },
    { key: 'capacity', value: capacity, source: 'rule' },
    { key: 'milestonesMet', value: inputs.milestonesMet, source: 'milestones' },
    { key: 'milestonesMissed', value: inputs.milestonesMissed, source: 'milestones' },
    { key: 'incidents', value: inputs.incidents, source: 'incidents' },
    { key: 'criticalIncidents', value: inputs.criticalIncidents, source: 'incidents' },
  ];
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The conditions that together bring the rule to `target` or lower, or null when nothing can
 * (an exclusive task). Performance conditions ask for the window to be clear; capacity conditions
 * ask for the next capacity level that is enough at this risk; when no capacity is enough, a lower
 * risk is named too (a change to the task itself).
 */
export function conditionsFor(
  inputs: AdviceInputs,
  t: SteeringThresholds,
  target: SteeringLayer,
): ChangeCondition[] | null {
  if (inputs.exclusive) return null;
  const level = levelOf(target);
  const p = t.performance;
  const conditions: ChangeCondition[] = [];
  const atMost = (input: ChangeCondition['input'], value: number, current: number) => {
    if (current > value) conditions.push({ input, op: 'at_most', value, current });
  };
  if (level < levelOf('take_over')) {
    atMost('criticalIncidents', 0, inputs.criticalIncidents);
  }
  const missedLimit =
    level < levelOf('frameworks')
      ? p.frameworksMissed - 1
      : level < levelOf('compel')
        ? p.compelMissed - 1
        : level < levelOf('take_over')
          ? p.takeOverMissed - 1
          : Infinity;
  atMost('milestonesMissed', missedLimit, inputs.milestonesMissed);
  const incidentLimit =
    level < levelOf('frameworks')
      ? p.frameworksIncidents - 1
      : level < levelOf('compel')
        ? p.compelIncidents - 1
        : Infinity;
  atMost('incidents', incidentLimit, inputs.incidents);
  if (level < levelOf('frameworks') && inputs.helpAnswered !== null && inputs.helpAnswered < p.minHelpAnswered)
    conditions.push({
      input: 'helpAnswered',
      op: 'at_least',
      value: p.minHelpAnswered,
      current: round(inputs.helpAnswered, 3),
    });

  // The baseline: the weakest capacity that is enough, at the task's risk or, failing that, a lower one.
  const effectiveRisk = effectiveRiskOf(inputs.risk, inputs.statutory);
  const current = capacityOf(inputs, t);
  if (levelOf(baselineOf(current, effectiveRisk)) <= level) return conditions;
  const enough = [...capacityOrder].reverse().find((c) => levelOf(baselineOf(c, effectiveRisk)) <= level);
  if (enough) return [...conditions, ...capacityConditions(inputs, t, enough)];
  const risk = [...taskRisks].reverse().find((r) => levelOf(baselineOf('strong', r)) <= level)!;
  return [
    ...conditions,
    { input: 'effectiveRisk', op: 'at_most', value: risk, current: effectiveRisk },
    ...capacityConditions(inputs, t, 'strong'),
  ];
}

function capacityConditions(inputs: AdviceInputs, t: SteeringThresholds, level: CapacityLevel): ChangeCondition[] {
  const c = t.capacity;
  const i = inputs.initiative;
  const out: ChangeCondition[] = [];
  if (!i) {
    // Without an initiative, the area's community power is the capacity — up to adequate. Strong needs an initiative.
    if (level === 'weak' || level === 'adequate') {
      const need = level === 'weak' ? c.areaIndexWeak : c.areaIndexAdequate;
      if (inputs.areaIndex === null || inputs.areaIndex < need)
        out.push({
          input: 'areaIndex',
          op: 'at_least',
          value: need,
          current: inputs.areaIndex === null ? null : round(inputs.areaIndex, 1),
        });
      return out;
    }
    if (level === 'absent') return out;
    out.push({ input: 'provider', op: 'equals', value: 'community', current: inputs.provider });
  }
  const members = level === 'strong' ? c.strongActiveMembers : level === 'adequate' ? c.minActiveMembers : 1;
  if ((i?.activeMembers ?? 0) < members)
    out.push({ input: 'activeMembers', op: 'at_least', value: members, current: i?.activeMembers ?? null });
  if (level === 'weak' || level === 'absent') return out;
  const share = keptShare(i);
  if (share !== null && share < c.minPledgeKeptShare)
    out.push({ input: 'pledgeKeptShare', op: 'at_least', value: c.minPledgeKeptShare, current: round(share, 3) });
  if (level === 'strong') {
    if ((i?.monthsActive ?? 0) < c.minMonthsActive)
      out.push({ input: 'monthsActive', op: 'at_least', value: c.minMonthsActive, current: i?.monthsActive ?? null });
    if ((i?.verifiedSupporters ?? 0) < c.strongSupporters)
      out.push({
        input: 'verifiedSupporters',
        op: 'at_least',
        value: c.strongSupporters,
        current: i?.verifiedSupporters ?? null,
      });
  }
  return out;
}
