import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { countRules, roundTieBreakRules, type RoundTieBreakRule } from '../../../contracts/budgeting.ts';
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
import { parseEuros, ruleText } from './budgeting-texts.ts';
import { TextAreaField } from './text-area-field.tsx';

/** `datetime-local` wants local time without a zone. */
function localInput(daysFromNow: number): string {
  const at = new Date(Date.now() + daysFromNow * 86_400_000);
  at.setMinutes(at.getMinutes() - at.getTimezoneOffset(), 0, 0);
  return at.toISOString().slice(0, 16);
}
const iso = (local: string) => (local ? new Date(local).toISOString() : '');

/** A budget officer opens a round: budget, areas, phases, ballot, counting rule and tie-break, stated up front. */
export function NewRoundPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const form = useForm({
    title: '',
    description: '',
    budget: '',
    proposalsOpenAt: localInput(0),
    reviewOpenAt: localInput(14),
    votingOpenAt: localInput(28),
    votingCloseAt: localInput(42),
    ballotType: 'knapsack',
    maxProjects: '',
    minProjects: '1',
    minSpend: '',
    rule: 'equal-shares-add1',
    utility: 'cost',
    completion: 'none',
    tieBreak1: 'min-cost',
    tieBreak2: 'max-votes',
    minimumAge: '',
  });
  const v = form.values;
  const labels: Record<string, string> = {
    title: t('budget.round.title'),
    description: t('budget.round.description'),
    areaIds: t('budget.areas.legend'),
    budget: t('budget.round.budget'),
    proposalsOpenAt: t('budget.round.proposalsOpenAt'),
    reviewOpenAt: t('budget.round.reviewOpenAt'),
    votingOpenAt: t('budget.round.votingOpenAt'),
    votingCloseAt: t('budget.round.votingCloseAt'),
    ballotType: t('budget.round.ballotType'),
    maxProjects: t('budget.round.maxProjects'),
    minProjects: t('budget.round.minProjects'),
    minSpend: t('budget.round.minSpend'),
    rule: t('budget.round.rule'),
    utility: t('budget.round.utility'),
    completion: t('budget.round.completion'),
    tieBreak1: t('budget.round.tieBreak1'),
    tieBreak2: t('budget.round.tieBreak2'),
    minimumAge: t('budget.round.minimumAge'),
  };
  const equalShares = v.rule === 'equal-shares' || v.rule === 'equal-shares-add1';
  const tieOptions = [
    { value: '', label: t('common.none') },
    ...roundTieBreakRules.map((r) => ({ value: r, label: t(`budget.tieBreak.${r}` as 'budget.tieBreak.min-cost') })),
  ];

  const onSubmit = form.handleSubmit(
    async (values) => {
      const tieBreak = [...new Set([values.tieBreak1, values.tieBreak2].filter(Boolean))] as RoundTieBreakRule[];
      const round = await budgetApi.openRound(api, {
        title: values.title,
        description: values.description,
        areaIds,
        budgetCents: parseEuros(values.budget) ?? 0,
        schedule: {
          proposalsOpenAt: iso(values.proposalsOpenAt),
          reviewOpenAt: iso(values.reviewOpenAt),
          votingOpenAt: iso(values.votingOpenAt),
          votingCloseAt: iso(values.votingCloseAt),
        },
        ballot: {
          type: values.ballotType as 'approval' | 'knapsack',
          maxProjects: values.maxProjects ? Number(values.maxProjects) : null,
          minProjects: Number(values.minProjects || '0'),
          minSpendCents: values.ballotType === 'knapsack' && values.minSpend ? parseEuros(values.minSpend) : null,
        },
        counting: {
          rule: values.rule as (typeof countRules)[number],
          utility: values.utility as 'cost' | 'approval',
          completion: values.completion as 'none' | 'greedy',
          exhaustiveStop: true,
          tieBreak,
        },
        eligibility: { minimumAge: values.minimumAge ? Number(values.minimumAge) : null },
      });
      await navigate(budgetPaths.round(round.id));
    },
    {
      validate: (values) => {
        const fields: Record<string, string> = {};
        if (parseEuros(values.budget) === null) fields.budget = t('budget.form.amountInvalid');
        if (areaIds.length === 0) fields.areaIds = t('budget.areas.required');
        return { fields, general: null };
      },
      problems: {
        rename: {
          budgetCents: 'budget',
          'schedule.proposalsOpenAt': 'proposalsOpenAt',
          'schedule.reviewOpenAt': 'reviewOpenAt',
          'schedule.votingOpenAt': 'votingOpenAt',
          'schedule.votingCloseAt': 'votingCloseAt',
          'ballot.maxProjects': 'maxProjects',
          'ballot.minProjects': 'minProjects',
          'ballot.minSpendCents': 'minSpend',
          'eligibility.minimumAge': 'minimumAge',
        },
      },
    },
  );

  return (
    <Page
      title={t('budget.round.pageTitle')}
      lead={t('budget.round.lead')}
      crumbs={[{ to: budgetPaths.home, label: t('budget.title') }]}
    >
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField {...form.field('title')} label={labels.title ?? ''} maxLength={120} />
        <TextAreaField {...form.field('description')} label={labels.description ?? ''} rows={3} />
        <AreaPicker selected={areaIds} onChange={setAreaIds} error={form.errors.fields.areaIds} />
        <TextField
          {...form.field('budget')}
          label={labels.budget ?? ''}
          inputMode="decimal"
          description={t('budget.round.budgetHint')}
        />
        <TextField {...form.field('proposalsOpenAt')} type="datetime-local" label={labels.proposalsOpenAt ?? ''} />
        <TextField {...form.field('reviewOpenAt')} type="datetime-local" label={labels.reviewOpenAt ?? ''} />
        <TextField {...form.field('votingOpenAt')} type="datetime-local" label={labels.votingOpenAt ?? ''} />
        <TextField {...form.field('votingCloseAt')} type="datetime-local" label={labels.votingCloseAt ?? ''} />
        <SelectField
          {...form.field('ballotType')}
          label={labels.ballotType ?? ''}
          options={[
            { value: 'knapsack', label: t('budget.round.knapsack') },
            { value: 'approval', label: t('budget.round.approval') },
          ]}
        />
        <TextField
          {...form.field('maxProjects')}
          type="number"
          min="1"
          label={labels.maxProjects ?? ''}
          optional={v.ballotType === 'knapsack'}
        />
        <TextField {...form.field('minProjects')} type="number" min="0" label={labels.minProjects ?? ''} />
        {v.ballotType === 'knapsack' && (
          <TextField {...form.field('minSpend')} inputMode="decimal" label={labels.minSpend ?? ''} optional />
        )}
        <SelectField
          {...form.field('rule')}
          label={labels.rule ?? ''}
          description={t('budget.round.ruleHint')}
          options={countRules.map((r) => ({ value: r, label: ruleText(t, r) }))}
        />
        {equalShares && (
          <>
            <SelectField
              {...form.field('utility')}
              label={labels.utility ?? ''}
              options={[
                { value: 'cost', label: t('budget.round.utilityCost') },
                { value: 'approval', label: t('budget.round.utilityApproval') },
              ]}
            />
            <SelectField
              {...form.field('completion')}
              label={labels.completion ?? ''}
              options={[
                { value: 'none', label: t('budget.round.completionNone') },
                { value: 'greedy', label: t('budget.round.completionGreedy') },
              ]}
            />
          </>
        )}
        <SelectField
          {...form.field('tieBreak1')}
          label={labels.tieBreak1 ?? ''}
          options={tieOptions}
          description={t('budget.round.tieBreakHint')}
        />
        <SelectField {...form.field('tieBreak2')} label={labels.tieBreak2 ?? ''} options={tieOptions} />
        <TextField
          {...form.field('minimumAge')}
          type="number"
          min="0"
          max="120"
          label={labels.minimumAge ?? ''}
          optional
          description={t('budget.round.minimumAgeHint')}
        />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('budget.round.submit')}
        </Button>
      </form>
    </Page>
  );
}
