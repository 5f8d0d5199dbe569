import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { noErrors } from '../../ui/form-errors.ts';
import { TextLink } from '../../ui/links.tsx';
import { PersonPicker } from '../../ui/person-picker.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { adminPaths } from './admin.paths.ts';
import { datesInOrder, filtersToParams, type AuditFilters } from './audit-query.ts';
import { actionText, auditActions } from './audit-words.ts';

/** A filter that came with a link (a person or a subject), shown by name with a way to drop it. */
function ChosenFilter({ label, name, onClear }: { label: string; name: string; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="utrecht-form-field ws-field">
      <p className="utrecht-paragraph">
        <strong>{label}:</strong> <span>{name}</span>
      </p>
      <Button variant="subtle" onClick={onClear}>
        {t('audit.dropFilter', { label: label.toLowerCase() })}
      </Button>
    </div>
  );
}

/**
 * `names` are the actor and subject of the filter as the loaded entries name them, so a filter
 * that came with a link reads as a name, not an id.
 */
export function AuditFiltersForm({
  initial,
  names,
}: {
  initial: AuditFilters;
  names: { actor: string | null; subject: string | null };
}) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const known: readonly string[] = auditActions;
  const actionOptions = [
    { value: '', label: t('audit.anyAction') },
    ...auditActions
      .map((action) => ({ value: action, label: actionText(t, exists, action) }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    // An action from a link or an older bookmark stays chosen even when it is not in the list.
    ...(initial.action && !known.includes(initial.action)
      ? [{ value: initial.action, label: actionText(t, exists, initial.action) }]
      : []),
  ];
  const [, setParams] = useSearchParams();
  const form = useForm({ ...initial });
  const labels = {
    action: t('audit.action'),
    actorId: t('audit.actorId'),
    subjectId: t('audit.subject'),
    from: t('audit.from'),
    to: t('audit.to'),
  };

  const onSubmit = form.handleSubmit(async (values) => setParams(filtersToParams(values)), {
    validate: (values) =>
      datesInOrder(values) ? noErrors : { fields: { to: t('validation.dateOrder') }, general: null },
  });

  return (
    <section className="ws-section" aria-labelledby="audit-filters">
      <h2 className="utrecht-heading-2" id="audit-filters">
        {t('audit.filtersTitle')}
      </h2>
      <form className="ws-form ws-form--grid" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <SelectField {...form.field('action')} label={labels.action} options={actionOptions} />
        {initial.actorId && form.values.actorId === initial.actorId ? (
          <ChosenFilter
            label={labels.actorId}
            name={names.actor ?? t('audit.unnamed')}
            onClear={() => form.setValues((values) => ({ ...values, actorId: '' }))}
          />
        ) : (
          <PersonPicker {...form.field('actorId')} label={labels.actorId} optional />
        )}
        {form.values.subjectId && (
          <ChosenFilter
            label={labels.subjectId}
            name={names.subject ?? t('audit.unnamed')}
            onClear={() => form.setValues((values) => ({ ...values, subjectId: '' }))}
          />
        )}
        <TextField {...form.field('from')} label={labels.from} type="date" optional />
        <TextField {...form.field('to')} label={labels.to} type="date" optional />
        <div className="ws-form__actions">
          <Button type="submit">{t('audit.apply')}</Button>
          <TextLink to={adminPaths.auditLog}>{t('audit.clear')}</TextLink>
        </div>
      </form>
    </section>
  );
}
