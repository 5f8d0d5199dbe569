import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="utrecht-page-footer ws-footer">
      <div className="utrecht-page-footer__content ws-footer__content">
        <h2 className="utrecht-heading-2 ws-footer__title">{t('layout.footerTitle')}</h2>
        <p className="utrecht-paragraph">{t('layout.footerText')}</p>
        <ul className="ws-footer__links">
          <li>
            {/* Served by the API server itself, so a full page load rather than a client route. */}
            <a className="utrecht-link" href="/api-docs">
              {t('layout.apiDocs')}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
