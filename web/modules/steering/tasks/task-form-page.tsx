import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import {
  ChangeProviderSchema,
  CreatePublicTaskSchema,
  taskDomains,
  taskRisks,
  UpdatePublicTaskSchema,
  type ProviderKind,
  type TaskDomain,
  type TaskRisk,
} from '../../../../contracts/steering.ts';
import { notice } from '../../../app/notice.ts';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { validateWith, type FormErrors } from '../../../ui/form-errors.ts';
import { Page } from '../../../ui/page.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { useLoad } from '../../areas/use-load.ts';
import { steeringApi, type PublicTask } from '../steering.api.ts';
import { steeringPaths } from '../steering.paths.ts';
import { euroInput, parseEuros } from '../steering-format.ts';
import { domainText, riskText } from '../steering-texts.ts';
import { CheckboxField } from '../ui/checkbox-field.tsx';
import { LoadState } from '../ui/load-state.tsx';
import { useProblemMessages } from '../ui/problem-messages.ts';
import { TextAreaField } from '../ui/text-area-field.tsx';
import { useAreaOptions } from '../ui/use-areas.ts';
import { ProviderFields } from './provider-fields.tsx';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';

/** Community and co-production name the initiative that carries the task; the others name none. */
const byInitiative = (provider: string) => provider === 'community' || provider === 'co_production';

type TaskValues = {
  areaId: string;
  title: string;
  domain: string;
  description: string;
  legalBasis: string;
  statutory: string;
  exclusive: string;
  risk: string;
  yearlyBudget: string;
  department: string;
  provider: string;
  providerInitiativeId: string;
  providerOrganisationId: string;
  reason: string;
};

function initialValues(task?: PublicTask): TaskValues {
  return {
    areaId: task?.area.id ?? '',
    title: task?.title ?? '',
    domain: task?.domain ?? 'green_and_public_space',
    description: task?.description ?? '',
    legalBasis: task?.legalBasis ?? '',
    statutory: task?.statutory ? 'true' : '',
    exclusive: task?.exclusive ? 'true' : '',
    risk: task?.risk ?? 'medium',
    yearlyBudget: task ? euroInput(task.yearlyBudgetCents) : '',
    department: task?.department ?? '',
    provider: 'municipality',
    providerInitiativeId: '',
    providerOrganisationId: '',
    reason: '',
  };
}

function taskFields(v: TaskValues) {
  return {
    title: v.title,
    domain: v.domain as TaskDomain,
    description: v.description,
    legalBasis: v.legalBasis.trim() ? v.legalBasis : null,
    statutory: v.statutory === 'true',
    exclusive: v.exclusive === 'true',
    risk: v.risk as TaskRisk,
    yearlyBudgetCents: parseEuros(v.yearlyBudget) ?? Number.NaN,
    department: v.department,
  };
}

/** The budget field speaks euros; a text that is no amount gets its own message. */
function withAmount(errors: FormErrors, v: TaskValues, t: (key: 'steering.form.amountInvalid') => string) {
  if (!v.yearlyBudget.trim() || parseEuros(v.yearlyBudget) !== null) return errors;
  return { ...errors, fields: { ...errors.fields, yearlyBudget: t('steering.form.amountInvalid') } };
}

export function NewTaskPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  return (
    <Page
      title={t('steering.taskForm.newTitle')}
      lead={t('steering.taskForm.newLead')}
      crumbs={[{ to: steeringPaths.tasks, label: t('steering.tasks.title') }]}
    >
      <TaskForm
        submitLabel={t('steering.taskForm.create')}
        onSave={async (v) => {
          const created = await steeringApi.createTask(api, {
            areaId: v.areaId,
            ...taskFields(v),
            provider: v.provider as ProviderKind,
            providerInitiativeId: byInitiative(v.provider) ? v.providerInitiativeId || null : null,
            providerOrganisationId: v.providerOrganisationId || null,
          });
          await navigate(steeringPaths.task(created.id), { state: notice('steering.taskForm.created') });
        }}
      />
    </Page>
  );
}

