import { useTranslation } from 'react-i18next';
import { AssessChallengeSchema, CRITERION_SCORE_MAX, type ChallengeCriterion } from '../../../../contracts/steering.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { checkWith } from '../check-fields.ts';
import { steeringApi, type Challenge, type ChallengeCriteria } from '../steering.api.ts';
import { criterionText, scoreText } from '../steering-texts.ts';
import { useProblemMessages } from '../ui/problem-messages.ts';
import { TextAreaField } from '../ui/text-area-field.tsx';
import { useApi } from '../../../app/api-context.ts';

const scoreField = (criterion: string) => `score-${criterion}`;
const reasonField = (criterion: string) => `reason-${criterion}`;

/** The officer scores each published criterion with a reason; criteria left without a score stay open. */
export function AssessmentForm({
  challenge,
  criteria,
  onAssessed,
}: {
  challenge: Challenge;
  criteria: ChallengeCriteria;
  onAssessed: (challenge: Challenge) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const messages = useProblemMessages();
  const initial: Record<string, string> = {};
  for (const { id } of criteria.criteria) {
    const scored = challenge.scores.find((s) => s.criterion === id);
    initial[scoreField(id)] = scored ? String(scored.score) : '';
    initial[reasonField(id)] = scored?.reason ?? '';
  }
  const form = useForm<Record<string, string>>(initial);
  const labels: Record<string, string> = {};
  for (const { id } of criteria.criteria) {
    labels[scoreField(id)] = t('steering.assessment.score', { criterion: criterionText(t, id) });
    labels[reasonField(id)] = t('steering.assessment.reason', { criterion: criterionText(t, id) });
  }
  const chosen = (v: Record<string, string>) => criteria.criteria.map((c) => c.id).filter((id) => v[scoreField(id)]);
  const body = (v: Record<string, string>) => ({
    scores: chosen(v).map((criterion: ChallengeCriterion) => ({
      criterion,
      score: Number(v[scoreField(criterion)]),
      reason: v[reasonField(criterion)] ?? '',
    })),
  });
  // The server names a score by its place in the list: scores.2.reason is the third criterion sent.
  const fieldOf = (v: Record<string, string>) => (path: string) => {
    const [, index, part] = path.split('.');
    const criterion = chosen(v)[Number(index)];
    if (!criterion) return 'scores';
    return part === 'score' ? scoreField(criterion) : reasonField(criterion);
  };
  const rename = Object.fromEntries(
    chosen(form.values).flatMap((criterion, i) => [
      [`scores.${i}.score`, scoreField(criterion)],
      [`scores.${i}.reason`, reasonField(criterion)],
    ]),
  );
  const onSubmit = form.handleSubmit(async (v) => onAssessed(await steeringApi.assess(api, challenge.id, body(v))), {
    validate: (v) => {
      const checked = checkWith(AssessChallengeSchema, body(v), t, fieldOf(v));
      const fields = { ...checked.fields };
      if (fields.scores) fields.scores = t('steering.assessment.noneScored');
      // A reason without a score is work that would be lost.
      for (const { id } of criteria.criteria)
        if (!v[scoreField(id)] && v[reasonField(id)]?.trim())
          fields[scoreField(id)] = t('steering.assessment.scoreMissing');
      return { general: null, fields };
    },
    problems: { rename, messages },
  });
  const options = [
    { value: '', label: t('steering.assessment.notScored') },
    ...Array.from({ length: CRITERION_SCORE_MAX + 1 }, (_, score) => ({
      value: String(score),
      label: `${score}: ${scoreText(t, score)}`,
    })),
  ];
  return (
    <form className="ws-form ws-assessment" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      {form.errors.fields.scores && <Alert type="error">{form.errors.fields.scores}</Alert>}
      {criteria.criteria.map(({ id }) => (
        <fieldset key={id} className="utrecht-form-fieldset ws-field ws-criterion">
          <legend className="utrecht-form-fieldset__legend">{criterionText(t, id)}</legend>
          <p className="utrecht-form-field-description">
            {t(`steering.criteriaHints.${id}` as 'steering.criteriaHints.support')}
          </p>
          <SelectField
            {...form.field(scoreField(id))}
            value={form.values[scoreField(id)] ?? ''}
            label={labels[scoreField(id)] ?? ''}
            options={options}
          />
          <TextAreaField
            {...form.field(reasonField(id))}
            value={form.values[reasonField(id)] ?? ''}
            label={labels[reasonField(id)] ?? ''}
            rows={2}
            optional={!form.values[scoreField(id)]}
          />
        </fieldset>
      ))}
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('steering.assessment.submit')}
      </Button>
    </form>
  );
}
