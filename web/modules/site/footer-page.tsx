import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SitePage, SitePageSlug } from '../../../contracts/site.ts';
import { useApi } from '../../app/api-context.ts';
import { hasRole, useSession } from '../../app/session-context.ts';
import { formatDate } from '../../lib/format.ts';
import { Alert } from '../../ui/alert.tsx';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { problemText } from '../../ui/problem-text.ts';
import { PageTextView } from './page-text-view.tsx';
import { siteApi } from './site.api.ts';
import { sitePaths } from './site.paths.ts';

/** The privacy statement, the accessibility statement or contact: the municipality's own text. */
export function FooterPage({ slug }: { slug: SitePageSlug }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const [page, setPage] = useState<SitePage | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    setPage(null);
    siteApi.page(api, slug).then(
      (answer) => current && setPage(answer),
      (problem: unknown) => current && setError(problem),
    );
    return () => {
      current = false;
    };
  }, [api, slug]);

  const title = page?.title ?? t(`site.pages.${slug}`);
  return (
    <Page title={title}>
      {error ? (
        <Alert type="error">{problemText(error, t, i18n)}</Alert>
      ) : !page ? (
        <p className="utrecht-paragraph" role="status">
          {t('app.loading')}
        </p>
      ) : (
        <>
          {i18n.language !== 'nl' && <p className="utrecht-paragraph ws-muted">{t('site.pages.dutchOnly')}</p>}
          <PageTextView body={page.body} />
          {page.updatedAt && (
            <p className="utrecht-paragraph ws-muted">
              {t('site.pages.updated', { date: formatDate(page.updatedAt, i18n.language) })}
            </p>
          )}
          {hasRole(me, 'administrator') && (
            <p className="utrecht-paragraph">
              <TextLink to={sitePaths.editPage(slug)}>{t('site.pages.edit')}</TextLink>
            </p>
          )}
        </>
      )}
    </Page>
  );
}