export function EditTaskPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { taskId = '' } = useParams();
  const loaded = useLoad(() => steeringApi.task(api, taskId), taskId);
  const task = loaded.data;
  const crumbs = [{ to: steeringPaths.tasks, label: t('steering.tasks.title') }];
  if (!task) return <LoadState title={t('steering.taskForm.editTitle')} error={loaded.error} crumbs={crumbs} />;
  return (
    <Page
      title={t('steering.taskForm.editTitleOf', { title: task.title })}
      crumbs={[...crumbs, { to: steeringPaths.task(task.id), label: task.title }]}
    >
      <TaskForm
        task={task}
        submitLabel={t('common.save')}
        onSave={async (v) => {
          await steeringApi.updateTask(api, task.id, { ...taskFields(v), reason: v.reason });
          await navigate(steeringPaths.task(task.id), { state: notice('steering.taskForm.saved') });
        }}
      />
      <section className="ws-section" aria-labelledby="steering-provider-change">
        <h2 className="utrecht-heading-2" id="steering-provider-change">
          {t('steering.providerChange.title')}
        </h2>
        <p className="utrecht-paragraph">{t('steering.providerChange.intro')}</p>
        <ProviderChangeForm task={task} />
      </section>
    </Page>
  );
}

function TaskForm({
  task,
  submitLabel,
  onSave,
}: {
  task?: PublicTask;
  submitLabel: string;
  onSave: (values: TaskValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const areas = useAreaOptions();
  const messages = useProblemMessages();
  const form = useForm<TaskValues>(initialValues(task));
  const creating = !task;
  const labels: Record<string, string> = {
    ...(creating ? { areaId: t('steering.taskForm.area') } : {}),
    title: t('steering.taskForm.title'),
    domain: t('steering.taskForm.domain'),
    description: t('steering.taskForm.description'),
    legalBasis: t('steering.taskForm.legalBasis'),
    statutory: t('steering.taskForm.statutory'),
    exclusive: t('steering.taskForm.exclusive'),
    risk: t('steering.taskForm.risk'),
    yearlyBudget: t('steering.taskForm.budget'),
    department: t('steering.taskForm.department'),
    ...(creating
      ? {
          provider: t('steering.taskForm.provider'),
          providerInitiativeId: t('steering.taskForm.initiative'),
          providerOrganisationId: t('steering.taskForm.organisation'),
        }
      : { reason: t('steering.taskForm.reason') }),
  };
  const onSubmit = form.handleSubmit(onSave, {
    validate: (v) => {
      const checked = creating
        ? validateWith(
            CreatePublicTaskSchema,
            {
              areaId: v.areaId,
              ...taskFields(v),
              provider: v.provider,
              providerInitiativeId: byInitiative(v.provider) ? v.providerInitiativeId || null : null,
              providerOrganisationId: v.providerOrganisationId || null,
            },
            t,
            { yearlyBudgetCents: 'yearlyBudget' },
          )
        : validateWith(UpdatePublicTaskSchema, { ...taskFields(v), reason: v.reason }, t, {
            yearlyBudgetCents: 'yearlyBudget',
          });
      const needsInitiative = creating && byInitiative(v.provider) && !v.providerInitiativeId;
      const fields = { ...checked.fields };
      if (needsInitiative) fields.providerInitiativeId = t('steering.taskForm.initiativeRequired');
      return withAmount({ ...checked, fields }, v, t);
    },
    problems: { rename: { yearlyBudgetCents: 'yearlyBudget' }, messages },
  });
  const set = (name: string, value: string) => form.setValues((previous) => ({ ...previous, [name]: value }));
  const check = (name: 'statutory' | 'exclusive') => ({
    name,
    checked: form.values[name] === 'true',
    onChecked: (checked: boolean) => set(name, checked ? 'true' : ''),
    error: form.errors.fields[name],
  });
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      {creating && (
        <SelectField
          {...form.field('areaId')}
          label={labels.areaId ?? ''}
          description={t('steering.taskForm.areaHint')}
          options={[{ value: '', label: t('steering.taskForm.chooseArea') }, ...areas]}
        />
      )}
      <TextField {...form.field('title')} label={labels.title ?? ''} />
      <SelectField
        {...form.field('domain')}
        label={labels.domain ?? ''}
        options={taskDomains.map((d) => ({ value: d, label: domainText(t, d) }))}
      />
      <TextAreaField {...form.field('description')} label={labels.description ?? ''} />
      <TextField
        {...form.field('legalBasis')}
        label={labels.legalBasis ?? ''}
        description={t('steering.taskForm.legalBasisHint')}
        optional
      />
      <CheckboxField
        {...check('statutory')}
        label={labels.statutory ?? ''}
        description={t('steering.taskForm.statutoryHint')}
      />
      <CheckboxField
        {...check('exclusive')}
        label={labels.exclusive ?? ''}
        description={t('steering.taskForm.exclusiveHint')}
      />
      <SelectField
        {...form.field('risk')}
        label={labels.risk ?? ''}
        description={t('steering.taskForm.riskHint')}
        options={taskRisks.map((r) => ({ value: r, label: riskText(t, r) }))}
      />
      <TextField
        {...form.field('yearlyBudget')}
        label={labels.yearlyBudget ?? ''}
        description={t('steering.taskForm.budgetHint')}
        inputMode="decimal"
      />
      <TextField {...form.field('department')} label={labels.department ?? ''} />
      {creating ? (
        <ProviderFields
          areaId={form.values.areaId}
          names={{ provider: 'provider', initiative: 'providerInitiativeId', organisation: 'providerOrganisationId' }}
          values={form.values}
          errors={form.errors.fields}
          onValue={set}
          labels={labels}
        />
      ) : (
        <TextAreaField
          {...form.field('reason')}
          label={labels.reason ?? ''}
          description={t('steering.taskForm.reasonHint')}
          rows={3}
        />
      )}
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {submitLabel}
      </Button>
    </form>
  );
}

function ProviderChangeForm({ task }: { task: PublicTask }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const messages = useProblemMessages();
  const form = useForm({
    'change-provider': task.provider.kind,
    'change-initiativeId': task.provider.initiative?.id ?? '',
    'change-organisationId': task.provider.organisation?.id ?? '',
    'change-reason': '',
  });
  const labels = {
    'change-provider': t('steering.taskForm.provider'),
    'change-initiativeId': t('steering.taskForm.initiative'),
    'change-organisationId': t('steering.taskForm.organisation'),
    'change-reason': t('steering.providerChange.reason'),
  };
  const rename = {
    provider: 'change-provider',
    initiativeId: 'change-initiativeId',
    organisationId: 'change-organisationId',
    reason: 'change-reason',
  };
  const body = (v: typeof form.values) => ({
    provider: v['change-provider'] as ProviderKind,
    initiativeId: byInitiative(v['change-provider']) ? v['change-initiativeId'] || null : null,
    organisationId: v['change-organisationId'] || null,
    reason: v['change-reason'],
  });
  const onSubmit = form.handleSubmit(
    async (v) => {
      await steeringApi.changeProvider(api, task.id, body(v));
      await navigate(steeringPaths.task(task.id), { state: notice('steering.providerChange.saved') });
    },
    {
      validate: (v) => {
        const checked = validateWith(ChangeProviderSchema, body(v), t, rename);
        if (byInitiative(v['change-provider']) && !v['change-initiativeId'])
          return {
            ...checked,
            fields: { ...checked.fields, 'change-initiativeId': t('steering.taskForm.initiativeRequired') },
          };
        return checked;
      },
      problems: { rename, messages },
    },
  );
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <ProviderFields
        areaId={task.area.id}
        names={{
          provider: 'change-provider',
          initiative: 'change-initiativeId',
          organisation: 'change-organisationId',
        }}
        values={form.values}
        errors={form.errors.fields}
        onValue={(name, value) => form.setValues((previous) => ({ ...previous, [name]: value }))}
        labels={labels}
      />
      <TextAreaField {...form.field('change-reason')} label={labels['change-reason']} rows={3} />
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('steering.providerChange.submit')}
      </Button>
    </form>
  );
}
