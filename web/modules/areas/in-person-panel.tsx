import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../contracts/areas.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { areasApi } from './areas.api.ts';

/** For a professional or civil servant at the desk: the resident showed proof of address. */
export function InPersonPanel({ area }: { area: Area }) {
  const { t } = useTranslation();
  const api = useApi();
  const [done, setDone] = useState<string | null>(null);
  const form = useForm({ email: '', note: '' });
  const labels = { email: t('verification.inPerson.email'), note: t('verification.inPerson.note') };

  const onSubmit = form.handleSubmit(
    async (values) => {
      setDone(null);
      await areasApi.verifyInPerson(api, area.id, {
        email: values.email,
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
      });
      setDone(values.email);
      form.setValues({ email: '', note: '' });
    },
    {
      validate: (values) => ({
        fields: values.email.includes('@') ? {} : { email: t('validation.email') },
        general: null,
      }),
      problems: {
        messages: {
          forbidden: t('verification.problems.notCovered'),
          'not-found': t('verification.problems.unknownEmail'),
          'cannot-verify-self': t('verification.problems.self'),
        },
      },
    },
  );

  return (
    <section className="ws-section" aria-labelledby="in-person">
      <h2 className="utrecht-heading-2" id="in-person">
        {t('verification.inPerson.title')}
      </h2>
      <p className="utrecht-paragraph">{t('verification.inPerson.text')}</p>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField {...form.field('email')} label={labels.email} type="email" autoComplete="off" spellCheck={false} />
        <TextField
          {...form.field('note')}
          label={labels.note}
          description={t('verification.inPerson.noteHint')}
          optional
        />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('verification.inPerson.submit')}
        </Button>
        {done && (
          <Alert type="ok" live>
            {t('verification.inPerson.done', { name: done, area: area.name })}
          </Alert>
        )}
      </form>
    </section>
  );
}
