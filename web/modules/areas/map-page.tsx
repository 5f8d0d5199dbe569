import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AreaFeature, AreaSummary } from '../../../contracts/areas.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { AreaMap, DISTRICT_FILLS } from './area-map.tsx';
import { areasApi } from './areas.api.ts';
import { areaPaths } from './areas.paths.ts';
import { useAreaText } from './area-text.ts';
import { useLoad } from './use-load.ts';

/** The municipality's neighbourhoods on a map, with the same links as a list by district. */
export function MapPage() {
  const { t } = useTranslation();
  const api = useApi();
  const text = useAreaText();
  const [search, setSearch] = useSearchParams();
  const municipalities = useLoad(() => areasApi.all(api, { kind: 'municipality' }), 'municipalities');
  const chosen = municipalities.data?.find((m) => m.code === search.get('gemeente')) ?? municipalities.data?.[0];
  const view = useLoad(async () => {
    if (!chosen) return undefined;
    const [map, districts, settings] = await Promise.all([
      areasApi.map(api, chosen.id),
      areasApi.all(api, { parentId: chosen.id }),
      areasApi.mapSettings(api),
    ]);
    return { map, districts, settings };
  }, chosen?.id ?? '');

  if (municipalities.error || view.error) {
    return (
      <Page title={t('areas.map.title')}>
        <Alert type="error">{t('areas.map.loadError')}</Alert>
      </Page>
    );
  }
  if (municipalities.data && municipalities.data.length === 0) {
    return (
      <Page title={t('areas.map.title')}>
        <p className="utrecht-paragraph">{t('areas.map.empty')}</p>
      </Page>
    );
  }

  const districts = view.data?.districts ?? [];
  const fillOf = (feature: AreaFeature) =>
    DISTRICT_FILLS[
      Math.max(
        0,
        districts.findIndex((d) => d.id === feature.properties.parentId),
      ) % DISTRICT_FILLS.length
    ]!;
  const neighbourhoodsOf = (district: AreaSummary) =>
    (view.data?.map.features ?? []).filter((f) => f.properties.parentId === district.id);
  const tileUrl = view.data?.settings.tileUrl ?? null;

  return (
    <Page title={chosen ? `${t('areas.map.title')}: ${chosen.name}` : t('areas.map.title')} lead={t('areas.map.lead')}>
      {(municipalities.data?.length ?? 0) > 1 && chosen && (
        <SelectField
          name="gemeente"
          label={t('areas.map.municipality')}
          value={chosen.code}
          onValue={(code) => setSearch({ gemeente: code })}
          options={(municipalities.data ?? []).map((m) => ({ value: m.code, label: m.name }))}
        />
      )}
      {view.loading || !view.data || !chosen ? (
        <p className="utrecht-paragraph" role="status">
          {t('app.loading')}
        </p>
      ) : (
        <>
          <figure className="ws-map-figure">
            <AreaMap
              map={view.data.map}
              label={t('areas.map.label', { name: chosen.name })}
              hrefOf={(f) => areaPaths.area(f.properties.code)}
              describe={(f) => text.describe(f.properties)}
              fillOf={fillOf}
              tileUrl={tileUrl}
            />
            {tileUrl && (
              <figcaption className="ws-map-figure__caption">
                {t('areas.map.tiles', { source: new URL(tileUrl.replace(/\{[a-z]\}/g, '0')).host })}
              </figcaption>
            )}
          </figure>
          <section className="ws-section ws-section--wide" aria-labelledby="areas-list">
            <h2 className="utrecht-heading-2" id="areas-list">
              {t('areas.map.listTitle')}
            </h2>
            <div className="ws-area-columns">
              {districts.map((district, index) => (
                <section key={district.id} className="ws-area-group" aria-labelledby={`district-${district.id}`}>
                  <h3 className="utrecht-heading-3" id={`district-${district.id}`}>
                    <span
                      className="ws-swatch"
                      style={{ background: DISTRICT_FILLS[index % DISTRICT_FILLS.length] }}
                      aria-hidden="true"
                    />
                    <TextLink to={areaPaths.area(district.code)}>{district.name}</TextLink>
                  </h3>
                  <ul className="ws-plain-list">
                    {neighbourhoodsOf(district).map((f) => (
                      <li key={f.id}>
                        <TextLink to={areaPaths.area(f.properties.code)}>{f.properties.name}</TextLink>{' '}
                        <span className="ws-optional">{text.population(f.properties.population)}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </section>
        </>
      )}
    </Page>
  );
}
