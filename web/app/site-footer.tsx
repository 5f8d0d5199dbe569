import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sitePaths } from '../modules/site/site.paths.ts';

export function SiteFooter() {
  const { t } = useTranslation();
  // The pages a Dutch government site must have, then the API reference.
  const links = [
    { to: sitePaths.privacy, label: t('site.pages.privacy') },
    { to: sitePaths.accessibility, label: t('site.pages.accessibility') },
    { to: sitePaths.contact, label: t('site.pages.contact') },
    { to: '/api-docs', label: t('layout.apiDocs') },
  ];
  return (
    <footer className="utrecht-page-footer ws-footer">
      <div className="utrecht-page-footer__content ws-footer__content">
        <h2 className="utrecht-heading-2 ws-footer__title">{t('layout.footerTitle')}</h2>
        <p className="utrecht-paragraph">{t('layout.footerText')}</p>
        <ul className="ws-footer__links">
          {links.map((link) => (
            <li key={link.to}>
              <Link className="utrecht-link" to={link.to}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
