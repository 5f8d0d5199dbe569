import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelpRequest } from '../../../contracts/help.ts';
import { useApi } from '../../app/api-context.ts';
import { Button } from '../../ui/button.tsx';
import { ConfirmStep } from '../../ui/confirm.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { problemErrors } from '../../ui/form-errors.ts';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { helpApi } from './help.api.ts';

/** "Were you actually helped?" — done is not the same as solved; the hours go to the time bank. */
export function CloseForm({ request, onClosed }: { request: HelpRequest; onClosed: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  // Closing books the hours in the time bank for good: the form asks once more before it sends.
  const [asking, setAsking] = useState(false);
  const [closing, setClosing] = useState(false);
  const matched = request.status === 'matched';
  const form = useForm({ helped: 'yes', hours: matched ? String(request.estimatedHours) : '0', comment: '' });
  const labels = { helped: t('help.close.helped'), hours: t('help.close.hours'), comment: t('help.close.comment') };
  const onSubmit = form.handleSubmit(async () => setAsking(true));
  async function close() {
    const v = form.values;
    setClosing(true);
    try {
      await helpApi.close(api, request.id, {
        helped: v.helped as 'yes' | 'partly' | 'no',
        hours: Number(v.hours),
        ...(v.comment ? { comment: v.comment } : {}),
      });
      onClosed();
    } catch (error) {
      form.setErrors(problemErrors(error, t, i18n, { fields: Object.keys(v) }));
    } finally {
      setClosing(false);
      setAsking(false);
    }
  }
  return (
    <section className="ws-section" aria-labelledby="help-close">
      <h2 className="utrecht-heading-2" id="help-close">
        {t('help.close.title')}
      </h2>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <SelectField
          {...form.field('helped')}
          label={labels.helped}
          options={(['yes', 'partly', 'no'] as const).map((h) => ({
            value: h,
            label: t(`help.helped.${h}` as 'help.helped.yes'),
          }))}
        />
        {matched && (
          <TextField
            {...form.field('hours')}
            type="number"
            step="0.25"
            min="0"
            max="24"
            label={labels.hours}
            description={t('help.close.hoursHint')}
          />
        )}
        <TextField {...form.field('comment')} label={labels.comment} optional />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('help.close.submit')}
        </Button>
        {asking && (
          <ConfirmStep
            title={t('confirm.helpClose.title')}
            confirmLabel={t('confirm.helpClose.yes')}
            busy={closing}
            onConfirm={() => void close()}
            onCancel={() => setAsking(false)}
          >
            <p className="utrecht-paragraph">{t('confirm.helpClose.text')}</p>
          </ConfirmStep>
        )}
      </form>
    </section>
  );
}
