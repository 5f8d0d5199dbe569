import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../app/api-context.ts';
import { notice } from '../../app/notice.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { budgetApi } from './budgeting.api.ts';
import { budgetPaths } from './budgeting.paths.ts';
import { parseEuros } from './budgeting-texts.ts';
import { TextAreaField } from './text-area-field.tsx';
import { useRound } from './use-round.ts';

/** A resident's proposal: what, where (in words, never a home address) and roughly what it costs. */
export function NewProposalPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const roundId = useParams().roundId ?? '';
  const { round } = useRound(roundId);
  const form = useForm({ title: '', description: '', cost: '', areaId: '', location: '' });
  const labels = {
    title: t('budget.form.title'),
    description: t('budget.form.description'),
    cost: t('budget.form.cost'),
    areaId: t('budget.form.area'),
    location: t('budget.form.location'),
  };
  const areaId = form.values.areaId || round?.areas[0]?.id || '';
  const onSubmit = form.handleSubmit(
    async (v) => {
      await budgetApi.propose(api, roundId, {
        title: v.title,
        description: v.description,
        estimatedCostCents: parseEuros(v.cost) ?? 0,
        areaId,
        location: v.location,
      });
      await navigate(budgetPaths.round(roundId), { state: notice('budget.form.submitted', 'ok') });
    },
    {
      validate: (v) =>
        parseEuros(v.cost) === null
          ? { fields: { cost: t('budget.form.amountInvalid') }, general: null }
          : { fields: {}, general: null },
      problems: { rename: { estimatedCostCents: 'cost' } },
    },
  );

  return (
    <Page
      title={t('budget.form.pageTitle')}
      lead={round ? t('budget.form.lead', { round: round.title }) : undefined}
      crumbs={[
        { to: budgetPaths.home, label: t('budget.title') },
        ...(round ? [{ to: budgetPaths.round(round.id), label: round.title }] : []),
      ]}
    >
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField {...form.field('title')} label={labels.title} maxLength={120} />
        <TextAreaField
          {...form.field('description')}
          label={labels.description}
          description={t('budget.form.descriptionHint')}
        />
        <TextField
          {...form.field('cost')}
          label={labels.cost}
          inputMode="decimal"
          description={t('budget.form.costHint')}
        />
        {round && round.areas.length > 1 && (
          <SelectField
            {...form.field('areaId')}
            value={areaId}
            label={labels.areaId}
            options={round.areas.map((a) => ({ value: a.id, label: a.name }))}
          />
        )}
        <TextField
          {...form.field('location')}
          label={labels.location}
          optional
          description={t('budget.form.locationHint')}
        />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('budget.form.submit')}
        </Button>
      </form>
    </Page>
  );
}
