import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaSummary } from '../../../contracts/areas.ts';
import { useApi } from '../../app/api-context.ts';
import { budgetApi } from './budgeting.api.ts';

/** Districts and neighbourhoods as checkboxes: a round may cover several. */
export function AreaPicker({
  selected,
  onChange,
  error,
}: {
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [areas, setAreas] = useState<AreaSummary[]>([]);
  useEffect(() => {
    let current = true;
    budgetApi.areas(api).then(
      (loaded) => current && setAreas(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  const groups = [
    ['district', t('budget.areas.districts')],
    ['neighbourhood', t('budget.areas.neighbourhoods')],
  ] as const;
  return (
    <fieldset
      className={`utrecht-form-fieldset ws-field ws-area-picker${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id="areaIds"
      tabIndex={-1}
      aria-describedby={error ? 'areaIds-error' : undefined}
    >
      <legend className="utrecht-form-fieldset__legend">{t('budget.areas.legend')}</legend>
      {error && (
        <p className="utrecht-form-field-error-message" id="areaIds-error">
          {error}
        </p>
      )}
      {groups.map(([kind, label]) => {
        const ofKind = areas.filter((a) => a.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind} className="ws-area-picker__group">
            <p className="utrecht-paragraph">
              <strong>{label}</strong>
            </p>
            {ofKind.map((area) => (
              <label key={area.id} className="utrecht-form-label ws-check">
                <input
                  type="checkbox"
                  className="utrecht-checkbox"
                  checked={selected.includes(area.id)}
                  onChange={(e) =>
                    onChange(e.target.checked ? [...selected, area.id] : selected.filter((id) => id !== area.id))
                  }
                />{' '}
                {area.name} <span className="ws-optional">({area.code})</span>
              </label>
            ))}
          </div>
        );
      })}
    </fieldset>
  );
}
