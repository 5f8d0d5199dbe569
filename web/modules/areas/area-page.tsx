import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AgeBands, Area } from '../../../contracts/areas.ts';
import { ApiProblem } from '../../app/api-client.ts';
import { useApi } from '../../app/api-context.ts';
import { hasRole, useSession } from '../../app/session-context.ts';
import { accountPaths } from '../accounts/accounts.paths.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { AreaMap, DISTRICT_FILLS } from './area-map.tsx';
import { useAreaText } from './area-text.ts';
import { areasApi } from './areas.api.ts';
import { areaPaths } from './areas.paths.ts';
import { calendarPaths } from '../calendar/calendar.paths.ts';
import { CodeBatchPanel } from './code-batch-panel.tsx';
import { InPersonPanel } from './in-person-panel.tsx';
import { useLoad } from './use-load.ts';
import { withSections } from '../../lib/i18n/i18n.ts';

// What is happening here and the area's community power come with chart code: a chunk of their own.
const AreaMonitorSections = lazy(() => withSections(import('../monitor/area/area-monitor-sections.tsx'), 'monitor'));
// The municipality's published steering decisions about the area: the steering module's section.
const AreaDecisionsSection = lazy(() =>
  withSections(import('../steering/decisions/area-decisions-section.tsx'), 'steering'),
);

/** One municipality, district or neighbourhood: where it lies, its figures, what is inside it. */
export function AreaPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { areaCode = '' } = useParams();
  const loaded = useLoad(async () => {
    const area = await areasApi.area(api, areaCode);
    // A neighbourhood is shown among its district's neighbourhoods; others with what is inside them.
    const mapOf = area.kind === 'neighbourhood' ? (area.parentId ?? area.id) : area.id;
    const [map, children, settings] = await Promise.all([
      areasApi.map(api, mapOf),
      area.kind === 'neighbourhood' ? Promise.resolve([]) : areasApi.all(api, { parentId: area.id }),
      areasApi.mapSettings(api),
    ]);
    return { area, map, children, settings };
  }, areaCode);

  if (loaded.error) {
    const missing = loaded.error instanceof ApiProblem && loaded.error.status === 404;
    return (
      <Page
        title={missing ? t('areas.area.notFound') : t('areas.map.loadError')}
        crumbs={[{ to: areaPaths.map, label: t('areas.area.mapLink') }]}
      />
    );
  }
  if (loaded.loading || !loaded.data)
    return (
      <p className="utrecht-paragraph" role="status">
        {t('app.loading')}
      </p>
    );
  return <AreaView {...loaded.data} />;
}

