import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { TFunction } from 'i18next';
import {
  CreateDecisionSchema,
  steeringLayers,
  type SteeringLayer,
  type SubjectType,
} from '../../../../contracts/steering.ts';
import { notice } from '../../../app/notice.ts';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import type { FormErrors } from '../../../ui/form-errors.ts';
import { Page } from '../../../ui/page.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { useLoad } from '../../areas/use-load.ts';
import { useAdvice } from '../advice/advice-section.tsx';
import { AdviceView } from '../advice/advice-view.tsx';
import { checkWith } from '../check-fields.ts';
import { steeringApi, type SteeringAdvice } from '../steering.api.ts';
import { steeringPaths, subjectPath } from '../steering.paths.ts';
import { addDays, parseEuros, todayInAmsterdam } from '../steering-format.ts';
import { layerExplanation, layerText } from '../steering-texts.ts';
import { LoadState } from '../ui/load-state.tsx';
import { useProblemMessages } from '../ui/problem-messages.ts';
import { TextAreaField } from '../ui/text-area-field.tsx';
import {
  AGREEMENT_CONDITION,
  decisionBody,
  ENFORCEMENT,
  FACILITATE_INSTRUMENTS,
  isIntrusive,
  MILESTONE_DUE,
  MILESTONE_TITLE,
  removeRow,
  type DecisionValues,
  type Rows,
} from './decision-body.ts';
import { FacilitateFields, LayerFields } from './instruments-fields.tsx';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';

interface Subject {
  type: SubjectType;
  id: string;
  title: string;
  recipients: Array<{ value: string; label: string }>;
}

/** Record a decision for a task (`?taak=`) or an initiative (`?initiatief=`), with the current advice beside the form. */
export function NewDecisionPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [search] = useSearchParams();
  const type: SubjectType = search.get('initiatief') ? 'initiative' : 'task';
  const id = search.get('initiatief') ?? search.get('taak') ?? '';
  const subject = useLoad(async (): Promise<Subject> => {
    if (type === 'task') {
      const task = await steeringApi.task(api, id);
      const initiative = task.provider.initiative;
      return {
        type,
        id,
        title: task.title,
        recipients: initiative ? [{ value: initiative.id, label: initiative.name }] : [],
      };
    }
    const initiative = await steeringApi.initiative(api, id);
    return { type, id, title: initiative.title, recipients: [{ value: initiative.id, label: initiative.title }] };
  }, `${type}:${id}`);
  const advice = useAdvice(type, id);
  const crumbs = [{ to: steeringPaths.tasks, label: t('steering.tasks.title') }];
  if (!subject.data || advice.data === undefined)
    return (
      <LoadState
        title={t('steering.decisionForm.titleLoading')}
        error={subject.error ?? advice.error}
        crumbs={crumbs}
      />
    );
  return (
    <Page
      title={t('steering.decisionForm.title', { subject: subject.data.title })}
      lead={t('steering.decisionForm.lead')}
      crumbs={[...crumbs, { to: subjectPath(subject.data), label: subject.data.title }]}
    >
      <div className="ws-decision-layout">
        <aside className="ws-decision-layout__advice" aria-labelledby="decision-advice-title">
          <h2 className="utrecht-heading-2" id="decision-advice-title">
            {t('steering.decisionForm.adviceTitle')}
          </h2>
          {advice.data ? (
            <AdviceView advice={advice.data} compact />
          ) : (
            <p className="utrecht-paragraph">{t('steering.advice.none')}</p>
          )}
        </aside>
        <DecisionForm subject={subject.data} advice={advice.data} />
      </div>
    </Page>
  );
}

function labelsFor(t: TFunction, rows: Rows, values: DecisionValues, adviceLayer: SteeringLayer | null) {
  const layer = values.layer ?? '';
  const labels: Record<string, string> = {
    layer: t('steering.decisionForm.layer'),
    motivation: t('steering.decisionForm.motivation'),
  };
  if (adviceLayer && layer !== adviceLayer) labels.deviationReason = t('steering.decisionForm.deviationReason');
  labels['instruments.facilitate'] = t('steering.decisionForm.facilitateRequired');
  const field = (name: string) =>
    t(`steering.decisionForm.fields.${name}` as 'steering.decisionForm.fields.motivation');
  for (const name of [
    'instruments.grant.amountCents',
    'instruments.grant.purpose',
    'instruments.grant.reportDueDate',
    'instruments.grant.recipientInitiativeId',
    'instruments.space.description',
    'instruments.permit.description',
    'instruments.expertise.description',
    'instruments.contactPerson.name',
    'instruments.contactPerson.department',
  ])
    labels[name] = field(name.replace('instruments.', '').replace('.', '_'));
  if (layer === 'frameworks') {
    for (let i = 0; i < rows.conditions; i += 1)
      labels[AGREEMENT_CONDITION(i)] = t('steering.decisionForm.condition', { n: i + 1 });
    labels['instruments.agreement.reporting'] = t('steering.decisionForm.reporting');
    for (let i = 0; i < rows.milestones; i += 1) {
      labels[MILESTONE_TITLE(i)] = t('steering.decisionForm.milestoneTitle', { n: i + 1 });
      labels[MILESTONE_DUE(i)] = t('steering.decisionForm.milestoneDue', { n: i + 1 });
    }
  }
  if (layer === 'compel')
    for (let i = 0; i < rows.enforcement; i += 1) {
      labels[ENFORCEMENT(i, 'condition')] = t('steering.decisionForm.enforcementCondition', { n: i + 1 });
      labels[ENFORCEMENT(i, 'deadline')] = t('steering.decisionForm.enforcementDeadline', { n: i + 1 });
      labels[ENFORCEMENT(i, 'consequence')] = t('steering.decisionForm.enforcementConsequence', { n: i + 1 });
    }
  if (layer === 'take_over') {
    labels['instruments.takeOver.deliveredBy'] = t('steering.decisionForm.deliveredBy');
    labels['instruments.takeOver.plan'] = t('steering.decisionForm.handBackPlan');
    labels['instruments.takeOver.handBackDate'] = t('steering.decisionForm.handBackDate');
  }
  if (isIntrusive(layer)) {
    labels.proportionalityReason = t('steering.decisionForm.proportionality');
    labels.leastIntrusiveAlternative = t('steering.decisionForm.leastIntrusive');
  }
  labels.reviewDate = t('steering.decisionForm.reviewDate');
  return labels;
}

