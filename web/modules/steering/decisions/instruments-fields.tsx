import { useTranslation } from 'react-i18next';
import type { SteeringLayer } from '../../../../contracts/steering.ts';
import { Button } from '../../../ui/button.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { CheckboxField } from '../ui/checkbox-field.tsx';
import { TextAreaField } from '../ui/text-area-field.tsx';
import {
  AGREEMENT_CONDITION,
  ENFORCEMENT,
  FACILITATE_INSTRUMENTS,
  MILESTONE_DUE,
  MILESTONE_TITLE,
  type DecisionValues,
  type Rows,
} from './decision-body.ts';

export interface FieldsProps {
  values: DecisionValues;
  errors: Partial<Record<string, string>>;
  labels: Record<string, string>;
  set: (name: string, value: string) => void;
}

export function useFieldProps({ values, errors, labels, set }: FieldsProps) {
  return (name: string) => ({
    name,
    label: labels[name] ?? name,
    value: values[name] ?? '',
    error: errors[name],
    onValue: (value: string) => set(name, value),
  });
}

/** Facilitating instruments: each one ticked reveals its fields. */
export function FacilitateFields({
  required,
  recipients,
  ...props
}: FieldsProps & { required: boolean; recipients: Array<{ value: string; label: string }> }) {
  const { t } = useTranslation();
  const field = useFieldProps(props);
  const uses = (name: string) => props.values[`use.${name}`] === 'true';
  const error = props.errors['instruments.facilitate'];
  return (
    <fieldset
      className={`utrecht-form-fieldset ws-field ws-instrument-group${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id="instruments.facilitate"
      tabIndex={-1}
      aria-describedby={error ? 'instruments.facilitate-error' : undefined}
    >
      <legend className="utrecht-form-fieldset__legend">
        {required ? t('steering.decisionForm.facilitateRequired') : t('steering.decisionForm.facilitateOptional')}
      </legend>
      {error && (
        <p className="utrecht-form-field-error-message" id="instruments.facilitate-error">
          {error}
        </p>
      )}
      {FACILITATE_INSTRUMENTS.map((name) => (
        <div key={name} className="ws-instrument">
          <CheckboxField
            name={`use.${name}`}
            label={t(`steering.instruments.${name}`)}
            checked={uses(name)}
            onChecked={(checked) => props.set(`use.${name}`, checked ? 'true' : '')}
          />
          {uses(name) && name === 'grant' && (
            <div className="ws-instrument__fields">
              <TextField
                {...field('instruments.grant.amountCents')}
                inputMode="decimal"
                description={t('steering.decisionForm.amountHint')}
              />
              <TextAreaField {...field('instruments.grant.purpose')} rows={3} />
              <TextField
                {...field('instruments.grant.reportDueDate')}
                type="date"
                description={t('steering.decisionForm.reportDueHint')}
              />
              <SelectField
                {...field('instruments.grant.recipientInitiativeId')}
                options={[{ value: '', label: t('steering.decisionForm.noRecipient') }, ...recipients]}
              />
            </div>
          )}
          {uses(name) && (name === 'space' || name === 'permit' || name === 'expertise') && (
            <div className="ws-instrument__fields">
              <TextAreaField {...field(`instruments.${name}.description`)} rows={3} />
            </div>
          )}
          {uses(name) && name === 'contactPerson' && (
            <div className="ws-instrument__fields">
              <TextField {...field('instruments.contactPerson.name')} />
              <TextField {...field('instruments.contactPerson.department')} />
            </div>
          )}
        </div>
      ))}
    </fieldset>
  );
}

/** The layer's own instrument: an agreement, enforcement with deadlines, or the take-over plan. */
export function LayerFields({
  layer,
  rows,
  onAddRow,
  onRemoveRow,
  ...props
}: FieldsProps & {
  layer: SteeringLayer;
  rows: Rows;
  onAddRow: (list: keyof Rows) => void;
  onRemoveRow: (list: keyof Rows, index: number) => void;
}) {
  const { t } = useTranslation();
  const field = useFieldProps(props);
  const remove = (list: keyof Rows, index: number, label: string) =>
    rows[list] > 1 && (
      <Button variant="subtle" onClick={() => onRemoveRow(list, index)}>
        {t('steering.decisionForm.removeRow', { label })}
      </Button>
    );
  if (layer === 'frameworks')
    return (
      <fieldset className="utrecht-form-fieldset ws-field ws-instrument-group">
        <legend className="utrecht-form-fieldset__legend">{t('steering.instruments.agreement')}</legend>
        <p className="utrecht-form-field-description">{t('steering.decisionForm.agreementHint')}</p>
        {Array.from({ length: rows.conditions }, (_, i) => (
          <div key={i} className="ws-instrument__row">
            <TextAreaField {...field(AGREEMENT_CONDITION(i))} rows={2} />
            {remove('conditions', i, props.labels[AGREEMENT_CONDITION(i)] ?? '')}
          </div>
        ))}
        <Button variant="secondary" onClick={() => onAddRow('conditions')}>
          {t('steering.decisionForm.addCondition')}
        </Button>
        <TextAreaField {...field('instruments.agreement.reporting')} rows={2} optional />
        {Array.from({ length: rows.milestones }, (_, i) => (
          <div key={i} className="ws-instrument__row">
            <TextField {...field(MILESTONE_TITLE(i))} />
            <TextField {...field(MILESTONE_DUE(i))} type="date" />
            {remove('milestones', i, props.labels[MILESTONE_TITLE(i)] ?? '')}
          </div>
        ))}
        <Button variant="secondary" onClick={() => onAddRow('milestones')}>
          {t('steering.decisionForm.addMilestone')}
        </Button>
      </fieldset>
    );
  if (layer === 'compel')
    return (
      <fieldset className="utrecht-form-fieldset ws-field ws-instrument-group">
        <legend className="utrecht-form-fieldset__legend">{t('steering.instruments.enforcement')}</legend>
        <p className="utrecht-form-field-description">{t('steering.decisionForm.enforcementHint')}</p>
        {Array.from({ length: rows.enforcement }, (_, i) => (
          <div key={i} className="ws-instrument__row">
            <TextAreaField {...field(ENFORCEMENT(i, 'condition'))} rows={2} />
            <TextField {...field(ENFORCEMENT(i, 'deadline'))} type="date" />
            <TextAreaField {...field(ENFORCEMENT(i, 'consequence'))} rows={2} />
            {remove('enforcement', i, props.labels[ENFORCEMENT(i, 'condition')] ?? '')}
          </div>
        ))}
        <Button variant="secondary" onClick={() => onAddRow('enforcement')}>
          {t('steering.decisionForm.addEnforcement')}
        </Button>
      </fieldset>
    );
  if (layer === 'take_over')
    return (
      <fieldset className="utrecht-form-fieldset ws-field ws-instrument-group">
        <legend className="utrecht-form-fieldset__legend">{t('steering.instruments.takeOver')}</legend>
        <TextField {...field('instruments.takeOver.deliveredBy')} />
        <TextAreaField {...field('instruments.takeOver.plan')} description={t('steering.decisionForm.handBackHint')} />
        <TextField {...field('instruments.takeOver.handBackDate')} type="date" />
      </fieldset>
    );
  return null;
}
