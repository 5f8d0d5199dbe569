import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldShellProps {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, hint and error message tied to the control by id (WCAG 1.3.1, 3.3.1, 3.3.2). */
export function FieldShell({ id, label, description, error, optional, children }: FieldShellProps) {
  const { t } = useTranslation();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text ws-field${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {optional && <span className="ws-optional"> {t('common.optional')}</span>}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">{children(describedBy)}</div>
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'value' | 'onChange'> & {
  name: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  description?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
};

/** A text input whose id is its name, so error summaries can link to `#name`. */
export function TextField({
  name,
  label,
  value,
  onValue,
  description,
  error,
  optional,
  type = 'text',
  className,
  ...input
}: TextFieldProps) {
  return (
    <FieldShell id={name} label={label} description={description} error={error} optional={optional ?? false}>
      {(describedBy) => (
        <input
          {...input}
          id={name}
          name={name}
          type={type}
          value={value}
          onChange={(event) => onValue(event.target.value)}
          required={!optional}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={[
            'utrecht-textbox utrecht-textbox--html-input',
            type === 'password' ? 'utrecht-textbox--password' : '',
            error ? 'utrecht-textbox--invalid' : '',
            className ?? '',
          ]
            .filter(Boolean)
            .join(' ')}
        />
      )}
    </FieldShell>
  );
}
