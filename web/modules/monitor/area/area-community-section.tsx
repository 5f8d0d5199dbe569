import { useTranslation } from 'react-i18next';
import type { Area } from '../../../../contracts/areas.ts';
import type { IndicatorId } from '../../../../contracts/monitor.ts';
import { useApi } from '../../../app/api-context.ts';
import { TextLink } from '../../../ui/links.tsx';
import { useLoad } from '../../areas/use-load.ts';
import { TrendChart } from '../charts/trend-chart.tsx';
import { monitorApi } from '../monitor.api.ts';
import { monitorPaths } from '../monitor.paths.ts';
import { catalogue, figureOf, indexTrend } from '../monitor-data.ts';
import { useMonitorText } from '../monitor-text.ts';

/** A few figures that say most to a resident; the dashboard has all of them. */
const HEADLINE: readonly IndicatorId[] = ['participation', 'members_per_1000', 'help_answered', 'turnout'];

/** On the neighbourhood page: the area's community power in brief, with its trend and the way to the rest. */
export function AreaCommunitySection({ area }: { area: Area }) {
  const { t } = useTranslation();
  const text = useMonitorText();
  const api = useApi();
  const loaded = useLoad(async () => {
    const [dashboard, settings] = await Promise.all([monitorApi.dashboard(api, area.id), monitorApi.settings(api)]);
    return { dashboard, settings };
  }, area.id);

  return (
    <section className="ws-section" aria-labelledby="area-community">
      <h2 className="utrecht-heading-2" id="area-community">
        {t('monitor.area.title')}
      </h2>
      {loaded.loading && (
        <p className="utrecht-paragraph" role="status">
          {t('app.loading')}
        </p>
      )}
      {loaded.error ? <p className="utrecht-paragraph">{t('monitor.loadError')}</p> : null}
      {loaded.data && !loaded.loading && (
        <>
          {loaded.data.dashboard.asOf ? (
            <>
              <p className="utrecht-paragraph">
                {t('monitor.area.lead', {
                  days: loaded.data.dashboard.windowDays,
                  date: text.date(loaded.data.dashboard.asOf),
                })}
              </p>
              <dl className="utrecht-data-list utrecht-data-list--rows ws-data-list ws-monitor-headline">
                <div className="utrecht-data-list__item">
                  <dt className="utrecht-data-list__item-key">{t('monitor.index.title')}</dt>
                  <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                    {loaded.data.dashboard.index.value === null
                      ? t('monitor.index.none')
                      : text.index(loaded.data.dashboard.index.value)}
                  </dd>
                </div>
                {HEADLINE.map((id) => {
                  const unit = catalogue(loaded.data!.settings).get(id)?.unit;
                  if (!unit) return null;
                  return (
                    <div key={id} className="utrecht-data-list__item">
                      <dt className="utrecht-data-list__item-key">{text.indicator(id)}</dt>
                      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                        {text.figure(figureOf(loaded.data!.dashboard, id), unit, loaded.data!.dashboard.minResidents)}
                      </dd>
                    </div>
                  );
                })}
              </dl>
              <TrendChart
                title={t('monitor.index.trendTitleOf', { name: area.name })}
                points={indexTrend(loaded.data.dashboard)}
                format={(v) => text.number(v)}
                formatDate={text.month}
                formatLongDate={text.date}
                valueHeader={t('monitor.index.title')}
                missingText={t('monitor.noValueShort')}
                domain={[0, 100]}
              />
            </>
          ) : (
            <p className="utrecht-paragraph">{t('monitor.dashboard.notYet')}</p>
          )}
          <ul className="ws-plain-list ws-monitor-links">
            <li>
              <TextLink to={monitorPaths.area(area.code)}>
                {t('monitor.area.dashboardLink', { name: area.name })}
              </TextLink>
            </li>
            <li>
              <TextLink to={monitorPaths.network(area.code)}>
                {t('monitor.dashboard.networkLink', { name: area.name })}
              </TextLink>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
