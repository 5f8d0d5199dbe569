import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { helpApi } from './help.api.ts';

/** Something wrong with the other side: tell the neighbourhood team, or never be matched again. */
export function SafetySection({ requestId, otherAccountId }: { requestId: string; otherAccountId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [done, setDone] = useState<string | null>(null);
  const form = useForm({ reason: '' });
  const labels = { reason: t('help.safety.reason') };
  const onSubmit = form.handleSubmit(async (v) => {
    await helpApi.report(api, { accountId: otherAccountId, requestId, reason: v.reason });
    form.setValues({ reason: '' });
    setDone(t('help.safety.reported'));
  });
  const block = async () => {
    await helpApi.block(api, otherAccountId);
    setDone(t('help.safety.blocked'));
  };
  return (
    <details className="ws-section ws-disclosure">
      <summary>{t('help.safety.title')}</summary>
      <p className="utrecht-paragraph">{t('help.safety.lead')}</p>
      {done && (
        <Alert type="ok" live>
          {done}
        </Alert>
      )}
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField {...form.field('reason')} label={labels.reason} />
        <Button type="submit" variant="secondary" busy={form.busy} busyLabel={t('common.saving')}>
          {t('help.safety.report')}
        </Button>
      </form>
      <ConfirmButton
        label={t('help.safety.block')}
        variant="danger"
        title={t('confirm.block.title')}
        confirmLabel={t('confirm.block.yes')}
        onConfirm={block}
      >
        <p className="utrecht-paragraph">{t('confirm.block.text')}</p>
      </ConfirmButton>
    </details>
  );
}
