import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateInitiativeSchema, domains, type Domain } from '../../../contracts/initiatives.ts';
import { AreaChecklist } from '../../ui/area-checklist.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { validateWith } from '../../ui/form-errors.ts';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { domainText } from './initiatives-texts.ts';
import { TextAreaField } from './text-area-field.tsx';

export interface InitiativeFormValues {
  title: string;
  summary: string;
  description: string;
  domain: Domain;
  areaIds: string[];
  onBehalfOf?: { name: string };
}

/** Title, summary, description, theme and neighbourhoods; professionals can also name the resident it is for. */
export function InitiativeForm({
  initial,
  onBehalfAllowed,
  submitLabel,
  onSave,
}: {
  initial?: InitiativeFormValues | undefined;
  onBehalfAllowed: boolean;
  submitLabel: string;
  onSave: (values: InitiativeFormValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [areaIds, setAreaIds] = useState<string[]>(initial?.areaIds ?? []);
  const form = useForm({
    title: initial?.title ?? '',
    summary: initial?.summary ?? '',
    description: initial?.description ?? '',
    domain: initial?.domain ?? 'green_and_public_space',
    onBehalfName: '',
  });
  const labels = {
    title: t('initiatives.form.title'),
    summary: t('initiatives.form.summary'),
    description: t('initiatives.form.description'),
    domain: t('initiatives.form.domain'),
    areaIds: t('initiatives.form.areas'),
    onBehalfName: t('initiatives.form.onBehalfName'),
  };

  const onSubmit = form.handleSubmit(
    async (v) => {
      await onSave({
        title: v.title,
        summary: v.summary,
        description: v.description,
        domain: v.domain as Domain,
        areaIds,
        ...(v.onBehalfName.trim() ? { onBehalfOf: { name: v.onBehalfName } } : {}),
      });
    },
    {
      // Every missing or wrong field at once, checked by the schema the server uses.
      validate: (v) => {
        const checked = validateWith(
          CreateInitiativeSchema,
          {
            title: v.title,
            summary: v.summary,
            description: v.description,
            domain: v.domain,
            areaIds,
            ...(v.onBehalfName.trim() ? { onBehalfOf: { name: v.onBehalfName } } : {}),
          },
          t,
          { onBehalfOf: 'onBehalfName' },
        );
        return areaIds.length === 0
          ? { ...checked, fields: { ...checked.fields, areaIds: t('initiatives.form.areasRequired') } }
          : checked;
      },
    },
  );

  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextField {...form.field('title')} label={labels.title} description={t('initiatives.form.titleHint')} />
      <TextField {...form.field('summary')} label={labels.summary} description={t('initiatives.form.summaryHint')} />
      <TextAreaField {...form.field('description')} label={labels.description} optional />
      <SelectField
        {...form.field('domain')}
        label={labels.domain}
        options={domains.map((d) => ({ value: d, label: domainText(t, d) }))}
      />
      <AreaChecklist
        id="areaIds"
        legend={labels.areaIds}
        hint={t('initiatives.form.areasHint')}
        error={form.errors.fields.areaIds}
        selected={areaIds}
        onChange={setAreaIds}
      />
      {onBehalfAllowed && (
        <TextField
          {...form.field('onBehalfName')}
          label={labels.onBehalfName}
          description={t('initiatives.form.onBehalfHint')}
          optional
        />
      )}
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {submitLabel}
      </Button>
    </form>
  );
}
