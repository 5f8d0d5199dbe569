import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../app/api-context.ts';
import { Page } from '../../ui/page.tsx';
import { notificationsApi } from './notifications.api.ts';
import { notificationPaths } from './notifications.paths.ts';
import { subjectLink } from './subject-links.ts';

/** Where a mail's link lands: the notification is marked read, then its subject (or the centre) opens. */
export function OpenNotificationPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { notificationId = '' } = useParams();
  useEffect(() => {
    let current = true;
    notificationsApi.markRead(api, notificationId).then(
      (notification) => {
        if (current) void navigate(subjectLink(notification) ?? notificationPaths.centre, { replace: true });
      },
      () => {
        if (current) void navigate(notificationPaths.centre, { replace: true });
      },
    );
    return () => {
      current = false;
    };
  }, [api, navigate, notificationId]);
  return (
    <Page title={t('notifications.title')}>
      <p className="utrecht-paragraph" role="status">
        {t('notifications.opening')}
      </p>
    </Page>
  );
}
