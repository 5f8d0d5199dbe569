import type { Indicator, SurveyFigure } from '../../../contracts/monitor.ts';
import { formatNumber, formatPercent } from '../../lib/format.ts';

export type Unit = Indicator['unit'];

/** Decimals that carry meaning for each unit, and no more. */
export function formatIndicatorNumber(unit: Unit, value: number, locale: string): string {
  switch (unit) {
    case 'share':
      return formatPercent(value, locale, value !== 0 && Math.abs(value) < 0.1 ? 1 : 0);
    case 'per_1000':
      return formatNumber(value, locale, Math.abs(value) < 10 ? 1 : 0);
    case 'days':
    case 'hours':
      return formatNumber(value, locale, Math.abs(value) < 10 ? 1 : 0);
  }
}

export function formatSurveyNumber(unit: SurveyFigure['unit'], value: number, locale: string): string {
  return unit === 'percent' ? formatPercent(value / 100, locale) : formatNumber(value, locale, 1);
}
