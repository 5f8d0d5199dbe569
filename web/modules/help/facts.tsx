import type { ReactNode } from 'react';

/** Label–value pairs in the design system's data list. */
export function Facts({ rows }: { rows: Array<[string, ReactNode, string?]> }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows ws-data-list">
      {rows.map(([label, value, testId]) => (
        <div key={label} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid={testId}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
