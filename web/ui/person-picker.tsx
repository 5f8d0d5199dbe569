import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../contracts/people.ts';
import type { PageOf } from '../lib/use-paged-list.ts';
import { useApi } from '../app/api-context.ts';
import { FieldShell } from './text-field.tsx';

/** Long enough to let someone finish typing a name before asking the server. */
const PAUSE_MS = 300;

/**
 * Choosing a person by name instead of typing an account id (issue 13): type part of a name, then
 * pick one of the people found (a group of radio buttons, so it works by keyboard and screen reader
 * without a custom widget). Who can be found is the server's rule: neighbours of your own
 * neighbourhood, or for staff the people in the areas they work for. `value` is the chosen id.
 */
export function PersonPicker({
  name,
  label,
  value,
  onValue,
  description,
  error,
  optional,
}: {
  name: string;
  label: string;
  value: string;
  onValue: (id: string) => void;
  description?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const resultsId = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Person[]>([]);
  const [chosen, setChosen] = useState<Person | null>(null);
  const [state, setState] = useState<'idle' | 'searching' | 'done' | 'failed'>('idle');

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setFound([]);
      setState('idle');
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setState('searching');
      api.get<PageOf<Person>>('/people', { q, limit: 8 }).then(
        (page) => {
          if (!current) return;
          setFound(page.items);
          setState('done');
        },
        () => current && setState('failed'),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query]);

  // A form reset (value back to empty) forgets the choice too.
  useEffect(() => {
    if (value === '') setChosen(null);
  }, [value]);

  const choose = (person: Person) => {
    setChosen(person);
    onValue(person.id);
  };
  const people = chosen && !found.some((p) => p.id === chosen.id) ? [chosen, ...found] : found;

  return (
    <FieldShell
      id={name}
      label={label}
      description={description ?? t('people.hint')}
      error={error}
      {...(optional ? { optional } : {})}
    >
      {(describedBy) => (
        <div className="ws-person-picker">
          <input
            id={name}
            className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby={[describedBy, resultsId].filter(Boolean).join(' ') || undefined}
            aria-invalid={error ? true : undefined}
            autoComplete="off"
            spellCheck={false}
          />
          <p className="utrecht-paragraph ws-person-picker__status" id={resultsId} role="status">
            {state === 'searching'
              ? t('people.searching')
              : state === 'failed'
                ? t('people.failed')
                : state === 'done' && found.length === 0
                  ? t('people.none')
                  : state === 'done'
                    ? t('people.found', { count: found.length })
                    : chosen
                      ? t('people.chosen', { name: chosen.displayName })
                      : ''}
          </p>
          {people.length > 0 && (
            <fieldset className="utrecht-form-fieldset ws-person-picker__choices">
              <legend className="utrecht-form-fieldset__legend">{t('people.choose')}</legend>
              {people.map((person) => (
                <div className="ws-person-picker__choice" key={person.id}>
                  <input
                    type="radio"
                    className="ws-person-picker__radio"
                    id={`${name}-${person.id}`}
                    name={`${name}-choice`}
                    checked={value === person.id}
                    onChange={() => choose(person)}
                  />
                  <label className="utrecht-form-label" htmlFor={`${name}-${person.id}`}>
                    {person.displayName}
                    {person.neighbourhood && <span className="ws-person-picker__place"> · {person.neighbourhood}</span>}
                  </label>
                </div>
              ))}
            </fieldset>
          )}
        </div>
      )}
    </FieldShell>
  );
}
