import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrors, type FormErrors } from './form-errors.ts';

/**
 * The list of what went wrong, above the form. It takes focus when it appears so keyboard and
 * screen-reader users land on it; each item links to its field (WCAG 3.3.1, 3.3.3).
 */
export function ErrorSummary({ errors, labels }: { errors: FormErrors; labels: Record<string, string> }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const show = hasErrors(errors);

  useEffect(() => {
    if (show) ref.current?.focus();
  }, [errors, show]);

  if (!show) return null;
  const fieldErrors = Object.keys(labels).filter((name) => errors.fields[name]);
  // Errors about values the reader cannot edit here (say, a token from a link) get no link.
  const otherErrors = Object.entries(errors.fields).filter(([name, message]) => message && !(name in labels));
  return (
    <div
      ref={ref}
      className="utrecht-alert utrecht-alert--error ws-alert ws-error-summary"
      tabIndex={-1}
      aria-labelledby={titleId}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 className="utrecht-heading-2 ws-error-summary__title" id={titleId}>
            {t('problem.summaryTitle')}
          </h2>
          {errors.general && <p className="utrecht-paragraph">{errors.general}</p>}
          {otherErrors.map(([name, message]) => (
            <p key={name} className="utrecht-paragraph">
              {message}
            </p>
          ))}
          {fieldErrors.length > 0 && (
            <ul className="utrecht-unordered-list ws-error-summary__list">
              {fieldErrors.map((name) => (
                <li key={name} className="utrecht-unordered-list__item">
                  <a
                    className="utrecht-link"
                    href={`#${name}`}
                    onClick={(event) => {
                      // Not a hash navigation: some pages keep a token in the URL fragment.
                      event.preventDefault();
                      const field = document.getElementById(name);
                      field?.focus();
                      field?.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {labels[name]}: {errors.fields[name]}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
