import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DecideChallengeSchema } from '../../../../contracts/steering.ts';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { problemErrors } from '../../../ui/form-errors.ts';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { checkWith } from '../check-fields.ts';
import { removeRow } from '../decisions/decision-body.ts';
import { steeringApi, type Challenge, type ChallengeCriteria } from '../steering.api.ts';
import { criterionText, providerText } from '../steering-texts.ts';
import { ConfirmStep } from '../ui/confirm-step.tsx';
import { useProblemMessages } from '../ui/problem-messages.ts';
import { TextAreaField } from '../ui/text-area-field.tsx';
import { useApi } from '../../../app/api-context.ts';

const CONDITION = (i: number) => `agreement.conditions.${i}`;
const MILESTONE = (i: number, part: 'title' | 'dueDate') => `agreement.milestones.${i}.${part}`;

/**
 * Accept (an agreement with frameworks and milestones; the task passes to the community) or
 * refuse with reasons. Neither can be undone, so the form asks before it sends.
 */
export function DecideForm({
  challenge,
  criteria,
  onDecided,
}: {
  challenge: Challenge;
  criteria: ChallengeCriteria;
  onDecided: (challenge: Challenge) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const messages = useProblemMessages();
  const [rows, setRows] = useState({ conditions: 1, milestones: 1 });
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const form = useForm<Record<string, string>>({ outcome: 'accepted', reason: '', 'agreement.provider': 'community' });
  const v = form.values;
  const accepting = v.outcome === 'accepted';
  const labels: Record<string, string> = {
    outcome: t('steering.decide.outcome'),
    reason: t('steering.decide.reason'),
  };
  if (accepting) {
    labels['agreement.provider'] = t('steering.decide.provider');
    for (let i = 0; i < rows.conditions; i += 1)
      labels[CONDITION(i)] = t('steering.decisionForm.condition', { n: i + 1 });
    for (let i = 0; i < rows.milestones; i += 1) {
      labels[MILESTONE(i, 'title')] = t('steering.decisionForm.milestoneTitle', { n: i + 1 });
      labels[MILESTONE(i, 'dueDate')] = t('steering.decisionForm.milestoneDue', { n: i + 1 });
    }
  }
  const body = (values: Record<string, string>) => ({
    outcome: values.outcome as 'accepted' | 'refused',
    reason: values.reason ?? '',
    ...(values.outcome === 'accepted'
      ? {
          agreement: {
            provider: values['agreement.provider'] as 'community' | 'co_production',
            conditions: Array.from({ length: rows.conditions }, (_, i) => values[CONDITION(i)] ?? ''),
            milestones: Array.from({ length: rows.milestones }, (_, i) => ({
              title: values[MILESTONE(i, 'title')] ?? '',
              dueDate: values[MILESTONE(i, 'dueDate')] ?? '',
            })),
          },
        }
      : {}),
  });
  const ids = criteria.criteria.map((c) => c.id);
  const unscored = ids.filter((id) => !challenge.scores.some((s) => s.criterion === id));
  const unmet = ids.filter((id) => (challenge.scores.find((s) => s.criterion === id)?.score ?? 0) < 1);
  const names = (list: typeof ids) => list.map((id) => criterionText(t, id)).join(', ');
  const onSubmit = form.handleSubmit(async () => setConfirming(true), {
    validate: (values) => {
      const checked = checkWith(DecideChallengeSchema, body(values), t);
      // Every criterion is scored with a reason before either outcome; accepting needs each at 1 or more.
      if (unscored.length > 0)
        return { fields: checked.fields, general: t('steering.decide.unscored', { criteria: names(unscored) }) };
      if (values.outcome === 'accepted' && unmet.length > 0)
        return {
          fields: checked.fields,
          general: t('steering.decide.criteriaUnmet', { criteria: names(unmet) }),
        };
      return checked;
    },
  });
  async function confirm() {
    setSending(true);
    try {
      onDecided(await steeringApi.decideChallenge(api, challenge.id, body(form.values)));
    } catch (error) {
      setConfirming(false);
      form.setErrors(problemErrors(error, t, i18n, { fields: Object.keys(labels), messages }));
    } finally {
      setSending(false);
    }
  }
  const field = (name: string) => ({
    name,
    label: labels[name] ?? name,
    value: v[name] ?? '',
    error: form.errors.fields[name],
    onValue: (value: string) => form.setValues((previous) => ({ ...previous, [name]: value })),
  });
  const remove = (list: 'conditions' | 'milestones', index: number) => {
    form.setValues((previous) => removeRow(previous, `agreement.${list}`, index, rows[list]));
    setRows((r) => ({ ...r, [list]: r[list] - 1 }));
  };
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <SelectField
        {...field('outcome')}
        options={[
          { value: 'accepted', label: t('steering.decide.accept') },
          { value: 'refused', label: t('steering.decide.refuse') },
        ]}
      />
      <TextAreaField {...field('reason')} rows={5} description={t('steering.decide.reasonHint')} />
      {accepting && (
        <fieldset className="utrecht-form-fieldset ws-field ws-instrument-group">
          <legend className="utrecht-form-fieldset__legend">{t('steering.decide.agreement')}</legend>
          <SelectField
            {...field('agreement.provider')}
            options={(['community', 'co_production'] as const).map((p) => ({ value: p, label: providerText(t, p) }))}
          />
          {Array.from({ length: rows.conditions }, (_, i) => (
            <div key={i} className="ws-instrument__row">
              <TextAreaField {...field(CONDITION(i))} rows={2} />
              {rows.conditions > 1 && (
                <Button variant="subtle" onClick={() => remove('conditions', i)}>
                  {t('steering.decisionForm.removeRow', { label: labels[CONDITION(i)] })}
                </Button>
              )}
            </div>
          ))}
          <Button variant="secondary" onClick={() => setRows((r) => ({ ...r, conditions: r.conditions + 1 }))}>
            {t('steering.decisionForm.addCondition')}
          </Button>
          {Array.from({ length: rows.milestones }, (_, i) => (
            <div key={i} className="ws-instrument__row">
              <TextField {...field(MILESTONE(i, 'title'))} />
              <TextField {...field(MILESTONE(i, 'dueDate'))} type="date" />
              {rows.milestones > 1 && (
                <Button variant="subtle" onClick={() => remove('milestones', i)}>
                  {t('steering.decisionForm.removeRow', { label: labels[MILESTONE(i, 'title')] })}
                </Button>
              )}
            </div>
          ))}
          <Button variant="secondary" onClick={() => setRows((r) => ({ ...r, milestones: r.milestones + 1 }))}>
            {t('steering.decisionForm.addMilestone')}
          </Button>
        </fieldset>
      )}
      {confirming ? (
        <ConfirmStep
          title={accepting ? t('steering.decide.confirmAcceptTitle') : t('steering.decide.confirmRefuseTitle')}
          confirmLabel={accepting ? t('steering.decide.confirmAccept') : t('steering.decide.confirmRefuse')}
          busy={sending}
          danger={!accepting}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <p className="utrecht-paragraph">
            {accepting
              ? t('steering.decide.confirmAcceptText', {
                  initiative: challenge.initiative.name,
                  task: challenge.task.title,
                  provider: providerText(t, (v['agreement.provider'] ?? 'community') as 'community').toLowerCase(),
                })
              : t('steering.decide.confirmRefuseText', { initiative: challenge.initiative.name })}
          </p>
        </ConfirmStep>
      ) : (
        <Button type="submit">
          {accepting ? t('steering.decide.submitAccept') : t('steering.decide.submitRefuse')}
        </Button>
      )}
    </form>
  );
}
