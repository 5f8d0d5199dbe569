import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { initiativesApi, type Initiative } from './initiatives.api.ts';
import { TextAreaField } from './text-area-field.tsx';

/** For civil servants of the area: take on the response for a department, then publish it. */
export function ResponseTools({ initiative, onChange }: { initiative: Initiative; onChange: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [claimed, setClaimed] = useState<string | null>(null);
  const claim = useForm({ claimDepartment: '' });
  const answer = useForm({ responseText: '', responseDepartment: '' });
  const claimLabels = { claimDepartment: t('initiatives.respond.department') };
  const answerLabels = {
    responseText: t('initiatives.respond.text'),
    responseDepartment: t('initiatives.respond.department'),
  };

  const onClaim = claim.handleSubmit(
    async (v) => {
      await initiativesApi.claimDuty(api, initiative.id, v.claimDepartment);
      setClaimed(v.claimDepartment.trim());
      onChange();
    },
    { problems: { rename: { department: 'claimDepartment' } } },
  );

  const onAnswer = answer.handleSubmit(
    async (v) => {
      await initiativesApi.respond(api, initiative.id, {
        text: v.responseText,
        ...(v.responseDepartment.trim() ? { department: v.responseDepartment } : {}),
      });
      onChange();
    },
    { problems: { rename: { text: 'responseText', department: 'responseDepartment' } } },
  );

  return (
    <div className="ws-panel ws-municipal-tools">
      <h3 className="utrecht-heading-3">{t('initiatives.respond.title')}</h3>
      <Alert type="info">{t('initiatives.respond.intro')}</Alert>
      <form className="ws-form" noValidate onSubmit={onClaim} aria-label={t('initiatives.respond.claimTitle')}>
        <ErrorSummary errors={claim.errors} labels={claimLabels} />
        <TextField
          {...claim.field('claimDepartment')}
          label={claimLabels.claimDepartment}
          description={t('initiatives.respond.claimHint')}
        />
        <Button type="submit" variant="secondary" busy={claim.busy}>
          {t('initiatives.respond.claim')}
        </Button>
        {claimed && (
          <Alert type="ok" live>
            {t('initiatives.respond.claimed', { department: claimed })}
          </Alert>
        )}
      </form>
      <form className="ws-form" noValidate onSubmit={onAnswer} aria-label={t('initiatives.respond.publishTitle')}>
        <ErrorSummary errors={answer.errors} labels={answerLabels} />
        <TextAreaField
          {...answer.field('responseText')}
          label={answerLabels.responseText}
          description={t('initiatives.respond.textHint')}
          rows={8}
        />
        <TextField
          {...answer.field('responseDepartment')}
          label={answerLabels.responseDepartment}
          description={t('initiatives.respond.departmentHint')}
          optional
        />
        <Button type="submit" busy={answer.busy} busyLabel={t('common.saving')}>
          {t('initiatives.respond.publish')}
        </Button>
      </form>
    </div>
  );
}
