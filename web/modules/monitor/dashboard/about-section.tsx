import { useTranslation } from 'react-i18next';
import type { Area } from '../../../../contracts/areas.ts';
import type { AreaDashboard } from '../../../../contracts/monitor.ts';
import { API_BASE, toQueryString } from '../../../app/api-client.ts';
import { OpenDataDownloads } from './open-data-downloads.tsx';

/** Where the numbers come from, what is left out for privacy, and the same numbers as open data. */
export function AboutSection({ area, dashboard }: { area: Area; dashboard: AreaDashboard }) {
  const { t } = useTranslation();
  // The neighbourhoods around this area: a neighbourhood's district, a district's own, or all of them.
  const scope = area.kind === 'neighbourhood' ? area.ancestors.at(-1) : area;
  const parentId = scope && scope.kind === 'district' ? scope.id : undefined;
  return (
    <section className="ws-section" aria-labelledby="monitor-about">
      <h2 className="utrecht-heading-2" id="monitor-about">
        {t('monitor.about.title')}
      </h2>
      <p className="utrecht-paragraph">{t('monitor.about.source', { days: dashboard.windowDays })}</p>
      <p className="utrecht-paragraph">{t('monitor.about.privacy', { count: dashboard.minResidents })}</p>
      <h3 className="utrecht-heading-3">{t('monitor.about.openDataTitle')}</h3>
      <p className="utrecht-paragraph">{t('monitor.about.openData')}</p>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={`${API_BASE}/monitor/areas/${encodeURIComponent(area.code)}`}>
            {t('monitor.about.dashboardJson', { name: area.name })}
          </a>
        </li>
        <li className="utrecht-unordered-list__item">
          <a
            className="utrecht-link"
            href={`${API_BASE}/monitor/figures${toQueryString({ level: 'neighbourhood', parentId, limit: 100 })}`}
          >
            {t('monitor.about.figuresJson', { name: scope?.name ?? area.name })}
          </a>
        </li>
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={`${API_BASE}/monitor/map${toQueryString({ limit: 500 })}`}>
            {t('monitor.about.geojson')}
          </a>
        </li>
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href="/api-docs">
            {t('monitor.about.apiDocs')}
          </a>
        </li>
      </ul>
      <OpenDataDownloads parentId={parentId} fileName={`gemeenschapskracht-${scope?.code ?? area.code}.csv`} />
    </section>
  );
}
