import { describe, expect, test } from 'vitest';
import type { SteeringLayer, TaskRisk } from '../../../contracts/steering.ts';
import { SteeringThresholdsSchema } from '../../../contracts/steering.ts';
import {
  ADVICE_MATRIX,
  capacityOf,
  conditionsFor,
  DEFAULT_THRESHOLDS as T,
  effectiveRiskOf,
  evaluate,
  type AdviceInputs,
  type InitiativeCapacity,
} from './advice.ts';
import { describePath, pathsDown } from './change-paths.ts';

// Every rule of the advice at its boundary values, with the default thresholds (docs/steering.md).

const strongInitiative: InitiativeCapacity = {
  activeMembers: 8,
  pledgesMade: 10,
  pledgesKept: 7,
  monthsActive: 6,
  verifiedSupporters: 20,
};

function inputs(overrides: Partial<AdviceInputs> = {}): AdviceInputs {
  return {
    subjectType: 'task',
    provider: 'community',
    risk: 'low',
    statutory: false,
    exclusive: false,
    initiative: strongInitiative,
    areaIndex: 60,
    helpAnswered: 0.8,
    milestonesMet: 0,
    milestonesMissed: 0,
    incidents: 0,
    criticalIncidents: 0,
    ...overrides,
  };
}
const withInitiative = (overrides: Partial<InitiativeCapacity>) =>
  inputs({ initiative: { ...strongInitiative, ...overrides } });

test('the default thresholds are valid settings', () => {
  expect(SteeringThresholdsSchema.parse(T)).toEqual(T);
});

describe('capacity, with an initiative that carries the work', () => {
  test.each([
    ['all strong thresholds met exactly', {}, 'strong'],
    ['one member short of strong', { activeMembers: 7 }, 'adequate'],
    ['one month short of strong', { monthsActive: 5 }, 'adequate'],
    ['one supporter short of strong', { verifiedSupporters: 19 }, 'adequate'],
    ['at the minimum of members', { activeMembers: 4, monthsActive: 0 }, 'adequate'],
    ['one member short of adequate', { activeMembers: 3 }, 'weak'],
    ['pledges kept just below 70%', { pledgesMade: 100, pledgesKept: 69 }, 'weak'],
    ['pledges kept at 70%', { pledgesMade: 100, pledgesKept: 70 }, 'strong'],
    ['no pledges made: not held against it', { pledgesMade: 0, pledgesKept: 0 }, 'strong'],
    ['one member', { activeMembers: 1 }, 'weak'],
    ['no active members', { activeMembers: 0 }, 'absent'],
  ] as const)('%s → %s', (_name, overrides, expected) => {
    expect(capacityOf(withInitiative(overrides), T)).toBe(expected);
  });
});

describe('capacity, without an initiative: the area’s community power', () => {
  test.each([
    [50, 'adequate'],
    [49.9, 'weak'],
    [25, 'weak'],
    [24.9, 'absent'],
    [null, 'absent'],
  ] as const)('index %s → %s', (areaIndex, expected) => {
    expect(capacityOf(inputs({ initiative: null, provider: 'municipality', areaIndex }), T)).toBe(expected);
  });
});

describe('risk', () => {
  test.each([
    ['low', false, 'low'],
    ['low', true, 'medium'],
    ['high', true, 'critical'],
    ['critical', true, 'critical'],
  ] as const)('%s, statutory %s → %s', (risk, statutory, expected) => {
    expect(effectiveRiskOf(risk, statutory)).toBe(expected);
  });
});

describe('the capacity × risk matrix (no performance signals)', () => {
  const capacities = [
    ['strong', strongInitiative],
    ['adequate', { ...strongInitiative, activeMembers: 4 }],
    ['weak', { ...strongInitiative, activeMembers: 1 }],
    ['absent', { ...strongInitiative, activeMembers: 0 }],
  ] as const;
  const risks: TaskRisk[] = ['low', 'medium', 'high', 'critical'];
  test.each(
    capacities.flatMap(([name, initiative], row) =>
      risks.map((risk, column) => [name, risk, initiative, ADVICE_MATRIX[row]![column]!] as const),
    ),
  )('%s capacity, %s risk → %s', (_name, risk, initiative, expected) => {
    const result = evaluate(inputs({ initiative, risk }), T);
    expect(result.layer).toBe(expected);
    expect(result.rule).toBe('capacity_and_risk');
  });
});

