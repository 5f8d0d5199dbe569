import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateIncidentSchema, type SubjectType } from '../../../../contracts/steering.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { validateWith } from '../../../ui/form-errors.ts';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { steeringApi } from '../steering.api.ts';
import { todayInAmsterdam } from '../steering-format.ts';
import { useProblemMessages } from '../ui/problem-messages.ts';
import { TextAreaField } from '../ui/text-area-field.tsx';
import { useApi } from '../../../app/api-context.ts';

/** An officer reports an incident; it feeds the advice (a critical one may move it to take over at once). */
export function IncidentForm({ type, id, onReported }: { type: SubjectType; id: string; onReported: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const messages = useProblemMessages();
  const [done, setDone] = useState(false);
  const form = useForm({ severity: 'normal', description: '', occurredOn: todayInAmsterdam() });
  const labels = {
    severity: t('steering.incident.severity'),
    description: t('steering.incident.description'),
    occurredOn: t('steering.incident.occurredOn'),
  };
  const onSubmit = form.handleSubmit(
    async (v) => {
      await steeringApi.reportIncident(api, {
        subjectType: type,
        subjectId: id,
        severity: v.severity as 'normal' | 'critical',
        description: v.description,
        occurredOn: v.occurredOn,
      });
      form.setValues({ severity: 'normal', description: '', occurredOn: todayInAmsterdam() });
      setDone(true);
      onReported();
    },
    {
      validate: (v) => validateWith(CreateIncidentSchema, { subjectType: type, subjectId: id, ...v }, t),
      problems: { messages },
    },
  );
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit} aria-label={t('steering.incident.title')}>
      <ErrorSummary errors={form.errors} labels={labels} />
      {done && (
        <Alert type="ok" live>
          {t('steering.incident.reported')}
        </Alert>
      )}
      <SelectField
        {...form.field('severity')}
        label={labels.severity}
        description={t('steering.incident.severityHint')}
        options={[
          { value: 'normal', label: t('steering.incident.severities.normal') },
          { value: 'critical', label: t('steering.incident.severities.critical') },
        ]}
      />
      <TextAreaField
        {...form.field('description')}
        label={labels.description}
        description={t('steering.incident.descriptionHint')}
        rows={4}
      />
      <TextField {...form.field('occurredOn')} type="date" label={labels.occurredOn} />
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('steering.incident.submit')}
      </Button>
    </form>
  );
}
