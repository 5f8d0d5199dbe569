import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Button } from '../../ui/button.tsx';
import { TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { initiativesApi, type Notification } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';

function linkOf(notification: Notification): string | null {
  if (notification.subjectType === 'initiative') return initiativePaths.initiative(notification.subjectId);
  if (notification.subjectType === 'organisation') return initiativePaths.organisation(notification.subjectId);
  return null;
}

/** Reminders and news about my initiatives: requests, pledges, responses, deadlines, moderation. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const list = usePagedList((cursor) => initiativesApi.notifications(api, cursor), 'notifications');
  const kindText = (kind: string) =>
    i18n.exists(`initiatives.notifications.kinds.${kind}`)
      ? t(`initiatives.notifications.kinds.${kind}` as 'initiatives.notifications.kinds.pledge.made')
      : kind;
  return (
    <Page title={t('initiatives.notifications.title')}>
      {!list.loading && list.items.length === 0 && (
        <p className="utrecht-paragraph">{t('initiatives.notifications.empty')}</p>
      )}
      <ul className="ws-card-list">
        {list.items.map((n) => {
          const to = linkOf(n);
          return (
            <li key={n.id} className={`ws-card${n.read ? '' : ' ws-card--unread'}`}>
              <p className="utrecht-paragraph">
                <strong>{kindText(n.kind)}</strong>
                {!n.read && (
                  <>
                    {' '}
                    <span className="ws-badge">{t('initiatives.notifications.new')}</span>
                  </>
                )}
              </p>
              <p className="utrecht-paragraph">{to ? <TextLink to={to}>{n.message}</TextLink> : n.message}</p>
              <p className="utrecht-paragraph ws-card__meta">{formatDateTime(n.createdAt, i18n.language)}</p>
              {!n.read && (
                <Button
                  variant="subtle"
                  onClick={() =>
                    void initiativesApi
                      .markRead(api, n.id)
                      .then((read) => list.update((items) => items.map((item) => (item.id === read.id ? read : item))))
                  }
                >
                  {t('initiatives.notifications.markRead')}
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
          shown={t('initiatives.shown', { count: list.items.length })}
          end={t('initiatives.allShown')}
        />
      )}
    </Page>
  );
}
