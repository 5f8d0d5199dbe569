import { useTranslation } from 'react-i18next';
import type { AreaDashboard, MonitorSettings } from '../../../../contracts/monitor.ts';
import { hasRole, useSession } from '../../../app/session-context.ts';
import { TextLink } from '../../../ui/links.tsx';
import { TrendChart } from '../charts/trend-chart.tsx';
import { monitorPaths } from '../monitor.paths.ts';
import { TableScroll } from '../charts/table-scroll.tsx';
import { catalogue, indexTrend } from '../monitor-data.ts';
import { useMonitorText } from '../monitor-text.ts';
import { indexFacts } from '../summaries.ts';

/**
 * The community-power index and how it is built, component by component, so that nobody has to
 * trust one number: value, target, weight, score and the points each adds.
 */
export function IndexSection({ dashboard, settings }: { dashboard: AreaDashboard; settings: MonitorSettings }) {
  const { t } = useTranslation();
  const text = useMonitorText();
  const { me } = useSession();
  const indicators = catalogue(settings);
  const { index } = dashboard;
  const facts = indexFacts(index.components);
  const totalWeight = index.components.reduce((sum, c) => sum + c.weight, 0);
  // Names in the middle of a sentence: "het meest draagt deelname bij".
  const inSentence = (id: (typeof index.components)[number]['indicator']) => {
    const name = text.indicator(id);
    return name.charAt(0).toLocaleLowerCase(text.locale) + name.slice(1);
  };
  const unitOf = (id: (typeof index.components)[number]['indicator']) => indicators.get(id)?.unit ?? 'share';
  const sentences = [
    facts.strongest &&
      t('monitor.index.strongest', {
        indicator: inSentence(facts.strongest.indicator),
        points: text.number(facts.strongest.contribution, 1),
      }),
    facts.weakest &&
      t('monitor.index.weakest', {
        indicator: inSentence(facts.weakest.indicator),
        score: text.number(facts.weakest.score ?? 0),
      }),
    facts.missing.length > 0 &&
      t('monitor.index.missing', { indicators: facts.missing.map((c) => inSentence(c.indicator)).join(', ') }),
  ].filter(Boolean);

  return (
    <section className="ws-section ws-section--wide" aria-labelledby="monitor-index">
      <h2 className="utrecht-heading-2" id="monitor-index">
        {t('monitor.index.title')}
      </h2>
      <div className="ws-monitor-index">
        <p className="ws-monitor-index__value">
          {index.value === null ? t('monitor.index.none') : text.index(index.value)}
        </p>
        <p className="utrecht-paragraph">
          {t('monitor.index.coverage', { share: text.short('share', index.coverage) })} {sentences.join(' ')}
        </p>
      </div>
      <p className="utrecht-paragraph">{t('monitor.index.explain')}</p>
      {hasRole(me, 'administrator') && (
        <p className="utrecht-paragraph">
          <TextLink to={monitorPaths.weights}>{t('monitor.index.adjust')}</TextLink>
        </p>
      )}

      <TableScroll label={t('monitor.index.tableLabel')}>
        <table className="utrecht-table ws-mtable ws-breakdown">
          <caption className="utrecht-table__caption ws-breakdown__caption">{t('monitor.index.tableCaption')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('monitor.index.component')}
              </th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                {t('monitor.index.value')}
              </th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                {t('monitor.index.target')}
              </th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                {t('monitor.index.weight')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('monitor.index.score')}
              </th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                {t('monitor.index.contribution')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {index.components.map((c) => {
              const unit = unitOf(c.indicator);
              const figure = dashboard.figures.find((f) => f.indicator === c.indicator);
              const lowerIsBetter = indicators.get(c.indicator)?.higherIsBetter === false;
              return (
                <tr key={c.indicator} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {text.indicator(c.indicator)}
                    {lowerIsBetter && <span className="ws-breakdown__note"> {t('monitor.lowerIsBetter')}</span>}
                  </th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {c.value === null
                      ? figure?.suppressed
                        ? t('monitor.suppressedShort')
                        : t('monitor.noValueShort')
                      : text.short(unit, c.value)}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{text.short(unit, c.target)}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{text.number(c.weight, 2)}</td>
                  <td className="utrecht-table__cell ws-breakdown__score">
                    {c.score === null ? (
                      t('monitor.noValueShort')
                    ) : (
                      <>
                        <span className="ws-bar" aria-hidden="true">
                          <span className="ws-bar__fill" style={{ width: `${Math.max(0, Math.min(100, c.score))}%` }} />
                        </span>{' '}
                        {text.number(c.score)}
                      </>
                    )}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{text.number(c.contribution, 1)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="utrecht-table__row ws-breakdown__total">
              <th scope="row" className="utrecht-table__header-cell">
                {t('monitor.index.total')}
              </th>
              <td className="utrecht-table__cell" />
              <td className="utrecht-table__cell" />
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{text.number(totalWeight, 2)}</td>
              <td className="utrecht-table__cell" />
              <td className="utrecht-table__cell utrecht-table__cell--numeric">
                {index.value === null ? t('monitor.noValueShort') : text.number(index.value, 1)}
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>

      <TrendChart
        title={t('monitor.index.trendTitle')}
        points={indexTrend(dashboard)}
        format={(v) => text.number(v)}
        formatDate={text.month}
        formatLongDate={text.date}
        valueHeader={t('monitor.index.title')}
        missingText={t('monitor.noValueShort')}
        domain={[0, 100]}
      />
    </section>
  );
}
