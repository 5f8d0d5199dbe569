import type { ReactNode } from 'react';
import { FieldShell } from './text-field.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField({
  name,
  label,
  value,
  onValue,
  options,
  description,
  error,
}: {
  name: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  options: SelectOption[];
  description?: ReactNode;
  error?: string | undefined;
}) {
  return (
    <FieldShell id={name} label={label} description={description} error={error}>
      {(describedBy) => (
        <select
          id={name}
          name={name}
          value={value}
          onChange={(event) => onValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
