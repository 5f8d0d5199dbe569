import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiProblem } from '../../../app/api-client.ts';
import { useApi } from '../../../app/api-context.ts';
import { Page } from '../../../ui/page.tsx';
import { areasApi } from '../../areas/areas.api.ts';
import { useLoad } from '../../areas/use-load.ts';
import { AreaPicker } from '../area-picker.tsx';
import { monitorApi } from '../monitor.api.ts';
import { monitorPaths } from '../monitor.paths.ts';
import { useMonitorText } from '../monitor-text.ts';
import { NetworkPicture } from './network-picture.tsx';
import '../monitor.css';

/** Who works with whom in an area: residents by neighbourhood, initiatives, organisations, the municipality. */
export function NetworkPage() {
  const { t } = useTranslation();
  const api = useApi();
  const text = useMonitorText();
  const { areaCode = '' } = useParams();
  const loaded = useLoad(async () => {
    const [area, network, settings] = await Promise.all([
      areasApi.area(api, areaCode),
      monitorApi.network(api, areaCode),
      monitorApi.settings(api),
    ]);
    return { area, network, settings };
  }, areaCode);

  if (loaded.error) {
    const missing = loaded.error instanceof ApiProblem && loaded.error.status === 404;
    return (
      <Page
        title={missing ? t('monitor.dashboard.notFound') : t('monitor.loadError')}
        crumbs={[{ to: monitorPaths.home, label: t('monitor.title') }]}
      />
    );
  }
  if (loaded.loading || !loaded.data)
    return (
      <p className="utrecht-paragraph" role="status">
        {t('app.loading')}
      </p>
    );
  const { area, network, settings } = loaded.data;
  return (
    <Page
      title={t('monitor.network.title', { name: area.name })}
      lead={t('monitor.network.lead', { count: settings.minResidents })}
      crumbs={[
        ...area.ancestors.map((a) => ({ to: monitorPaths.area(a.code), label: a.name })),
        { to: monitorPaths.area(area.code), label: area.name },
      ]}
    >
      <AreaPicker current={area} to={monitorPaths.network} />
      {network.asOf && (
        <p className="utrecht-paragraph">
          {t('monitor.network.asOf', { days: settings.windowDays, date: text.date(network.asOf) })}
        </p>
      )}
      {network.nodes.length === 0 ? (
        <p className="utrecht-paragraph">{t('monitor.network.empty')}</p>
      ) : (
        <NetworkPicture
          network={network}
          title={t('monitor.network.pictureTitle', { name: area.name })}
          minResidents={settings.minResidents}
        />
      )}
    </Page>
  );
}
