import type { FigureRow, SurveyFigure, SurveyRow } from '../../../../contracts/monitor.ts';

export interface SurveyPair {
  areaId: string;
  areaName: string;
  measured: number;
  survey: number;
  surveyUnit: SurveyFigure['unit'];
  period: string;
}

/**
 * Neighbourhoods that have both a measured figure and a survey figure, each shown (not
 * suppressed); the survey's latest period per neighbourhood. The figures decide which areas are
 * neighbourhoods, as the survey rows do not say their level.
 */
export function surveyPairs(survey: readonly SurveyRow[], figures: readonly FigureRow[]): SurveyPair[] {
  const latest = new Map<string, SurveyRow>();
  for (const row of survey) {
    if (row.suppressed || row.value === null) continue;
    const seen = latest.get(row.areaId);
    if (!seen || row.period > seen.period) latest.set(row.areaId, row);
  }
  const pairs: SurveyPair[] = [];
  for (const figure of figures) {
    const row = latest.get(figure.areaId);
    if (!row || figure.suppressed || figure.value === null || row.value === null) continue;
    pairs.push({
      areaId: figure.areaId,
      areaName: figure.areaName,
      measured: figure.value,
      survey: row.value,
      surveyUnit: row.unit,
      period: row.period,
    });
  }
  return pairs.sort((a, b) => a.areaName.localeCompare(b.areaName));
}
