import { useTranslation } from 'react-i18next';
import type { AreaFeature } from '../../../contracts/areas.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { AreaMap } from '../areas/area-map.tsx';
import { areasApi } from '../areas/areas.api.ts';
import { useLoad } from '../areas/use-load.ts';
import { initiativesApi, type AreaCount } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';

/** Five calm steps from none to many, readable with dark text. */
const STEPS = ['#f2f2f2', '#d7ecd1', '#a9d69c', '#74bb66', '#3f8f3a'];

async function allCounts(
  load: (cursor?: string) => Promise<{ items: AreaCount[]; nextCursor: string | null }>,
): Promise<AreaCount[]> {
  const items: AreaCount[] = [];
  let cursor: string | undefined;
  do {
    const page = await load(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < 5_000);
  return items;
}

/** Initiatives per neighbourhood on the areas map; each neighbourhood links to its list. */
export function InitiativesMapPage() {
  const { t } = useTranslation();
  const api = useApi();
  const view = useLoad(async () => {
    const municipalities = await areasApi.all(api, { kind: 'municipality' });
    const municipality = municipalities[0];
    if (!municipality) return undefined;
    const [map, counts, settings] = await Promise.all([
      areasApi.map(api, municipality.id),
      allCounts((cursor) => initiativesApi.areaCounts(api, cursor)),
      areasApi.mapSettings(api),
    ]);
    return { municipality, map, counts: new Map(counts.map((c) => [c.areaId, c])), tileUrl: settings.tileUrl };
  }, 'initiatives-map');
  const title = t('initiatives.map.title');
  if (view.error)
    return (
      <Page title={title}>
        <Alert type="error">{t('initiatives.loadError')}</Alert>
      </Page>
    );
  if (view.loading)
    return (
      <Page title={title}>
        <p className="utrecht-paragraph" role="status">
          {t('app.loading')}
        </p>
      </Page>
    );
  if (!view.data)
    return (
      <Page title={title}>
        <p className="utrecht-paragraph">{t('initiatives.map.noAreas')}</p>
      </Page>
    );
  const { map, counts, tileUrl } = view.data;
  const countOf = (f: AreaFeature) => counts.get(f.properties.id)?.initiatives ?? 0;
  const max = Math.max(1, ...[...counts.values()].map((c) => c.initiatives));
  const fillOf = (f: AreaFeature) =>
    STEPS[Math.min(STEPS.length - 1, Math.ceil((countOf(f) / max) * (STEPS.length - 1)))] ?? STEPS[0]!;
  const describe = (f: AreaFeature) =>
    t('initiatives.map.describe', {
      name: f.properties.name,
      count: countOf(f),
      open: counts.get(f.properties.id)?.withOpenNeeds ?? 0,
    });
  const neighbourhoods = map.features
    .filter((f) => f.properties.kind === 'neighbourhood')
    .sort((a, b) => a.properties.name.localeCompare(b.properties.name));

  return (
    <Page
      title={title}
      lead={t('initiatives.map.lead')}
      crumbs={[{ to: initiativePaths.browse, label: t('initiatives.browse.title') }]}
    >
      <figure className="ws-map-figure">
        <AreaMap
          map={map}
          label={t('initiatives.map.label')}
          hrefOf={(f) => `${initiativePaths.browse}?buurt=${encodeURIComponent(f.properties.id)}`}
          describe={describe}
          fillOf={fillOf}
          tileUrl={tileUrl}
        />
      </figure>
      <section className="ws-section ws-section--wide" aria-labelledby="initiatives-per-area">
        <h2 className="utrecht-heading-2" id="initiatives-per-area">
          {t('initiatives.map.listTitle')}
        </h2>
        <ul className="ws-plain-list ws-area-counts">
          {neighbourhoods.map((f) => (
            <li key={f.id}>
              <span className="ws-swatch" style={{ background: fillOf(f) }} aria-hidden="true" />
              <TextLink to={`${initiativePaths.browse}?buurt=${encodeURIComponent(f.properties.id)}`}>
                {describe(f)}
              </TextLink>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
