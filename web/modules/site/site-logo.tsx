import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSiteIdentity } from '../../app/site-identity.ts';

/** The header's link home: the municipality's logo and name, or the platform's own mark and name. */
export function SiteLogo() {
  const { t } = useTranslation();
  const { identity } = useSiteIdentity();
  const name = identity?.name ?? t('app.name');
  return (
    <Link to="/" className="ws-logo" aria-label={t('site.homeLink', { name })}>
      {identity?.logoUrl ? (
        <img className="ws-logo__mark ws-logo__image" src={identity.logoUrl} alt="" />
      ) : (
        <svg className="ws-logo__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="6" fill="currentColor" />
          <path d="M6 24V14l5-4 5 4v10zM17 24V9l5-4 5 4v15z" fill="#fff" />
          <circle cx="22" cy="13" r="2" fill="#f2c230" />
        </svg>
      )}
      <span className="ws-logo__text">{name}</span>
    </Link>
  );
}
