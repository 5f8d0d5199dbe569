import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../../contracts/initiatives-moderation.ts';
import { useApi } from '../../app/api-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { Disclosure } from './disclosure.tsx';
import { initiativesApi, type Report } from './initiatives.api.ts';

/** For moderators: reports, oldest first; hide the content (its author sees the reason) or dismiss. */
export function ModerationPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [status, setStatus] = useState<ReportStatus>('open');
  const [version, setVersion] = useState(0);
  const list = usePagedList((cursor) => initiativesApi.reports(api, status, cursor), `${status}-${version}`);
  return (
    <Page title={t('initiatives.moderationQueue.title')} lead={t('initiatives.moderationQueue.lead')}>
      <SelectField
        name="status"
        label={t('initiatives.moderationQueue.status')}
        value={status}
        onValue={(v) => setStatus(v as ReportStatus)}
        options={(['open', 'resolved', 'dismissed'] as const).map((s) => ({
          value: s,
          label: t(`initiatives.moderationQueue.statuses.${s}` as 'initiatives.moderationQueue.statuses.open'),
        }))}
      />
      {!list.loading && list.items.length === 0 && (
        <p className="utrecht-paragraph">{t('initiatives.moderationQueue.empty')}</p>
      )}
      <ul className="ws-card-list">
        {list.items.map((report) => (
          <ReportCard key={report.id} report={report} onDone={() => setVersion((v) => v + 1)} />
        ))}
      </ul>
      {list.items.length > 0 && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('initiatives.shown', { count: list.items.length })}
          end={t('initiatives.allShown')}
        />
      )}
    </Page>
  );
}

function ReportCard({ report, onDone }: { report: Report; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const form = useForm({ action: 'hide', resolutionReason: '' });
  const labels = {
    action: t('initiatives.moderationQueue.action'),
    resolutionReason: t('initiatives.moderation.reason'),
  };
  const onSubmit = form.handleSubmit(
    async (v) => {
      await initiativesApi.resolveReport(api, report.id, {
        action: v.action === 'dismiss' ? 'dismiss' : 'hide',
        reason: v.resolutionReason,
      });
      onDone();
    },
    { problems: { rename: { reason: 'resolutionReason' } } },
  );
  return (
    <li className="ws-card">
      <h2 className="utrecht-heading-3 ws-card__title">
        {t(`initiatives.moderationQueue.types.${report.subjectType}` as 'initiatives.moderationQueue.types.initiative')}{' '}
        · {t(`initiatives.report.reasons.${report.reason}` as 'initiatives.report.reasons.spam')}
      </h2>
      <p className="utrecht-paragraph ws-card__meta">
        {formatDateTime(report.createdAt, i18n.language)} · {report.subjectId}
      </p>
      {report.explanation && <p className="utrecht-paragraph">“{report.explanation}”</p>}
      {report.resolutionNote && (
        <p className="utrecht-paragraph">{t('initiatives.moderationQueue.note', { note: report.resolutionNote })}</p>
      )}
      {report.status === 'open' && (
        <Disclosure label={t('initiatives.moderationQueue.handle')}>
          <form className="ws-form" noValidate onSubmit={onSubmit}>
            <ErrorSummary errors={form.errors} labels={labels} />
            <SelectField
              {...form.field('action')}
              label={labels.action}
              options={[
                { value: 'hide', label: t('initiatives.moderation.hide') },
                { value: 'dismiss', label: t('initiatives.moderationQueue.dismiss') },
              ]}
            />
            <TextField
              {...form.field('resolutionReason')}
              label={labels.resolutionReason}
              description={t('initiatives.moderation.reasonHint')}
            />
            <Button type="submit" busy={form.busy}>
              {t('initiatives.moderationQueue.submit')}
            </Button>
          </form>
        </Disclosure>
      )}
    </li>
  );
}
