import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportReasons, type ModeratedType, type ReportReason } from '../../../contracts/initiatives-moderation.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { Disclosure } from './disclosure.tsx';
import { initiativesApi } from './initiatives.api.ts';

/** Anyone logged in reports content to the moderators. */
export function ReportForm({ subjectType, subjectId }: { subjectType: ModeratedType; subjectId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [sent, setSent] = useState(false);
  const form = useForm({ reportReason: 'spam', explanation: '' });
  const labels = { reportReason: t('initiatives.report.reason'), explanation: t('initiatives.report.explanation') };
  const onSubmit = form.handleSubmit(
    async (v) => {
      await initiativesApi.report(api, {
        subjectType,
        subjectId,
        reason: v.reportReason as ReportReason,
        explanation: v.explanation,
      });
      setSent(true);
    },
    { problems: { rename: { reason: 'reportReason' } } },
  );
  if (sent)
    return (
      <Alert type="ok" live>
        {t('initiatives.report.sent')}
      </Alert>
    );
  return (
    <Disclosure label={t('initiatives.report.open')}>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <SelectField
          {...form.field('reportReason')}
          label={labels.reportReason}
          options={reportReasons.map((r) => ({
            value: r,
            label: t(`initiatives.report.reasons.${r}` as 'initiatives.report.reasons.spam'),
          }))}
        />
        <TextField {...form.field('explanation')} label={labels.explanation} optional />
        <Button type="submit" busy={form.busy}>
          {t('initiatives.report.submit')}
        </Button>
      </form>
    </Disclosure>
  );
}

/** Moderators hide (or restore) content with a reason its author sees; it is kept and audit-logged. */
export function ModerateForm({
  subjectType,
  subjectId,
  hidden,
  onDone,
}: {
  subjectType: ModeratedType;
  subjectId: string;
  hidden: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({ moderationReason: '' });
  const labels = { moderationReason: t('initiatives.moderation.reason') };
  const onSubmit = form.handleSubmit(
    async (v) => {
      await initiativesApi.setHidden(api, subjectType, subjectId, { hidden: !hidden, reason: v.moderationReason });
      form.setValues({ moderationReason: '' });
      onDone();
    },
    { problems: { rename: { reason: 'moderationReason' } } },
  );
  return (
    <Disclosure label={hidden ? t('initiatives.moderation.restore') : t('initiatives.moderation.hide')}>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField
          {...form.field('moderationReason')}
          label={labels.moderationReason}
          description={t('initiatives.moderation.reasonHint')}
        />
        <Button type="submit" variant={hidden ? 'primary' : 'danger'} busy={form.busy}>
          {hidden ? t('initiatives.moderation.restore') : t('initiatives.moderation.hide')}
        </Button>
      </form>
    </Disclosure>
  );
}