describe('performance floors, at their thresholds', () => {
  test.each<[string, Partial<AdviceInputs>, SteeringLayer, string]>([
    ['nothing wrong', {}, 'facilitate', 'capacity_and_risk'],
    ['one missed milestone', { milestonesMissed: 1 }, 'frameworks', 'milestones_slipping'],
    ['two missed milestones', { milestonesMissed: 2 }, 'compel', 'milestones_failing'],
    ['three missed milestones', { milestonesMissed: 3 }, 'compel', 'milestones_failing'],
    ['four missed milestones', { milestonesMissed: 4 }, 'take_over', 'milestones_failing_badly'],
    ['one incident', { incidents: 1 }, 'frameworks', 'incident_reported'],
    ['two incidents', { incidents: 2 }, 'frameworks', 'incident_reported'],
    ['three incidents', { incidents: 3 }, 'compel', 'incidents_repeated'],
    ['a critical incident', { criticalIncidents: 1 }, 'take_over', 'critical_incident'],
    ['help answered just below half', { helpAnswered: 0.49 }, 'frameworks', 'help_unanswered'],
    ['help answered at half', { helpAnswered: 0.5 }, 'facilitate', 'capacity_and_risk'],
    ['help not measured', { helpAnswered: null }, 'facilitate', 'capacity_and_risk'],
    ['met milestones do not push', { milestonesMet: 12 }, 'facilitate', 'capacity_and_risk'],
  ])('%s → %s (%s)', (_name, overrides, layer, rule) => {
    const result = evaluate(inputs(overrides), T);
    expect([result.layer, result.rule]).toEqual([layer, rule]);
  });

  test('the higher of baseline and floor wins; the baseline keeps its rule when it is as high', () => {
    const weakHighRisk = inputs({
      risk: 'high',
      initiative: { ...strongInitiative, activeMembers: 1 },
      milestonesMissed: 1,
    });
    expect([evaluate(weakHighRisk, T).layer, evaluate(weakHighRisk, T).rule]).toEqual(['compel', 'capacity_and_risk']);
  });

  test('an exclusive task stays with the municipality whatever the inputs', () => {
    const result = evaluate(inputs({ exclusive: true, provider: 'municipality', initiative: null, areaIndex: 99 }), T);
    expect([result.layer, result.rule]).toEqual(['take_over', 'exclusive_task']);
    expect(pathsDown(inputs({ exclusive: true }), T, 'take_over')).toEqual([]);
  });

  test('every input is listed with its value', () => {
    const result = evaluate(inputs({ milestonesMissed: 2 }), T);
    expect(Object.fromEntries(result.inputs.map((i) => [i.key, i.value]))).toMatchObject({
      activeMembers: 8,
      pledgeKeptShare: 0.7,
      milestonesMissed: 2,
      capacity: 'strong',
      effectiveRisk: 'low',
      areaIndex: 60,
    });
  });
});

describe('what would change it', () => {
  test('two more active members and no missed milestone for 8 weeks would move this to facilitate', () => {
    const state = inputs({ initiative: { ...strongInitiative, activeMembers: 2 }, milestonesMissed: 1 });
    expect(evaluate(state, T).layer).toBe('frameworks');
    const [down] = pathsDown(state, T, 'frameworks');
    expect(down!.conditions).toEqual([
      { input: 'milestonesMissed', op: 'at_most', value: 0, current: 1 },
      { input: 'activeMembers', op: 'at_least', value: 4, current: 2 },
    ]);
    expect(down!.text).toBe(
      'No missed milestone for 8 weeks and two more active members (4 in all), held for 4 weeks, would move this to facilitate.',
    );
  });

  test('from take over: one layer down and the whole way back, with the weeks it takes', () => {
    const state = inputs({ milestonesMissed: 4 });
    const paths = pathsDown(state, T, 'take_over');
    expect(paths.map((p) => [p.toLayer, p.sustainedWeeks])).toEqual([
      ['compel', 4],
      ['facilitate', 12],
    ]);
    expect(paths[0]!.conditions).toEqual([{ input: 'milestonesMissed', op: 'at_most', value: 3, current: 4 }]);
    expect(paths[1]!.conditions).toEqual([{ input: 'milestonesMissed', op: 'at_most', value: 0, current: 4 }]);
  });

  test('a municipality task in a weak area: an initiative that takes it on', () => {
    const state = inputs({ provider: 'municipality', initiative: null, areaIndex: 30, risk: 'high' });
    expect(evaluate(state, T).layer).toBe('compel');
    expect(conditionsFor(state, T, 'frameworks')).toEqual([
      { input: 'areaIndex', op: 'at_least', value: 50, current: 30 },
    ]);
    expect(conditionsFor(state, T, 'facilitate')?.map((c) => c.input)).toEqual([
      'effectiveRisk',
      'provider',
      'activeMembers',
      'monthsActive',
      'verifiedSupporters',
    ]);
  });

  test('critical risk needs a lower risk to reach facilitate, and says so', () => {
    const state = inputs({ risk: 'high', statutory: true });
    const conditions = conditionsFor(state, T, 'facilitate')!;
    expect(conditions[0]).toEqual({ input: 'effectiveRisk', op: 'at_most', value: 'medium', current: 'critical' });
  });

  test('a recovery that already holds says so', () => {
    expect(describePath('frameworks', [], 4, T)).toBe(
      'The situation already allows set frameworks: if it holds for 4 weeks the advice moves there.',
    );
  });
});
