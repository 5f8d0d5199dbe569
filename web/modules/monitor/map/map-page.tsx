import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { indicatorIds, type IndicatorId, type MonitorSettings } from '../../../../contracts/monitor.ts';
import { useApi } from '../../../app/api-context.ts';
import { Page } from '../../../ui/page.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { useLoad } from '../../areas/use-load.ts';
import { classBreaks } from '../class-breaks.ts';
import { monitorApi, type MapFeature } from '../monitor.api.ts';
import { monitorPaths } from '../monitor.paths.ts';
import { catalogue } from '../monitor-data.ts';
import { useMonitorText } from '../monitor-text.ts';
import { Choropleth, type ChoroplethArea } from './choropleth.tsx';
import { ComparisonTable } from './comparison-table.tsx';
import { MapLegend } from './map-legend.tsx';
import '../monitor.css';

/** What the map colours: the index, or one indicator. */
export type MapChoice = 'index' | IndicatorId;

function isChoice(value: string | null): value is MapChoice {
  return value === 'index' || (indicatorIds as readonly string[]).includes(value ?? '');
}

/** The choropleth of every neighbourhood for a chosen indicator, and the same as a sortable table. */
export function MonitorMapPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const requested = search.get('indicator');
  const choice: MapChoice = isChoice(requested) ? requested : 'index';
  const loaded = useLoad(async () => {
    const [settings, map, municipality, districts] = await Promise.all([
      monitorApi.settings(api),
      // The index comes with every indicator's map; participation is the default one.
      monitorApi.map(api, choice === 'index' ? 'participation' : choice),
      monitorApi.municipality(api),
      monitorApi.areas(api, 'district'),
    ]);
    return { settings, map, municipality, districts };
  }, choice);

  const text = useMonitorText();
  const settings = loaded.data?.settings;
  return (
    <Page
      title={t('monitor.map.title')}
      lead={t('monitor.map.lead')}
      crumbs={[{ to: monitorPaths.home, label: t('monitor.title') }]}
    >
      <SelectField
        name="indicator"
        label={t('monitor.map.choose')}
        value={choice}
        onValue={(value) => setSearch(value === 'index' ? {} : { indicator: value }, { replace: true })}
        options={[
          { value: 'index', label: t('monitor.index.title') },
          ...(settings?.indicators ?? []).map((i) => ({ value: i.id, label: text.indicator(i.id) })),
        ]}
      />
      <div role="status" className="ws-monitor-status">
        {loaded.loading ? t('app.loading') : loaded.error ? t('monitor.loadError') : null}
      </div>
      {loaded.data && !loaded.loading && settings && (
        <MapView
          choice={choice}
          settings={settings}
          features={loaded.data.map.features}
          asOf={loaded.data.map.asOf}
          municipality={loaded.data.municipality?.name ?? ''}
          districtNames={new Map(loaded.data.districts.map((d) => [d.id, d.name]))}
        />
      )}
    </Page>
  );
}

function MapView({
  choice,
  settings,
  features,
  asOf,
  municipality,
  districtNames,
}: {
  choice: MapChoice;
  settings: MonitorSettings;
  features: MapFeature[];
  asOf: string | null;
  municipality: string;
  districtNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  const text = useMonitorText();
  const indicator = choice === 'index' ? null : (catalogue(settings).get(choice) ?? null);
  const choiceName = choice === 'index' ? t('monitor.index.title') : text.indicator(choice);
  const format = (v: number) => (indicator ? text.short(indicator.unit, v) : text.number(v));
  const inWords = (v: number) => (indicator ? text.value(indicator.unit, v) : text.index(v));
  const areas: ChoroplethArea[] = features.map((feature) => {
    const p = feature.properties;
    const suppressed = choice !== 'index' && p.suppressed;
    const value = choice === 'index' ? p.index : suppressed ? null : p.value;
    const valueText = suppressed
      ? t('monitor.suppressed', { count: settings.minResidents })
      : value === null
        ? t('monitor.noValue')
        : inWords(value);
    return {
      feature,
      value,
      suppressed,
      name: t('monitor.map.areaName', { name: p.name, indicator: choiceName, value: valueText }),
      label: suppressed ? '×' : value === null ? '–' : format(value),
      href: monitorPaths.area(p.code),
    };
  });
  const values = areas.flatMap((a) => (a.value === null ? [] : [a.value]));
  const thresholds = classBreaks(values);
  const direction =
    indicator === null || indicator.higherIsBetter ? t('monitor.higherIsBetter') : t('monitor.lowerIsBetter');

  if (features.length === 0) return <p className="utrecht-paragraph">{t('monitor.map.empty')}</p>;
  return (
    <>
      {asOf && <p className="utrecht-paragraph">{t('monitor.map.asOf', { date: text.date(asOf) })}</p>}
      <div className="ws-monitor-map">
        <figure className="ws-map-figure ws-monitor-map__map">
          <Choropleth
            areas={areas}
            thresholds={thresholds}
            label={t('monitor.map.label', { name: municipality, indicator: choiceName })}
          />
        </figure>
        <MapLegend
          thresholds={thresholds}
          format={format}
          title={choiceName}
          direction={direction}
          minResidents={settings.minResidents}
          hasSuppressed={areas.some((a) => a.suppressed)}
          hasMissing={areas.some((a) => !a.suppressed && a.value === null)}
        />
      </div>
      <ComparisonTable
        areas={areas}
        choiceName={choiceName}
        format={format}
        districtNames={districtNames}
        minResidents={settings.minResidents}
        higherIsBetter={indicator?.higherIsBetter ?? true}
        showIndex={indicator !== null}
      />
    </>
  );
}
