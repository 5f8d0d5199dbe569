import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Area } from '../../../../contracts/areas.ts';
import type { AreaDashboard, MonitorSettings } from '../../../../contracts/monitor.ts';
import { ApiProblem } from '../../../app/api-client.ts';
import { useApi } from '../../../app/api-context.ts';
import { TextLink } from '../../../ui/links.tsx';
import { Page } from '../../../ui/page.tsx';
import { areasApi } from '../../areas/areas.api.ts';
import { areaPaths } from '../../areas/areas.paths.ts';
import { useLoad } from '../../areas/use-load.ts';
import { AreaPicker } from '../area-picker.tsx';
import { monitorApi } from '../monitor.api.ts';
import { monitorPaths } from '../monitor.paths.ts';
import { useMonitorText } from '../monitor-text.ts';
import { SteeringPictureSection } from '../../steering/picture/picture-section.tsx';
import { AboutSection } from './about-section.tsx';
import { IndexSection } from './index-section.tsx';
import { SurveySection } from './survey-section.tsx';
import { ThemeSections } from './theme-sections.tsx';
import '../monitor.css';

/** The community-power dashboard of one area; without an area in the path, of the municipality. */
export function DashboardPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { areaCode } = useParams();
  const loaded = useLoad(async () => {
    const code = areaCode ?? (await monitorApi.municipality(api))?.code;
    if (!code) return null;
    const [area, dashboard, settings] = await Promise.all([
      areasApi.area(api, code),
      monitorApi.dashboard(api, code),
      monitorApi.settings(api),
    ]);
    return { area, dashboard, settings };
  }, areaCode ?? '');

  if (loaded.error || loaded.data === null) {
    const missing = loaded.data === null || (loaded.error instanceof ApiProblem && loaded.error.status === 404);
    return (
      <Page
        title={missing ? t('monitor.dashboard.notFound') : t('monitor.loadError')}
        crumbs={areaCode ? [{ to: monitorPaths.home, label: t('monitor.title') }] : undefined}
      />
    );
  }
  if (loaded.loading || !loaded.data)
    return (
      <p className="utrecht-paragraph" role="status">
        {t('app.loading')}
      </p>
    );
  return <Dashboard {...loaded.data} />;
}

function Dashboard({ area, dashboard, settings }: { area: Area; dashboard: AreaDashboard; settings: MonitorSettings }) {
  const { t } = useTranslation();
  const text = useMonitorText();
  const crumbs = area.ancestors.map((a) => ({ to: monitorPaths.area(a.code), label: a.name }));
  const lead = dashboard.asOf
    ? t('monitor.dashboard.lead', { days: dashboard.windowDays, date: text.date(dashboard.asOf) })
    : t('monitor.dashboard.notYet');
  return (
    <Page
      title={t('monitor.dashboard.title', { name: area.name })}
      lead={lead}
      crumbs={crumbs.length > 0 ? crumbs : undefined}
    >
      <nav className="ws-monitor-links" aria-label={t('monitor.dashboard.linksLabel')}>
        <ul className="ws-plain-list">
          <li>
            <TextLink to={monitorPaths.map}>{t('monitor.dashboard.mapLink')}</TextLink>
          </li>
          <li>
            <TextLink to={monitorPaths.network(area.code)}>
              {t('monitor.dashboard.networkLink', { name: area.name })}
            </TextLink>
          </li>
          <li>
            <TextLink to={areaPaths.area(area.code)}>{t('monitor.dashboard.areaLink', { name: area.name })}</TextLink>
          </li>
        </ul>
      </nav>
      <AreaPicker current={area} to={monitorPaths.area} />
      {dashboard.asOf && (
        <>
          <IndexSection dashboard={dashboard} settings={settings} />
          <ThemeSections dashboard={dashboard} settings={settings} />
        </>
      )}
      <SurveySection area={area} dashboard={dashboard} settings={settings} />
      <SteeringPictureSection area={area} />
      <AboutSection area={area} dashboard={dashboard} />
    </Page>
  );
}
