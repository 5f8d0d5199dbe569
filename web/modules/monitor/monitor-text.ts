import { useTranslation } from 'react-i18next';
import type { Figure, Indicator, IndicatorId, SurveyFigure, SurveyTopic } from '../../../contracts/monitor.ts';
import { formatCalendarDate, formatNumber } from '../../lib/format.ts';
import { formatIndicatorNumber, formatSurveyNumber, type Unit } from './indicator-values.ts';

/** Names, values and sentences of the monitor in the reader's language. */
export function useMonitorText() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const number = (value: number, digits = 0) => formatNumber(value, locale, digits);
  const withUnit = (unit: Unit, value: number) =>
    t(`monitor.units.${unit}`, { value: formatIndicatorNumber(unit, value, locale) });
  return {
    locale,
    number,
    date: (date: string) => formatCalendarDate(date, locale),
    shortDate: (date: string) => formatCalendarDate(date, locale, 'short'),
    month: (date: string) => formatCalendarDate(date, locale, 'month'),
    indicator: (id: IndicatorId) => t(`monitor.indicators.${id}.name`),
    theme: (theme: Indicator['theme']) => t(`monitor.themes.${theme}`),
    topic: (topic: SurveyTopic) => t(`monitor.survey.topics.${topic}`),
    /** The number alone, for axes and table cells: "23%", "4,2". */
    short: (unit: Unit, value: number) => formatIndicatorNumber(unit, value, locale),
    /** With its unit in words: "4,2 per 1.000 inwoners". */
    value: withUnit,
    /** A figure as a reader should see it, suppression and absence said in words. */
    figure: (figure: Pick<Figure, 'value' | 'suppressed'>, unit: Unit, minResidents: number) => {
      if (figure.suppressed) return t('monitor.suppressed', { count: minResidents });
      if (figure.value === null) return t('monitor.noValue');
      return withUnit(unit, figure.value);
    },
    survey: (unit: SurveyFigure['unit'], value: number) =>
      t(`monitor.survey.units.${unit}`, { value: formatSurveyNumber(unit, value, locale) }),
    index: (value: number) => t('monitor.index.outOf100', { value: number(value) }),
  };
}

export type MonitorText = ReturnType<typeof useMonitorText>;