function DecisionForm({ subject, advice }: { subject: Subject; advice: SteeringAdvice | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const messages = useProblemMessages();
  const adviceLayer = advice?.layer ?? null;
  const [rows, setRows] = useState<Rows>({ conditions: 1, milestones: 1, enforcement: 1 });
  const form = useForm<DecisionValues>({
    layer: adviceLayer ?? 'facilitate',
    motivation: '',
    deviationReason: '',
    reviewDate: addDays(todayInAmsterdam(), 182),
    'instruments.grant.recipientInitiativeId': subject.recipients[0]?.value ?? '',
  });
  const values = form.values;
  const layer = (values.layer ?? 'facilitate') as SteeringLayer;
  const labels = labelsFor(t, rows, values, adviceLayer);
  const set = (name: string, value: string) => form.setValues((previous) => ({ ...previous, [name]: value }));
  const field = (name: string) => ({
    name,
    label: labels[name] ?? name,
    value: values[name] ?? '',
    error: form.errors.fields[name],
    onValue: (value: string) => set(name, value),
  });

  const validate = (v: DecisionValues): FormErrors => {
    const body = decisionBody(subject, v, rows, adviceLayer);
    const checked = checkWith(CreateDecisionSchema, body, t, (path) =>
      // A facilitating decision without any instrument: the error belongs to the group of instruments.
      FACILITATE_INSTRUMENTS.some((name) => path === `instruments.${name}`) ? 'instruments.facilitate' : path,
    );
    const fields = { ...checked.fields };
    if (fields['instruments.facilitate'])
      fields['instruments.facilitate'] = t('steering.decisionForm.facilitateNeedsOne');
    if (adviceLayer && v.layer !== adviceLayer && !v.deviationReason?.trim())
      fields.deviationReason = t('steering.decisionForm.deviationRequired');
    if (v['use.grant'] === 'true') {
      const amount = v['instruments.grant.amountCents'] ?? '';
      if (amount.trim() && parseEuros(amount) === null)
        fields['instruments.grant.amountCents'] = t('steering.form.amountInvalid');
    }
    // Only fields on the form now (a hidden layer's rows are not part of the body).
    return { general: null, fields: Object.fromEntries(Object.entries(fields).filter(([name]) => name in labels)) };
  };

  const onSubmit = form.handleSubmit(
    async (v) => {
      const decision = await steeringApi.decide(api, decisionBody(subject, v, rows, adviceLayer));
      await navigate(steeringPaths.decision(decision.id), { state: notice('steering.decisionForm.published') });
    },
    { validate, problems: { messages, rename: { instruments: 'instruments.facilitate' } } },
  );

  const onRemoveRow = (list: keyof Rows, index: number) => {
    const prefix = {
      conditions: 'instruments.agreement.conditions',
      milestones: 'instruments.agreement.milestones',
      enforcement: 'instruments.enforcement.conditions',
    }[list];
    form.setValues((previous) => removeRow(previous, prefix, index, rows[list]));
    setRows((r) => ({ ...r, [list]: r[list] - 1 }));
  };

  return (
    <form className="ws-form ws-decision-layout__form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <SelectField
        {...field('layer')}
        description={layerExplanation(t, layer)}
        options={steeringLayers.map((l) => ({
          value: l,
          label:
            l === adviceLayer ? t('steering.decisionForm.layerAdvised', { layer: layerText(t, l) }) : layerText(t, l),
        }))}
      />
      <TextAreaField
        {...field('motivation')}
        rows={6}
        description={
          adviceLayer && layer !== adviceLayer
            ? t('steering.decisionForm.motivationDiffersHint')
            : t('steering.decisionForm.motivationHint')
        }
      />
      {adviceLayer && layer !== adviceLayer && (
        <TextAreaField
          {...field('deviationReason')}
          rows={4}
          description={t('steering.decisionForm.deviationHint', {
            advice: layerText(t, adviceLayer).toLowerCase(),
            layer: layerText(t, layer).toLowerCase(),
          })}
        />
      )}
      <LayerFields
        layer={layer}
        rows={rows}
        values={values}
        errors={form.errors.fields}
        labels={labels}
        set={set}
        onAddRow={(list) => setRows((r) => ({ ...r, [list]: r[list] + 1 }))}
        onRemoveRow={onRemoveRow}
      />
      <FacilitateFields
        required={layer === 'facilitate'}
        recipients={subject.recipients}
        values={values}
        errors={form.errors.fields}
        labels={labels}
        set={set}
      />
      {isIntrusive(layer) && (
        <>
          <TextAreaField
            {...field('proportionalityReason')}
            rows={4}
            description={t('steering.decisionForm.proportionalityHint')}
          />
          <TextAreaField
            {...field('leastIntrusiveAlternative')}
            rows={3}
            description={t('steering.decisionForm.leastIntrusiveHint')}
          />
        </>
      )}
      <TextField {...field('reviewDate')} type="date" description={t('steering.decisionForm.reviewHint')} />
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('steering.decisionForm.submit')}
      </Button>
    </form>
  );
}
