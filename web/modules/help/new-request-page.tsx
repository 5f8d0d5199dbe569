import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { dayParts, helpKinds, weekdays, type DayPart, type HelpKind, type Weekday } from '../../../contracts/help.ts';
import { useApi } from '../../app/api-context.ts';
import { hasRole, useSession } from '../../app/session-context.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { helpApi, type Recipient } from './help.api.ts';
import { helpPaths } from './help.paths.ts';
import { kindText } from './help-texts.ts';
import { useNeighbourhoods } from './use-neighbourhoods.ts';

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Ask for help, for yourself or (as a professional) for a resident who is not online. */
export function NewRequestPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { me } = useSession();
  const [params] = useSearchParams();
  const areas = useNeighbourhoods();
  const [recipients, setRecipients] = useState<Recipient[]>([]);
  const [vulnerable, setVulnerable] = useState(false);
  const [parts, setParts] = useState<DayPart[]>([]);
  const [days, setDays] = useState<Weekday[]>([]);
  const form = useForm({
    kind: 'company',
    title: '',
    description: '',
    areaId: me?.homeAreaId ?? '',
    schedule: 'once',
    date: tomorrow(),
    frequency: 'weekly',
    urgency: 'normal',
    estimatedHours: '1',
    recipientId: params.get('recipientId') ?? '',
    address: '',
    phone: '',
  });
  const professional = hasRole(me, 'professional');
  const { setValues } = form;

  useEffect(() => {
    if (professional)
      helpApi.recipients(api).then(
        (page) => setRecipients(page.items),
        () => undefined,
      );
  }, [api, professional]);
  useEffect(() => {
    if (!form.values.areaId && areas[0]) setValues((v) => ({ ...v, areaId: areas[0]?.id ?? '' }));
  }, [areas, form.values.areaId, setValues]);

  const labels = {
    kind: t('help.form.kind'),
    title: t('help.form.title'),
    description: t('help.form.description'),
    areaId: t('help.form.area'),
    schedule: t('help.form.schedule'),
    date: t('help.form.date'),
    frequency: t('help.form.frequency'),
    days: t('help.form.days'),
    urgency: t('help.form.urgency'),
    estimatedHours: t('help.form.hours'),
    recipientId: t('help.form.recipient'),
    address: t('help.form.address'),
    phone: t('help.form.phone'),
  };

  const onSubmit = form.handleSubmit(async (v) => {
    const recipient = recipients.find((r) => r.id === v.recipientId);
    const created = await helpApi.post(api, {
      kind: v.kind as HelpKind,
      title: v.title,
      description: v.description,
      areaId: recipient?.areaId ?? v.areaId,
      when:
        v.schedule === 'once'
          ? { schedule: 'once', date: v.date, dayParts: parts }
          : {
              schedule: 'recurring',
              days,
              dayParts: parts,
              frequency: v.frequency as 'weekly' | 'fortnightly' | 'monthly',
            },
      urgency: v.urgency as 'low' | 'normal' | 'high',
      vulnerable,
      estimatedHours: Number(v.estimatedHours),
      ...(recipient ? { recipientId: recipient.id } : {}),
      ...(v.address ? { address: v.address } : {}),
      ...(v.phone ? { phone: v.phone } : {}),
    });
    await navigate(helpPaths.request(created.id));
  });

  return (
    <Page title={t('help.newTitle')} lead={t('help.newLead')} crumbs={[{ to: helpPaths.home, label: t('help.title') }]}>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        {professional && recipients.length > 0 && (
          <SelectField
            {...form.field('recipientId')}
            label={labels.recipientId}
            description={t('help.form.recipientHint')}
            options={[
              { value: '', label: t('help.form.forMyself') },
              ...recipients.map((r) => ({ value: r.id, label: r.name })),
            ]}
          />
        )}
        <SelectField
          {...form.field('kind')}
          label={labels.kind}
          options={helpKinds.map((k) => ({ value: k, label: kindText(t, k) }))}
        />
        <TextField {...form.field('title')} label={labels.title} description={t('help.form.titleHint')} />
        <TextField {...form.field('description')} label={labels.description} optional />
        {!form.values.recipientId && (
          <SelectField
            {...form.field('areaId')}
            label={labels.areaId}
            description={t('help.form.areaHint')}
            options={areas.map((a) => ({ value: a.id, label: a.name }))}
          />
        )}
        <SelectField
          {...form.field('schedule')}
          label={labels.schedule}
          options={[
            { value: 'once', label: t('help.form.once') },
            { value: 'recurring', label: t('help.form.recurring') },
          ]}
        />
        {form.values.schedule === 'once' ? (
          <TextField {...form.field('date')} type="date" label={labels.date} />
        ) : (
          <>
            <fieldset className="utrecht-form-fieldset ws-field" id="when.days">
              <legend className="utrecht-form-fieldset__legend">{labels.days}</legend>
              {weekdays.map((d) => (
                <label key={d} className="utrecht-form-label ws-check">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox"
                    checked={days.includes(d)}
                    onChange={(e) => setDays((all) => (e.target.checked ? [...all, d] : all.filter((x) => x !== d)))}
                  />{' '}
                  {t(`help.days.${d}` as 'help.days.mon')}
                </label>
              ))}
            </fieldset>
            <SelectField
              {...form.field('frequency')}
              label={labels.frequency}
              options={(['weekly', 'fortnightly', 'monthly'] as const).map((f) => ({
                value: f,
                label: t(`help.frequency.${f}` as 'help.frequency.weekly'),
              }))}
            />
          </>
        )}
        <fieldset className="utrecht-form-fieldset ws-field">
          <legend className="utrecht-form-fieldset__legend">{t('help.form.dayParts')}</legend>
          {dayParts.map((p) => (
            <label key={p} className="utrecht-form-label ws-check">
              <input
                type="checkbox"
                className="utrecht-checkbox"
                checked={parts.includes(p)}
                onChange={(e) => setParts((all) => (e.target.checked ? [...all, p] : all.filter((x) => x !== p)))}
              />{' '}
              {t(`help.dayParts.${p}` as 'help.dayParts.morning')}
            </label>
          ))}
        </fieldset>
        <SelectField
          {...form.field('urgency')}
          label={labels.urgency}
          options={(['low', 'normal', 'high'] as const).map((u) => ({
            value: u,
            label: t(`help.urgency.${u}` as 'help.urgency.normal'),
          }))}
        />
        <TextField
          {...form.field('estimatedHours')}
          type="number"
          step="0.25"
          min="0.25"
          max="8"
          label={labels.estimatedHours}
        />
        <label className="utrecht-form-label ws-check">
          <input
            type="checkbox"
            className="utrecht-checkbox"
            checked={vulnerable}
            onChange={(e) => setVulnerable(e.target.checked)}
          />{' '}
          {t('help.form.vulnerable')}
        </label>
        <h2 className="utrecht-heading-2">{t('help.form.privateTitle')}</h2>
        <p className="utrecht-paragraph">{t('help.form.privateHint')}</p>
        <TextField {...form.field('address')} label={labels.address} optional autoComplete="street-address" />
        <TextField {...form.field('phone')} label={labels.phone} optional type="tel" autoComplete="tel" />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('help.form.submit')}
        </Button>
      </form>
    </Page>
  );
}
