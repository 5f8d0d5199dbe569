import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GrantClawbackSchema, GrantPaymentSchema, GrantReportSchema } from '../../../../contracts/steering.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { problemErrors, validateWith, type FormErrors } from '../../../ui/form-errors.ts';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { useLoad } from '../../areas/use-load.ts';
import { Disclosure } from '../../initiatives/disclosure.tsx';
import { steeringApi, type Grant } from '../steering.api.ts';
import { calendarDate, euroInput, money, parseEuros, todayInAmsterdam } from '../steering-format.ts';
import { grantStateText } from '../steering-texts.ts';
import { CheckboxField } from '../ui/checkbox-field.tsx';
import { ConfirmStep } from '../ui/confirm-step.tsx';
import { SectionState } from '../ui/load-state.tsx';
import { useProblemMessages } from '../ui/problem-messages.ts';
import { TextAreaField } from '../ui/text-area-field.tsx';
import { useApi } from '../../../app/api-context.ts';
import { steeringAnchors } from '../steering.paths.ts';

/** A grant followed through: payments, the report on how the money was used, and a clawback when needed. */
export function GrantSection({ grantId, canManage }: { grantId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const loaded = useLoad(() => steeringApi.grant(api, grantId), grantId);
  const [grant, setGrant] = useState<Grant | null>(null);
  const shown = grant ?? loaded.data;
  const locale = i18n.language;
  return (
    <section className="ws-section" aria-labelledby="steering-grant-title" id={steeringAnchors.grant}>
      <h2 className="utrecht-heading-2" id="steering-grant-title">
        {t('steering.grant.title')}
      </h2>
      <SectionState loading={loaded.loading && !shown} error={loaded.error} />
      {shown && (
        <>
          <dl className="utrecht-data-list ws-data-list" data-testid="grant">
            <Fact label={t('steering.grant.state')} value={grantStateText(t, shown.state)} />
            <Fact
              label={t('steering.grant.recipient')}
              value={
                [shown.recipient.initiative?.name, shown.recipient.organisation?.name].filter(Boolean).join(', ') ||
                t('steering.grant.noRecipient')
              }
            />
            <Fact label={t('steering.grant.purpose')} value={shown.purpose} />
            <Fact label={t('steering.grant.amount')} value={money(shown.amountCents, locale)} />
            <Fact label={t('steering.grant.paid')} value={money(shown.paidCents, locale)} />
            <Fact
              label={t('steering.grant.reportDue')}
              value={`${calendarDate(shown.reportDueDate, locale)}${shown.reportOverdue ? ` (${t('steering.grant.overdue')})` : ''}`}
            />
            {shown.report && (
              <Fact
                label={t('steering.grant.report')}
                value={t('steering.grant.reportText', {
                  date: calendarDate(shown.report.receivedOn, locale),
                  used: shown.report.usedAsAgreed
                    ? t('steering.grant.usedAsAgreed')
                    : t('steering.grant.notUsedAsAgreed'),
                  note: shown.report.note,
                })}
              />
            )}
            {shown.clawback && (
              <Fact
                label={t('steering.grant.clawback')}
                value={t('steering.grant.clawbackText', {
                  amount: money(shown.clawback.amountCents, locale),
                  ground: t(`steering.grant.grounds.${shown.clawback.ground}`),
                  reason: shown.clawback.reason,
                })}
              />
            )}
          </dl>
          {shown.payments.length > 0 && (
            <>
              <h3 className="utrecht-heading-3">{t('steering.grant.payments')}</h3>
              <ul className="utrecht-unordered-list">
                {shown.payments.map((payment) => (
                  <li key={payment.id} className="utrecht-unordered-list__item">
                    {calendarDate(payment.paidOn, locale)}: {money(payment.amountCents, locale)}
                    {payment.note ? ` (${payment.note})` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          {canManage && shown.state !== 'clawed_back' && (
            <div className="ws-steering-officer">
              <Disclosure label={t('steering.grant.payTitle')}>
                <PaymentForm grant={shown} onDone={setGrant} />
              </Disclosure>
              {!shown.report && (
                <Disclosure label={t('steering.grant.reportTitle')}>
                  <ReportForm grant={shown} onDone={setGrant} />
                </Disclosure>
              )}
              {shown.paidCents > 0 && (
                <Disclosure label={t('steering.grant.clawbackTitle')}>
                  <ClawbackForm grant={shown} onDone={setGrant} />
                </Disclosure>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value">{value}</dd>
    </div>
  );
}

const amountError = (errors: FormErrors, name: string, text: string, message: string): FormErrors =>
  text.trim() && parseEuros(text) === null ? { ...errors, fields: { ...errors.fields, [name]: message } } : errors;

function PaymentForm({ grant, onDone }: { grant: Grant; onDone: (grant: Grant) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const messages = useProblemMessages();
  const [done, setDone] = useState(false);
  const rest = Math.max(0, grant.amountCents - grant.paidCents);
  const form = useForm({ 'pay-amount': rest ? euroInput(rest) : '', 'pay-paidOn': todayInAmsterdam(), 'pay-note': '' });
  const labels = {
    'pay-amount': t('steering.grant.payAmount'),
    'pay-paidOn': t('steering.grant.paidOn'),
    'pay-note': t('steering.grant.payNote'),
  };
  const rename = { amountCents: 'pay-amount', paidOn: 'pay-paidOn', note: 'pay-note' };
  const body = (v: typeof form.values) => ({
    amountCents: parseEuros(v['pay-amount']) ?? Number.NaN,
    paidOn: v['pay-paidOn'],
    ...(v['pay-note'].trim() ? { note: v['pay-note'] } : {}),
  });
  const onSubmit = form.handleSubmit(
    async (v) => {
      const paid = await steeringApi.pay(api, grant.id, body(v));
      onDone(paid);
      const left = Math.max(0, paid.amountCents - paid.paidCents);
      form.setValues({ 'pay-amount': left ? euroInput(left) : '', 'pay-paidOn': todayInAmsterdam(), 'pay-note': '' });
      setDone(true);
    },
    {
      validate: (v) =>
        amountError(
          validateWith(GrantPaymentSchema, body(v), t, rename),
          'pay-amount',
          v['pay-amount'],
          t('steering.form.amountInvalid'),
        ),
      problems: { rename, messages },
    },
  );
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      {done && (
        <Alert type="ok" live>
          {t('steering.grant.paidDone')}
        </Alert>
      )}
      <TextField {...form.field('pay-amount')} label={labels['pay-amount']} inputMode="decimal" />
      <TextField {...form.field('pay-paidOn')} type="date" label={labels['pay-paidOn']} />
      <TextField {...form.field('pay-note')} label={labels['pay-note']} optional />
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('steering.grant.paySubmit')}
      </Button>
    </form>
  );
}

function ReportForm({ grant, onDone }: { grant: Grant; onDone: (grant: Grant) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const messages = useProblemMessages();
  const form = useForm({ 'report-receivedOn': todayInAmsterdam(), 'report-usedAsAgreed': 'true', 'report-note': '' });
  const labels = {
    'report-receivedOn': t('steering.grant.receivedOn'),
    'report-usedAsAgreed': t('steering.grant.usedAsAgreedField'),
    'report-note': t('steering.grant.reportNote'),
  };
  const rename = { receivedOn: 'report-receivedOn', usedAsAgreed: 'report-usedAsAgreed', note: 'report-note' };
  const body = (v: typeof form.values) => ({
    receivedOn: v['report-receivedOn'],
    usedAsAgreed: v['report-usedAsAgreed'] === 'true',
    note: v['report-note'],
  });
  const onSubmit = form.handleSubmit(async (v) => onDone(await steeringApi.report(api, grant.id, body(v))), {
    validate: (v) => validateWith(GrantReportSchema, body(v), t, rename),
    problems: { rename, messages },
  });
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextField {...form.field('report-receivedOn')} type="date" label={labels['report-receivedOn']} />
      <CheckboxField
        name="report-usedAsAgreed"
        label={labels['report-usedAsAgreed']}
        checked={form.values['report-usedAsAgreed'] === 'true'}
        onChecked={(checked) => form.setValues((v) => ({ ...v, 'report-usedAsAgreed': checked ? 'true' : '' }))}
      />
      <TextAreaField {...form.field('report-note')} label={labels['report-note']} rows={3} />
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('steering.grant.reportSubmit')}
      </Button>
    </form>
  );
}

/** A clawback cannot be undone: the form asks first, and says how much and from whom. */
function ClawbackForm({ grant, onDone }: { grant: Grant; onDone: (grant: Grant) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const messages = useProblemMessages();
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const form = useForm({
    'clawback-amount': euroInput(grant.paidCents),
    'clawback-ground': grant.reportOverdue && !grant.report ? 'no_report' : 'not_used_as_agreed',
    'clawback-reason': '',
  });
  const labels = {
    'clawback-amount': t('steering.grant.clawbackAmount'),
    'clawback-ground': t('steering.grant.clawbackGround'),
    'clawback-reason': t('steering.grant.clawbackReason'),
  };
  const rename = { amountCents: 'clawback-amount', ground: 'clawback-ground', reason: 'clawback-reason' };
  const body = (v: typeof form.values) => ({
    amountCents: parseEuros(v['clawback-amount']) ?? Number.NaN,
    ground: v['clawback-ground'] as 'no_report' | 'not_used_as_agreed',
    reason: v['clawback-reason'],
  });
  const onSubmit = form.handleSubmit(async () => setConfirming(true), {
    validate: (v) =>
      amountError(
        validateWith(GrantClawbackSchema, body(v), t, rename),
        'clawback-amount',
        v['clawback-amount'],
        t('steering.form.amountInvalid'),
      ),
  });
  async function confirm() {
    setSending(true);
    try {
      onDone(await steeringApi.clawBack(api, grant.id, body(form.values)));
      setConfirming(false);
    } catch (error) {
      setConfirming(false);
      form.setErrors(problemErrors(error, t, i18n, { fields: Object.keys(labels), rename, messages }));
    } finally {
      setSending(false);
    }
  }
  const recipient =
    [grant.recipient.initiative?.name, grant.recipient.organisation?.name].filter(Boolean).join(', ') ||
    t('steering.grant.noRecipient');
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextField {...form.field('clawback-amount')} label={labels['clawback-amount']} inputMode="decimal" />
      <SelectField
        {...form.field('clawback-ground')}
        label={labels['clawback-ground']}
        options={[
          { value: 'no_report', label: t('steering.grant.grounds.no_report') },
          { value: 'not_used_as_agreed', label: t('steering.grant.grounds.not_used_as_agreed') },
        ]}
      />
      <TextAreaField {...form.field('clawback-reason')} label={labels['clawback-reason']} rows={3} />
      {confirming ? (
        <ConfirmStep
          title={t('steering.grant.confirmTitle')}
          confirmLabel={t('steering.grant.confirmYes')}
          busy={sending}
          danger
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        >
          <p className="utrecht-paragraph">
            {t('steering.grant.confirmText', {
              amount: money(parseEuros(form.values['clawback-amount']) ?? 0, i18n.language),
              recipient,
            })}
          </p>
        </ConfirmStep>
      ) : (
        <Button type="submit" variant="danger" busy={form.busy}>
          {t('steering.grant.clawbackSubmit')}
        </Button>
      )}
    </form>
  );
}
