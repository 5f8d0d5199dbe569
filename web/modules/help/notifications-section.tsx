import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { helpApi } from './help.api.ts';
import { helpPaths } from './help.paths.ts';

/** What happened around my requests, offers and the neighbours I look out for. */
export function NotificationsSection() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const list = usePagedList((cursor) => helpApi.notifications(api, cursor), 'notifications');
  if (!list.loading && list.items.length === 0) return null;
  return (
    <section className="ws-section" aria-labelledby="help-notifications">
      <h2 className="utrecht-heading-2" id="help-notifications">
        {t('help.notificationsTitle')}
      </h2>
      <ul className="ws-card-list">
        {list.items.map((n) => (
          <li key={n.id} className="ws-card">
            <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
            <p className="utrecht-paragraph">
              {n.requestId ? <TextLink to={helpPaths.request(n.requestId)}>{n.text}</TextLink> : n.text}
            </p>
          </li>
        ))}
      </ul>
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loadingMore}
        onLoadMore={() => void list.loadMore()}
        shown={t('help.shown', { count: list.items.length })}
        end={t('help.allShown')}
      />
    </section>
  );
}
