import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CreateChallengeSchema } from '../../../../contracts/steering.ts';
import type { Initiative } from '../../../../contracts/initiatives.ts';
import { notice } from '../../../app/notice.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { validateWith } from '../../../ui/form-errors.ts';
import { TextLink } from '../../../ui/links.tsx';
import { Page } from '../../../ui/page.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { useLoad } from '../../areas/use-load.ts';
import { initiativePaths } from '../../initiatives/initiatives.paths.ts';
import { steeringApi, type PublicTask } from '../steering.api.ts';
import { steeringPaths } from '../steering.paths.ts';
import { addDays, money, parseEuros, todayInAmsterdam } from '../steering-format.ts';
import { LoadState } from '../ui/load-state.tsx';
import { useProblemMessages } from '../ui/problem-messages.ts';
import { TextAreaField } from '../ui/text-area-field.tsx';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';

/** An initiative's organisers challenge the municipality to hand over a task with its budget. */
export function ChallengeFormPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { taskId = '' } = useParams();
  const loaded = useLoad(async () => {
    const [task, initiatives] = await Promise.all([steeringApi.task(api, taskId), steeringApi.myInitiatives(api)]);
    return { task, initiatives: initiatives.filter((initiative) => initiative.viewer.canEdit) };
  }, taskId);
  const crumbs = [{ to: steeringPaths.tasks, label: t('steering.tasks.title') }];
  if (!loaded.data)
    return <LoadState title={t('steering.challengeForm.titleLoading')} error={loaded.error} crumbs={crumbs} />;
  const { task, initiatives } = loaded.data;
  return (
    <Page
      title={t('steering.challengeForm.title', { task: task.title })}
      lead={t('steering.challengeForm.lead', { budget: money(task.yearlyBudgetCents, i18n.language) })}
      crumbs={[...crumbs, { to: steeringPaths.task(task.id), label: task.title }]}
    >
      {task.exclusive ? (
        <Alert type="warning">{t('steering.rtc.exclusive')}</Alert>
      ) : initiatives.length === 0 ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('steering.challengeForm.noInitiative')}</p>
          <p className="utrecht-paragraph">
            <TextLink to={initiativePaths.create}>{t('steering.challengeForm.startInitiative')}</TextLink>
          </p>
        </Alert>
      ) : (
        <ChallengeForm task={task} initiatives={initiatives} />
      )}
    </Page>
  );
}

function ChallengeForm({ task, initiatives }: { task: PublicTask; initiatives: Initiative[] }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const messages = useProblemMessages();
  const today = todayInAmsterdam();
  const form = useForm({
    initiativeId: initiatives[0]?.id ?? '',
    organisationId: '',
    plan: '',
    proposedCost: '',
    deliveryPlan: '',
    fallback: '',
    startDate: addDays(today, 90),
    endDate: addDays(today, 90 + 4 * 365),
  });
  const initiative = initiatives.find((i) => i.id === form.values.initiativeId);
  const partners = useLoad(
    async () =>
      initiative
        ? (await steeringApi.partnerships(api, initiative.id)).items.filter((p) => p.status === 'confirmed')
        : [],
    form.values.initiativeId,
  );
  const labels = {
    initiativeId: t('steering.challengeForm.initiative'),
    organisationId: t('steering.challengeForm.organisation'),
    plan: t('steering.challengeForm.plan'),
    proposedCost: t('steering.challengeForm.cost'),
    deliveryPlan: t('steering.challengeForm.delivery'),
    fallback: t('steering.challengeForm.fallback'),
    startDate: t('steering.challengeForm.startDate'),
    endDate: t('steering.challengeForm.endDate'),
  };
  const body = (v: typeof form.values) => ({
    taskId: task.id,
    initiativeId: v.initiativeId,
    organisationId: v.organisationId || null,
    plan: v.plan,
    proposedCostCents: parseEuros(v.proposedCost) ?? Number.NaN,
    deliveryPlan: v.deliveryPlan,
    fallback: v.fallback,
    startDate: v.startDate,
    endDate: v.endDate,
  });
  const rename = { proposedCostCents: 'proposedCost' };
  const onSubmit = form.handleSubmit(
    async (v) => {
      const challenge = await steeringApi.submitChallenge(api, body(v));
      await navigate(steeringPaths.challenge(challenge.id), { state: notice('steering.challengeForm.submitted') });
    },
    {
      validate: (v) => {
        const checked = validateWith(CreateChallengeSchema, body(v), t, rename);
        const fields = { ...checked.fields };
        const cents = parseEuros(v.proposedCost);
        if (v.proposedCost.trim() && cents === null) fields.proposedCost = t('steering.form.amountInvalid');
        else if (cents !== null && cents > task.yearlyBudgetCents)
          fields.proposedCost = t('steering.challengeForm.costAboveBudget', {
            budget: money(task.yearlyBudgetCents, i18n.language),
          });
        if (fields.endDate && v.endDate && v.startDate && v.endDate <= v.startDate)
          fields.endDate = t('steering.challengeForm.endAfterStart');
        return { ...checked, fields };
      },
      problems: { rename, messages },
    },
  );
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <SelectField
        {...form.field('initiativeId')}
        label={labels.initiativeId}
        description={t('steering.challengeForm.initiativeHint')}
        options={initiatives.map((i) => ({ value: i.id, label: i.title }))}
      />
      {initiative && (
        <div className="ws-cta ws-evidence" data-testid="evidence" aria-live="polite">
          <h2 className="utrecht-heading-3">{t('steering.challengeForm.evidenceTitle')}</h2>
          <p className="utrecht-paragraph">{t('steering.challengeForm.evidenceIntro')}</p>
          <ul className="utrecht-unordered-list">
            <li className="utrecht-unordered-list__item">
              {t('steering.challengeForm.evidenceSupport', { count: initiative.support.count })}
            </li>
            <li className="utrecht-unordered-list__item">
              {t('steering.challengeForm.evidenceMembers', { count: initiative.figures.members })}
            </li>
            <li className="utrecht-unordered-list__item">
              {t('steering.challengeForm.evidencePledges', {
                kept: initiative.figures.pledgesKept,
                made: initiative.figures.pledgesMade,
              })}
            </li>
          </ul>
        </div>
      )}
      <SelectField
        {...form.field('organisationId')}
        label={labels.organisationId}
        description={t('steering.challengeForm.organisationHint')}
        options={[
          { value: '', label: t('steering.challengeForm.noOrganisation') },
          ...(partners.data ?? []).map((p) => ({ value: p.organisation.id, label: p.organisation.name })),
        ]}
      />
      <TextAreaField
        {...form.field('plan')}
        label={labels.plan}
        rows={8}
        description={t('steering.challengeForm.planHint')}
      />
      <TextField
        {...form.field('proposedCost')}
        label={labels.proposedCost}
        inputMode="decimal"
        description={t('steering.challengeForm.costHint', { budget: money(task.yearlyBudgetCents, i18n.language) })}
      />
      <TextAreaField
        {...form.field('deliveryPlan')}
        label={labels.deliveryPlan}
        description={t('steering.challengeForm.deliveryHint')}
      />
      <TextAreaField
        {...form.field('fallback')}
        label={labels.fallback}
        rows={4}
        description={t('steering.challengeForm.fallbackHint')}
      />
      <TextField {...form.field('startDate')} type="date" label={labels.startDate} />
      <TextField {...form.field('endDate')} type="date" label={labels.endDate} />
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('steering.challengeForm.submit')}
      </Button>
    </form>
  );
}
