import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SteeringThresholdsSchema, steeringLayers, taskRisks } from '../../../../contracts/steering.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { Page } from '../../../ui/page.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { useLoad } from '../../areas/use-load.ts';
import { checkWith } from '../check-fields.ts';
import { steeringApi, type SteeringSettings } from '../steering.api.ts';
import { steeringPaths } from '../steering.paths.ts';
import { capacityText, layerText, riskText } from '../steering-texts.ts';
import { LoadState } from '../ui/load-state.tsx';
import { useProblemMessages } from '../ui/problem-messages.ts';
import { fromFormValues, SHARE_FIELDS, toFormValues } from './threshold-values.ts';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';

const CAPACITY_ROWS = ['strong', 'adequate', 'weak', 'absent'] as const;

/** Administrators tune the advice rule's thresholds; every change is stored and audit-logged, and shown with each advice. */
export function ThresholdsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const loaded = useLoad(() => steeringApi.settings(api), 'steering-settings');
  const crumbs = [{ to: steeringPaths.tasks, label: t('steering.tasks.title') }];
  if (!loaded.data) return <LoadState title={t('steering.thresholds.title')} error={loaded.error} crumbs={crumbs} />;
  return (
    <Page title={t('steering.thresholds.title')} lead={t('steering.thresholds.lead')} crumbs={crumbs}>
      <ThresholdsForm settings={loaded.data} />
      <MatrixTable settings={loaded.data} />
    </Page>
  );
}

function ThresholdsForm({ settings: initial }: { settings: SteeringSettings }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const messages = useProblemMessages();
  const [settings, setSettings] = useState(initial);
  const [saved, setSaved] = useState(false);
  const form = useForm<Record<string, string>>(toFormValues(settings.thresholds));
  const defaults = toFormValues(settings.defaults);
  const groups = Object.entries(settings.thresholds) as Array<[string, Record<string, number>]>;
  const labels: Record<string, string> = {};
  for (const [group, fields] of groups)
    for (const key of Object.keys(fields))
      labels[`${group}.${key}`] = t(
        `steering.thresholds.fields.${key}` as 'steering.thresholds.fields.minActiveMembers',
      );
  const onSubmit = form.handleSubmit(
    async (v) => {
      setSaved(false);
      const next = await steeringApi.saveThresholds(api, fromFormValues(v, settings.thresholds));
      setSettings(next);
      form.setValues(toFormValues(next.thresholds));
      setSaved(true);
    },
    {
      validate: (v) => {
        const body = fromFormValues(v, settings.thresholds);
        const checked = checkWith(SteeringThresholdsSchema, body, t);
        const fields = { ...checked.fields };
        for (const [group, values] of Object.entries(body) as Array<[string, Record<string, number>]>)
          for (const [key, value] of Object.entries(values))
            if (Number.isNaN(value) && v[`${group}.${key}`]?.trim())
              fields[`${group}.${key}`] = t('steering.form.numberInvalid');
        return { ...checked, fields };
      },
      problems: { messages },
    },
  );
  return (
    <form className="ws-form ws-thresholds-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      {saved && (
        <Alert type="ok" live>
          {t('steering.thresholds.saved')}
        </Alert>
      )}
      <p className="utrecht-paragraph">
        {settings.updatedAt
          ? t('steering.thresholds.updatedAt', { date: formatDateTime(settings.updatedAt, i18n.language) })
          : t('steering.thresholds.defaultsApply')}
      </p>
      {groups.map(([group, fields]) => (
        <fieldset key={group} className="utrecht-form-fieldset ws-field ws-instrument-group">
          <legend className="utrecht-form-fieldset__legend">
            {t(`steering.thresholds.groups.${group}` as 'steering.thresholds.groups.capacity')}
          </legend>
          {Object.keys(fields).map((key) => {
            const name = `${group}.${key}`;
            return (
              <TextField
                key={name}
                name={name}
                label={labels[name] ?? name}
                value={form.values[name] ?? ''}
                error={form.errors.fields[name]}
                onValue={(value) => form.setValues((previous) => ({ ...previous, [name]: value }))}
                inputMode="decimal"
                className="ws-number"
                description={t(
                  SHARE_FIELDS.has(name) ? 'steering.thresholds.defaultPercent' : 'steering.thresholds.default',
                  {
                    value: defaults[name],
                  },
                )}
              />
            );
          })}
        </fieldset>
      ))}
      <div className="utrecht-button-group ws-button-row">
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('steering.thresholds.submit')}
        </Button>
        <Button variant="secondary" onClick={() => form.setValues(defaults)}>
          {t('steering.thresholds.fillDefaults')}
        </Button>
      </div>
    </form>
  );
}

/** The rule's table: which layer each combination of community capacity and public risk gets. */
function MatrixTable({ settings }: { settings: SteeringSettings }) {
  const { t } = useTranslation();
  return (
    <section className="ws-section" aria-labelledby="steering-matrix-title">
      <h2 className="utrecht-heading-2" id="steering-matrix-title">
        {t('steering.thresholds.matrixTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('steering.thresholds.matrixIntro')}</p>
      <div className="ws-table-scroll" role="region" aria-labelledby="steering-matrix-title" tabIndex={0}>
        <table className="utrecht-table ws-steering-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('steering.thresholds.capacityByRisk')}
              </th>
              {taskRisks.map((risk) => (
                <th key={risk} scope="col" className="utrecht-table__header-cell">
                  {riskText(t, risk)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {settings.matrix.map((row, index) => (
              <tr key={index} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {capacityText(t, CAPACITY_ROWS[index] ?? 'absent')}
                </th>
                {row.map((layer, column) => (
                  <td key={column} className="utrecht-table__cell">
                    {steeringLayers.includes(layer) ? layerText(t, layer) : layer}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
