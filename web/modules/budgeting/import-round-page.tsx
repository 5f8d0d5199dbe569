import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { countRules, type BudgetCountRule } from '../../../contracts/budgeting.ts';
import { useApi } from '../../app/api-context.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { AreaPicker } from './area-picker.tsx';
import { budgetApi } from './budgeting.api.ts';
import { budgetPaths } from './budgeting.paths.ts';
import { ruleText } from './budgeting-texts.ts';

/** Import a finished round from a Pabulib .pb file; it is counted right away. */
export function ImportRoundPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const form = useForm({ title: '', rule: '' });
  const labels = {
    pabulib: t('budget.import.file'),
    areaIds: t('budget.areas.legend'),
    title: t('budget.import.title'),
    rule: t('budget.round.rule'),
  };
  const onSubmit = form.handleSubmit(
    async (v) => {
      const round = await budgetApi.importRound(api, {
        pabulib: (await file?.text()) ?? '',
        areaIds,
        ...(v.title ? { title: v.title } : {}),
        ...(v.rule ? { rule: v.rule as BudgetCountRule } : {}),
      });
      await navigate(budgetPaths.results(round.id));
    },
    {
      validate: () => {
        const fields: Record<string, string> = {};
        if (!file) fields.pabulib = t('validation.required');
        if (areaIds.length === 0) fields.areaIds = t('budget.areas.required');
        return { fields, general: null };
      },
      problems: { messages: {} },
    },
  );
  return (
    <Page
      title={t('budget.import.pageTitle')}
      lead={t('budget.import.lead')}
      crumbs={[{ to: budgetPaths.home, label: t('budget.title') }]}
    >
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <div className="utrecht-form-field ws-field">
          <label className="utrecht-form-label" htmlFor="pabulib">
            {labels.pabulib}
          </label>
          {form.errors.fields.pabulib && (
            <p className="utrecht-form-field-error-message" id="pabulib-error">
              {form.errors.fields.pabulib}
            </p>
          )}
          <input
            id="pabulib"
            name="pabulib"
            type="file"
            accept=".pb,text/plain"
            className="utrecht-textbox"
            aria-describedby={form.errors.fields.pabulib ? 'pabulib-error' : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <AreaPicker selected={areaIds} onChange={setAreaIds} error={form.errors.fields.areaIds} />
        <TextField {...form.field('title')} label={labels.title} optional />
        <SelectField
          {...form.field('rule')}
          label={labels.rule}
          options={[
            { value: '', label: t('budget.import.ruleFromFile') },
            ...countRules.map((r) => ({ value: r, label: ruleText(t, r) })),
          ]}
        />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('budget.import.submit')}
        </Button>
      </form>
    </Page>
  );
}
