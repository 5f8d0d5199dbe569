import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitorSettings } from '../../../../contracts/monitor.ts';
import { useApi } from '../../../app/api-context.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { Page } from '../../../ui/page.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { useLoad } from '../../areas/use-load.ts';
import { monitorApi } from '../monitor.api.ts';
import { monitorPaths } from '../monitor.paths.ts';
import { byTheme } from '../monitor-data.ts';
import { useMonitorText } from '../monitor-text.ts';
import { formValues, targetField, weightField, weightsBody } from './weights-form-values.ts';
import '../monitor.css';

/** Administrators adjust how much each indicator weighs in the index, and the value that scores 100. */
export function WeightsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const loaded = useLoad(() => monitorApi.settings(api), 'settings');
  return (
    <Page
      title={t('monitor.weights.title')}
      lead={t('monitor.weights.lead')}
      crumbs={[{ to: monitorPaths.home, label: t('monitor.title') }]}
    >
      {loaded.error ? (
        <p className="utrecht-paragraph">{t('monitor.loadError')}</p>
      ) : !loaded.data ? (
        <p className="utrecht-paragraph" role="status">
          {t('app.loading')}
        </p>
      ) : (
        <WeightsForm settings={loaded.data} />
      )}
    </Page>
  );
}

function WeightsForm({ settings: initial }: { settings: MonitorSettings }) {
  const { t } = useTranslation();
  const text = useMonitorText();
  const api = useApi();
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);
  const form = useForm(formValues(initial.indicators, text.locale));
  const { setValues } = form;
  const field = (name: string) => ({ ...form.field(name), value: form.values[name] ?? '' });
  useEffect(() => setValues(formValues(settings.indicators, text.locale)), [settings, text.locale, setValues]);

  const labels: Record<string, string> = {};
  for (const i of settings.indicators) {
    labels[weightField(i.id)] = t('monitor.weights.weightOf', { indicator: text.indicator(i.id) });
    labels[targetField(i.id)] = t('monitor.weights.targetOf', { indicator: text.indicator(i.id) });
  }
  const rename = Object.fromEntries(
    settings.indicators.flatMap((i, n) => [
      [`indicators.${n}.weight`, weightField(i.id)],
      [`indicators.${n}.target`, targetField(i.id)],
    ]),
  );
  const onSubmit = form.handleSubmit(
    async (values) => {
      setSaved(false);
      const { body } = weightsBody(settings.indicators, values);
      if (!body) return;
      setSettings(await monitorApi.saveWeights(api, body));
      setSaved(true);
    },
    {
      validate: (values) => {
        const { problems } = weightsBody(settings.indicators, values);
        const fields = Object.fromEntries(
          Object.entries(problems).map(([field, problem]) => [field, t(`monitor.weights.problems.${problem}`)]),
        );
        return { fields, general: null };
      },
      problems: { rename },
    },
  );

  return (
    <form className="ws-form ws-monitor-weights" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      {saved && (
        <Alert type="ok" live>
          {t('monitor.weights.saved')}
        </Alert>
      )}
      <p className="utrecht-paragraph">{t('monitor.index.explain')}</p>
      {byTheme(settings).map(({ theme, indicators }) => (
        <fieldset key={theme} className="utrecht-form-fieldset ws-monitor-fieldset">
          <legend className="utrecht-form-fieldset__legend">{text.theme(theme)}</legend>
          {indicators.map((i) => (
            <div key={i.id} className="ws-monitor-weight-row">
              <p className="ws-monitor-weight-row__name">
                {text.indicator(i.id)}{' '}
                <span className="ws-optional">
                  ({i.higherIsBetter ? t('monitor.higherIsBetter') : t('monitor.lowerIsBetter')})
                </span>
              </p>
              <TextField
                {...field(weightField(i.id))}
                label={labels[weightField(i.id)]!}
                description={t('monitor.weights.weightHint')}
                inputMode="decimal"
                className="ws-input-number"
              />
              <TextField
                {...field(targetField(i.id))}
                label={labels[targetField(i.id)]!}
                description={t(`monitor.weights.targetHint.${i.unit}`)}
                inputMode="decimal"
                className="ws-input-number"
              />
            </div>
          ))}
        </fieldset>
      ))}
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('monitor.weights.submit')}
      </Button>
    </form>
  );
}
