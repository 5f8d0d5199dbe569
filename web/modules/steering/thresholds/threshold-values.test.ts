import { expect, it } from 'vitest';
import { SteeringThresholdsSchema, type SteeringThresholds } from '../../../../contracts/steering.ts';
import { fromFormValues, toFormValues } from './threshold-values.ts';

const defaults: SteeringThresholds = {
  capacity: {
    minActiveMembers: 4,
    strongActiveMembers: 8,
    minPledgeKeptShare: 0.7,
    minMonthsActive: 6,
    strongSupporters: 20,
    areaIndexAdequate: 50,
    areaIndexWeak: 25.5,
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

it('shows shares as percentages and decimals with a comma, and reads them back', () => {
  const values = toFormValues(defaults);
  expect(values['capacity.minPledgeKeptShare']).toBe('70');
  expect(values['capacity.areaIndexWeak']).toBe('25,5');
  expect(values['hysteresis.upWeeks']).toBe('4');
  expect(fromFormValues(values, defaults)).toEqual(defaults);
});

it('turns text that is no number into a value the schema refuses', () => {
  const values = { ...toFormValues(defaults), 'hysteresis.upWeeks': 'vier' };
  const parsed = SteeringThresholdsSchema.safeParse(fromFormValues(values, defaults));
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues[0]?.path).toEqual(['hysteresis', 'upWeeks']);
});
