import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../contracts/areas.ts';
import { CODE_BATCH_MAX, CODE_VALID_DAYS_DEFAULT } from '../../../contracts/verification.ts';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { saveBlob } from '../../lib/download.ts';
import { formatDate } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { areasApi } from './areas.api.ts';

/** For an administrator: letters with one-time codes for every address in the neighbourhood. */
export function CodeBatchPanel({ area }: { area: Area }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const [done, setDone] = useState<{ count: number; file: string } | null>(null);
  const batches = usePagedList((cursor) => areasApi.batches(api, area.id, cursor), `${area.id}/${done?.file ?? ''}`);
  const form = useForm({ count: String(area.population ?? 100), validDays: String(CODE_VALID_DAYS_DEFAULT) });
  const labels = { count: t('verification.codes.count'), validDays: t('verification.codes.validDays') };

  const onSubmit = form.handleSubmit(
    async (values) => {
      setDone(null);
      const body = { count: Number(values.count), validDays: Number(values.validDays) };
      const { blob, fileName } = await areasApi.codeBatchCsv(me?.csrfToken ?? '', area.id, body);
      saveBlob(blob, fileName);
      setDone({ count: body.count, file: fileName });
    },
    {
      validate: (values) => {
        const fields: Record<string, string> = {};
        const count = Number(values.count);
        const days = Number(values.validDays);
        if (!Number.isInteger(count) || count < 1 || count > CODE_BATCH_MAX) fields.count = t('validation.invalid');
        if (!Number.isInteger(days) || days < 1 || days > 365) fields.validDays = t('validation.invalid');
        return { fields, general: null };
      },
      problems: { messages: { forbidden: t('verification.problems.notCovered') } },
    },
  );

  return (
    <section className="ws-section" aria-labelledby="letter-codes">
      <h2 className="utrecht-heading-2" id="letter-codes">
        {t('verification.codes.title')}
      </h2>
      <p className="utrecht-paragraph">{t('verification.codes.text')}</p>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField {...form.field('count')} label={labels.count} inputMode="numeric" className="ws-input-number" />
        <TextField
          {...form.field('validDays')}
          label={labels.validDays}
          inputMode="numeric"
          className="ws-input-number"
        />
        <Button type="submit" busy={form.busy} busyLabel={t('verification.codes.busy')}>
          {t('verification.codes.submit')}
        </Button>
        {done && (
          <Alert type="ok" live>
            {t('verification.codes.done', { count: done.count, file: done.file })}
          </Alert>
        )}
      </form>
      <h3 className="utrecht-heading-3">{t('verification.codes.batchesTitle')}</h3>
      {batches.items.length === 0 && !batches.loading ? (
        <p className="utrecht-paragraph">{t('verification.codes.noBatches')}</p>
      ) : (
        <ul className="ws-plain-list">
          {batches.items.map((batch) => (
            <li key={batch.id}>
              {t('verification.codes.batch', {
                date: formatDate(batch.createdAt, i18n.language),
                count: batch.count,
                used: batch.usedCount,
                expires: formatDate(batch.expiresAt, i18n.language),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