function AreaView({
  area,
  map,
  children,
  settings,
}: {
  area: Area;
  map: Awaited<ReturnType<typeof areasApi.map>>;
  children: Awaited<ReturnType<typeof areasApi.all>>;
  settings: { tileUrl: string | null };
}) {
  const { t } = useTranslation();
  const text = useAreaText();
  const { me } = useSession();
  const crumbs = [
    { to: areaPaths.map, label: t('areas.area.mapLink') },
    ...area.ancestors.map((a) => ({ to: areaPaths.area(a.code), label: a.name })),
  ];
  const childKind = area.kind === 'municipality' ? t('areas.area.districts') : t('areas.area.neighbourhoods');
  const isNeighbourhood = area.kind === 'neighbourhood';
  const districtColour = (parentId: string | null) => {
    const index = children.findIndex((c) => c.id === parentId);
    return DISTRICT_FILLS[Math.max(0, index) % DISTRICT_FILLS.length]!;
  };

  return (
    <Page title={area.name} lead={`${text.kind(area.kind)} · ${t('areas.area.code')} ${area.code}`} crumbs={crumbs}>
      <div className="ws-area-layout">
        <figure className="ws-map-figure ws-area-layout__map">
          {map.features.length > 0 && (
            <AreaMap
              map={map}
              label={t('areas.area.mapLabel', { name: area.name })}
              hrefOf={(f) => areaPaths.area(f.properties.code)}
              describe={(f) => text.describe(f.properties)}
              fillOf={(f) =>
                area.kind === 'municipality' ? districtColour(f.properties.parentId) : DISTRICT_FILLS[0]!
              }
              highlightId={isNeighbourhood ? area.id : undefined}
              tileUrl={settings.tileUrl}
            />
          )}
        </figure>
        <div className="ws-area-layout__facts">
          <dl className="utrecht-data-list utrecht-data-list--rows ws-data-list">
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{t('areas.area.kind')}</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                {text.kind(area.kind)}
              </dd>
            </div>
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{t('areas.area.code')}</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{area.code}</dd>
            </div>
            {area.ancestors.length > 0 && (
              <div className="utrecht-data-list__item">
                <dt className="utrecht-data-list__item-key">{t('areas.area.partOf')}</dt>
                <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                  {[...area.ancestors].reverse().map((a, i) => (
                    <span key={a.id}>
                      {i > 0 && ', '}
                      <TextLink to={areaPaths.area(a.code)}>{a.name}</TextLink>
                    </span>
                  ))}
                </dd>
              </div>
            )}
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{t('areas.area.population')}</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                {area.population === null ? t('areas.area.unknown') : text.number(area.population)}
              </dd>
            </div>
          </dl>
          <p className="utrecht-paragraph">
            <TextLink to={calendarPaths.agenda(area.code)}>{t('calendar.areaLink', { name: area.name })}</TextLink>
          </p>
          {isNeighbourhood && <HomeChoice area={area} />}
        </div>
      </div>

      <Suspense
        fallback={
          <p className="utrecht-paragraph" role="status">
            {t('app.loading')}
          </p>
        }
      >
        <AreaMonitorSections area={area} />
        <AreaDecisionsSection area={area} />
      </Suspense>

      {area.ageBands && <AgeBandsTable name={area.name} bands={area.ageBands} />}

      {!isNeighbourhood && children.length > 0 && (
        <section className="ws-section" aria-labelledby="area-children">
          <h2 className="utrecht-heading-2" id="area-children">
            {childKind}
          </h2>
          <ul className="ws-plain-list ws-area-children">
            {children.map((child) => (
              <li key={child.id}>
                <TextLink to={areaPaths.area(child.code)}>{child.name}</TextLink>{' '}
                <span className="ws-optional">{text.population(child.population)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {isNeighbourhood && hasRole(me, 'administrator') && <CodeBatchPanel area={area} />}
      {isNeighbourhood && (hasRole(me, 'professional') || hasRole(me, 'civil_servant')) && (
        <InPersonPanel area={area} />
      )}
    </Page>
  );
}

function AgeBandsTable({ name, bands }: { name: string; bands: AgeBands }) {
  const { t } = useTranslation();
  const text = useAreaText();
  const total = Object.values(bands).reduce((s, n) => s + n, 0);
  const keys = Object.keys(bands) as Array<keyof AgeBands>;
  return (
    <section className="ws-section" aria-labelledby="area-ages">
      <h2 className="utrecht-heading-2" id="area-ages">
        {t('areas.area.ageTitle')}
      </h2>
      <table className="utrecht-table ws-age-table">
        <caption className="utrecht-table__caption ws-visually-hidden">{t('areas.area.ageCaption', { name })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('areas.area.ageBand')}
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
              {t('areas.area.count')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('areas.area.share')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {keys.map((key) => {
            const share = total > 0 ? Math.round((bands[key] / total) * 100) : 0;
            return (
              <tr key={key} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {t(`areas.area.bands.${key}`)}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{text.number(bands[key])}</td>
                <td className="utrecht-table__cell">
                  <span className="ws-age-bar" style={{ width: `${share * 2}%` }} aria-hidden="true" /> {share}%
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** "This is my neighbourhood": a resident's home, never an address. */
function HomeChoice({ area }: { area: Area }) {
  const { t } = useTranslation();
  const api = useApi();
  const { me, signedIn } = useSession();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!me) {
    return (
      <p className="utrecht-paragraph">
        <TextLink to={accountPaths.login} state={{ from: areaPaths.area(area.code) }}>
          {t('areas.area.homeLogin')}
        </TextLink>
      </p>
    );
  }
  if (me.homeAreaId === area.id) {
    return saved ? (
      <Alert type="ok" live>
        {t('areas.area.homeSaved', { name: area.name })}
      </Alert>
    ) : (
      <p className="utrecht-paragraph">{t('areas.area.home')}</p>
    );
  }
  return (
    <div className="ws-button-row">
      <Button
        variant="secondary"
        busy={busy}
        busyLabel={t('common.saving')}
        onClick={async () => {
          setBusy(true);
          setFailed(false);
          try {
            signedIn(await areasApi.setHome(api, area.id));
            setSaved(true);
          } catch {
            setFailed(true);
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('areas.area.makeHome')}
      </Button>
      {failed && (
        <Alert type="error" live>
          {t('problem.unexpected')}
        </Alert>
      )}
    </div>
  );
}
