import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../app/api-client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Page } from '../../../ui/page.tsx';
import type { Crumb } from '../../../ui/breadcrumbs.tsx';

/** While a page's data loads: its title and a spoken "loading"; when it failed: why, in words. */
export function LoadState({ title, error, crumbs }: { title: string; error: unknown; crumbs?: Crumb[] }) {
  const { t } = useTranslation();
  if (error) {
    const missing = error instanceof ApiProblem && error.status === 404;
    return (
      <Page title={missing ? t('steering.notFound') : title} crumbs={crumbs}>
        <Alert type="error">{missing ? t('steering.notFoundText') : t('steering.loadError')}</Alert>
      </Page>
    );
  }
  return (
    <Page title={title} crumbs={crumbs}>
      <p className="utrecht-paragraph" role="status">
        {t('app.loading')}
      </p>
    </Page>
  );
}

/** A section's own loading line or error. */
export function SectionState({ loading, error }: { loading: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (error) return <Alert type="error">{t('steering.loadError')}</Alert>;
  if (loading)
    return (
      <p className="utrecht-paragraph" role="status">
        {t('app.loading')}
      </p>
    );
  return null;
}
