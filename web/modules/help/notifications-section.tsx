import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { TextLink } from '../../ui/links.tsx';
import { NotificationList } from '../notifications/notification-list.tsx';
import { notificationsApi } from '../notifications/notifications.api.ts';
import { notificationPaths } from '../notifications/notifications.paths.ts';

/** What happened around my requests, offers and the neighbours I look out for: help's part of the notification centre. */
export function NotificationsSection() {
  const { t } = useTranslation();
  const api = useApi();
  const list = usePagedList((cursor) => notificationsApi.list(api, cursor, { module: 'help' }), 'help-notifications');
  if (!list.loading && list.items.length === 0) return null;
  return (
    <section className="ws-section" aria-labelledby="help-notifications">
      <h2 className="utrecht-heading-2" id="help-notifications">
        {t('notifications.helpTitle')}
      </h2>
      <p className="utrecht-paragraph">
        <TextLink to={notificationPaths.centre}>{t('notifications.title')}</TextLink>
      </p>
      <NotificationList list={list} />
    </section>
  );
}
