import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { initiativesApi, type Need } from './initiatives.api.ts';
import { euros } from './initiatives-texts.ts';

/** A pledge in the need's own unit: hours for volunteers, items, or an amount in euros. */
export function PledgeForm({
  initiativeId,
  need,
  onPledged,
}: {
  initiativeId: string;
  need: Need;
  onPledged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const form = useForm({ hours: '2', quantity: '1', amount: '', note: '' });
  const labels = {
    hours: t('initiatives.pledge.hours'),
    quantity: t('initiatives.pledge.quantity'),
    amount: t('initiatives.pledge.amount'),
    note: t('initiatives.pledge.note'),
    amountCents: t('initiatives.pledge.amount'),
  };

  const onSubmit = form.handleSubmit(
    async (v) => {
      const note = v.note.trim() ? { note: v.note } : {};
      if (need.unit === 'cents')
        await initiativesApi.pledge(api, initiativeId, need.id, {
          amountCents: Math.round(Number(v.amount.replace(',', '.')) * 100),
          ...note,
        });
      else if (need.kind === 'volunteers')
        await initiativesApi.pledge(api, initiativeId, need.id, {
          hours: Number(v.hours.replace(',', '.')),
          quantity: Number(v.quantity),
          ...note,
        });
      else if (need.unit === 'offer') await initiativesApi.pledge(api, initiativeId, need.id, note);
      else await initiativesApi.pledge(api, initiativeId, need.id, { quantity: Number(v.quantity), ...note });
      onPledged();
    },
    {
      problems: {
        rename: { amountCents: 'amount' },
        messages: { 'need-covered': t('initiatives.pledge.covered'), 'need-closed': t('initiatives.pledge.closed') },
      },
    },
  );

  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <Alert type="info">
        {t('initiatives.pledge.remaining', {
          remaining: need.unit === 'cents' ? euros(need.remaining, i18n.language) : need.remaining,
        })}
      </Alert>
      {need.kind === 'volunteers' && (
        <>
          <TextField
            {...form.field('hours')}
            type="number"
            min="0.25"
            step="0.25"
            inputMode="decimal"
            label={labels.hours}
          />
          <TextField
            {...form.field('quantity')}
            type="number"
            min="1"
            step="1"
            label={t('initiatives.pledge.people')}
            description={t('initiatives.pledge.peopleHint')}
          />
        </>
      )}
      {(need.kind === 'materials' || need.kind === 'expertise') && (
        <TextField
          {...form.field('quantity')}
          type="number"
          min="1"
          step="1"
          label={need.kind === 'expertise' ? t('initiatives.pledge.people') : labels.quantity}
        />
      )}
      {need.unit === 'cents' && (
        <TextField
          {...form.field('amount')}
          inputMode="decimal"
          label={labels.amount}
          description={t('initiatives.pledge.amountHint')}
        />
      )}
      <TextField {...form.field('note')} label={labels.note} optional />
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('initiatives.pledge.submit')}
      </Button>
    </form>
  );
}
