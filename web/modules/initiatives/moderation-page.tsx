import { useState, type ReactNode } from 'react';
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
import type { QueuedReport } from '../../../contracts/initiatives-moderation.ts';
import { TextLink } from '../../ui/links.tsx';
import { initiativesApi } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';

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

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value">{children}</dd>
    </div>
  );
}

/** Where a moderator reads the reported content in its place. */
function contentPage(report: QueuedReport): string | null {
  if (report.subjectType === 'organisation') return initiativePaths.organisation(report.subjectId);
  const initiativeId = report.content?.initiativeId;
  return initiativeId ? initiativePaths.initiative(initiativeId) : null;
}

function ReportCard({ report, onDone }: { report: QueuedReport; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const form = useForm({ action: 'hide', resolutionReason: '' });
  const labels = {
    action: t('initiatives.moderationQueue.action'),
    resolutionReason: t('initiatives.moderation.reason'),
  };
  const page = contentPage(report);
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
        {t(`initiatives.moderationQueue.types.${report.subjectType}` as 'initiatives.moderationQueue.types.initiative')}
        : {report.content?.title ?? t('initiatives.moderationQueue.gone')}
      </h2>
      {report.content && (
        <>
          {report.content.excerpt && (
            <blockquote className="utrecht-blockquote">
              <p className="utrecht-paragraph">{report.content.excerpt}</p>
            </blockquote>
          )}
          <p className="utrecht-paragraph">
            {page && (
              <TextLink to={page}>
                {report.subjectType === 'initiative' ||
                report.subjectType === 'organisation' ||
                !report.content.initiativeTitle
                  ? t('initiatives.moderationQueue.open', { title: report.content.title })
                  : t('initiatives.moderationQueue.openIn', { title: report.content.initiativeTitle })}
              </TextLink>
            )}
            {report.content.hidden && <> {t('initiatives.moderationQueue.alreadyHidden')}</>}
          </p>
        </>
      )}
      <dl className="utrecht-data-list ws-data-list">
        <Fact label={t('initiatives.moderationQueue.reason')}>
          {t(`initiatives.report.reasons.${report.reason}` as 'initiatives.report.reasons.spam')}
          {report.explanation && <>: “{report.explanation}”</>}
        </Fact>
        <Fact label={t('initiatives.moderationQueue.reporter')}>
          {t('initiatives.moderationQueue.reportedBy', {
            name: report.reporterName ?? t('initiatives.moderationQueue.unknownReporter'),
            date: formatDateTime(report.createdAt, i18n.language),
          })}
        </Fact>
      </dl>
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
