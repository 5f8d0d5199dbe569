import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../ui/links.tsx';
import { TableScroll } from '../charts/table-scroll.tsx';
import { useMonitorText } from '../monitor-text.ts';
import type { ChoroplethArea } from './choropleth.tsx';

type SortKey = 'name' | 'district' | 'population' | 'value' | 'index';

/** The map as a table: every neighbourhood, sortable by each column; missing values sort last. */
export function ComparisonTable({
  areas,
  choiceName,
  format,
  districtNames,
  minResidents,
  higherIsBetter,
  showIndex,
}: {
  areas: readonly ChoroplethArea[];
  choiceName: string;
  format: (value: number) => string;
  districtNames: Map<string, string>;
  minResidents: number;
  higherIsBetter: boolean;
  /** A column with the index beside the chosen indicator (not when the index is the choice). */
  showIndex: boolean;
}) {
  const { t } = useTranslation();
  const text = useMonitorText();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'value', descending: higherIsBetter });
  const district = (a: ChoroplethArea) => districtNames.get(a.feature.properties.parentId ?? '') ?? '';
  const keyOf = (a: ChoroplethArea): string | number | null => {
    switch (sort.key) {
      case 'name':
        return a.feature.properties.name;
      case 'district':
        return district(a);
      case 'population':
        return a.feature.properties.population;
      case 'value':
        return a.value;
      case 'index':
        return a.feature.properties.index;
    }
  };
  const rows = [...areas].sort((a, b) => {
    const x = keyOf(a);
    const y = keyOf(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
    return sort.descending ? -order : order;
  });
  const measured = areas.filter((a) => a.value !== null).sort((a, b) => b.value! - a.value!);
  const suppressed = areas.filter((a) => a.suppressed).length;
  const summary = [
    measured.length > 0 &&
      t('monitor.compare.highLow', {
        indicator: choiceName,
        high: measured[0]!.feature.properties.name,
        highValue: format(measured[0]!.value!),
        low: measured.at(-1)!.feature.properties.name,
        lowValue: format(measured.at(-1)!.value!),
      }),
    suppressed > 0 && t('monitor.compare.suppressed', { count: suppressed, min: minResidents }),
  ]
    .filter(Boolean)
    .join(' ');

  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={`utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric' : ''}`}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="ws-sort"
          onClick={() => setSort({ key, descending: active ? !sort.descending : key !== 'name' && key !== 'district' })}
        >
          {label}
          <span className="ws-sort__icon" aria-hidden="true">
            {active ? (sort.descending ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section className="ws-section ws-section--wide" aria-labelledby="monitor-compare">
      <h2 className="utrecht-heading-2" id="monitor-compare">
        {t('monitor.compare.title')}
      </h2>
      <p className="utrecht-paragraph">{summary || t('monitor.compare.nothing')}</p>
      <TableScroll label={t('monitor.compare.tableLabel')}>
        <table className="utrecht-table ws-mtable ws-compare">
          <caption className="utrecht-table__caption ws-visually-hidden">
            {t('monitor.compare.caption', { indicator: choiceName })}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {header('name', t('monitor.compare.area'))}
              {header('district', t('monitor.compare.district'))}
              {header('population', t('monitor.compare.population'), true)}
              {header('value', choiceName, true)}
              {showIndex && header('index', t('monitor.index.title'), true)}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((a) => {
              const p = a.feature.properties;
              return (
                <tr key={a.feature.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <TextLink to={a.href}>{p.name}</TextLink>
                  </th>
                  <td className="utrecht-table__cell">{district(a)}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {p.population === null ? '' : text.number(p.population)}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {a.suppressed
                      ? t('monitor.suppressedShort')
                      : a.value === null
                        ? t('monitor.noValueShort')
                        : format(a.value)}
                  </td>
                  {showIndex && (
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">
                      {p.index === null ? t('monitor.noValueShort') : text.number(p.index)}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
