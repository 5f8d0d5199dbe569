import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterGroups, groupByDistrict, type AreaGroup, type ChecklistArea } from './area-groups.ts';
import { useAreaChoices } from './use-area-choices.ts';
import './area-checklist.css';

interface AreaChecklistProps {
  /** The fieldset's id: the error summary links to `#id`. */
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** A whole district can be chosen as one area too (a budget round for a wijk). */
  districtsSelectable?: boolean;
  /** The most the server accepts, said beside the count. */
  max?: number | undefined;
}

/**
 * Choosing several neighbourhoods (buurten) from a long list (issue 13): one fieldset per district
 * (wijk) with "all in this district", a search field that narrows the list, a count of what is
 * chosen, and checkboxes with a whole-row target of at least 44 px. Plain native checkboxes in
 * fieldsets, so keyboards and screen readers need nothing custom.
 */
export function AreaChecklist({
  id,
  legend,
  hint,
  error,
  selected,
  onChange,
  districtsSelectable = false,
  max,
}: AreaChecklistProps) {
  const { t } = useTranslation();
  const choices = useAreaChoices();
  const [query, setQuery] = useState('');
  const uid = useId();
  const groups = useMemo(
    () => groupByDistrict(choices.districts, choices.neighbourhoods),
    [choices.districts, choices.neighbourhoods],
  );
  const shown = useMemo(() => filterGroups(groups, query), [groups, query]);
  const chosen = new Set(selected);
  const toggle = (ids: readonly string[], on: boolean) => {
    const next = new Set(selected);
    for (const areaId of ids) {
      if (on) next.add(areaId);
      else next.delete(areaId);
    }
    onChange([...next]);
  };

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const searchId = `${uid}-search`;
  const countId = `${uid}-count`;
  const shownCount = shown.reduce((sum, group) => sum + group.neighbourhoods.length, 0);
  return (
    <fieldset
      className={`utrecht-form-fieldset ws-field ws-area-checklist${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {hint && (
        <p className="utrecht-form-field-description" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="utrecht-form-field-error-message" id={errorId}>
          {error}
        </p>
      )}
      <div className="ws-area-checklist__tools">
        <label className="utrecht-form-label" htmlFor={searchId}>
          {t('areaChecklist.search')}
        </label>
        <input
          id={searchId}
          className="utrecht-textbox utrecht-textbox--html-input"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          // Enter narrows the list, it does not send the form the checklist is part of.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
          aria-describedby={countId}
          autoComplete="off"
          spellCheck={false}
        />
        <p className="utrecht-paragraph ws-area-checklist__count" id={countId} role="status">
          {max === undefined
            ? t('areaChecklist.chosen', { count: selected.length })
            : t('areaChecklist.chosenMax', { count: selected.length, max })}
          {query.trim() !== '' && ` ${t('areaChecklist.matching', { count: shownCount })}`}
        </p>
      </div>
      {choices.loading && <p className="utrecht-paragraph">{t('app.loading')}</p>}
      {choices.failed && <p className="utrecht-paragraph">{t('areaChecklist.failed')}</p>}
      {!choices.loading && !choices.failed && shown.length === 0 && (
        <p className="utrecht-paragraph">{t('areaChecklist.none')}</p>
      )}
      {shown.map((group) => (
        <DistrictGroup
          key={group.district?.id ?? 'none'}
          group={group}
          whole={groups.find((g) => g.district?.id === group.district?.id) ?? group}
          chosen={chosen}
          toggle={toggle}
          districtSelectable={districtsSelectable}
        />
      ))}
    </fieldset>
  );
}

function DistrictGroup({
  group,
  whole,
  chosen,
  toggle,
  districtSelectable,
}: {
  /** The neighbourhoods shown (a search may hide some)… */
  group: AreaGroup;
  /** …and all of the district's, which "all in this district" chooses. */
  whole: AreaGroup;
  chosen: ReadonlySet<string>;
  toggle: (ids: readonly string[], on: boolean) => void;
  districtSelectable: boolean;
}) {
  const { t } = useTranslation();
  const district = group.district;
  const name = district?.name ?? t('areaChecklist.noDistrict');
  const allIds = whole.neighbourhoods.map((n) => n.id);
  const chosenHere = allIds.filter((areaId) => chosen.has(areaId)).length;
  const allChosen = allIds.length > 0 && chosenHere === allIds.length;
  return (
    <fieldset className="utrecht-form-fieldset ws-area-checklist__group">
      <legend className="utrecht-form-fieldset__legend ws-area-checklist__district">
        {name}
        <span className="ws-area-checklist__tally">
          {' '}
          {t('areaChecklist.tally', { chosen: chosenHere, count: allIds.length })}
        </span>
      </legend>
      <div className="ws-area-checklist__actions">
        {district && districtSelectable && (
          <Check
            area={district}
            label={t('areaChecklist.wholeDistrict', { name, code: district.code })}
            checked={chosen.has(district.id)}
            onToggle={(on) => toggle([district.id], on)}
          />
        )}
        {allIds.length > 1 && (
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle ws-area-checklist__all"
            onClick={() => toggle(allIds, !allChosen)}
          >
            {allChosen ? t('areaChecklist.noneIn', { name }) : t('areaChecklist.allIn', { name, count: allIds.length })}
          </button>
        )}
      </div>
      <ul className="ws-area-checklist__list">
        {group.neighbourhoods.map((area) => (
          <li key={area.id}>
            <Check
              area={area}
              label={area.name}
              checked={chosen.has(area.id)}
              onToggle={(on) => toggle([area.id], on)}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Check({
  area,
  label,
  checked,
  onToggle,
}: {
  area: ChecklistArea;
  label: string;
  checked: boolean;
  onToggle: (on: boolean) => void;
}) {
  const inputId = `area-${area.id}`;
  return (
    <div className="ws-area-checklist__option">
      <input
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input ws-area-checklist__box"
        id={inputId}
        checked={checked}
        onChange={(event) => onToggle(event.target.checked)}
      />
      <label className="utrecht-form-label ws-area-checklist__label" htmlFor={inputId}>
        {label}
      </label>
    </div>
  );
}
