import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../contracts/budgeting.ts';
import { useApi } from '../../app/api-context.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { budgetApi } from './budgeting.api.ts';
import { parseEuros } from './budgeting-texts.ts';

/** The feasibility and cost review of one proposal; the reason is published with it. */
export function ReviewForm({ proposal, onReviewed }: { proposal: Proposal; onReviewed: (proposal: Proposal) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const prefix = `review-${proposal.id}`;
  const form = useForm({
    decision: proposal.status === 'rejected' ? 'rejected' : 'accepted',
    cost: String((proposal.costCents ?? proposal.estimatedCostCents) / 100),
    reason: proposal.review?.reason ?? '',
  });
  const labels = {
    decision: t('budget.review.decision'),
    cost: t('budget.review.cost'),
    reason: t('budget.review.reason'),
  };
  const named = <K extends 'decision' | 'cost' | 'reason'>(name: K) => ({
    ...form.field(name),
    name: `${prefix}-${name}`,
  });
  const onSubmit = form.handleSubmit(
    async (v) => {
      const costCents = v.decision === 'accepted' ? parseEuros(v.cost) : null;
      onReviewed(
        await budgetApi.review(api, proposal.roundId, proposal.id, {
          decision: v.decision as 'accepted' | 'rejected',
          costCents,
          reason: v.reason,
        }),
      );
    },
    {
      validate: (v) => {
        const fields: Record<string, string> = {};
        if (v.decision === 'accepted' && parseEuros(v.cost) === null) fields.cost = t('budget.form.amountInvalid');
        if (v.reason.trim().length < 5) fields.reason = t('validation.tooShort', { count: 5 });
        return { fields, general: null };
      },
      problems: { rename: { costCents: 'cost' } },
    },
  );
  const errors = {
    ...form.errors,
    fields: Object.fromEntries(Object.entries(form.errors.fields).map(([k, v]) => [`${prefix}-${k}`, v])),
  };
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary
        errors={errors}
        labels={Object.fromEntries(Object.entries(labels).map(([k, v]) => [`${prefix}-${k}`, v]))}
      />
      <SelectField
        {...named('decision')}
        error={errors.fields[`${prefix}-decision`]}
        label={labels.decision}
        options={[
          { value: 'accepted', label: t('budget.review.accept') },
          { value: 'rejected', label: t('budget.review.reject') },
        ]}
      />
      {form.values.decision === 'accepted' && (
        <TextField
          {...named('cost')}
          error={errors.fields[`${prefix}-cost`]}
          label={labels.cost}
          inputMode="decimal"
          description={t('budget.review.costHint')}
        />
      )}
      <TextField
        {...named('reason')}
        error={errors.fields[`${prefix}-reason`]}
        label={labels.reason}
        description={t('budget.review.reasonHint')}
      />
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('budget.review.submit')}
      </Button>
    </form>
  );
}
