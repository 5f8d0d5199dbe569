import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { hasRole, useSession } from '../../app/session-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { ButtonLink, TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { helpApi } from './help.api.ts';
import { helpPaths } from './help.paths.ts';
import { NotificationsSection } from './notifications-section.tsx';
import { RequestCard } from './request-card.tsx';
import { useNeighbourhoods } from './use-neighbourhoods.ts';

/** Burenhulp: my requests, requests in my neighbourhood, and the ways in. */
export function HelpHomePage() {
  const { t } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const areas = useNeighbourhoods();
  const nameOf = (id: string) => areas.find((a) => a.id === id)?.name;
  const home = me?.homeAreaId ?? undefined;
  const mine = usePagedList((cursor) => helpApi.requests(api, { mine: 'true' }, cursor), 'mine');
  const nearby = usePagedList(
    // Only open requests are asked for, so a page is never empty while "Load more" shows.
    (cursor) => helpApi.requests(api, home ? { areaId: home, status: 'open' } : { status: 'open' }, cursor),
    `nearby-${home ?? ''}`,
  );
  const openNearby = nearby.items.filter((r) => !r.mine);

  return (
    <Page title={t('help.title')} lead={t('help.lead')}>
      <div className="utrecht-button-group ws-button-row">
        <ButtonLink to={helpPaths.newRequest}>{t('help.askLink')}</ButtonLink>
        <ButtonLink to={helpPaths.offers} variant="secondary">
          {t('help.offerLink')}
        </ButtonLink>
        <ButtonLink to={helpPaths.invitations} variant="secondary">
          {t('help.invitationsLink')}
        </ButtonLink>
      </div>
      {hasRole(me, 'professional') && (
        <p className="utrecht-paragraph">
          <TextLink to={helpPaths.team}>{t('help.teamLink')}</TextLink>
        </p>
      )}

      <NotificationsSection />

      <section className="ws-section" aria-labelledby="help-mine">
        <h2 className="utrecht-heading-2" id="help-mine">
          {t('help.mineTitle')}
        </h2>
        {!mine.loading && mine.items.length === 0 && <p className="utrecht-paragraph">{t('help.mineEmpty')}</p>}
        <ul className="ws-card-list">
          {mine.items.map((r) => (
            <RequestCard key={r.id} request={r} areaName={nameOf(r.areaId)} />
          ))}
        </ul>
        {mine.items.length > 0 && (
          <LoadMore
            hasMore={mine.hasMore}
            loading={mine.loadingMore}
            onLoadMore={() => void mine.loadMore()}
            shown={t('help.shown', { count: mine.items.length })}
            end={t('help.allShown')}
          />
        )}
      </section>

      <section className="ws-section" aria-labelledby="help-nearby">
        <h2 className="utrecht-heading-2" id="help-nearby">
          {home ? t('help.nearbyTitle', { area: nameOf(home) ?? '' }) : t('help.allTitle')}
        </h2>
        {!nearby.loading && openNearby.length === 0 && <p className="utrecht-paragraph">{t('help.nearbyEmpty')}</p>}
        <ul className="ws-card-list">
          {openNearby.map((r) => (
            <RequestCard key={r.id} request={r} areaName={nameOf(r.areaId)} />
          ))}
        </ul>
        {nearby.hasMore && (
          <LoadMore
            hasMore={nearby.hasMore}
            loading={nearby.loadingMore}
            onLoadMore={() => void nearby.loadMore()}
            shown={t('help.shown', { count: openNearby.length })}
            end={t('help.allShown')}
          />
        )}
      </section>
    </Page>
  );
}
