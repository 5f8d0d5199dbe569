import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { SitePageSlugSchema, SitePageUpdateSchema, type SitePage } from '../../../contracts/site.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { validateWith } from '../../ui/form-errors.ts';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { problemText } from '../../ui/problem-text.ts';
import { FieldShell, TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { adminPaths } from '../admin/admin.paths.ts';
import { siteApi } from './site.api.ts';
import { footerPagePath, sitePaths } from './site.paths.ts';

/** An administrator edits a footer page's text (plain text with a few marks; never HTML). */
export function EditPagePage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const parsed = SitePageSlugSchema.safeParse(useParams().slug);
  const slug = parsed.success ? parsed.data : null;
  const [page, setPage] = useState<SitePage | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!slug) return;
    let current = true;
    siteApi.page(api, slug).then(
      (answer) => current && setPage(answer),
      (problem: unknown) => current && setError(problem),
    );
    return () => {
      current = false;
    };
  }, [api, slug]);

  const crumbs = [
    { to: adminPaths.home, label: t('admin.title') },
    { to: sitePaths.settings, label: t('site.settings.title') },
  ];
  if (!slug) return <Page title={t('site.pages.unknown')} crumbs={crumbs} />;
  return (
    <Page title={t('site.edit.title', { page: t(`site.pages.${slug}`) })} crumbs={crumbs}>
      {error ? (
        <Alert type="error">{problemText(error, t, i18n)}</Alert>
      ) : page ? (
        <EditForm page={page} />
      ) : (
        <p className="utrecht-paragraph" role="status">
          {t('app.loading')}
        </p>
      )}
    </Page>
  );
}

function EditForm({ page }: { page: SitePage }) {
  const { t } = useTranslation();
  const api = useApi();
  const [saved, setSaved] = useState(false);
  const form = useForm({ title: page.title, body: page.body });
  const labels = { title: t('site.edit.pageTitle'), body: t('site.edit.body') };
  const onSubmit = form.handleSubmit(
    async (values) => {
      setSaved(false);
      await siteApi.updatePage(api, page.slug, values);
      setSaved(true);
    },
    { validate: (values) => validateWith(SitePageUpdateSchema, values, t) },
  );
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextField {...form.field('title')} label={labels.title} />
      <FieldShell id="body" label={labels.body} description={t('site.edit.bodyHint')} error={form.errors.fields.body}>
        {(describedBy) => (
          <textarea
            id="body"
            name="body"
            rows={18}
            value={form.values.body}
            onChange={(event) => form.field('body').onValue(event.target.value)}
            aria-invalid={form.errors.fields.body ? true : undefined}
            aria-describedby={describedBy}
            className={`utrecht-textarea utrecht-textarea--html-textarea ws-textarea${form.errors.fields.body ? ' utrecht-textarea--invalid' : ''}`}
          />
        )}
      </FieldShell>
      <div className="ws-form__actions">
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
        <TextLink to={footerPagePath[page.slug]}>{t('site.edit.view')}</TextLink>
      </div>
      {saved && (
        <Alert type="ok" live>
          {t('site.edit.saved')}
        </Alert>
      )}
    </form>
  );
}
