import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { PagedList } from '../../lib/use-paged-list.ts';
import { Button } from '../../ui/button.tsx';
import { TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { notificationsApi, titleIn, type Notification } from './notifications.api.ts';
import { subjectLink } from './subject-links.ts';

/** Notifications as cards, newest first: title, context (a link to what it is about), time, "mark as read". */
export function NotificationList({ list }: { list: PagedList<Notification> }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  return (
    <>
      <ul className="ws-card-list">
        {list.items.map((n) => {
          const to = subjectLink(n);
          return (
            <li key={n.id} className={`ws-card${n.read ? '' : ' ws-card--unread'}`}>
              <p className="utrecht-paragraph">
                <strong>{titleIn(n.title, i18n.language)}</strong>
                {!n.read && (
                  <>
                    {' '}
                    <span className="ws-badge">{t('notifications.new')}</span>
                  </>
                )}
              </p>
              {n.message && (
                <p className="utrecht-paragraph">{to ? <TextLink to={to}>{n.message}</TextLink> : n.message}</p>
              )}
              <p className="utrecht-paragraph ws-card__meta">
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
              </p>
              {!n.read && (
                <Button
                  variant="subtle"
                  onClick={() =>
                    void notificationsApi
                      .markRead(api, n.id)
                      .then((read) => list.update((items) => items.map((item) => (item.id === read.id ? read : item))))
                  }
                >
                  {t('notifications.markRead')}
                  <span className="ws-visually-hidden">: {titleIn(n.title, i18n.language)}</span>
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {list.items.length > 0 && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('notifications.shown', { count: list.items.length })}
          end={t('notifications.allShown')}
        />
      )}
    </>
  );
}
