import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { initiativesApi } from './initiatives.api.ts';

/** Organisers plan an activity: a date in the future, a place and at least one place to sign up for. */
export function ActivityForm({ initiativeId, onCreated }: { initiativeId: string; onCreated: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({
    activityTitle: '',
    activityDescription: '',
    activityPlace: '',
    activityStartsAt: '',
    activityCapacity: '10',
  });
  const labels = {
    activityTitle: t('initiatives.activityForm.title'),
    activityDescription: t('initiatives.activityForm.description'),
    activityPlace: t('initiatives.activityForm.place'),
    activityStartsAt: t('initiatives.activityForm.startsAt'),
    activityCapacity: t('initiatives.activityForm.capacity'),
  };
  const onSubmit = form.handleSubmit(
    async (v) => {
      await initiativesApi.planActivity(api, initiativeId, {
        title: v.activityTitle,
        description: v.activityDescription,
        place: v.activityPlace,
        startsAt: v.activityStartsAt ? new Date(v.activityStartsAt).toISOString() : '',
        capacity: Number(v.activityCapacity),
      });
      form.setValues((values) => ({ ...values, activityTitle: '', activityDescription: '' }));
      onCreated();
    },
    {
      problems: {
        rename: {
          title: 'activityTitle',
          description: 'activityDescription',
          place: 'activityPlace',
          startsAt: 'activityStartsAt',
          capacity: 'activityCapacity',
        },
      },
    },
  );
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextField {...form.field('activityTitle')} label={labels.activityTitle} />
      <TextField {...form.field('activityDescription')} label={labels.activityDescription} optional />
      <TextField {...form.field('activityPlace')} label={labels.activityPlace} />
      <TextField
        {...form.field('activityStartsAt')}
        type="datetime-local"
        label={labels.activityStartsAt}
        description={t('initiatives.activityForm.startsAtHint')}
      />
      <TextField {...form.field('activityCapacity')} type="number" min="1" step="1" label={labels.activityCapacity} />
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('initiatives.activityForm.submit')}
      </Button>
    </form>
  );
}
