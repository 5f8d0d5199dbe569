import type { AreaDashboard, Figure, Indicator, IndicatorId, MonitorSettings } from '../../../contracts/monitor.ts';
import { indicatorThemes } from '../../../contracts/monitor.ts';
import type { Point } from './summaries.ts';

/** The catalogue by id, so a figure finds its unit and direction. */
export function catalogue(settings: MonitorSettings): Map<IndicatorId, Indicator> {
  return new Map(settings.indicators.map((indicator) => [indicator.id, indicator]));
}

/** Indicators grouped by theme, themes in the order of DESIGN.md, empty themes left out. */
export function byTheme(settings: MonitorSettings): Array<{ theme: Indicator['theme']; indicators: Indicator[] }> {
  return indicatorThemes
    .map((theme) => ({ theme, indicators: settings.indicators.filter((i) => i.theme === theme) }))
    .filter((group) => group.indicators.length > 0);
}

/** One indicator over time; a suppressed figure is a gap, never a zero. */
export function indicatorTrend(dashboard: AreaDashboard, indicator: IndicatorId): Point[] {
  return dashboard.trend.map((point) => {
    const figure = point.figures.find((f) => f.indicator === indicator);
    return { date: point.asOf, value: figure && !figure.suppressed ? figure.value : null };
  });
}

export function indexTrend(dashboard: AreaDashboard): Point[] {
  return dashboard.trend.map((point) => ({ date: point.asOf, value: point.index }));
}

export function figureOf(dashboard: AreaDashboard, indicator: IndicatorId): Figure {
  return (
    dashboard.figures.find((f) => f.indicator === indicator) ?? {
      indicator,
      value: null,
      numerator: null,
      denominator: null,
      suppressed: false,
    }
  );
}

/** Fixed scale ends where the unit has them: a share runs from 0 to 100%. */
export function domainOf(unit: Indicator['unit']): readonly [number, number] | undefined {
  return unit === 'share' ? [0, 1] : undefined;
}
