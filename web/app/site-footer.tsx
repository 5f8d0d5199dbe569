import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="utrecht-page-footer ws-footer">
      <div className="utrecht-page-footer__content ws-footer__content">
        <h2 className="utrecht-heading-2 ws-footer__title">{t('layout.footerTitle')}</h2>
        <p className="utrecht-paragraph">{t('layout.footerText')}</p>
        <ul className="ws-footer__links">
          <li>
            <Link className="utrecht-link" to="/api-docs">
              {t('layout.apiDocs')}
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
