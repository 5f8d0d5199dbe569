import { useTranslation } from 'react-i18next';
import type { AreaDashboard, Figure, Indicator, MonitorSettings } from '../../../../contracts/monitor.ts';
import { TrendChart } from '../charts/trend-chart.tsx';
import { byTheme, domainOf, figureOf, indicatorTrend } from '../monitor-data.ts';
import { useMonitorText } from '../monitor-text.ts';

/** Every figure, grouped by theme, each with what it means in words and its trend. */
export function ThemeSections({ dashboard, settings }: { dashboard: AreaDashboard; settings: MonitorSettings }) {
  const { t } = useTranslation();
  const text = useMonitorText();
  return (
    <>
      {byTheme(settings).map(({ theme, indicators }) => (
        <section key={theme} className="ws-section ws-section--wide" aria-labelledby={`monitor-theme-${theme}`}>
          <h2 className="utrecht-heading-2" id={`monitor-theme-${theme}`}>
            {text.theme(theme)}
          </h2>
          <p className="utrecht-paragraph ws-monitor-theme-intro">{t(`monitor.themeIntro.${theme}`)}</p>
          <div className="ws-monitor-cards">
            {indicators.map((indicator) => (
              <FigureCard
                key={indicator.id}
                indicator={indicator}
                figure={figureOf(dashboard, indicator.id)}
                dashboard={dashboard}
              />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}

function FigureCard({
  indicator,
  figure,
  dashboard,
}: {
  indicator: Indicator;
  figure: Figure;
  dashboard: AreaDashboard;
}) {
  const { t } = useTranslation();
  const text = useMonitorText();
  const name = text.indicator(indicator.id);
  const headingId = `monitor-figure-${indicator.id}`;
  const shown = !figure.suppressed && figure.value !== null;
  // A median has no numerator: it says how many cases it is the middle of.
  const isMedian = indicator.unit === 'days' || indicator.unit === 'hours';
  return (
    <article className="ws-monitor-card" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>
        {name}
      </h3>
      <p className={shown ? 'ws-monitor-card__value' : 'utrecht-paragraph ws-monitor-card__missing'}>
        {text.figure(figure, indicator.unit, dashboard.minResidents)}
      </p>
      <p className="utrecht-paragraph">
        {t(`monitor.indicators.${indicator.id}.what`, { days: dashboard.windowDays })}
      </p>
      {shown && figure.denominator !== null && (figure.numerator !== null || isMedian) && (
        <p className="utrecht-paragraph ws-monitor-card__counts">
          {t(`monitor.indicators.${indicator.id}.counts`, {
            numerator: text.number(figure.numerator ?? 0, 1),
            denominator: text.number(figure.denominator, 1),
          })}
        </p>
      )}
      <details className="ws-monitor-card__how">
        <summary>{t('monitor.figure.how')}</summary>
        <dl className="ws-monitor-how">
          <dt>{t('monitor.figure.numerator')}</dt>
          <dd>{t(`monitor.indicators.${indicator.id}.numerator`)}</dd>
          <dt>{t('monitor.figure.denominator')}</dt>
          <dd>{t(`monitor.indicators.${indicator.id}.denominator`)}</dd>
          <dt>{t('monitor.figure.window')}</dt>
          <dd>
            {dashboard.asOf
              ? t('monitor.figure.windowText', { days: dashboard.windowDays, date: text.date(dashboard.asOf) })
              : t('monitor.figure.windowDays', { days: dashboard.windowDays })}
          </dd>
          <dt>{t('monitor.figure.direction')}</dt>
          <dd>{indicator.higherIsBetter ? t('monitor.higherIsBetter') : t('monitor.lowerIsBetter')}</dd>
          <dt>{t('monitor.figure.inIndex')}</dt>
          <dd>
            {indicator.weight > 0
              ? t('monitor.figure.weightTarget', {
                  weight: text.number(indicator.weight, 2),
                  target: text.value(indicator.unit, indicator.target),
                })
              : t('monitor.figure.notInIndex')}
          </dd>
        </dl>
      </details>
      <TrendChart
        title={t('monitor.figure.trendTitle', { indicator: name })}
        points={indicatorTrend(dashboard, indicator.id)}
        format={(v) => text.short(indicator.unit, v)}
        formatDate={text.month}
        formatLongDate={text.date}
        valueHeader={name}
        missingText={t('monitor.notShown')}
        domain={domainOf(indicator.unit)}
      />
    </article>
  );
}
