import { useTranslation } from 'react-i18next';
import type { InitiativeStatus } from '../../../contracts/initiatives.ts';
import { useApi } from '../../app/api-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { Disclosure } from './disclosure.tsx';
import { initiativesApi, type Initiative } from './initiatives.api.ts';
import { statusText } from './initiatives-texts.ts';

const NEXT: Record<InitiativeStatus, InitiativeStatus[]> = {
  idea: ['active', 'stopped'],
  active: ['sustained', 'stopped'],
  sustained: ['active', 'stopped'],
  stopped: ['active'],
};

/** The lifecycle: every change with who and when; organisers move it on (a stop needs a reason). */
export function HistorySection({ initiative, onChange }: { initiative: Initiative; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const history = usePagedList(
    (cursor) => initiativesApi.history(api, initiative.id, cursor),
    `${initiative.id}-${initiative.status}-${initiative.updatedAt}`,
  );
  const next = NEXT[initiative.status];
  const form = useForm({ status: next[0] ?? 'active', reason: '' });
  const labels = { status: t('initiatives.history.newStatus'), reason: t('initiatives.history.reason') };
  const onSubmit = form.handleSubmit(async (v) => {
    await initiativesApi.changeStatus(api, initiative.id, {
      status: v.status as InitiativeStatus,
      ...(v.reason.trim() ? { reason: v.reason } : {}),
    });
    form.setValues((values) => ({ ...values, reason: '' }));
    onChange();
  });

  return (
    <section className="ws-section" aria-labelledby="initiative-history">
      <h2 className="utrecht-heading-2" id="initiative-history">
        {t('initiatives.history.title')}
      </h2>
      <ol className="ws-plain-list">
        {history.items.map((change) => (
          <li key={change.id}>
            {formatDateTime(change.changedAt, i18n.language)}: {statusText(t, change.toStatus)} ·{' '}
            {change.changedBy.displayName}
            {change.reason && ` · “${change.reason}”`}
          </li>
        ))}
      </ol>
      {history.hasMore && (
        <LoadMore
          hasMore={history.hasMore}
          loading={history.loadingMore}
          onLoadMore={() => void history.loadMore()}
          shown={t('initiatives.shown', { count: history.items.length })}
          end={t('initiatives.allShown')}
        />
      )}
      {initiative.viewer.canEdit && (
        <Disclosure label={t('initiatives.history.change')}>
          <form className="ws-form" noValidate onSubmit={onSubmit}>
            <ErrorSummary errors={form.errors} labels={labels} />
            <SelectField
              {...form.field('status')}
              label={labels.status}
              options={next.map((s) => ({ value: s, label: statusText(t, s) }))}
            />
            <TextField
              {...form.field('reason')}
              label={labels.reason}
              description={t('initiatives.history.reasonHint')}
              optional={form.values.status !== 'stopped'}
            />
            <Button type="submit" busy={form.busy}>
              {t('initiatives.history.submit')}
            </Button>
          </form>
        </Disclosure>
      )}
    </section>
  );
}
