import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { PersonPicker } from '../../ui/person-picker.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { helpApi, type Recipient } from './help.api.ts';

/** The team records a helper's certificate of conduct (VOG); every change is audit-logged. */
export function VogForm() {
  const { t } = useTranslation();
  const api = useApi();
  const [saved, setSaved] = useState(false);
  const form = useForm({ accountId: '', status: 'valid', issuedOn: '', expiresOn: '' });
  const labels = {
    accountId: t('help.vog.accountId'),
    status: t('help.vog.status'),
    issuedOn: t('help.vog.issuedOn'),
    expiresOn: t('help.vog.expiresOn'),
  };
  const onSubmit = form.handleSubmit(async (v) => {
    setSaved(false);
    await helpApi.recordVog(api, v.accountId.trim(), {
      status: v.status as 'valid' | 'revoked',
      issuedOn: v.issuedOn,
      expiresOn: v.expiresOn,
    });
    setSaved(true);
  });
  return (
    <section className="ws-section" aria-labelledby="team-vog">
      <h2 className="utrecht-heading-2" id="team-vog">
        {t('help.vog.title')}
      </h2>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <PersonPicker {...form.field('accountId')} label={labels.accountId} />
        <SelectField
          {...form.field('status')}
          label={labels.status}
          options={[
            { value: 'valid', label: t('help.vog.valid') },
            { value: 'revoked', label: t('help.vog.revoked') },
          ]}
        />
        <TextField {...form.field('issuedOn')} type="date" label={labels.issuedOn} />
        <TextField {...form.field('expiresOn')} type="date" label={labels.expiresOn} />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
        {saved && (
          <Alert type="ok" live>
            {t('help.vog.saved')}
          </Alert>
        )}
      </form>
    </section>
  );
}

/** A family member or professional who hears when someone will contact a resident who is not online. */
export function GuardianForm({ recipients }: { recipients: Recipient[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const [saved, setSaved] = useState(false);
  const form = useForm({ guardianId: '', wardRecipientId: '', relation: '' });
  const labels = {
    guardianId: t('help.guardian.guardianId'),
    wardRecipientId: t('help.guardian.ward'),
    relation: t('help.guardian.relation'),
  };
  const onSubmit = form.handleSubmit(async (v) => {
    setSaved(false);
    await helpApi.linkGuardian(api, {
      guardianId: v.guardianId.trim(),
      wardRecipientId: v.wardRecipientId || (recipients[0]?.id ?? ''),
      relation: v.relation,
    });
    setSaved(true);
  });
  if (recipients.length === 0) return null;
  return (
    <section className="ws-section" aria-labelledby="team-guardian">
      <h2 className="utrecht-heading-2" id="team-guardian">
        {t('help.guardian.title')}
      </h2>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <SelectField
          {...form.field('wardRecipientId')}
          label={labels.wardRecipientId}
          options={recipients.map((r) => ({ value: r.id, label: r.name }))}
        />
        <PersonPicker {...form.field('guardianId')} label={labels.guardianId} />
        <TextField {...form.field('relation')} label={labels.relation} description={t('help.guardian.relationHint')} />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('help.guardian.link')}
        </Button>
        {saved && (
          <Alert type="ok" live>
            {t('help.guardian.saved')}
          </Alert>
        )}
      </form>
    </section>
  );
}
