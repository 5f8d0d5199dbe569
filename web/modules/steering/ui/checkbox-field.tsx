import type { ReactNode } from 'react';

/** One checkbox with its label and an optional hint and error, tied to it by id. */
export function CheckboxField({
  name,
  label,
  checked,
  onChecked,
  description,
  error,
}: {
  name: string;
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  description?: ReactNode;
  error?: string | undefined;
}) {
  const describedBy = [error ? `${name}-error` : '', description ? `${name}-description` : ''].filter(Boolean);
  return (
    <div className={`utrecht-form-field ws-field ws-steering-check${error ? ' utrecht-form-field--invalid' : ''}`}>
      {error && (
        <p className="utrecht-form-field-error-message" id={`${name}-error`}>
          {error}
        </p>
      )}
      <label className="utrecht-form-label ws-check" htmlFor={name}>
        <input
          type="checkbox"
          id={name}
          name={name}
          className="utrecht-checkbox"
          checked={checked}
          onChange={(event) => onChecked(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        />{' '}
        {label}
      </label>
      {description && (
        <p className="utrecht-form-field-description" id={`${name}-description`}>
          {description}
        </p>
      )}
    </div>
  );
}
