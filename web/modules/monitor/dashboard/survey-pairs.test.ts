import { describe, expect, it } from 'vitest';
import type { FigureRow, SurveyRow } from '../../../../contracts/monitor.ts';
import { surveyPairs } from './survey-pairs.ts';

const figure = (areaId: string, value: number | null, suppressed = false): FigureRow => ({
  areaId,
  areaCode: `BU${areaId}`,
  areaName: `Buurt ${areaId}`,
  level: 'neighbourhood',
  population: 1000,
  asOf: '2026-05-12',
  windowDays: 90,
  indicator: 'participation',
  value,
  numerator: null,
  denominator: null,
  suppressed,
});
const survey = (areaId: string, period: string, value: number | null, suppressed = false): SurveyRow => ({
  areaId,
  areaCode: `BU${areaId}`,
  areaName: `Buurt ${areaId}`,
  topic: 'social_cohesion',
  period,
  value,
  unit: 'score',
  respondents: 40,
  source: 'Wijkenquête',
  suppressed,
});

describe('surveyPairs', () => {
  it('pairs each neighbourhood with its latest survey period', () => {
    const pairs = surveyPairs(
      [survey('1', '2024', 6.1), survey('1', '2025', 6.8), survey('2', '2025', 7.2)],
      [figure('1', 0.3), figure('2', 0.4)],
    );
    expect(pairs.map((p) => [p.areaId, p.measured, p.survey, p.period])).toEqual([
      ['1', 0.3, 6.8, '2025'],
      ['2', 0.4, 7.2, '2025'],
    ]);
  });

  it('leaves out what is suppressed, missing, or not a neighbourhood among the figures', () => {
    const pairs = surveyPairs(
      [survey('1', '2025', 6), survey('2', '2025', null, true), survey('3', '2025', 7), survey('district', '2025', 7)],
      [figure('1', null, true), figure('2', 0.4), figure('3', 0.5), figure('4', 0.6)],
    );
    expect(pairs.map((p) => p.areaId)).toEqual(['3']);
  });
});
