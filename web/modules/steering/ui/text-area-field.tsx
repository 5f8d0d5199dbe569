import type { ReactNode } from 'react';
import { FieldShell } from '../../../ui/text-field.tsx';

/**
 * A multi-line text field with the same label, hint and error wiring as TextField. Required is
 * said with aria-required, not `required`: the browser would mark an empty field invalid (red)
 * before anyone typed; the form's own check names what is missing.
 */
export function TextAreaField({
  name,
  label,
  value,
  onValue,
  description,
  error,
  optional = false,
  rows = 5,
}: {
  name: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  description?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  rows?: number;
}) {
  return (
    <FieldShell id={name} label={label} description={description} error={error} optional={optional}>
      {(describedBy) => (
        <textarea
          id={name}
          name={name}
          rows={rows}
          value={value}
          onChange={(event) => onValue(event.target.value)}
          aria-required={!optional || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`utrecht-textarea utrecht-textarea--html-textarea ws-steering-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        />
      )}
    </FieldShell>
  );
}
