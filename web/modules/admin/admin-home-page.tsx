import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { notificationPaths } from '../notifications/notifications.paths.ts';
import { sitePaths } from '../site/site.paths.ts';
import { adminPaths } from './admin.paths.ts';

export function AdminHomePage() {
  const { t } = useTranslation();
  const tools = [
    { to: adminPaths.roles, title: t('admin.rolesLink'), text: t('admin.rolesText') },
    { to: adminPaths.auditLog, title: t('admin.auditLink'), text: t('admin.auditText') },
    { to: notificationPaths.outbox, title: t('notifications.outbox.link'), text: t('notifications.outbox.text') },
    { to: sitePaths.settings, title: t('site.settings.link'), text: t('site.settings.linkText') },
  ];
  return (
    <Page title={t('admin.title')} lead={t('admin.intro')}>
      <ul className="ws-card-list">
        {tools.map((tool) => (
          <li key={tool.to} className="ws-card">
            <h2 className="utrecht-heading-3 ws-card__title">
              <TextLink to={tool.to}>{tool.title}</TextLink>
            </h2>
            <p className="utrecht-paragraph">{tool.text}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
