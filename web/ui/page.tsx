import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSiteIdentity } from '../app/site-identity.ts';
import { Breadcrumbs, type Crumb } from './breadcrumbs.tsx';

/** Every page has one h1 and a matching document title (WCAG 2.4.2). */
export function Page({
  title,
  lead,
  crumbs,
  children,
}: {
  title: string;
  lead?: ReactNode;
  crumbs?: Crumb[];
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  // The municipality's name (the site's identity) where it has one.
  const suffix = useSiteIdentity().identity?.name ?? t('app.titleSuffix');
  useEffect(() => {
    document.title = title === suffix ? title : `${title} | ${suffix}`;
  }, [title, suffix]);
  return (
    <>
      {crumbs && <Breadcrumbs crumbs={crumbs} />}
      <h1 className="utrecht-heading-1" tabIndex={-1} data-page-heading="">
        {title}
      </h1>
      {lead && <p className="utrecht-paragraph utrecht-paragraph--lead">{lead}</p>}
      {children}
    </>
  );
}
