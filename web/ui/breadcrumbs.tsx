import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  to: string;
  label: string;
}

/** The way back up; the current page is the h1 below it, so it is not repeated here. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="utrecht-breadcrumb-nav ws-breadcrumbs" aria-label={t('common.breadcrumb')}>
      <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {crumbs.map((crumb) => (
          <li key={crumb.to} className="utrecht-breadcrumb-nav__item">
            <Link className="utrecht-link utrecht-breadcrumb-nav__link" to={crumb.to}>
              {crumb.label}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
