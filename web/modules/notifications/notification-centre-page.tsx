import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { NotificationList } from './notification-list.tsx';
import { notificationsApi } from './notifications.api.ts';
import { notificationPaths } from './notifications.paths.ts';

/** Every notification from every module, in one place (the notification centre). */
export function NotificationCentrePage() {
  const { t } = useTranslation();
  const api = useApi();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = usePagedList(
    (cursor) => notificationsApi.list(api, cursor, { unread: unreadOnly }),
    `notifications:${unreadOnly}`,
  );
  return (
    <Page title={t('notifications.title')} lead={t('notifications.lead')}>
      <p className="utrecht-paragraph">
        <TextLink to={notificationPaths.preferences}>{t('notifications.preferencesLink')}</TextLink>
      </p>
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <input
          id="notifications-unread-only"
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={unreadOnly}
          onChange={(event) => setUnreadOnly(event.target.checked)}
        />{' '}
        <label htmlFor="notifications-unread-only" className="utrecht-form-label utrecht-form-label--checkbox">
          {t('notifications.onlyUnread')}
        </label>
      </div>
      {!list.loading && list.items.length === 0 && <p className="utrecht-paragraph">{t('notifications.empty')}</p>}
      <NotificationList list={list} />
    </Page>
  );
}
