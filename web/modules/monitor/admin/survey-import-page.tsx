import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { surveyTopics } from '../../../../contracts/monitor.ts';
import { SurveyImportSchema } from '../../../../contracts/monitor.ts';
import { useApi } from '../../../app/api-context.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { ApiProblem } from '../../../app/api-client.ts';
import { validateWith, type FormErrors } from '../../../ui/form-errors.ts';
import { invalidParamText } from '../../../ui/problem-text.ts';
import { Page } from '../../../ui/page.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { FieldShell } from '../../../ui/text-field.tsx';
import { monitorApi, type SurveyImportResult } from '../monitor.api.ts';
import { monitorPaths } from '../monitor.paths.ts';
import { useMonitorText } from '../monitor-text.ts';
import { checkSurveyCsv, type LineProblem } from './survey-csv-check.ts';
import '../monitor.css';

const EXAMPLE = `area_code;topic;period;value;unit;respondents
BU03630001;perceived_safety;2025;7,1;score;212
BU03630001;loneliness;2025;38;percent;212
BU03630002;social_cohesion;2025;6,4;score;98`;

const SHOWN_PROBLEMS = 10;

/** The file's problems: a short message at the field, every line (the first ten) in the summary. */
function csvErrors(messages: string[]): FormErrors {
  const shown = messages.slice(0, SHOWN_PROBLEMS);
  return { fields: { csv: shown[0] ?? '' }, general: shown.length > 1 ? shown.slice(1).join(' ') : null };
}

/** Survey figures per neighbourhood from a CSV file (or pasted), with what each column must hold. */
export function SurveyImportPage() {
  const { t, i18n } = useTranslation();
  const text = useMonitorText();
  const api = useApi();
  const [result, setResult] = useState<SurveyImportResult | null>(null);
  const form = useForm({ source: '', csv: '' });
  const labels = { source: t('monitor.import.source'), csv: t('monitor.import.csv') };
  const lineText = (problem: LineProblem) =>
    problem.kind === 'columns'
      ? t('monitor.import.problems.columns', { missing: problem.missing.join(', ') })
      : problem.kind === 'empty'
        ? t('monitor.import.problems.empty')
        : t(`monitor.import.problems.${problem.kind}`, { line: problem.line });
  const onSubmit = form.handleSubmit(
    async (values) => {
      setResult(null);
      try {
        setResult(await monitorApi.importSurvey(api, { source: values.source.trim(), csv: values.csv }));
      } catch (error) {
        // Lines the server refused (an unknown area code, say) are named by line; nothing was imported.
        const lines =
          error instanceof ApiProblem ? error.invalidParams.filter((p) => /^body\.csv\.line\d+$/.test(p.name)) : [];
        if (lines.length === 0) throw error;
        // The server names each refused value by a code (monitor.import.problems.<code>) and its line.
        form.setErrors(
          csvErrors(
            lines.map((p) =>
              p.code && i18n.exists(`monitor.import.problems.${p.code}`)
                ? t(`monitor.import.problems.${p.code}` as 'monitor.import.problems.unknownArea', {
                    ...p.params,
                    line: p.name.replace(/\D+/g, ''),
                  })
                : t('monitor.import.problems.server', {
                    line: p.name.replace(/\D+/g, ''),
                    reason: invalidParamText(p, t, i18n),
                  }),
            ),
          ),
        );
      }
    },
    {
      validate: (values) => {
        const errors = validateWith(SurveyImportSchema, values, t);
        if (errors.fields.csv) return errors;
        const problems = checkSurveyCsv(values.csv);
        if (problems.length === 0) return errors;
        const file = csvErrors(problems.map(lineText));
        return { fields: { ...errors.fields, ...file.fields }, general: file.general };
      },
    },
  );
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const csv = await file.text();
    form.setValues((previous) => ({ ...previous, csv }));
  };

  return (
    <Page
      title={t('monitor.import.title')}
      lead={t('monitor.import.lead')}
      crumbs={[{ to: monitorPaths.home, label: t('monitor.title') }]}
    >
      <section className="ws-section" aria-labelledby="import-columns">
        <h2 className="utrecht-heading-2" id="import-columns">
          {t('monitor.import.columnsTitle')}
        </h2>
        <p className="utrecht-paragraph">{t('monitor.import.columnsIntro')}</p>
        <dl className="ws-monitor-how ws-monitor-columns">
          <dt>
            <code>area_code</code>
          </dt>
          <dd>{t('monitor.import.columns.area_code')}</dd>
          <dt>
            <code>topic</code>
          </dt>
          <dd>
            {t('monitor.import.columns.topic')}
            <ul className="utrecht-unordered-list">
              {surveyTopics.map((topic) => (
                <li key={topic} className="utrecht-unordered-list__item">
                  <code>{topic}</code>: {text.topic(topic)}
                </li>
              ))}
            </ul>
          </dd>
          <dt>
            <code>period</code>
          </dt>
          <dd>{t('monitor.import.columns.period')}</dd>
          <dt>
            <code>value</code>
          </dt>
          <dd>{t('monitor.import.columns.value')}</dd>
          <dt>
            <code>unit</code>
          </dt>
          <dd>{t('monitor.import.columns.unit')}</dd>
          <dt>
            <code>respondents</code>
          </dt>
          <dd>{t('monitor.import.columns.respondents')}</dd>
        </dl>
        <p className="utrecht-paragraph">{t('monitor.import.rules')}</p>
        <p className="utrecht-paragraph">{t('monitor.import.example')}</p>
        <pre className="ws-monitor-example" tabIndex={0} aria-label={t('monitor.import.example')}>
          {EXAMPLE}
        </pre>
      </section>

      <form className="ws-form ws-section" noValidate onSubmit={onSubmit} aria-labelledby="import-form">
        <h2 className="utrecht-heading-2" id="import-form">
          {t('monitor.import.formTitle')}
        </h2>
        <ErrorSummary errors={form.errors} labels={labels} />
        {result && (
          <Alert type="ok" live>
            {t('monitor.import.done', { count: result.imported, replaced: result.replaced })}
          </Alert>
        )}
        <TextField {...form.field('source')} label={labels.source} description={t('monitor.import.sourceHint')} />
        <FieldShell id="csv-file" label={t('monitor.import.file')} description={t('monitor.import.fileHint')}>
          {(describedBy) => (
            <input
              id="csv-file"
              name="csv-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              className="utrecht-textbox"
              aria-describedby={describedBy}
              onChange={(event) => void readFile(event.target.files?.[0])}
            />
          )}
        </FieldShell>
        <FieldShell
          id="csv"
          label={labels.csv}
          description={t('monitor.import.csvHint')}
          error={form.errors.fields.csv}
        >
          {(describedBy) => (
            <textarea
              id="csv"
              name="csv"
              rows={8}
              value={form.values.csv}
              onChange={(event) => form.field('csv').onValue(event.target.value)}
              aria-invalid={form.errors.fields.csv ? true : undefined}
              aria-describedby={describedBy}
              spellCheck={false}
              className={`utrecht-textarea utrecht-textarea--html-textarea ws-textarea ws-monitor-csv${form.errors.fields.csv ? ' utrecht-textarea--invalid' : ''}`}
            />
          )}
        </FieldShell>
        <Button type="submit" busy={form.busy} busyLabel={t('monitor.import.busy')}>
          {t('monitor.import.submit')}
        </Button>
      </form>
    </Page>
  );
}
